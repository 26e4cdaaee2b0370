"""A frame's value and place: seat numbers, roles, events and dates; where the fact is."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from monitor.claims.anchors import Anchors
from monitor.claims.arguments import Arguments, Sentence
from monitor.claims.lexicon import Lexicon
from monitor.claims.places import PlaceMention
from monitor.claims.schema import Frame
from monitor.claims.tree import (
    CLAUSE_LINKS,
    PLANNING_PARTICIPLES,
    children,
    dating_participles,
    each_their_own,
    governor,
    in_clause,
    is_noun,
    is_verb,
    tense,
)
from monitor.claims.values import PROPOSED_VALUE, Valued, Values, in_title

if TYPE_CHECKING:
    from spacy.tokens import Token

    from monitor.claims.dates import DateMention

Lemma = Callable[["Token"], str]


def _fronted_phrase(token: Token) -> Token | None:
    """The phrase before the main verb the trigger is in, if any ("After Banerjee's decision
    to go alone, and after the change in Bihar, the bloc crumbled"), or a phrase of
    circumstance after it: its own places only, not the sentence's."""
    node = token
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "prep" and is_verb(head) and ((node.i < head.i and node.left_edge.i == 0)
                                                       or node.lower_ in _CIRCUMSTANCES):
            return node
        node = head
    return None


def _runs_on(noun: Token) -> bool:
    """"will lead the INDIA bloc offensive", parsed with "offensive" apart: a noun the next
    word of its own phrase goes on from is that word's modifier, not what is led."""
    if noun.i + 1 >= len(noun.doc):
        return False
    after = noun.doc[noun.i + 1]
    return after.tag_ in ("NN", "NNS", "JJ") and after.head.i != noun.i \
        and after.dep_ in ("advmod", "npadvmod", "dobj", "amod", "compound")


#: Role paths that read the role from what is led: the trigger's object ("will lead the
#: government": prime minister) or its complement's ("backed Banerjee to lead the bloc").
_LED = {"obj_led": "obj", "xcomp_led": "xcomp_obj"}
#: Phrases that tell the circumstances of the main clause ("left the government after forging a
#: new alliance with the NC"): what they say is placed by their own words only.
_CIRCUMSTANCES = frozenset({"after", "before", "following", "since", "amid"})


def _contrasted(clause: Token) -> bool:
    """"While the Congress sealed alliances with the SP and the AAP, the party is still hoping to
    ally with the TMC in West Bengal": a clause set against the main one has its own places."""
    return clause.dep_ == "advcl" and any(m.lower_ in ("while", "whereas", "although", "though")
                                          for m in children(clause, "mark"))


def _at_the_same_time(clause: Token) -> bool:
    """A clause told as happening with another: "as ...", "when ...", "while ..."."""
    return any(m.lower_ in ("as", "when", "while") for m in children(clause, "mark"))


#: Verbs that set an event up for a day to come ("has called a meeting on Tuesday").
_SETTING_UP = frozenset({"call", "convene", "schedule", "fix", "announce"})
#: Verbs of taking place: "was held in Patna on June 23", "took place on July 17".
_HAPPENING = frozenset({"hold", "take", "meet", "gather", "convene", "happen", "huddle", "conclude", "end",
                        "begin", "start", "open"})


class Slots:
    def __init__(self, lexicon: Lexicon, values: Values, arguments: Arguments, lemma: Lemma) -> None:
        self._lex = lexicon
        self._values = values
        self._args = arguments
        self._lemma = lemma
        national = lexicon.data.vocabulary.national_phrases
        self._national = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in national) + r")\b",
                                    re.IGNORECASE) if national else None

    def value(self, token: Token, frame: Frame, sentence: Sentence) -> list[Valued | None] | None:
        kind = frame.value.type
        if kind == "none":
            return [None]
        if kind == "fixed":
            return [Valued(frame.value.fixed or "", token)]
        if kind == "proposal":
            return [Valued(PROPOSED_VALUE, token)]
        if kind == "date":
            return self._date(token, sentence, frame.value.max_age_days, frame.value.past_is_today)
        # an object's title is not the role proposed: "put forward the state's Transport
        # Minister, Champai Soren" (a subject's title is: "Chief Minister Nitish resigned")
        if kind == "role" and "handed_role" in frame.value.paths:
            return self._handed_role(token, sentence.anchors)
        words = [w for path in frame.value.paths if path not in _LED
                 for w, _how in self._args.follow(token, path)
                 if not (kind == "role" and path == "obj" and _titles_a_person(w, sentence))]
        if kind == "role" and _LED.keys() & set(frame.value.paths):
            led = [v for path in frame.value.paths if path in _LED for w in self._args.follow(token, _LED[path])
                   if not _runs_on(w[0]) for v in [self._values.led_role(_antecedent(w[0]), sentence.anchors)] if v]
            if not led and is_noun(token) and not self._local_clause(token, sentence):
                # "a new government under Oli": the government's own leader (not a province's:
                # "Koshi will have a new government under Karki")
                own: Valued | None = self._values.led_role(token, sentence.anchors)
                led = [own] if own is not None else []
            if led:
                # "Chief Minister Karki continues to lead the government": the leader's own title
                titled = [v for w, _how in self._args.follow(token, "subj_title")
                          for v in [self._values.role(w)] if v is not None and v.value in self._lex.led.values()]
                chosen: list[Valued | None] = [*(titled or led)[:1]]
                return chosen
        if kind == "number":
            found = [v for w in words for v in self._values.seat_numbers(w, sentence.anchors)]
            if not found and "obj" in frame.value.paths:
                # a mis-parsed object ("will contest the other 12 itself"): a number of the clause
                # (not one in a clause below it: "gave the Congress a scare, saying it would not
                # even win 40 seats")
                found = [v for w in token.children if w.dep_ not in ("nsubj", "prep", "conj", "csubj", *CLAUSE_LINKS)
                         for t in w.subtree if t.tag_ == "CD" and not in_clause(t, w)
                         for v in self._values.seat_numbers(t)][:1]
        elif kind == "role":
            # "picked as chairperson and convenor respectively" (the second often hangs on the verb)
            words += [c for c in token.children if c.dep_ == "conj" and c.tag_.startswith("NN")]
            # ("as the opposition INDIA bloc's PM candidate", parsed with the role in apposition
            # to "opposition")
            words += [a for w in words if w.dep_ == "pobj" and w.head.lower_ == "as"
                      and sentence.anchors.entity(w) is None and self._values.role(w) is None
                      for a in children(w, "appos")]
            found = [v for w in words for c in (w, *w.conjuncts) for v in [self._values.role(c)]
                     if v is not None]
            if not found and "subj_title" in frame.value.paths:
                found = self._head_of_government(token, frame, sentence)
        else:
            # ("the meeting of the INDIA bloc, which was attended by": the clause hung on "bloc")
            words += [w.head.head for w in words if w.dep_ == "pobj" and w.head.lower_ == "of"
                      and w.head.head.tag_.startswith("NN")]
            # (not the event an "of" right after another names as its owner: "attend the
            # concluding rally of the Bharat Jodo Nyay Yatra" is the rally, hung on the verb or not)
            words = [w for w in words if not (w.dep_ == "pobj" and w.head.lower_ == "of" and any(
                o.i < w.head.i and (w.head.head.i == o.i or w.head.i == o.right_edge.i + 1)
                and self._values.event(o) is not None
                for o in words if o.i != w.i))]
            found = [self._known_event(v, sentence) for w in words for v in [self._values.event(w)] if v is not None]
            if not found and frame.value.context and sentence.context_event is not None:
                found = [Valued(sentence.context_event, token)]
        return list(dict.fromkeys(found)) or None

    def _head_of_government(self, token: Token, frame: Frame, sentence: Sentence) -> list[Valued]:
        """"Schoof is expected to offer his resignation", untitled: the post of the one the text
        titled head of government, or the story's config names for the day, when it is he."""
        head = sentence.governing
        role = self._lex.led.get("government")
        if head is None or role is None:
            return []
        return [Valued(role, token)] if any(f.entity == head for f in self._args.find(token, frame.subject, sentence)) \
            else []

    def _handed_role(self, token: Token, anchors: Anchors) -> list[Valued | None] | None:
        """"Oli will lead the government for 18 months and then hand over to Deuba", "... after
        which Deuba will take over": the role the clause this one follows gives."""
        node = token
        for _ in range(2):
            if node.dep_ not in ("conj", "advcl") or node.head.i == node.i:
                return None
            node = node.head
            if not is_verb(node):
                continue
            led = [v for o in self._args.follow(node, "obj") for v in [self._values.led_role(o[0], anchors)] if v]
            named = [v for w, _how in (*self._args.follow(node, "attr"), *self._args.follow(node, "prep:as"))
                     for v in [self._values.role(w)] if v is not None]
            if led or named:
                handed: list[Valued | None] = [*(led or named)[:1]]
                return handed
        return None

    def _local_clause(self, token: Token, sentence: Sentence) -> bool:
        words = self._lex.data.vocabulary.local_words
        clause = governor(token) or token
        return any(sentence.anchors.place(t) is not None or t.lower_ in words for t in clause.subtree)

    @staticmethod
    def _known_event(value: Valued, sentence: Sentence) -> Valued:
        """"the meeting" in a story that has named only a rally is that rally (an outlet's
        loose word for the event the text is about)."""
        known = sentence.context_event
        word = value.token
        if known is None or known == value.value or value.value in sentence.events_named \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
            return value
        return Valued(known, word)

    def event_date(self, token: Token, sentence: Sentence) -> str | None:
        """The date of the event a word names ("the meeting on Saturday", "attended the 19
        December meeting"), or None."""
        found = self._date(token, sentence, None)
        return found[0].value if found and found[0] is not None else None

    def moved_from(self, token: Token, sentence: Sentence) -> list[str]:
        """Dates an event was moved away from ("postponed from December 17"): it is not then."""
        return [self._dated(d, token, sentence) for d in self._moved_dates(token, self._date_scope(token), sentence)]

    def _dated(self, when: DateMention, token: Token, sentence: Sentence) -> str:
        """A date's value: read in the tense of the trigger's clause, or ahead when a participle
        of planning dates it ("the meeting scheduled for Wednesday was postponed": the coming
        Wednesday)."""
        planned = any(a.lower_ in PLANNING_PARTICIPLES and a.head.i == token.i
                      and when in sentence.anchors.dates_in(list(a.subtree)) for a in children(token, "acl"))
        told = "future" if planned or self._set_up(token) else tense(token, self._lemma)
        if told == "past" and when.yearless and not self._happened_on(when, token, sentence):
            # ("received the go-ahead for its rally on December 17": a day ahead, in a clause in
            # the past about something else; only "was held ... on June 23" is last year's)
            told = None
        return sentence.anchors.dated(when, told)

    def _set_up(self, token: Token) -> bool:
        """"The BJP has called a meeting of the NDA on Tuesday": an event just set up is ahead,
        though the verb that sets it up is in the present perfect."""
        verb = governor(token) if is_noun(token) else None
        return verb is not None and token.dep_ == "dobj" and self._lemma(verb) in _SETTING_UP \
            and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)

    def _happened_on(self, when: DateMention, token: Token, sentence: Sentence) -> bool:
        """Is the date a day the trigger's event happened on: on the trigger verb itself ("met
        on June 23"), or on a verb of taking place ("was held in Patna on June 23")?"""
        words = [t for t in sentence.doc if when in sentence.anchors.dates_in([t])]
        verb = governor(words[0]) if words else None
        return verb is not None and (verb.i == token.i or self._lemma(verb) in _HAPPENING)

    def _moved_dates(self, token: Token, scope: list[Token], sentence: Sentence) -> list[DateMention]:
        """Dates the event was moved away from: "postponed from December 17", and "the meeting
        scheduled for Wednesday was postponed" (its own participle's date, under a moving verb)."""
        moving = self._lex.data.vocabulary.moving_verbs
        found = [d for t in scope if t.lower_ == "from" and t.dep_ == "prep" and self._lemma(t.head) in moving
                 for d in sentence.anchors.dates_in(list(t.subtree))]
        gov = governor(token) if is_noun(token) else None
        if gov is not None and self._lemma(gov) in moving:
            found += [d for a in dating_participles(token)
                      for d in sentence.anchors.dates_in(list(a.subtree)) if d not in found]
        return found

    @staticmethod
    def _date_scope(token: Token) -> list[Token]:
        own = [t for t in token.subtree if not _inside_clause(t, token)]
        gov = governor(token) if is_noun(token) else None
        return own + ([t for t in gov.subtree if t not in own and not _inside_clause(t, gov)]
                      if gov is not None else [])

    def _date(self, token: Token, sentence: Sentence, max_age: int | None,
              past_is_today: bool = False) -> list[Valued | None] | None:
        scope = self._date_scope(token)
        moved = self._moved_dates(token, scope, sentence)
        dates = [d for d in sentence.anchors.dates_in(scope) if d not in moved]
        gov = governor(token) if is_noun(token) else None
        if moved and not dates and gov is not None:
            # "... postponed from December 17, will be held on December 19": the date it moved to
            dates = [d for c in children(gov, "conj") if is_verb(c)
                     for d in sentence.anchors.dates_in([t for t in c.subtree if not _inside_clause(t, c)])]
        if not dates and not moved and is_noun(token):
            # "its rally at Ramlila Maidan on March 31" with the date hung on the verb: the
            # date right after the event's phrase is the event's
            after = token.doc[token.right_edge.i + 1:token.right_edge.i + 3]
            dates = sentence.anchors.dates_in([t for t in after if t.lower_ not in ("on", "in", ",")][:1])
        if not dates and not moved:
            # "... at the bloc's rally in Ranchi as the opposition put up a show of strength on
            # Sunday": the day of a clause that happens at the same time
            verb = next((a for a in token.ancestors if is_verb(a)), None)
            dates = sentence.anchors.dates_in([t for c in (token, *([verb] if verb is not None else []))
                                               for a in children(c, "advcl") if _at_the_same_time(a)
                                               for t in a.subtree if not _inside_clause(t, a)])
        if not dates:
            if past_is_today and not moved and sentence.published is not None and token.tag_ == "VBD" \
                    and not any(a.dep_ in ("relcl", "acl", "advcl", "pcomp") for a in (token, *token.ancestors)):
                return [Valued(sentence.published.isoformat(), token)]
            if gov is not None and sentence.published is not None and not moved and self._under_way(gov):
                # "the leaders are currently engaged in a virtual meeting": news of the day
                return [Valued(sentence.published.isoformat(), token)]
            return None
        # "on Sunday, March 31": the written date, not the weekday read against the article's.
        explicit = [d for d in dates if any(ch.isdigit() for ch in sentence.text[d.start:d.end])]
        chosen = self._dated((explicit or dates)[0], token, sentence)
        if max_age is not None and sentence.published is not None and _older(chosen, sentence.published, max_age):
            return None
        return [Valued(chosen, token)]

    def _under_way(self, verb: Token) -> bool:
        """"are holding a meeting", "are currently engaged in a meeting": an event going on as
        the article is written (not "are planning a meeting")."""
        present = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children)
        going_on = verb.tag_ == "VBG" or any(c.lower_ in ("currently", "now") for c in verb.children)
        return present and going_on and self._lemma(verb) in _TAKING_PART

    def places(self, token: Token, frame: Frame, sentence: Sentence, value: Valued | None,
               presupposed: bool = False, home: str | None = None, national: bool = False) -> list[str | None]:
        """Places of the trigger's clause, else of the clauses above it, else "there", else
        (for facts whose place is part of them) the state the text just named, else the home
        of a regional subject ("the TMC will go it alone": West Bengal), else the alliance's
        home or the dateline's state. A fact taken
        for granted in an adjunct phrase has only its phrase's own place."""
        if not frame.place:
            return [None]
        if frame.value.type == "role" and value is not None:
            return self._role_places(token, frame, sentence, value)
        if frame.value.type == "number" and value is not None and self._city_share(token, value, sentence):
            return []
        relation = self._lex.data.relations.get(frame.relation)
        # "after the SP's pact with the Congress, the AAP goes alone in Punjab": the pact's own
        if presupposed or (relation is not None and not relation.clause_place):
            found = self._values.own_places(token, sentence.anchors, frame.place)
            if not found and sentence.here is not None and "city" in frame.place and _here(token):
                return [sentence.here]      # "a meeting at his residence here", datelined "New Delhi:"
            # (else a regional party's home: "an agreement was reached in the alliance
            # between the SP and the Congress" is Uttar Pradesh's)
            if found or relation is None or not relation.context_place or (
                    self._national is not None and self._national.search(sentence.anchors.text)):
                return [p.id for p in found[:1]] or [None]
            # (else the sentence's setting, when it names no place of its own: "... was sworn in
            # as chief minister of Koshi. He had staked his claim with the signatures of
            # lawmakers from the UML and the Maoist Centre")
            named = {p.id for p, _where in sentence.anchors.places.values() if p.kind in frame.place}
            return [home or (named.pop() if len(named) == 1 else None if named else sentence.context_place)]
        extra = [value.token] if value is not None and value.token.i != token.i \
            and frame.value.type in ("number", "event") else []
        # "the single seat in Puducherry": a place of the value's own noun comes first
        own = self._values.noun_places(extra[0], sentence.anchors, frame.place) if extra else []
        if not own and is_noun(token) and frame.value.type != "number":
            # "the SP and the Congress sealed the deal in Madhya Pradesh": the deal's own place
            own = self._values.phrase_places(token, sentence.anchors, frame.place)
        if frame.value.type == "number" and own and conjoined_place(own[0], sentence):
            return [None]       # "all 14 seats in Punjab and Chandigarh": both together
        places = own or self._values.clause_places(token, sentence.anchors, frame.place, extra)
        node = token
        # (a fronted phrase, or a clause set against the main one, has its own places)
        fronted = _fronted_phrase(token)
        contrasted = next((a for a in (token, *token.ancestors) if _contrasted(a)), None)
        while not places and node.head.i != node.i and node.i not in (getattr(fronted, "i", -1),
                                                                     getattr(contrasted, "i", -1)):
            node = node.head
            if is_verb(node) and node.dep_ != "prep":
                # (not a place that names another share's seats: "While the NC will field
                # candidates in ..., the Congress will contest the Udhampur and Ladakh seats")
                places = [p for p in self._values.clause_places(node, sentence.anchors, frame.place)
                          if not self._names_seats(p, sentence)]
        if not places:
            # "stitched an alliance to contest the mayoral post in Chandigarh": its purpose clause
            for clause in children(token, "xcomp", "advcl"):
                places = self._values.clause_places(clause, sentence.anchors, frame.place)
                if places:
                    break
        if places:
            return [p.id for p in places]
        if each_their_own(token):
            return [home]       # "going it alone in their respective states": each its own home
        if relation is not None and relation.context_place:
            if self._national is not None and self._national.search(sentence.anchors.text):
                return [None]
            # "no clarity on seat sharing in Uttar Pradesh — the SP announced 11 seats that the
            # Congress will contest": the one state the sentence names, nearer than any before it
            # (not a place that names seats: "the Udhampur, Jammu and Ladakh seats")
            # (nor a place in a person's title: "Delhi Chief Minister Arvind Kejriwal said")
            named = {p.id for p, where in sentence.anchors.places.values()
                     if p.kind in frame.place and not self._names_seats(p, sentence)
                     and not in_title(sentence.doc[where.root], sentence.anchors)}
            if len(named) == 1 and not _points_back(token) and fronted is None and contrasted is None:
                return [named.pop()]
            # the state the text just named as the setting ("In Jharkhand the JMM will fight 14
            # seats. The RJD will contest two.") or that the sentence points back at ("will fight
            # one seat there"), else a regional subject's own home (not a state named before in
            # passing: "her trips to Delhi came to nothing"), else the alliance's home or the
            # dateline's
            near = sentence.context_place if sentence.context_named or _points_back(token) else None
            chosen = home if national or fronted is not None else near or home or sentence.context_place
            return [chosen] if chosen else [None]
        return [None]

    def _city_share(self, trigger: Token, value: Valued, sentence: Sentence) -> bool:
        """"Of Mumbai's six seats, the Sena (UBT) takes four": the seats a city holds, a part of
        the state's share, not the party's seats in the state."""
        counted = {value.token.i, value.token.head.i}
        for found, where in sentence.anchors.places.values():
            if found.kind != "city":
                continue
            node = sentence.doc[where.root]
            for _ in range(4):
                if node.dep_ not in ("poss", "compound", "nmod", "pobj", "prep") or node.head.i == node.i:
                    break
                node = node.head
                if node.tag_ == "CD":
                    break       # "21 seats, including four in Mumbai": a part named apart
                if self._values.is_seat_noun(node):
                    # ("four of the six seats in Mumbai": the pool the number is taken from)
                    pool = node.dep_ == "pobj" and node.head.dep_ == "prep" \
                        and node.head.head.i in (trigger.i, *counted)
                    if node.i in counted or pool:
                        return True
                    break
        return False

    def _names_seats(self, place: PlaceMention, sentence: Sentence) -> bool:
        """Is the place a name in a seat noun's phrase ("the Udhampur, Jammu and Ladakh seats")?"""
        root = sentence.anchors.place_root(place)
        if root is None:
            return False
        node = sentence.doc[root]
        for _ in range(4):
            if node.dep_ not in ("compound", "nmod", "conj", "amod") or node.head.i == node.i:
                return False
            node = node.head
            if self._values.is_seat_noun(node):
                return True
        return False

    def _role_places(self, token: Token, frame: Frame, sentence: Sentence, value: Valued) -> list[str | None]:
        """Only a role held in a place has one ("chief minister of Jharkhand"); a title's
        place is the role's ("Bihar Chief Minister Nitish Kumar resigned")."""
        if self._lex.role_scope(value.value) != "place":
            return [None]
        if "self" in frame.value.paths:
            # a title in apposition has only its own phrase's place ("the Chief Minister of Bagmati");
            # one that heads the name, the state the text is about ("Hikmat Karki was sworn in as
            # Koshi's chief minister. The outgoing chief minister Kedar Karki ...")
            own = self._values.title_places(value.token, sentence.anchors, frame.place)
            if not own and value.token.dep_ != "appos" and sentence.context_place:
                return [sentence.context_place]
            return [own[0].id] if own else [None]
        if "subj_title" in frame.value.paths:
            titled = self._values.title_places(value.token, sentence.anchors, frame.place)
            if titled:
                return [titled[0].id]
        places = self._values.clause_places(token, sentence.anchors, frame.place, [value.token])
        if places:
            return [places[0].id]
        return [sentence.context_place] if sentence.context_place else [None]


