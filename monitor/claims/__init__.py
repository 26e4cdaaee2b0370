"""Claims: from an article text to normalized, typed statements about the story.

``ClaimExtractor`` is built once from the config (entity and place matchers, the
lexicon's frames, the spaCy parser) and is then a pure function of its input: the
same text gives the same claims in the same order.

    extractor = ClaimExtractor(config)
    extractor.relevance(text, title, published=date)   # Relevance(score, relevant, mentions)
    extractor.claims(text, published=date, title=title)   # list[Claim]

Only candidate sentences are parsed, in one batch per article: those that name a
watched entity (or refer to one: "the party", "she") and contain a word some frame
could be triggered by.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from monitor.claims.anchors import anchor
from monitor.claims.arguments import Sentence as ParsedSentence
from monitor.claims.candidates import Candidates
from monitor.claims.context import (
    EVENT_SENTENCES,
    LEDE_SENTENCES,
    Context,
    Document,
    mask_datelines,
)
from monitor.claims.dates import find_dates
from monitor.claims.derive import (
    Record,
    answered_proposals,
    implied_ends,
    one_report_per_event,
    seat_deals,
)
from monitor.claims.entities import EntityMatcher, Mention
from monitor.claims.frames import FrameMatcher
from monitor.claims.lexicon import Lexicon, load_lexicon, phrase_table
from monitor.claims.modality import as_sourced
from monitor.claims.model import Parser
from monitor.claims.normalize import Normalizer
from monitor.claims.places import PlaceMatcher
from monitor.claims.relevance import RelevanceScorer
from monitor.claims.sentences import Sentence, SentenceSplitter
from monitor.claims.titles import TitleCoref, rebind_pronouns
from monitor.claims.tree import in_adjunct_phrase
from monitor.claims.values import SEATS_CARRIED, Values
from monitor.config import Config
from monitor.types import Claim

if TYPE_CHECKING:
    from monitor.compare import BaselineIndex

__all__ = ["ClaimExtractor", "Relevance"]

log = logging.getLogger(__name__)

#: Longer "sentences" are tables or run-on lists: stored, not parsed.
MAX_SENTENCE_CHARS = 1500
#: Candidate sentences parsed per article at most (a huge page must not stall a cycle).
MAX_PARSED = 400
#: Paragraphs at the top whose attribution to sources covers the story's details.
LEDE_PARAGRAPHS = 2

_PRONOUNS = re.compile(r"\b(?:it|its|they|their|them|we|our|us)\b", re.IGNORECASE)
#: "the two parties", "both sides", "the two INDIA bloc partners", "the parties": the pair just named.
_PAIRS = re.compile(r"\b(?:(?:two|both)(?:\s+\S+){0,2}\s+(?:parties|sides|partners|allies|outfits|constituents)"
                    r"|the\s+(?:parties|sides))\b", re.IGNORECASE)
_ANY = frozenset({"party", "person", "alliance", "other"})
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+")


def _date_attendance(claims: list[Claim], dated_events: frozenset[str], published: date | None) -> list[Claim]:
    """An attendance whose sentence gives no date is of the event the article dated last
    before it (the first dated after it in the same paragraph, else): "The bloc met on 19
    December. ... The meeting was attended by Banerjee." (``dated_events``: the event types a
    relation of the same name dates: a "meeting" by the "meeting" relation). One told in the
    past with no date came with the article's own day (see ``FrameMatcher``): the article's
    dated event wins."""
    today = published.isoformat() if published is not None else None
    dated = [(i, c) for i, c in enumerate(claims) if c.relation in dated_events and c.polarity
             and c.value and not c.recap]
    out = list(claims)
    for index, claim in enumerate(claims):
        relation = claim.value if claim.value in dated_events and claim.event_date in (None, today) else None
        if claim.relation != "attends" or relation is None:
            continue
        before = [c for i, c in dated if i < index and c.relation == relation]
        after = [c for i, c in dated if i > index and c.relation == relation and c.paragraph == claim.paragraph]
        source = before[-1] if before else (after[0] if after else None)
        if source is not None:
            out[index] = dataclasses.replace(claim, event_date=source.value)
    return out


def _in_other_race(races: tuple[list[int], list[int]], sentence: Sentence) -> bool:
    """"... contesting against each other in the assembly elections in five states. [...] The
    party will contest three seats in Chhattisgarh": a sentence naming no race, after a text
    whose last race named is one the story does not watch, counts that race's seats."""
    story, other = races
    if any(sentence.start <= at < sentence.end for at in (*story, *other)):
        return False
    last_other = max((at for at in other if at < sentence.start), default=-1)
    last_story = max((at for at in story if at < sentence.start), default=-1)
    return last_other > last_story


