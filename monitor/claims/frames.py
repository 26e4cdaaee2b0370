"""Parsed sentence -> typed claims, by the lexicon's relation frames.

For every word whose lemma triggers a frame (and has what the trigger asks for: a
particle, a preposition, an object, a governing verb), each argument is looked for
along the frame's paths in the dependency parse, in order, and read as watched
entities (conjoined ones expand: "the TMC, SP and AAP"); the value and place come from
the trigger's own clause. The modality layer then says how the clause states it.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from monitor.claims.arguments import Arguments, Found, Sentence
from monitor.claims.belonging import Belonging
from monitor.claims.build import (
    canonical,
    former,
    held_elsewhere,
    held_with,
    in_description,
    make_claim,
    unsaid,
)
from monitor.claims.clauses import semicolon_apart
from monitor.claims.entities import EntityInfo, side_of
from monitor.claims.governments import Governments
from monitor.claims.lexicon import Lexicon, TriggerEntry, norm
from monitor.claims.modality import ModalityReader
from monitor.claims.negation import Negation
from monitor.claims.proposers import Proposers
from monitor.claims.schema import Argument, Frame
from monitor.claims.seatlist import SeatLists, Share, verb_of
from monitor.claims.sides import (
    OWN_EVENT_WORDS,
    camp_named,
    coordinated,
    interleaved,
    named_owner,
    party_between,
    per_seat_noun,
    respectively,
    sides,
    someones_event,
    unnamed_sides,
)
from monitor.claims.slots import Slots, conjoined_place
from monitor.claims.tree import (
    children,
    dating_participles,
    direct_objects,
    each_their_own,
    governor,
    is_noun,
    is_verb,
    modifiers,
    prep_objects,
    subjects,
    tense,
)
from monitor.claims.triggers import TriggerTest
from monitor.claims.values import Valued, Values, excepted_places
from monitor.types import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Lemma = Callable[["Token"], str]
_ATTACH = {"direct": 1.0, "inherited": 0.9, "coref": 0.9, "group": 0.9, "default": 0.85}
_DEFINITE = frozenset({"the", "its", "their", "this", "that", "our"})
_NEXT = frozenset({"next", "upcoming", "coming", "forthcoming", "first", "second", "third", "fourth",
                   "fifth", "sixth", "joint", "crucial", "key", "virtual", "online"})


def _bilateral(token: Token, subjects_: Sequence[Found], objects: Sequence[Found]) -> bool:
    """A plural agreement noun between one side and several others ("sealed alliances with the
    SP and the AAP"): one agreement with each, not one among them all."""
    return len(subjects_) == 1 and _several_with_one_noun(token, objects)


def _several_with_one_noun(token: Token, objects: Sequence[Found]) -> bool:
    """A plural agreement noun with several others named ("alliances with the SP and the AAP")."""
    return token.tag_ == "NNS" and len({o.entity for o in objects}) > 1


class FrameMatcher:
    def __init__(self, lexicon: Lexicon, info: Mapping[str, EntityInfo], values: Values,
                 lemma: Lemma, group_nouns: frozenset[str], government: str | None = None,
                 homes: Mapping[str, str] | None = None, event_owners: Mapping[str, str] | None = None,
                 results_from: date | None = None, houses: frozenset[str] = frozenset(),
                 fronts: frozenset[str] = frozenset()) -> None:
        self._lex = lexicon
        #: Alliances of one state (the MVA, the Mahagathbandhan).
        self._fronts = fronts
        #: Nouns of a legislature: a meeting held in one is its sitting (by a name's head word:
        #: "Lok Sabha" is "sabha").
        self._houses = frozenset(h.split()[-1].lower() for h in (*houses, *lexicon.data.vocabulary.house_nouns))
        #: From this day on, seats a party got or won are the election's results.
        self._results_from = results_from
        #: Whose a named event is ("bharat jodo nyay yatra" -> "inc"), by normalized name.
        self._event_owners = {norm(k): v for k, v in (event_owners or {}).items() if v in info}
        #: Where a regional party's or alliance's facts are when its sentence names no place.
        self._homes = dict(homes or {})
        self._government = government
        self._info = info
        self._values = values
        self._lemma = lemma
        self._triggers = TriggerTest(lemma, lexicon.cues.void_nouns)
        self._args = Arguments(lexicon, lemma, group_nouns, {k: v.kind for k, v in info.items()})
        self._slots = Slots(lexicon, values, self._args, lemma)
        self._belonging = Belonging(lexicon, info, self._args)
        self._governments = Governments(lexicon, info, self._args, lemma)
        self._organisers = frozenset(lexicon.data.vocabulary.organiser_verbs)
        self._swings = frozenset(lexicon.data.vocabulary.swing_verbs)
        self._mood = ModalityReader(lexicon.cues, lemma, lexicon.data.vocabulary.organiser_verbs)
        self._negation = Negation(lexicon.cues, lemma)
        self._proposers = Proposers(lexicon, info, self._args, self._mood, lemma)
        numbered = [f for f in lexicon.frames if f.value.type == "number"]
        self._numbered = frozenset(f.relation for f in numbered)
        givers = frozenset(t.lemma for f in numbered for t in f.triggers
                           if not t.passive and {"prep:to", "iobj"} & set(f.subject.paths))
        self._lists = SeatLists(lexicon, values, lemma, givers)

    def from_sources(self, doc: Doc) -> bool:
        """Is the parsed sentence as a whole told by unnamed sources?"""
        return self._mood.from_sources(doc)

    def extract(self, sentence: Sentence) -> list[Claim]:
        out: dict[tuple, Claim] = {}
        numbered: list[tuple[Token, TriggerEntry]] = []
        # id(claim) -> (the claim, its trigger word); the claim is held so its id stays its own
        triggers: dict[int, tuple[Claim, Token]] = {}
        for token in sentence.doc:
            entries = self._lex.triggers.get(self._lemma(token))
            if not entries:
                continue
            for entry in entries:
                if not self._triggers.fits(token, entry.trigger):
                    continue
                if entry.frame.value.type == "number":
                    numbered.append((token, entry))
                claims = list(self._claims(token, entry, sentence))
                triggers.update((id(c), (c, token)) for c in claims)
                self._keep(out, claims)
        if numbered and not respectively(sentence) and not self._results(sentence):
            listed = list(self._listed(numbered, sentence))
            if listed:
                # a list read along its words replaces what the parse paired
                out = {k: c for k, c in out.items() if c.relation not in self._numbered}
                self._keep(out, listed)
        claims = self._later_wins(list(out.values()), triggers)
        # (the proposal a proposed fact tells of: "Banerjee suggested that Kharge be the face")
        proposals = [p for c in claims if (held := triggers.get(id(c))) is not None and held[0] is c
                     for p in self._proposers.claims(c, held[1], sentence)]
        self._keep(out, proposals)
        return claims + [p for p in proposals if out.get((canonical(p, self._lex.symmetric), p.modality)) is p]

    def _later_wins(self, claims: list[Claim], triggers: Mapping[int, tuple[Claim, Token]]) -> list[Claim]:
        """"Served as chief minister but resigned on Sunday": of one fact told both ways by two
        conjoined verbs, with one modality, the later verb's (what became of it)."""
        def fact(claim: Claim) -> tuple[str, str]:
            return canonical(dataclasses.replace(claim, polarity=True), self._lex.symmetric), claim.modality

        def conjoined(a: Claim, b: Claim) -> bool:
            first, second = triggers.get(id(a)), triggers.get(id(b))
            return first is not None and second is not None and first[0] is a and second[0] is b \
                and second[1].dep_ == "conj" and second[1].head.i == first[1].i
        return [c for c in claims if not any(fact(o) == fact(c) and o.polarity != c.polarity and conjoined(c, o)
                                             for o in claims)]

    def _keep(self, out: dict[tuple, Claim], claims: Iterable[Claim]) -> None:
        for claim in claims:
            key = (canonical(claim, self._lex.symmetric), claim.modality)
            if key not in out or out[key].confidence < claim.confidence:
                out[key] = claim

    def _listed(self, numbered: Sequence[tuple[Token, TriggerEntry]], sentence: Sentence) -> Iterator[Claim]:
        """Claims of a seat list: each share under the seat trigger above its number."""
        shares = self._lists.read(sentence.doc, sentence.anchors)
        # numbers each with its own place ("9 in Tamil Nadu and one in Puducherry"): those
        # places are not the others' (one place for all is the list's own)
        owned = {s.place.id for s in shares if s.place is not None}
        owned = owned if len(owned) > 1 else set()
        # "the SP will contest 62 seats and the Congress 17": the shares of one deal share the
        # home of a regional party among them (one home only)
        home = self._one_home(self._party_id_of(sentence.doc[s.party], sentence) for s in shares)
        # a number no trigger governs ("the DMK 24" broken off the list) takes the first trigger
        # of a main clause; one in a description does not own the list ("in the 275-seat House,
        # where a majority takes 138 votes, the Congress has 89 seats, ...": seats held)
        main = [(t, e) for t, e in numbered if not in_description(t)]
        for share in shares:
            number = share.number.token
            above = {a.i for a in number.ancestors}
            picked = next(((t, e) for t, e in numbered if t.i in above), main[0] if main else None)
            if picked is None or semicolon_apart(picked[0], number):
                continue    # ("a majority takes 27 votes; the NC holds 18 seats and the UML 11": another clause)
            token, entry = picked
            frame = entry.frame
            mood = self._mood.read(self._share_clause(number, token), sentence.anchors, sentence.published,
                                   entry.trigger.modality)
            if unsaid(mood, frame, self._lex.data.relations.get(frame.relation)) or self._history(token, entry) \
                    or self._results(sentence):
                continue
            mood = self._mood.offered(mood, number, token)
            mention = sentence.anchors.entity(sentence.doc[share.party])
            if mention is None:
                continue
            subject, _ = self._belonging.as_party(frame, self._args.found(mention, sentence.doc[share.party], "direct"), None)
            if subject is None:
                continue
            for place in self._share_places(share, token, frame, sentence, owned, home):
                yield make_claim(sentence, mood, frame.relation, (subject.entity, None, share.number.value, place),
                             frame.polarity != mood.negated, 0.9)

    @staticmethod
    def _share_clause(number: Token, trigger: Token) -> Token:
        """Whose mood a share takes: the trigger's, unless the number stands in a clause of its
        own apart from it ("the Congress is likely to give two seats to the AAP, while in
        Haryana an agreement has been made on one seat": the second is not "likely")."""
        verb = verb_of(number)
        if verb is None or verb.i == trigger.i or number in trigger.subtree or trigger in verb.subtree \
                or verb in trigger.subtree:
            return trigger
        return verb

    def _share_places(self, share: Share, trigger: Token, frame: Frame, sentence: Sentence,
                      owned: set[str], home: str | None = None) -> list[str | None]:
        """The number's own place ("3 in Haryana"), else its clause's ("in Haryana and Assam,
        one seat each") but not another number's own, else the trigger's; several only where
        they are conjoined."""
        if share.place is not None and share.place.kind in frame.place:
            if conjoined_place(share.place, sentence):
                return [None]       # "all 14 seats in Punjab and Chandigarh": both together
            return [share.place.id]
        verb = verb_of(share.number.token)
        if verb is not None and verb.i != trigger.i:
            found = [p.id for p in self._values.clause_places(verb, sentence.anchors, frame.place)
                     if p.id not in owned]
            if found:
                return list(dict.fromkeys(found))
        at = self._slots.places(trigger, frame, sentence, share.number, home=home)
        if not at:
            return []       # (a city's seats: a part of some share, none of the state's)
        places = [p for p in at if p not in owned]
        return places if len(places) == 1 else [sentence.context_place]

    def _results(self, sentence: Sentence) -> bool:
        """Does the sentence tell an election's results ("it won 18", "lost all four")? After the
        results day every number of seats is a result or another race's ("the JMM and the
        Congress are contesting 70 seats" in the state's assembly polls): the story's own race
        is decided, so no seat share is its."""
        key = ("results", -1)
        if key not in sentence.anchors.memo:
            after = self._results_from is not None and sentence.published is not None \
                and sentence.published >= self._results_from
            sentence.anchors.memo[key] = after or any(
                self._lemma(t) in ("win", "lose") and t.tag_ in ("VBD", "VBN")
                and not any(c.lower_ in ("will", "would", "to") for c in t.children)
                # ("the RJD, which had not won a seat in 2019, will contest 26": a description)
                and not any(a.dep_ in ("relcl", "acl") for a in (t, *t.ancestors))
                and any(self._values.is_seat_noun(o) or o.tag_ == "CD" for c in t.children
                        if c.dep_ == "dobj" for o in c.subtree)
                for t in sentence.doc) or any(
                # "D66 dropped to 9 seats", "the VVD slipped to 24": a count that moved is a tally
                self._lemma(t) in self._swings and t.tag_ in ("VBD", "VBN")
                and any(o.tag_ == "CD" or self._values.is_seat_noun(o) for o in prep_objects(t, "to"))
                for t in sentence.doc) or any(
                # "the 2019 elections, where the BJP emerged victorious in 11 seats"
                t.lower_ == "victorious" and any(self._values.is_seat_noun(o) for h in (t, t.head)
                                                 for p in children(h, "prep") for o in children(p, "pobj"))
                for t in sentence.doc)
        return bool(sentence.anchors.memo[key])

    # --- claims of one trigger -----------------------------------------------------------

    def _claims(self, token: Token, entry: TriggerEntry, sentence: Sentence) -> Iterator[Claim]:
        frame = entry.frame
        if self._history(token, entry):
            return
        if frame.value.type == "number" and self._results(sentence):
            return      # "was given 25 seats; it won 18": an earlier election's results
        values = self._slots.value(token, frame, sentence)
        if values is None and frame.value.type == "number":
            if any(c.dep_ == "nummod" for o in direct_objects(token) for c in o.children):
                return      # it counts something else: "a majority takes 27 votes"
            values = []     # a verbless list may still give the numbers ("the Congress 11, ...")
        if frame.value.type == "date":
            # "the meeting was postponed from December 17 (to December 19)": none on the 17th
            moved: list[Valued | None] = [Valued(d, token) for d in self._slots.moved_from(token, sentence)]
            if moved:
                yield from self._emit(token, entry, sentence, moved, moved_away=True)
        if values is None:
            return
        yield from self._emit(token, entry, sentence, values)

    def _emit(self, token: Token, entry: TriggerEntry, sentence: Sentence, values: list[Valued | None],
              moved_away: bool = False) -> Iterator[Claim]:
        frame = entry.frame
        found = list(self._combinations(token, frame, sentence, values))
        if not found:
            return      # (the mood is read only for a trigger that has its arguments)
        mood = self._mood.read(token, sentence.anchors, sentence.published, entry.trigger.modality,
                               governed=bool(entry.trigger.governor))
        if unsaid(mood, frame, self._lex.data.relations.get(frame.relation)):
            return
        negated = mood.negated and not self._other_verbs_negation(token, frame)
        polarity = (frame.polarity != negated) and not moved_away
        # "the RJD, the Congress and three Left parties": one agreement, at the home of the
        # regional party among them (one home only), on either side ("talks between the
        # Congress and the SP": Uttar Pradesh's)
        shared_home = self._one_home(self._party_id(x) for s, o, _v in found for x in (s, o)
                                     if x is not None and x.kind in ("party", "person"))
        # "will fight together in Delhi and Goa but not in Punjab": the places left out hold
        # the other polarity (not for a count: "62 seats, but not in Uttarakhand")
        left_out = [p.id for p in excepted_places(token, sentence.anchors, frame.place)] \
            if frame.place and frame.value.type != "number" else []
        if frame.relation == "supports" and (self._governments.local_scene(token, sentence)
                                             or self._titles_local_head(sentence)):
            return      # backing a province's government is no backing of the country's
        # "exited the INDIA bloc in West Bengal": no deal there (the frame's placed_as), not out
        # of the bloc
        placed = self._governments.placed_in(token, frame, sentence)
        relation = frame.placed_as if placed and frame.placed_as else frame.relation
        dated: dict[int, str | None] = {}
        # (each deal of "alliances with the SP and the AAP" at its own pair's home)
        bilateral = _several_with_one_noun(token, [o for _s, o, _v in found if o is not None])
        for subject, obj, value in found:
            held = polarity
            said = self._mood.offered(mood, value.token, token) if value is not None else mood
            if said.claimed and said.speaker is not None and said.speaker in self._info \
                    and side_of(self._info, said.speaker) == side_of(self._info, subject.entity):
                # "he claimed that Nitish Kumar had quit because of ill-treatment", by a JD(U)
                # leader: a party's own account of itself
                said = dataclasses.replace(said, modality="asserted", hedge=None)
            if frame.value.type == "role" and frame.object is not None and "person" not in frame.object.kinds:
                if value is not None and obj is None and held_elsewhere(value.token, sentence) \
                        and not self._values.named_through_of(value.token):
                    continue    # "the Chairman of Tilathi Koiladi": a post in something not watched
                obj = self._belonging.role_holder(obj, value, sentence, subject)
                if value is not None and former(value.token):
                    held = False          # "a former prime minister", "had been deputy PM"
            own_home = self._homes.get(self._party_id(subject))
            shared = self._one_home(self._party_id(x) for x in (subject, obj) if x is not None) \
                if bilateral else shared_home
            # ("going it alone in their respective states": each its own home, none shared)
            home = own_home if each_their_own(token) else \
                own_home or shared or self._giver_home(token, frame, sentence)
            # (a state front is left as a whole: "severed all ties with the Mahagathbandhan" is
            # out of it, wherever the clause says it)
            front = obj is not None and obj.entity in self._fronts
            # (a deal with the country's governing coalition is no province's unless its own
            # clause says so: "Dahal and Oli had formed the new ruling coalition", after a
            # sentence on a province's chief minister)
            national = self._government is not None and (
                (obj is not None and obj.entity == self._government)
                or self._governments.forms_national(token, sentence))
            at = placed if placed and not front else \
                self._slots.places(token, frame, sentence, value, mood.presupposed, home, national)
            if "sibling_subj" in (frame.object.paths if frame.object else ()):
                # (and the places the other side takes: one deal shares them all out)
                at = list(dict.fromkeys([*at, *self._places_of(self._args.shared_out(token), frame, sentence)]))
            relation_ = frame.relation if front else relation
            for place, held in [(p, held) for p in at if p not in left_out or p is None] + \
                    [(p, not held) for p in left_out]:
                if place is None and frame.place_required:
                    continue
                subject2, obj2 = self._belonging.as_party(frame, subject, obj)
                if subject2 is None or (obj2 is not None and obj2.entity == subject2.entity):
                    continue
                if frame.kind_pairs and obj2 is not None and \
                        (subject2.kind, obj2.kind) not in frame.kind_pairs:
                    continue
                attach = min(_ATTACH[subject2.how], _ATTACH[obj2.how] if obj2 else 1.0)
                fact = (subject2.entity, obj2.entity if obj2 else None, value.value if value else None, place)
                claim = make_claim(sentence, said, relation_, fact, held, attach)
                if frame.value.type == "event" and value is not None:
                    if value.token.i not in dated:     # (one reading for every side of a list)
                        dated[value.token.i] = self._event_date(token, value, sentence)
                    claim = dataclasses.replace(claim, event_date=dated[value.token.i])
                yield claim

    @staticmethod
    def _places_of(words: Iterable[Token], frame: Frame, sentence: Sentence) -> list[str | None]:
        """The places of the frame's kinds the words name, in order."""
        named = (sentence.anchors.place(w) for w in words)
        return list(dict.fromkeys(p.id for p in named if p is not None and p.kind in frame.place))

    def _with_unwatched(self, token: Token, sentence: Sentence) -> bool:
        """"aligned with the administration", "allied with regional outfits": a partner the
        text names but no watched entity is, so the subjects are not each other's partners
        (not "with each other", "with one another")."""
        return any(anchor is None and o.lower_ not in ("other", "another") and not o.is_stop
                   and not _absolute(o)
                   for o in prep_objects(token, "with") for anchor in [sentence.anchors.entity(o)])

    def _giver_home(self, token: Token, frame: Frame, sentence: Sentence) -> str | None:
        """"The DMK allotted two seats to the CPI": seats a regional party gives are in its home."""
        if frame.value.type != "number" or "subj" in frame.subject.paths:
            return None
        return self._one_home(m.entity for s in subjects(token, self._lemma)
                              for m in [sentence.anchors.entity(s)] if m is not None and m.kind == "party")

    def _one_home(self, parties: Iterable[str | None]) -> str | None:
        """The home the parties have, when they have one between them (and only one)."""
        homes = {self._homes.get(p) for p in parties if p is not None} - {None}
        return homes.pop() if len(homes) == 1 else None

    def _event_date(self, trigger: Token, value: Valued, sentence: Sentence) -> str | None:
        """Which event an attendance is about: "will attend the meeting on Saturday" names its
        date; "attended the meeting" is one held lately (the article's day, unless the article
        dates it: see ``claims._date_attendance``)."""
        when = self._slots.event_date(value.token, sentence)
        if when is None and sentence.published is not None and tense(trigger, self._lemma) == "past":
            when = sentence.published.isoformat()
        return when

    def _placed_apart(self, word: Token, owner: str, sentence: Sentence) -> bool:
        """"the NDA meeting called by the BJP in Delhi ... Rahul Gandhi, who attended the meeting
        in Bengaluru": an event placed by its own words is not a rival alliance's just named (the
        story's own alliance stands in)."""
        info = self._info.get(owner)
        rival = info is not None and info.kind == "alliance" and owner != sentence.main_alliance
        return rival and any(sentence.anchors.place(o) is not None
                             for p in children(word, "prep") if p.lower_ in ("in", "at") for o in children(p, "pobj"))

    def _named_event_owner(self, word: Token, context: bool = False) -> str | None:
        """The configured owner of a named event the word ends ("the Bharat Jodo Nyay Yatra");
        with ``context`` (the text named an owner of this kind of event before), only a name of
        several words: "Tejashwi's Jan Vishwas Yatra ... joined the yatra" is his."""
        if not self._event_owners:
            return None
        for first in range(max(0, word.i - 4), word.i + 1 - int(context)):
            owner = self._event_owners.get(norm(word.doc[first:word.i + 1].text))
            if owner is not None:
                return owner
        return None

    def _party_id_of(self, word: Token, sentence: Sentence) -> str | None:
        mention = sentence.anchors.entity(word)
        return self._party_id(self._args.found(mention, word, "direct")) if mention is not None else None

    def _party_id(self, found: Found) -> str:
        """A person's party (the side they stand for), else the entity itself."""
        return side_of(self._info, found.entity)

    def _other_verbs_negation(self, token: Token, frame: Frame) -> bool:
        """"Banerjee will not attend the meeting": the negation is the attending's, not the
        meeting's (only a holding verb's, or the event's own "no", denies the event)."""
        if not frame.negated_by or is_verb(token) or any(c.lower_ == "no" for c in token.children):
            return False
        verb = governor(token)
        if verb is None:
            node = token        # "will not be part of the meeting": up through the nouns
            while node.head.i != node.i and not is_verb(node.head):
                node = node.head
            verb = node.head if node.head.i != node.i else None
        return verb is not None and self._lemma(verb) not in frame.negated_by \
            and token.dep_ not in ("nsubj", "nsubjpass")

    def _names_government(self, token: Token, arg: Argument, sentence: Sentence) -> bool:
        """Is the argument "the government" (or the cabinet), the country's, unnamed, or not
        named at all ("the UML pulled its support")? (Or is the trigger's object a vote of
        confidence: "will provide a vote of confidence".)"""
        if any(self._lemma(o) in ("vote", "confidence", "trust") for o in direct_objects(token)):
            return True
        nouns = self._lex.data.vocabulary.government_nouns
        words = [word for path in arg.paths for word, _how in self._args.follow(token, path)]
        return (not words or any(w.lower_ in nouns and not any(sentence.anchors.entity(m) is not None
                                                               for m in modifiers(w)) for w in words)) \
            and not self._governments.local(token, sentence)

    def _history(self, token: Token, entry: TriggerEntry) -> bool:
        """"The Congress contested 25 seats and won 18": the last election, not this one."""
        return entry.trigger.past == "history" and tense(token, self._lemma) == "past"

    def _combinations(self, token: Token, frame: Frame, sentence: Sentence,
                      values: list[Valued | None]) -> Iterator[tuple[Found, Found | None, Valued | None]]:
        subjects_ = self._args.find(token, frame.subject, sentence)
        objects: list[Found | None] = [None]
        if frame.object is not None:
            # (an event the text named before stands on the trigger: "the absence of Mamata
            # Banerjee" names the absentee, not the event's owner)
            where = [v.token for v in values if v is not None and not (frame.value.context and v.token.i == token.i)] \
                if frame.value.type in ("role", "event") else []
            # "the swearing-in ceremony of Modi": the value word's noun has the owner
            where += [w.head for w in where if w.dep_ in ("compound", "amod", "nmod") and w.head.i != w.i]
            found = [f for w in where for f in self._args.find(w, frame.object, sentence, owner=True)]
            found = found or self._args.find(token, frame.object, sentence)
            if frame.object.default == "leader" and sentence.leader in self._info and found \
                    and all(f.how == "coref" and f.kind == "person" for f in found):
                # "both parties voted against him": the head of government the text titled,
                # whoever else a pronoun could be
                found = [Found(sentence.leader, "person", -1, "coref")]  # type: ignore[arg-type]
            owners = [sentence.event_owners[v.value] for v in values
                      if v is not None and v.value in sentence.event_owners and not camp_named(v.token)
                      and not self._placed_apart(v.token, sentence.event_owners[v.value], sentence)] \
                if frame.value.type == "event" else []
            # ("the concluding rally of the Bharat Jodo Nyay Yatra": the named event it is part of)
            named = [] if found else [o for v in values if v is not None
                                      for w in (v.token, *prep_objects(v.token, "of"))
                                      for o in [self._named_event_owner(w, bool(owners))] if o]
            if not found and not named and frame.value.type == "event" and any(
                    named_owner(w, sentence) or held_with(w) for w in where):
                # "the swearing-in of Narendra Modi", "this meeting with the Election Commission":
                # someone else's event, not the one the text named before
                return
            if named:
                # "walk with Rahul Gandhi on the Bharat Jodo Nyay Yatra": the yatra is the Congress's
                found = [Found(named[0], self._info[named[0]].kind, -1, "coref")]
            if not found and owners and owners[0] in self._info:
                # "Both would have attended the rally": the rally the text just named, its owner's
                found = [Found(owners[0], self._info[owners[0]].kind, -1, "coref")]
            if not found and frame.object.default == "alliance":
                if frame.value.type == "event" and any(someones_event(v.token) for v in values if v is not None):
                    return      # "addressing a public meeting at Deganga": not the alliance's
                found = self._belonging.default_alliance(sentence, subjects_, token)
            head = sentence.governing
            if not found and frame.object.default == "leader" and head is not None \
                    and self._names_government(token, frame.object, sentence):
                # "Prime Minister Dahal ... the UML pulled its support from the government" (the
                # head the text titled, else the one the story's config names for the day)
                found = [Found(head, "person", -1, "coref")]
            if not found and frame.object.default == "government":
                placed = self._governments.placed_in(token, frame, sentence)
                local = self._governments.local(token, sentence) or bool(placed)
                if placed or (frame.placed_as and self._governments.local_scene(token, sentence)):
                    # "will join the UML-led government in Koshi", "In Madhes, the JSP heads the
                    # government, and the UML pulled its support from it": a deal there with the
                    # party that leads it, else with the governing coalition (placed_as, in _emit)
                    found = self._governments.leader(token, sentence)
                if not found:
                    if not self._government or (local and not placed):
                        # "quit the state government": not the country's, and no state named;
                        # and a story with no governing coalition configured has no government
                        return
                    found = [Found(self._government, "alliance", -1, "default")]
            if not found and frame.object.required:
                return
            objects = list(dict.fromkeys(found)) or [None]
        if not subjects_ and frame.subject.default == "alliance" and \
                not any(self._owned(n, sentence) for n in _event_nouns(token)):
            subjects_ = self._belonging.default_alliance(sentence, [])
        if not subjects_ and frame.subject.default == "leader":
            # "the Knesset approved the new government": the head the text titled, else the one
            # the story's config names for the day
            head = sentence.governing
            subjects_ = [Found(head, "person", -1, "coref")] if head is not None else []
        if "alliance" in frame.subject.kinds and (not subjects_ or any(s.kind != "alliance" for s in subjects_)) \
                and any(c.dep_ == "amod" and c.lower_ == "joint" for n in _event_nouns(token) for c in n.children):
            # "Kharge, Rahul Gandhi and JMM leader Champai Soren will launch the INDIA bloc's
            # campaign at a joint rally": the alliance the sentence names, not one party's (with
            # no one named, the story's: "there will be an opposition joint rally in Bhopal")
            alliances = self._belonging.default_alliance(sentence, [])
            subjects_ = [f for f in alliances if f.token >= 0] or subjects_ or alliances
        subjects_ = list(dict.fromkeys(subjects_))
        if frame.value.type == "number":
            yield from self._with_numbers(token, subjects_, values, sentence)
            return
        if not subjects_:
            return
        if frame.pairwise and objects == [None]:
            if not self._with_unwatched(token, sentence):
                yield from self._pairs(subjects_, values, sentence, frame.two_only)
            return
        named_objects = [o for o in objects if o is not None]
        if _bilateral(token, subjects_, named_objects):
            # "the Congress sealed alliances with the SP and the AAP": one deal with each
            for other in named_objects:
                yield subjects_[0], other, values[0] if values else None
            return
        all_sides = list(dict.fromkeys([*subjects_, *named_objects]))
        if frame.pairwise and frame.polarity and all(s.kind in ("party", "person") for s in all_sides) \
                and len({self._party_id(s) for s in all_sides}) > 2 and self._negation.count(token) % 2 == 0:
            # "formed a coalition with the UML, the JSP and the RSP": one agreement among them
            # all is each one's with the alliance, not a deal of every pair (not a refusal:
            # "Banerjee in Bengal and Mann in Punjab refused to share seats with the Congress")
            yield from self._with_alliance(all_sides, values[0], sentence)
            return
        if len(subjects_) > 1 and len(subjects_) == len(values) and respectively(sentence):
            for (subject, value), obj in itertools.product(zip(subjects_, values), objects):
                yield subject, obj, value
            return
        roles = [v for v in values if v is not None]
        if frame.value.type == "role" and len(subjects_) > 1 and len(roles) == len(subjects_) \
                and interleaved(subjects_, roles):
            # "appointed Kharge as chairperson and Nitish Kumar as convenor": each its own
            pairs = zip(sorted(subjects_, key=lambda s: s.token), sorted(roles, key=lambda v: v.token.i))
            for (subject, value), obj in itertools.product(pairs, objects):
                yield subject, obj, value
            return
        for subject, obj, value in itertools.product(subjects_, objects, values or [None]):
            yield subject, obj, value

    def _pairs(self, subjects_: list[Found], values: list[Valued | None], sentence: Sentence,
               two_only: bool = False) -> Iterator[tuple[Found, Found | None, Valued | None]]:
        for alliance in (s for s in subjects_ if s.kind == "alliance" and s.token >= 0):
            # "the MVA, comprising the Sena (UBT), the Congress and the NCP (SP), sealed ...":
            # each member has the deal with the alliance
            for member in self._args.members(sentence.doc[alliance.token], sentence):
                yield member, alliance, values[0]
        parties = list({s.entity: s for s in reversed(subjects_) if s.kind in ("party", "person")}.values())[::-1]
        # "The RJD, the Congress and the Left parties": three sides, one of them unnamed
        # (not "the two largest parties, the NC and the UML": that names the list)
        group = max((len(sides(sentence.doc[s.token], sentence)) + unnamed_sides(sentence.doc[s.token], sentence, self._lemma, self._lex.number)
                     for s in parties if s.token >= 0), default=0)
        if two_only and (len(parties) > 2 or group > 2):
            return
        if len(parties) == 2 and group <= 2:
            yield parties[0], parties[1], values[0]
        elif len(parties) >= 2:
            yield from self._with_alliance(parties, values[0], sentence)

    def _with_alliance(self, sides_: list[Found], value: Valued | None,
                       sentence: Sentence) -> Iterator[tuple[Found, Found | None, Valued | None]]:
        """One agreement among three or more sides: each side's deal with the alliance."""
        for alliance in self._belonging.default_alliance(sentence, sides_, members=True)[:1]:
            for side in sides_:
                yield side, alliance, value

    def _with_numbers(self, token: Token, subjects_: list[Found], values: list[Valued | None],
                      sentence: Sentence) -> Iterator[tuple[Found, Found | None, Valued | None]]:
        numbers = [v for v in values if v is not None]
        each = " each" in sentence.text.lower()
        paired: list[tuple[Found, Valued]] = []
        if len(subjects_) == 1 and numbers:
            # "nine of Tamil Nadu's seats and the single seat in Puducherry": one per seat noun
            # (not "... four seats and the Congress on three": that number is the Congress's)
            paired = [(subjects_[0], n) for n in per_seat_noun(numbers)
                      if n is numbers[0] or not party_between(numbers[0].token, n.token, sentence)]
        elif len(subjects_) == len(numbers) and respectively(sentence):
            paired = list(zip(subjects_, numbers))
        elif len(numbers) == 1 and each:
            paired = [(s, numbers[0]) for s in subjects_]
        elif len(subjects_) == len(numbers) and interleaved(subjects_, numbers):
            # "given 11 seats to the Congress and seven seats to the RLD"
            paired = list(zip(sorted(subjects_, key=lambda s: s.token), sorted(numbers, key=lambda n: n.token.i)))
        elif len(numbers) == 1 and not coordinated(subjects_, sentence):
            # "one seat goes to the AAP and nine to the Congress": the side next to the number
            paired = [(min(subjects_, key=lambda s: abs(s.token - numbers[0].token.i)), numbers[0])]
        yield from ((s, None, n) for s, n in paired)
        if not self._values.about_seats(token.doc) or (not paired and (in_description(token) or (
                is_noun(token) and token.dep_ == "pobj"))):
            return      # ("..., where a majority takes 138 votes, the Congress has 89 seats, ...")
        # "..., the Congress 17 and the NCP (SP) 10": the rest of a verbless list.
        taken = {s.entity for s, _n in paired}
        for index, number in self._values.listed(token.doc, sentence.anchors, exclude=[n for _s, n in paired]):
            mention = sentence.anchors.entity(token.doc[index])
            if mention is not None and mention.kind in ("party", "person") and mention.entity not in taken:
                taken.add(mention.entity)
                yield self._args.found(mention, token.doc[index], "inherited"), None, number

    # --- arguments -------------------------------------------------------------------------

    def _titles_local_head(self, sentence: Sentence) -> bool:
        """Does the sentence title a state's or province's head ("Chief Minister Singh is set to
        receive support from 25 UML lawmakers")? Support there is of that government."""
        return any(v is not None and self._lex.role_scope(v.value) == "place"
                   for t in sentence.doc if t.tag_.startswith("NN") for v in [self._values.role(t)])

    def _owned(self, token: Token, sentence: Sentence) -> bool:
        """Only "the meeting", "its next meeting" stand for the alliance's: a meeting of
        someone named ("Nitish's meeting with MLAs"), "a meeting", or a house's sitting ("the
        meeting held in the Provincial Assembly") does not."""
        participles = dating_participles(token)
        if any(self._lemma(o) in self._houses for a in participles
               for p in children(a, "prep") if p.lower_ in ("in", "at", "of") for o in children(p, "pobj")):
            return True
        if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children) and \
                not any(c.lower_ in _NEXT for c in token.lefts):
            return True
        if any(m.lower_ in OWN_EVENT_WORDS for m in modifiers(token)):
            return True     # "the parliamentary party meeting", "the cabinet meeting": a party's or a house's
        verb = governor(token)
        owners = [*children(token, "poss"), *modifiers(token), *prep_objects(token, "with"),
                  *prep_objects(token, "of"), *prep_objects(token, "between"),
                  # "a meeting held between the Sena (UBT) and the NCP (SP)": theirs
                  *(o for a in participles for w in ("between", "with") for o in prep_objects(a, w)),
                  # "Mayawati held a key meeting with the party's units": hers
                  *(subjects(verb, self._lemma) if verb is not None and token.dep_ == "dobj"
                    and self._lemma(verb) in self._organisers else [])]
        anchors = sentence.anchors
        if any(t.lower_ == "their" for t in owners):
            # "Dahal asked Oli about it during their meeting": the two men's, when the sentence
            # names persons and no alliance
            kinds = {m.kind for t in sentence.doc for m in [anchors.entity(t)] if m is not None}
            if "person" in kinds and "alliance" not in kinds:
                return True
        return any((anchors.entity(t) is not None and anchors.entity(t).kind != "alliance")  # type: ignore[union-attr]
                   or (t.tag_ == "NNP" and anchors.date(t) is None and anchors.place(t) is None)
                   for t in owners)


def _event_nouns(token: Token) -> list[Token]:
    """The event a trigger is about: the noun itself, or a verb's object ("the Wednesday
    meeting was called off": whose it is, is asked of "meeting", not of "called")."""
    return (direct_objects(token) or [token]) if is_verb(token) else [token]


def _absolute(noun: Token) -> bool:
    """"... with both parties pitting their strongest candidates against each other": a "with"
    that tells what goes on, not who the partner is."""
    return noun.tag_ == "VBG" or any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" for c in noun.children)