#: Verbs of taking part in an event while it goes on.
_TAKING_PART = frozenset({"hold", "engage", "attend", "have", "conduct", "participate", "chair", "address"})


def _points_back(token: Token) -> bool:
    """Does the sentence say "there" of a place ("will contest one seat there"; not "there is")?"""
    return any(t.lower_ == "there" and t.dep_ != "expl" for t in token.doc)


def _inside_clause(token: Token, root: Token) -> bool:
    node = token
    while node.i != root.i and node.head.i != node.i:
        if node.head.i == root.i and node in dating_participles(root):
            node = node.head
            continue
        if node.dep_ in ("relcl", "advcl", "ccomp", "acl", "parataxis", "xcomp", "conj"):
            return True
        if node.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in node.children):
            return True     # "..., with the TMC insisting on December 31 as the deadline"
        node = node.head
    return False


def _older(value: str, published: date, days: int) -> bool:
    """Is an ISO date (or month, or part of a month) more than ``days`` before ``published``?"""
    try:
        when = date.fromisoformat(value[:10]) if len(value) >= 10 and value[8:10].isdigit() else \
            date(int(value[:4]), int(value[5:7]), 28)
    except ValueError:
        return False
    return (published - when).days > days


def _antecedent(word: Token) -> Token:
    """"a new government that Oli is expected to lead": what the relative pronoun stands for."""
    if word.lower_ not in ("that", "which", "whom"):
        return word
    node = word
    for _ in range(5):
        if node.dep_ in ("relcl", "acl") and node.head.i != node.i:
            return node.head
        if node.head.i == node.i:
            break
        node = node.head
    return word