def unbracketed(text: str, mentions: Sequence[Mention]) -> str:
    """The sentence for the parser, without the short form in brackets after a full name
    ("the Indian National Developmental Inclusive Alliance (INDIA) bloc rally", "the Jharkhand
    Mukti Morcha (JMM) said"): brackets inside a noun phrase break it apart. Blanked with
    spaces, so every offset still holds; the full name carries the entity (a short form that
    names another entity stays: "Devendra Dahal (UML) - Minister for ...")."""
    for mention in mentions:
        short = _SHORT_FORM.match(text, mention.end)
        if short is None:
            continue
        inside = [m for m in mentions if short.start() <= m.start < short.end()]
        if all(m.entity == mention.entity for m in inside):
            text = text[:short.start()] + " " * (short.end() - short.start()) + text[short.end():]
    return text


#: " (INDIA)", " (JMM)", " (CPI-ML)": an acronym in brackets.
_SHORT_FORM = re.compile(r"\s*\(\s*[A-Z][A-Z.\-]{1,9}\s*\)")


def _plural_pattern(nouns: Sequence[str]) -> re.Pattern[str]:
    """"seat" -> seat(s), "constituency" -> constituency/constituencies."""
    forms = {f for n in nouns for f in (n, n + "s", n[:-1] + "ies" if n.endswith("y") else n + "es")}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms))) + r")\b", re.IGNORECASE)


def _contest_pattern(marks: Sequence[str], nouns: Sequence[str]) -> re.Pattern[str]:
    """"assembly elections", "Vidhan Sabha polls", "assembly segments": a contest marked as
    not the story's by the config's ``seat_exclude`` words."""
    words = _plural_pattern(nouns).pattern
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, marks))) + r")\s+" + words, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Relevance:
    score: float
    relevant: bool
    mentions: Mapping[str, int]


