"""What the text around a sentence says: where it is, which event, which pair of parties.

A sentence often leaves out what its neighbours said: "The Congress gets nine." after a
paragraph on Bihar; "Mamata Banerjee stayed away." after the meeting; "the two parties
will fight each other" after naming them; a story datelined "PATNA —". ``Context``
answers those questions for one analysed ``Document``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from monitor.claims.entities import Mention
from monitor.claims.lexicon import norm, word_forms
from monitor.claims.places import PlaceMatcher, PlaceMention
from monitor.claims.sentences import Sentence

#: How far back a sentence without a place looks for the state it is about.
CONTEXT_CHARS = 500
DATELINE_CHARS = 600
#: How far back "stayed away" looks for the event, and "the rally" for whose it was.
EVENT_SENTENCES = 3
#: ... or back to the event the article opens with, in its first sentences.
LEDE_SENTENCES = 2
OWNER_SENTENCES = 8
#: How far ahead "the rally, organised by the RJD" may name the owner of a rally already
#: mentioned ("... to attend the rally. The rally, organised by the RJD, ..."). "The BJP has
#: called a meeting" introduces an event of its own and owns only those named after it.
ORGANISER_AHEAD_SENTENCES = 2

#: A place and date of filing opening a paragraph, not the news it reports:
#: "PATNA —", "NEW DELHI, Dec 10 (Wire) -", "Mumbai:", "Srinagar (Jammu and Kashmir):",
#: "Imphal (Manipur) [India], January 13 (ANI):", "(MENAFN- IANS) Mumbai, April 9 (IANS) ".
_DATELINE = re.compile(
    r"^(?:\([^)]{1,40}\)\s*)?"
    r"(?P<where>[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,2})"
    r"(?:\s*\([^)]{1,40}\))?(?:\s*\[[^\]]{1,30}\])?"
    r"(?P<date>,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?"
    r"(?:\s*(?P<agency>\([A-Z][A-Za-z -]{1,30}\)))?"
    # a dash or colon ends it (a hyphen only with a space: "BJP-led" is no dateline); after a
    # date and a wire's name a space will do
    r"(?(agency)(?(date)(?:\s*[–—:]\s*|\s+-\s*|-\s+|\s*)|(?:\s*[–—:]\s*|\s+-\s*|-\s+))"
    r"|(?:\s*[–—:]\s*|\s+-\s*|-\s+))",
    re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Document:
    """An article analysed once: its sentences and what the matchers found in it."""

    text: str                     # title + blank line + body
    body_start: int
    title_paragraphs: int
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]       # in text order (EntityMatcher.find sorts them)
    places: tuple[PlaceMention, ...] = ()
    starts: tuple[int, ...] = ()        # mention starts, for bisect
    dateline: str | None = None         # the state the opening dateline is in ("MUMBAI —")
    dateline_city: str | None = None    # ... and the city it names, if it names one ("New Delhi:")
    sentence_starts: tuple[int, ...] = ()
    #: Where the text introduces the head of government, and who ((offset, person id)).
    leaders: tuple[tuple[int, str], ...] = ()
    #: Where the text first titles the head of a state's or province's government ("Chief
    #: Minister Shah"), if it does.
    local_head_at: int | None = None


class Context:
    """Built once per extractor; answers per (document, sentence)."""

    def __init__(self, places: PlaceMatcher, events: Mapping[str, str], homes: Mapping[str, str],
                 default_alliance: str | None, place_coref: re.Pattern[str] | None, place_coref_chars: int,
                 event_owners: Mapping[str, str] | None = None, parties: Mapping[str, str] | None = None,
                 personal_events: frozenset[str] = frozenset()) -> None:
        self._places = places
        #: A person's party, for an event one person goes through (whose swearing-in it is).
        self._parties = dict(parties or {})
        self._personal = personal_events
        #: Whose a named event is ("Bharat Jodo Nyay Yatra": the Congress's), from the config.
        self._configured = {norm(k): v for k, v in (event_owners or {}).items()}
        self._homes = dict(homes)
        self._default_alliance = default_alliance
        self._place_coref = place_coref
        self._place_coref_chars = place_coref_chars
        # what names an event in the text before ("the meeting", "the leaders met")
        self._events = {**{f: e for p, e in events.items() if " " not in p for f in word_forms(p)}, **events}
        #: The event words as named (no inflection), to tell a plural ("rallies") from them.
        self._singular = frozenset(p.lower() for p in events)
        self._event_words = re.compile(r"\b(?:" + "|".join(
            re.escape(p) for p in sorted(self._events, key=len, reverse=True)) + r")\b", re.IGNORECASE) \
            if events else None
        self._events_of: tuple[Document, list[tuple[int, str, str | None]]] | None = None
        self._organisers_of: tuple[Document, dict[str, tuple[str, int, bool]]] | None = None

    def alliance(self, doc: Document, sentence: Sentence) -> str | None:
        """The alliance the sentence names, else the last one the text named shortly before."""
        near = [m for m in doc.mentions if m.kind == "alliance"
                and sentence.start - 3 * CONTEXT_CHARS <= m.start < sentence.end]
        inside = [m for m in near if m.start >= sentence.start]
        # A regional alliance named nearby (Bihar's Mahagathbandhan) is the one its seat
        # shares are about, even if the national one is named after it.
        regional = [m for m in (inside or near) if m.entity != self._default_alliance]
        chosen = regional or inside or near
        return chosen[-1].entity if chosen else None

    def event(self, doc: Document, sentence: Sentence) -> tuple[str | None, dict[str, str], frozenset[str]]:
        """The last event the three sentences before name ("... the bloc's meeting. Banerjee
        stayed away."); per kind of event, whose the last one named was when a name stands
        just before it ("the Congress's first big rally", "Rahul Gandhi's yatra"); and every
        kind of event the text named before the sentence."""
        named = self._named_events(doc)
        if not named:
            return None, {}, frozenset()
        last_at = bisect.bisect_left(named, (sentence.start,))
        before = frozenset(event for _at, event, _owner in named[:last_at])
        index = bisect.bisect_left(doc.sentence_starts, sentence.start)
        window = doc.sentences[max(0, index - OWNER_SENTENCES):index]
        ahead = doc.sentences[min(len(doc.sentences) - 1, index + ORGANISER_AHEAD_SENTENCES)].end
        organisers = {event: host for event, (host, at, introduced) in self._organisers(doc, named).items()
                      if at < (sentence.start if introduced else ahead)}
        if not window:
            return None, organisers, before
        near = doc.sentences[max(0, index - EVENT_SENTENCES)].start
        first = bisect.bisect_left(named, (window[0].start,))
        last: str | None = None
        owners: dict[str, str] = {}
        for at, event, owner in reversed(named[first:last_at]):
            # ("resolve to organise public rallies ... Kharge and Pawar were on the dais": events
            # in the plural are no one event a later sentence points back at)
            if at >= near and not self._plural(doc.text, at):
                last = last or event
            if owner is not None:
                owners.setdefault(event, owner)
        if last is None:
            last = self._lede_event(doc, named[:last_at])
        # "... arrived to attend the rally. The rally, which has been organised by the RJD, ...":
        # who organised an event, wherever the text says it, when no name owns it nearer
        for event, organiser in organisers.items():
            owners.setdefault(event, organiser)
        return last, owners, before

    def _lede_event(self, doc: Document, before: list[tuple[int, str, str | None]]) -> str | None:
        """The event an article opens with, when it is the only kind of event named so far:
        "24 leaders attended the meeting of the bloc on Saturday. [...] The AAP was represented by
        Kejriwal": the meeting is what the whole report is about, however far down the list goes."""
        lede = [s for s in doc.sentences if s.start >= doc.body_start][:LEDE_SENTENCES]
        if not lede or len({event for _at, event, _owner in before}) != 1:
            return None
        return next((event for at, event, _owner in before
                     if at < lede[-1].end and not self._plural(doc.text, at)), None)

    def _plural(self, text: str, at: int) -> bool:
        """Is the event word at the offset a plural ("rallies", "meetings")?"""
        word = _WORD.match(text, at)
        surface = word.group(0).lower() if word else ""
        return surface.endswith("s") and surface not in self._singular and not surface.endswith("ss")

    def named_again(self, doc: Document, sentence: Sentence) -> frozenset[str]:
        """The kinds of event the sentence names that the text named before it too ("... the
        meeting of the bloc. [...] 28 parties took part in the meeting held on Tuesday")."""
        named = self._named_events(doc)
        before = {event for at, event, _owner in named if at < sentence.start}
        return frozenset(event for at, event, _owner in named
                         if sentence.start <= at < sentence.end and event in before)

    def _organisers(self, doc: Document, named: list[tuple[int, str, str | None]]) -> dict[str, tuple[str, int, bool]]:
        """Per kind of event, who the text first says organised it ("the rally, organised by the
        RJD", "the AAP has organised a mega rally"), where, and whether that sentence introduced
        the event (the AAP's) rather than named who held one already mentioned (the RJD's)."""
        if self._organisers_of is not None and self._organisers_of[0] is doc:
            return dict(self._organisers_of[1])
        out: dict[str, tuple[str, int, bool]] = {}
        for at, event, _owner in named:
            host = next((m for m in doc.mentions if m.kind in ("party", "alliance") and at - _ORGANISER_CHARS <= m.end < at
                         and _HELD.match(doc.text[m.end:at])), None)
            if host is not None:
                out.setdefault(event, (host.entity, at, True))
                continue
            window = doc.text[at:at + _ORGANISER_CHARS]
            found = _ORGANISED_BY.search(window)
            if found is None or any(ch in window[:found.start()] for ch in ".;"):
                continue
            start = at + found.end()
            stop = min([start + _ORGANISER_CHARS] + [start + i for i, ch in enumerate(doc.text[start:start + _ORGANISER_CHARS])
                                                     if ch in ",.;"][:1])
            organiser = _organiser(doc, start, stop)
            if organiser is not None:
                out.setdefault(event, (organiser, at, False))
        self._organisers_of = (doc, out)
        return dict(out)

    def _named_events(self, doc: Document) -> list[tuple[int, str, str | None]]:
        """Every event word of the document (offset, event id, owner), read once per document."""
        if self._events_of is not None and self._events_of[0] is doc:
            return self._events_of[1]
        found: list[tuple[int, str, str | None]] = []
        if self._event_words is not None:
            end = -1
            for word in self._event_words.finditer(doc.text):
                event = self._events.get(norm(word.group(0)))
                if event is None:
                    continue
                if found and _PART_OF.fullmatch(doc.text, end, word.start()):
                    # "the concluding rally of the Rahul Gandhi-led Bharat Jodo Nyay Yatra": the
                    # rally is the event; the yatra only says whose it is
                    at, kind, owner = found[-1]
                    found[-1] = (at, kind, owner or _owner(doc, word.start())
                                  or self._configured.get(norm(word.group(0))))
                    end = word.end()
                    continue
                found.append((word.start(), event, _owner(doc, word.start()) or _owner_after(doc, word.end())
                              or (self._undergone_by(doc, word.start()) if event in self._personal else None)))
                end = word.end()
        self._events_of = (doc, found)
        return found

    def _undergone_by(self, doc: Document, at: int) -> str | None:
        """The party of the one person with a party that the event word's sentence names ("Hemant
        Soren on Thursday took oath"; "the Governor administered the oath to Abdullah"), if one."""
        index = bisect.bisect_right(doc.sentence_starts, at) - 1
        if index < 0:
            return None
        sentence = doc.sentences[index]
        parties = {self._parties[m.entity] for m in doc.mentions
                   if sentence.start <= m.start < sentence.end and m.entity in self._parties}
        return parties.pop() if len(parties) == 1 else None

    def _first_home(self, doc: Document, before: int) -> str | None:
        """The home of the first watched party with one that the text names before an offset."""
        return next((self._homes[m.entity] for m in doc.mentions
                     if m.start < before and m.kind == "party" and m.entity in self._homes), None)

    @staticmethod
    def leader(doc: Document, sentence: Sentence) -> str | None:
        """Who the text last introduced as head of government, up to the sentence's end."""
        before = [person for at, person in doc.leaders if at < sentence.end]
        return before[-1] if before else None

    @staticmethod
    def pair(doc: Document, sentence: Sentence) -> tuple[str, str] | None:
        """The two parties the nearest of the sentence and the two before it names (exactly two)."""
        index = bisect.bisect_left(doc.sentence_starts, sentence.start)
        for near in reversed(doc.sentences[max(0, index - 2):index + 1]):
            parties = list(dict.fromkeys(m.entity for m in doc.mentions
                                         if m.kind == "party" and near.start <= m.start < near.end))
            if len(parties) >= 2:
                return (parties[0], parties[1]) if len(parties) == 2 else None
        return None

    def dateline_state(self, text: str) -> str | None:
        """The state of the first dateline near the top ("PATNA —", after a standfirst)."""
        place = self._dateline_place(text)
        return self._places.state_of(place.id) if place is not None else None

    def dateline_city(self, text: str) -> str | None:
        """The city of the first dateline near the top, where it names one: what "here" means."""
        place = self._dateline_place(text)
        return place.id if place is not None and place.kind == "city" else None

    def _dateline_place(self, text: str) -> PlaceMention | None:
        for found in _DATELINE.finditer(text[:DATELINE_CHARS]):
            places = self._places.find(found.group("where"))
            if len(places) == 1:
                return places[0]
        return None

    def place(self, doc: Document, sentence: Sentence) -> tuple[str | None, bool]:
        """Where a sentence naming no place is about, and whether the text just named it:
        the one state the nearest of the two sentences before it names (named); else the one
        state the whole text has named so far; else the home of the regional alliance in
        question (the MVA's seats are Maharashtra's); else the state of the opening dateline."""
        index = bisect.bisect_left(doc.sentence_starts, sentence.start)
        # (not ", in Delhi," after a speaker: where he was)
        states_before = [p for p in doc.places if p.kind == "state" and p.start < sentence.start
                         and not _aside(doc.text, p)]
        for before in reversed(doc.sentences[max(0, index - 2):index]):
            named = [p for p in states_before if before.start <= p.start < before.end]
            states = {p.id for p in named}
            if self._place_coref is not None and self._place_coref.search(before.text):
                # "nine in the State and the one Puducherry seat" names Tamil Nadu and Puducherry
                states |= {p.id for p in self.sentence_places(doc, before) if p.kind == "state"}
            if states:
                return (states.pop() if len(states) == 1 else None), _setting(doc, named)
        named = [p for p in states_before if sentence.start - CONTEXT_CHARS <= p.start]
        if named:
            states = {p.id for p in named}
            return (states.pop() if len(states) == 1 else None), _setting(doc, named)
        # a story about one state: the only one it has named so far, however far back
        states = {p.id for p in states_before}
        if len(states) == 1:
            return states.pop(), False
        alliance = self.alliance(doc, sentence)
        home = self._homes.get(alliance) if alliance else None
        return home or doc.dateline, False

    def sentence_places(self, doc: Document, sentence: Sentence) -> list[PlaceMention]:
        """Places named in the sentence, plus "the state('s)" standing for the last state named
        before it: in the sentence ("the TMC, which governs Bengal, wants a pact in the state"),
        else, in a sentence naming none, in the text before."""
        found = self._places.find(sentence.text)
        pattern = self._place_coref
        if pattern is None:
            return found
        limit = self._place_coref_chars
        earlier = [p.id for p in doc.places if p.kind == "state" and p.end <= sentence.start
                   and sentence.start - p.end <= limit]
        # "Mamata said her party would contest alone in the State" after Punjab was named: the
        # home of the one regional party the sentence names, when the text has named that state
        before = {p.id for p in doc.places if p.kind == "state" and p.end <= sentence.start}
        own = {self._homes[m.entity] for m in doc.mentions if sentence.start <= m.start < sentence.end
               and m.kind == "party" and m.entity in self._homes} & before
        refs = []
        for m in pattern.finditer(sentence.text):
            # (a state the sentence names only after it is another place: "all 13 seats in the
            # state and one in Chandigarh")
            inside = [p.id for p in found if p.kind == "state" and p.end <= m.start()]
            state = inside[-1] if inside else (None if not earlier else
                                               next(iter(own)) if len(own) == 1 else earlier[-1])
            if state is None and not inside and not earlier:
                # "in the State" in a story that never names it: the home of the regional
                # party it is about ("The DMK sorted out its differences with its allies in the State")
                state = self._first_home(doc, sentence.start + m.start())
            if state is not None:
                refs.append(PlaceMention(state, "state", m.start(), m.end()))
        return sorted(found + refs, key=lambda p: p.start)


#: "In Jharkhand, ...", "Across poll-bound West Bengal", "Of Delhi's seven seats": a state that
#: opens its sentence as the scene of what follows (not "her trips to Delhi", "Punjab Chief
#: Minister Mann", nor "will also contest two seats in Assam": a detail of its own clause).
_OPENS_SCENE = re.compile(r"^\W*(?:\w+,?\s+){0,2}?(?:in|across|of)\s+(?:\S+\s+){0,2}?$", re.IGNORECASE)
_OWNS_AFTER = re.compile(r"['’]s?\b")


def _setting(doc: Document, named: list[PlaceMention]) -> bool:
    """Is any of the states named as the scene of what the text goes on to tell?"""
    for place in named:
        index = bisect.bisect_right(doc.sentence_starts, place.start) - 1
        start = doc.sentences[index].start if index >= 0 else 0
        opening = doc.text[start:place.start]
        if _OPENS_SCENE.match(opening) or (_OWNS_AFTER.match(doc.text, place.end) and len(opening.split()) <= 3):
            return True
    return not named


def mask_datelines(text: str, is_place: Callable[[str], bool] = lambda w: False) -> str:
    """Blank out paragraph datelines, keeping every offset in place."""
    def blank(m: re.Match[str]) -> str:
        where = m.group("where")
        if not (where.isupper() or is_place(where)):
            return m.group(0)
        return " " * len(m.group(0))
    return _DATELINE.sub(blank, text)


#: The words between an event and another that only names what it is part of.
_PART_OF = re.compile(r"\s+of\s+(?:the\s+)?[^.;:!?]{0,40}")


def _owner(doc: Document, at: int) -> str | None:
    """The watched name just before an event word, with nothing but modifiers between."""
    near = [m for m in doc.mentions if m.kind in ("party", "alliance", "person") and at - 40 <= m.end <= at]
    if not near:
        return None
    last = near[-1]
    gap = doc.text[last.end:at]
    # ("to represent him in the meeting": a name the event is no one's of, across a preposition)
    if any(w.lower() in _NOT_OWNING for w in gap.split()) or last.surface.lower() in _NOT_OWNING:
        return None
    # only modifiers between: "the Congress's first big rally", "the RJD Jan Vishwas rally"
    # ("Uddhav could not attend the meeting" is a clause, not an owner)
    words = gap.split()
    modifiers_only = gap.lstrip().startswith(("'s", "’s")) or all(w[:1].isupper() or w[:1].isdigit() for w in words)
    return last.entity if modifiers_only and not any(ch in gap for ch in ",.;:") and len(words) <= 4 else None


#: ", in Delhi," between commas: where a speaker was, said in passing.
_ASIDE_BEFORE = re.compile(r",\s+in\s+$")


def _aside(text: str, place: PlaceMention) -> bool:
    """"Congress General Secretary KC Venugopal, in Delhi, also said ...": a speaker's
    whereabouts, not the scene of the story."""
    return _ASIDE_BEFORE.search(text, max(0, place.start - 6), place.start) is not None \
        and text[place.end:place.end + 1] == ","


def _organiser(doc: Document, start: int, stop: int) -> str | None:
    """The party or alliance named right after "organised by" ("by the RJD", "by Lalu Prasad's
    RJD"); none for a person ("the meeting convened by Kharge ... was attended by Congress
    leaders": a leader calls the alliance's meeting, and a later name is not the host)."""
    names = [m for m in doc.mentions if start <= m.start < stop]
    at = start
    for name in names:
        if doc.text[at:name.start].strip().lower() not in ("", "the"):
            return None
        if name.kind in ("party", "alliance"):
            return name.entity
        if not doc.text.startswith(("'s", "’s"), name.end):
            return None
        at = name.end + 2
    return None


def _owner_after(doc: Document, end: int) -> str | None:
    """The party or alliance an "of" names right after an event word ("a meeting of the Maha
    Vikas Aghadi", "the rally of INDIA bloc leaders"); not a person's ("a meeting of Kumar
    and Prasad" is theirs together)."""
    found = _OF_OWNER.match(doc.text, end)
    if found is None:
        return None
    first = next((m for m in doc.mentions if m.start >= found.end()), None)
    return first.entity if first is not None and first.start == found.end() and \
        first.kind in ("party", "alliance") else None


#: A word at an offset.
_WORD = re.compile(r"[\w-]+")
#: "of", "of the", right after an event word.
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
#: "organised by", "called by": whose an event is, a few words after its name (a party that
#: hosts the alliance's meeting in its city is its host, not its owner).
_ORGANISED_BY = re.compile(r"\b(?:organi[sz]ed|convened|called|staged|sponsored)\s+by\b", re.IGNORECASE)
_ORGANISER_CHARS = 120
#: "... has organised a mega rally", "will hold its first joint rally": the name before holds it.
_HELD = re.compile(r"\s+(?:\(\w+\)\s+)?(?:(?:has|had|will|is\s+to|was)\s+)?(?:held|hold|holds|holding|organi[sz]ed?|"
                   r"organi[sz]es|organi[sz]ing|hosted|hosts?|hosting|staged?|stages|called|convened?)\s+"
                   r"(?:a|an|its|their|the)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)

#: Words between a name and an event word that make the event no one's of that name, and
#: pronouns that own nothing ("him in the meeting").
_NOT_OWNING = frozenset({"in", "at", "to", "for", "on", "from", "with", "by", "into", "him", "her", "them", "it"})