def _titles_a_person(word: Token, sentence: Sentence) -> bool:
    """Is the word a watched person's title ("Transport Minister, Champai Soren")?"""
    near = [t for t in children(word, "appos") if t.i > word.i]
    if word.dep_ in ("compound", "nmod") and word.head.i > word.i:
        near.append(word.head)      # "Transport Minister Champai Soren"
    return any((m := sentence.anchors.entity(t)) is not None and m.kind == "person" for t in near)


def conjoined_place(place: PlaceMention, sentence: Sentence) -> bool:
    """Is the place one of several of its kind conjoined ("in Punjab and Chandigarh")?"""
    places = sentence.anchors.places
    for i, (found, _where) in places.items():
        if found is not place:
            continue
        word = sentence.doc[i]
        for other in (*word.conjuncts, *([word.head] if word.dep_ == "conj" else [])):
            near = places.get(other.i)
            if near is not None and near[0] is not place and near[0].kind == place.kind:
                return True
    return False


def _here(trigger: Token) -> bool:
    """Does the event's own phrase say it is "here" (the dateline's city)?"""
    head = trigger.head if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") else trigger
    words = [*trigger.subtree, *(o for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                                 for o in p.subtree), *(c for c in head.children if c.dep_ == "advmod")]
    return any(t.lower_ == "here" and t.dep_ == "advmod" for t in words)