class ClaimExtractor:
    def __init__(self, config: Config, *, lexicon: Lexicon | None = None,
                 parser: Parser | None = None) -> None:
        extra = config.resolve(config.claims.lexicon) if config.claims.lexicon else None
        self.lexicon = lexicon or load_lexicon(extra)
        self._splitter = SentenceSplitter(self.lexicon.abbreviations, self.lexicon.starters)
        self._entities = EntityMatcher(config.entities, self.lexicon,
                                       (n for p in config.places for n in p.names))
        self._places = PlaceMatcher(config.places)
        self.parser = parser or Parser(config.claims.model)
        self.parser.add_names([n for e in config.entities for n in e.names]
                              + [n for p in config.places for n in p.names])
        roles = {**self.lexicon.roles, **phrase_table(config.claims.roles)}
        events = {**self.lexicon.events, **phrase_table(config.claims.events)}
        vocabulary = self.lexicon.data.vocabulary
        values = Values(self.lexicon, roles, events, frozenset(vocabulary.seat_nouns),
                        frozenset(w.lower() for w in (*vocabulary.seat_exclude, *config.claims.seat_exclude)),
                        self.parser.lemmas)
        self._candidates = Candidates(self.lexicon, roles, events, vocabulary.seat_nouns)
        self._seat_words = _plural_pattern(vocabulary.seat_nouns)
        #: Events whose date a relation of their own gives ("meeting" is dated by "meeting").
        self._dated_events = frozenset(e for e in events.values() if e in self.lexicon.data.relations)
        self._alliance_homes = {e.id: e.place for e in config.entities if e.kind == "alliance" and e.place}
        #: Alliances of one state: a party is in one beside a national alliance.
        self._fronts = frozenset(self._alliance_homes)
        self._frames = FrameMatcher(self.lexicon, self._entities.info, values, self.parser.lemmas,
                                    frozenset(vocabulary.group_nouns), config.claims.government,
                                    {e.id: e.place for e in config.entities if e.place and e.kind == "party"},
                                    config.claims.event_owners, results_from=config.claims.results_from,
                                    houses=frozenset(h.lower() for h in config.claims.houses),
                                    fronts=self._fronts)
        self._normalizer = Normalizer(self.lexicon, self.display, self.kind, self._places.display)
        parties = {n.lower(): e.id for e in config.entities if e.kind == "party" for n in e.names}
        self._titles = TitleCoref(roles, self._places, parties)
        coref = self.lexicon.data.coref
        #: A person's pronouns, each true when it is a woman's ("he" opening a sentence after a title).
        self._person_pronouns = {**{w: False for w in coref.person_male}, **{w: True for w in coref.person_female}}
        kinds = {e.id: e.kind for e in config.entities}
        self._kinds = kinds
        self._scorer = RelevanceScorer(config.relevance.keywords, self.lexicon.relevance, kinds)
        self._threshold = config.relevance.threshold
        self._window = config.relevance
        self._results_from = config.claims.results_from
        self._head_of_government = config.claims.head_of_government
        #: The role of the one who leads the government, and its title ("prime minister").
        self._head_role = self.lexicon.led.get("government")
        self._head_title = next((phrase for phrase, role in roles.items() if role == self._head_role), "") \
            if self._head_role else ""
        #: The names of roles held in a place ("chief minister"): a text that titles one is
        #: about a state's or province's government, whose head no config names.
        local_roles = sorted(phrase for phrase, role in roles.items() if self.lexicon.role_scope(role) == "place")
        self._local_heads = re.compile(r"\b(?:" + "|".join(map(re.escape, local_roles)) + r")\b", re.IGNORECASE) \
            if local_roles else None
        self._other_contests = _contest_pattern(
            config.claims.seat_exclude, (*vocabulary.election_nouns, *vocabulary.seat_nouns)) \
            if config.claims.seat_exclude and any(e.kind == "other" for e in config.entities) else None
        self._default_alliance = config.main_alliance
        self._context = Context(self._places, events, {e.id: e.place for e in config.entities if e.place},
                                self._default_alliance, self.lexicon.place_coref,
                                self.lexicon.data.place_coref.chars, config.claims.event_owners,
                                {e.id: e.party for e in config.entities if e.kind == "person" and e.party},
                                frozenset(vocabulary.personal_events))
        self._last: tuple[tuple[str, str | None, date | None], Document] | None = None

    # --- public API -------------------------------------------------------------

    def display(self, entity_id: str) -> str:
        info = self._entities.info.get(entity_id)
        return info.display if info else entity_id

    def kind(self, entity_id: str) -> str | None:
        info = self._entities.info.get(entity_id)
        return info.kind if info else None

    def place_display(self, place_id: str) -> str:
        return self._places.display(place_id)

    def universe(self) -> dict[str, tuple[str, ...]]:
        """Entity ids by kind (and place ids): what a history lookup may enumerate."""
        out: dict[str, list[str]] = {}
        for info in self._entities.info.values():
            out.setdefault(info.kind, []).append(info.id)
        out["place"] = list(self._places.ids())
        return {k: tuple(v) for k, v in out.items()}

    def baseline_index(self, claims: Sequence[Claim]) -> BaselineIndex:
        """A comparison index that knows every entity (for exclusion look-ups)."""
        from monitor.compare import BaselineIndex

        return BaselineIndex(claims, lexicon=self.lexicon, universe=self.universe())

    def relevance(self, text: str, title: str | None = None, published: date | None = None) -> Relevance:
        """Is the article about the story? ``published``: its day, when known (an article from
        outside the story's window, or about another race, is not)."""
        doc = self._analyse(text, title, published)
        body = [m for m in doc.mentions if m.start >= doc.body_start]
        head = [m for m in doc.mentions if m.start < doc.body_start]
        score, mentions = self._scorer.score(body, head, text, title)
        # Keywords ("coalition", "seat sharing") are shared with every other
        # country's politics: without one unambiguous watched name they never suffice.
        named = self._scorer.has_anchor(body + head)
        relevant = named and score >= self._threshold and self._window.in_window(published) \
            and not self._other_contest(doc, published)
        return Relevance(score=score, relevant=relevant, mentions=mentions)

    def claims(self, text: str, *, published: date | None = None, title: str | None = None,
               check_relevance: bool = True, known: Record | None = None) -> list[Claim]:
        """One claim per (fact, sentence); untyped claims for sentences with mentions only.
        ``known``: the story's record (the baseline), whose facts a claim may end by implication
        (see ``derive.implied_ends``)."""
        if check_relevance and not self.relevance(text, title, published).relevant:
            return []
        doc = self._analyse(text, title, published)
        main = self._default_alliance or _main_alliance(doc.mentions)
        found: list[tuple[Sentence, tuple[Mention, ...]]] = []
        for sentence in doc.sentences:
            if sentence.start < doc.body_start:
                continue
            mentions = self._mentions_in(doc, sentence)
            if mentions or (_PAIRS.search(sentence.text) and self._context.pair(doc, sentence)) \
                    or (main is not None and self._dated_event(doc, sentence, published)):
                found.append((sentence, mentions))
        carried = self._seats_carried(doc, [s for s, _m in found])
        # (a sentence whose seats the one before named is tried as if it named them itself; one
        # naming the head of government as if it gave the title: "Schoof offered his resignation")
        parse = [i for i, (s, m) in enumerate(found)
                 if self._could_claim(s.text + (" seats" if i in carried else "")
                                      + (f" {self._head_title}" if self._names_head(doc, s, m, published) else ""),
                                      m)][:MAX_PARSED]
        texts = [self.lexicon.respelled(unbracketed(found[i][0].text, found[i][1])) for i in parse]
        docs = dict(zip(parse, self.parser.parse(texts)))
        for index in carried & docs.keys():
            docs[index].user_data[SEATS_CARRIED] = True
        races = self._races(doc)
        out: list[Claim] = []
        seen: set[str] = set()
        sourced: set[str] = set()       # relations the story's opening has from sources
        sources_on: set[str] = set()    # and the parties it names
        own_voice: set[str] = set()     # relations the opening asserts in the writer's own voice
        # (sentence start, state, parties) of the last sentence's seat shares
        shares: tuple[int, str, frozenset[str]] | None = None
        # (sentence start, relation) of the last event a sentence told as held ("sat down together")
        held: tuple[int, str] | None = None
        for index, (sentence, mentions) in enumerate(found):
            typed: list[Claim] = []
            if index in docs:
                event = held[1] if held is not None and self._near(doc, held[0], sentence) else None
                typed = self._typed(docs[index], doc, sentence, mentions, published, main, told_event=event)
                shares_in = _shares_before(doc, sentence, shares, typed)
                if shares_in is not None:
                    # (read again as one more item of the list before)
                    typed = self._typed(docs[index], doc, sentence, mentions, published, main, shares_in, event)
                held = next(((sentence.start, c.relation) for c in typed if c.relation in self._dated_events
                             and c.polarity and c.modality == "asserted"), held)
                seats = [c for c in typed if c.relation == "seats" and c.place]
                states = {c.place for c in seats if c.place is not None}
                shares = (sentence.start, states.pop(), frozenset(c.subject for c in seats if c.subject)) \
                    if len(states) == 1 else None
                if _in_other_race(races, sentence):
                    typed = [c for c in typed if c.relation != "seats"]
                # A sentence that also names another party is about something else (a recap
                # of another deal), not a detail of the sourced story.
                covered = bool(sourced) and self._parties(mentions) <= sources_on
                typed = [as_sourced(c) if covered and c.relation in sourced and c.modality == "asserted"
                         and c.speaker is None else c for c in typed]
                if known is not None:
                    typed += [dataclasses.replace(c, text=self._normalizer.text(c))
                              for c in implied_ends(typed, known, self._fronts)]
                if sentence.paragraph - doc.title_paragraphs < LEDE_PARAGRAPHS and typed:
                    told = [c for c in typed if c.speaker == "sources"]
                    if told or self._frames.from_sources(docs[index]):
                        # (a story whose own clause was not read is told by its whole sentence;
                        # not one the opening already told as fact: "The UML and the NC have agreed
                        # to form a government. [...] Oli and Deuba signed it, according to a leader")
                        sourced |= {r for c in (told or typed) if c.relation
                                    for r in self.lexicon.details.get(c.relation, {c.relation})} - own_voice
                        sources_on |= ({e for c in told for e in (c.subject, c.object)
                                        if e and self._kinds.get(e) == "party"}
                                       if told else _parties_outside_adjuncts(docs[index], mentions))
                    own_voice |= {r for c in typed if c.relation and c.modality == "asserted" and c.speaker is None
                                  and c.relation not in sourced
                                  for r in self.lexicon.details.get(c.relation, {c.relation})}
            for claim in typed or ([self._untyped(doc, sentence, mentions)] if mentions else []):
                if claim.claim_key not in seen:
                    seen.add(claim.claim_key)
                    out.append(claim)
        out = one_report_per_event(out, self._dated_events, self._places.may_contain)
        return _date_attendance(answered_proposals(out), self._dated_events, published)

    # --- internals ----------------------------------------------------------------

    def _seats_carried(self, doc: Document, sentences: Sequence[Sentence]) -> set[int]:
        """Sentences that go on with the seats the sentence before them named, in a number
        of their own and no seat word ("The RJD will fight 26 seats. The Congress gets nine.")."""
        out: set[int] = set()
        going_on: set[int] = set()      # sentence starts: "... 26 seats. The RJD keeps 26. The Congress gets nine."
        before: dict[int, Sentence] = {}
        for earlier, later in zip(doc.sentences, doc.sentences[1:]):
            before[later.start] = earlier
        for index, sentence in enumerate(sentences):
            previous: Sentence | None = before.get(sentence.start)
            if previous is None or previous.start < doc.body_start or \
                    sentence.paragraph - previous.paragraph > 1 or self._seat_words.search(sentence.text):
                continue
            if (self._seat_words.search(previous.text) or previous.start in going_on) and any(
                    self.lexicon.number(w) is not None for w in _WORDS.findall(sentence.text)
                    if not (w.isdigit() and len(w) == 4)):       # (not a year)
                out.add(index)
                going_on.add(sentence.start)
        return out

    def _dated_event(self, doc: Document, sentence: Sentence, published: date | None) -> bool:
        """"The meeting held at Hotel Ashok on Tuesday": an event of the story's kinds with its
        date, in a sentence that names no one, going on about an event of that kind the text
        named before (whose it is, the text says around it; not "the meeting" of a provincial
        assembly that a story of votes names first)."""
        return bool(self._context.named_again(doc, sentence) & self._dated_events) \
            and bool(find_dates(sentence.text, published))

    def _parties(self, mentions: Sequence[Mention]) -> set[str]:
        return {m.entity for m in mentions if m.kind == "party"}

    def _could_claim(self, text: str, mentions: Sequence[Mention] = ()) -> bool:
        if len(text) > MAX_SENTENCE_CHARS:
            return False
        kinds = {m.kind for m in mentions}
        if _PRONOUNS.search(text) or _PAIRS.search(text):  # "it", "they", "the two parties"
            kinds |= {"party", "alliance"}
        blanked = text
        for m in mentions:
            if m.how != "coref":        # a name triggers nothing; "the alliance" may
                blanked = blanked[:m.start] + " " * (m.end - m.start) + blanked[m.end:]
        names = [m.start for m in mentions if m.kind == "person" and m.how != "coref"]
        untitled = self._candidates.untitle(text, names) if names else text
        return self._candidates.worth_parsing(blanked, frozenset(kinds) if mentions else _ANY, full=text,
                                              untitled=untitled)

    @staticmethod
    def _near(doc: Document, at: int, sentence: Sentence) -> bool:
        """Is the sentence at ``at`` one of the few before this one, or one of the article's
        opening (an event it told is still the one the text is about: "24 leaders sat down
        together on Saturday ... Also in attendance were ...")?"""
        told, here = bisect.bisect_left(doc.sentence_starts, at), bisect.bisect_left(doc.sentence_starts, sentence.start)
        opening = bisect.bisect_left(doc.sentence_starts, doc.body_start) + LEDE_SENTENCES
        return 0 < here - told <= EVENT_SENTENCES or (here > told and told < opening)

    def _typed(self, parsed: object, doc: Document, sentence: Sentence, mentions: tuple[Mention, ...],
               published: date | None, main: str | None, shares_in: str | None = None,
               told_event: str | None = None) -> list[Claim]:
        """The typed claims of one parsed sentence (``shares_in``: the one state the seat shares
        of the sentence right before were in: "Congress secures 7 of the 14 seats, while the JMM
        will contest 5. Additionally, the RJD and the CPI(ML) will each receive one seat" are one
        state's list, whatever the RJD's home; ``told_event``: the event a sentence shortly before
        told as held, "the leaders sat down together", when no event word names one)."""
        places = self._context.sentence_places(doc, sentence)
        dates = find_dates(sentence.text, published)
        anchors = anchor(parsed, mentions, places, dates)  # type: ignore[arg-type]
        # "Tuesday" is last Tuesday in a clause in the past, next Tuesday in one in the future.
        behind = {(d.start, d.end): d.value for d in find_dates(sentence.text, published, future=False)}
        ahead = {(d.start, d.end): d.value for d in find_dates(sentence.text, published, future=True)}
        anchors.readings = {k: (v, ahead[k]) for k, v in behind.items() if k in ahead and ahead[k] != v}
        entities = tuple(sorted({m.entity for m in mentions}))
        place, named = self._context.place(doc, sentence)
        if shares_in is not None and not any(p.kind == "state" for p in places):
            place, named = shares_in, True
        event, owners, events_named = self._context.event(doc, sentence)
        event = event or told_event
        found = self._frames.extract(ParsedSentence(
            parsed, anchors, sentence.paragraph - doc.title_paragraphs,  # type: ignore[arg-type]
            entities, main, published, context_place=place, context_named=named,
            pair=self._context.pair(doc, sentence), context_event=event, event_owners=owners,
            events_named=events_named, leader=self._context.leader(doc, sentence),
            head=self._configured_head(doc, sentence, published), here=doc.dateline_city))
        found += seat_deals(found, self._context.alliance(doc, sentence), main, self._kinds, self._alliance_homes)
        # The sentence as published (the parse saw the same characters).
        return [dataclasses.replace(c, sentence=sentence.text, text=self._normalizer.text(c))
                for c in found]

    def _names_head(self, doc: Document, sentence: Sentence, mentions: Sequence[Mention],
                    published: date | None) -> bool:
        """Does the sentence name the head of government (the one the text titled, else the
        config's for the day)?"""
        if not self._head_title:
            return False
        head = self._context.leader(doc, sentence) or self._configured_head(doc, sentence, published)
        return head is not None and any(m.entity == head for m in mentions)

    def _configured_head(self, doc: Document, sentence: Sentence, published: date | None) -> str | None:
        """Who the config says headed the government on the day, unless the text so far titles
        a chief minister (then "the government" may well be the province's)."""
        if doc.local_head_at is not None and doc.local_head_at < sentence.end:
            return None
        return self._head_of_government(published)

    def _untyped(self, doc: Document, sentence: Sentence, mentions: tuple[Mention, ...]) -> Claim:
        entities = tuple(sorted({m.entity for m in mentions}))
        return Claim(sentence=sentence.text, entities=entities,
                     paragraph=sentence.paragraph - doc.title_paragraphs)

    def _mentions_in(self, doc: Document, sentence: Sentence) -> tuple[Mention, ...]:
        first = bisect.bisect_left(doc.starts, sentence.start)
        last = bisect.bisect_left(doc.starts, sentence.end, first)
        return tuple(dataclasses.replace(m, start=m.start - sentence.start, end=m.end - sentence.start)
                     for m in doc.mentions[first:last])

    def _other_contest(self, doc: Document, published: date | None = None) -> bool:
        """An article whose headline or opening sentence is about a contest the story does not
        watch ("the Bihar assembly elections 2020", "Tamil Nadu assembly polls") and that never
        names the story's own election (an entity of kind "other") is the same parties in
        another race: not the story. A story without such an entity is never judged so."""
        if self._other_contests is None or any(m.kind == "other" for m in doc.mentions):
            return False
        lead = next((s for s in doc.sentences if s.start >= doc.body_start), None)
        end = lead.end if lead is not None else doc.body_start
        decided = published is not None and self._results_from is not None and published >= self._results_from
        if not decided and any(m.entity == self._default_alliance and m.start < end for m in doc.mentions):
            # "... firming up the INDIA coalition, with a Rajya Sabha seat for the MNM" (once the
            # story's race is decided, the alliance's next contest is another race: "will contest
            # the assembly elections as part of the INDIA bloc")
            return False
        return self._other_contests.search(doc.text[:end]) is not None

    def _races(self, doc: Document) -> tuple[list[int], list[int]]:
        """Where the text names the story's race (an entity of kind "other", or its alliance) and where another
        one ("the assembly elections"), read once per document (none without such a pattern)."""
        if self._other_contests is None:
            return [], []
        # (the story's alliance named after another house's seat brings the text back to the
        # story: "... a Rajya Sabha seat for the MNM, firming up the INDIA coalition")
        return ([m.start for m in doc.mentions if m.kind == "other" or m.entity == self._default_alliance],
                [m.start() for m in self._other_contests.finditer(doc.text)])

    def _is_place(self, words: str) -> bool:
        found = self._places.find(words)
        return len(found) == 1 and found[0].start == 0 and found[0].end == len(words)

    def _analyse(self, text: str, title: str | None, published: date | None = None) -> Document:
        key = (text, title, published)
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        head = f"{title.strip()}\n\n" if title and title.strip() else ""
        full = head + mask_datelines(text, self._is_place)
        sentences = tuple(self._splitter.split(full))
        title_paragraphs = len({s.paragraph for s in sentences if s.start < len(head)})
        places = tuple(self._places.find(full))
        found = self._entities.find(full, sentences)
        holder = self._head_of_government(published) if self._head_role else None
        titled = self._titles.find(full, found, places,
                                   (self._head_role, holder) if self._head_role and holder else None)
        found = rebind_pronouns(found, titled, [s.start for s in sentences],
                                lambda e: self._entities.info[e].female if e in self._entities.info else False,
                                self._person_pronouns)
        mentions = tuple(sorted(found + titled, key=lambda m: m.start))
        leaders = tuple(sorted(self._titles.holders(full, found, places, self._head_role)
                               + _governments_of(full, found))) if self._head_role else ()
        local = self._local_heads.search(full) if self._local_heads is not None else None
        doc = Document(full, len(head), title_paragraphs, sentences, mentions, places,
                       starts=tuple(m.start for m in mentions), dateline=self._context.dateline_state(text),
                       dateline_city=self._context.dateline_city(text),
                       sentence_starts=tuple(s.start for s in sentences), leaders=leaders,
                       local_head_at=local.start() if local is not None else None)
        self._last = (key, doc)
        return doc




#: "Dahal's government", "the Oli government", "the Dahal-led government": whose it is.
_GOVERNMENT_OF = re.compile(r"(?:['’]s|-led)?\s+(?:government|cabinet|administration)\b", re.IGNORECASE)


def _shares_before(doc: Document, sentence: Sentence, shares: tuple[int, str, frozenset[str]] | None,
                   typed: Sequence[Claim]) -> str | None:
    """The state of the seat shares the sentence right before gave, when this one gives other
    parties' shares placed elsewhere (one more item of that list, not the same party again: "The
    TMC would contest two to four seats in Assam. With the Trinamool announcing all 42
    candidates, ..." is Bengal's)."""
    if shares is None:
        return None
    index = bisect.bisect_left(doc.sentence_starts, sentence.start)
    if index == 0 or doc.sentence_starts[index - 1] != shares[0]:
        return None
    own = [c for c in typed if c.relation == "seats"]
    if not own or all(c.place == shares[1] for c in own) or any(c.subject in shares[2] for c in own):
        return None
    return shares[1]


def _governments_of(text: str, mentions: Sequence[Mention]) -> tuple[tuple[int, str], ...]:
    """Where the text names a person's government, and whose ((offset, person id))."""
    return tuple((m.start, m.entity) for m in mentions
                 if m.kind == "person" and m.how == "name" and _GOVERNMENT_OF.match(text, m.end))


def _parties_outside_adjuncts(parsed: Any, mentions: Sequence[Mention]) -> set[str]:
    """The parties a sourced opening is about: not one named only in an adjunct taken for
    granted ("Hard on the heels of the Congress's pact with the SP, the AAP and the Congress
    have reached an understanding, people familiar with the talks said": not the SP)."""
    out: set[str] = set()
    for m in mentions:
        if m.kind != "party":
            continue
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not in_adjunct_phrase(span.root):
            out.add(m.entity)
    return out


def _main_alliance(mentions: Sequence[Mention]) -> str | None:
    counts = Counter(m.entity for m in mentions if m.kind == "alliance")
    if not counts:
        return None
    first: dict[str, int] = {}
    for index, m in enumerate(mentions):
        first.setdefault(m.entity, index)
    return min(counts, key=lambda e: (-counts[e], first[e]))
