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
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from monitor.claims.anchors import Anchors
from monitor.claims.entities import EntityInfo, Mention
from monitor.claims.lexicon import Lexicon, TriggerEntry
from monitor.claims.modality import ModalityReader, Mood, confidence
from monitor.claims.schema import Argument, Frame, Trigger
from monitor.claims.seatlist import SeatLists, Share, verb_of
from monitor.claims.tree import (children, complements, direct_objects, governor, is_noun, is_passive,
                                 is_verb, lemma_in, modifiers, passive_subjects, prep_objects, subjects,
                                 tense)
from monitor.claims.values import Valued, Values
from monitor.types import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Lemma = Callable[["Token"], str]
_POS = {"verb": ("VB", "MD"), "noun": ("NN",), "adj": ("JJ",), "adv": ("RB",)}
#: "parties such as the TMC and the SP", "allies like the DMK": the list stands for the noun.
_LISTING = frozenset({"as", "like", "including", "include", "namely"})
_GENERIC = frozenset({"party", "ally", "partner", "constituent", "member", "outfit", "force",
                      "organisation", "organization", "group", "player"})
_ATTACH = {"direct": 1.0, "inherited": 0.9, "coref": 0.9, "group": 0.9, "default": 0.85}
#: Pronouns read from the sentence itself: "it" is the clause above's subject ("X denied
#: reports that it would quit"); "we" is whoever says it ("we will go alone, Mann said").
_THIRD = frozenset({"it", "its", "they", "their", "them"})
_DEFINITE = frozenset({"the", "its", "their", "this", "that", "our"})
_NEXT = frozenset({"next", "upcoming", "coming", "forthcoming", "first", "second", "third", "fourth",
                   "fifth", "sixth", "joint", "crucial", "key", "virtual", "online"})
_FIRST = frozenset({"we", "our", "us", "i", "my", "me"})


@dataclass(frozen=True, slots=True)
class Found:
    entity: str
    kind: str
    token: int
    how: str = "direct"        # direct | inherited | coref | group | default


@dataclass(frozen=True, slots=True)
class Sentence:
    """A parsed candidate sentence and what claimwatch found in it."""

    doc: Doc
    anchors: Anchors
    paragraph: int
    entities: tuple[str, ...]
    main_alliance: str | None
    published: date | None
    #: The one state the text named just before this sentence, if any.
    context_place: str | None = None

    @property
    def text(self) -> str:
        return self.anchors.text


class FrameMatcher:
    def __init__(self, lexicon: Lexicon, info: Mapping[str, EntityInfo], values: Values,
                 lemma: Lemma, group_nouns: frozenset[str], government: str | None = None) -> None:
        self._lex = lexicon
        self._government = government
        self._info = info
        self._values = values
        self._lemma = lemma
        self._groups = group_nouns
        self._mood = ModalityReader(lexicon.cues, lemma)
        numbered = [f for f in lexicon.frames if f.value.type == "number"]
        self._numbered = frozenset(f.relation for f in numbered)
        givers = frozenset(t.lemma for f in numbered for t in f.triggers
                           if not t.passive and {"prep:to", "iobj"} & set(f.subject.paths))
        self._lists = SeatLists(lexicon, values, lemma, givers)

    def extract(self, sentence: Sentence) -> list[Claim]:
        out: dict[tuple, Claim] = {}
        numbered: list[tuple[Token, TriggerEntry]] = []
        for token in sentence.doc:
            entries = self._lex.triggers.get(self._lemma(token))
            if not entries:
                continue
            for entry in entries:
                if not self._fits(token, entry.trigger):
                    continue
                if entry.frame.value.type == "number":
                    numbered.append((token, entry))
                self._keep(out, self._claims(token, entry, sentence))
        if numbered and not _respectively(sentence) and not self._results(sentence):
            listed = list(self._listed(numbered, sentence))
            if listed:
                # a list read along its words replaces what the parse paired
                out = {k: c for k, c in out.items() if c.relation not in self._numbered}
                self._keep(out, listed)
        return list(out.values())

    def _keep(self, out: dict[tuple, Claim], claims: Iterable[Claim]) -> None:
        for claim in claims:
            key = (_canonical(claim, self._lex.symmetric), claim.modality)
            if key not in out or out[key].confidence < claim.confidence:
                out[key] = claim

    def _listed(self, numbered: Sequence[tuple[Token, TriggerEntry]], sentence: Sentence) -> Iterator[Claim]:
        """Claims of a seat list: each share under the seat trigger above its number."""
        shares = self._lists.read(sentence.doc, sentence.anchors)
        # numbers each with its own place ("9 in Tamil Nadu and one in Puducherry"): those
        # places are not the others' (one place for all is the list's own)
        owned = {s.place.id for s in shares if s.place is not None}
        owned = owned if len(owned) > 1 else set()
        for share in shares:
            number = share.number.token
            above = {a.i for a in number.ancestors}
            token, entry = next(((t, e) for t, e in numbered if t.i in above), numbered[0])
            frame = entry.frame
            mood = self._mood.read(token, sentence.anchors, sentence.published, entry.trigger.modality)
            if mood.background or (mood.negated and not frame.negatable):
                continue
            if entry.trigger.past == "history" and tense(token, self._lemma) == "past":
                continue
            mention = sentence.anchors.entity(sentence.doc[share.party])
            if mention is None:
                continue
            subject, _ = self._as_party(frame, self._found(mention, sentence.doc[share.party], "direct"), None)
            if subject is None:
                continue
            for place in self._share_places(share, token, frame, sentence, owned):
                yield Claim(
                    sentence=sentence.text, subject=subject.entity, relation=frame.relation, object=None,
                    value=share.number.value, place=place, polarity=frame.polarity != mood.negated,
                    hedge=mood.hedge, entities=sentence.entities, paragraph=sentence.paragraph,
                    modality=mood.modality, speaker=mood.speaker, confidence=confidence(mood, 0.9))

    def _share_places(self, share: Share, trigger: Token, frame: Frame, sentence: Sentence,
                      owned: set[str]) -> list[str | None]:
        """The number's own place ("3 in Haryana"), else its clause's ("in Haryana and Assam,
        one seat each") but not another number's own, else the trigger's; several only where
        they are conjoined."""
        if share.place is not None and share.place.kind in frame.place:
            return [share.place.id]
        verb = verb_of(share.number.token)
        if verb is not None and verb.i != trigger.i:
            found = [p.id for p in self._values.clause_places(verb, sentence.anchors, frame.place)
                     if p.id not in owned]
            if found:
                return list(dict.fromkeys(found))
        places = [p for p in self._places(trigger, frame, sentence, share.number) if p not in owned]
        return places if len(places) == 1 else [sentence.context_place]

    def _results(self, sentence: Sentence) -> bool:
        """Does the sentence tell an election's results ("it won 18", "lost all four")?"""
        key = ("results", -1)
        if key not in sentence.anchors.memo:
            sentence.anchors.memo[key] = any(
                self._lemma(t) in ("win", "lose") and t.tag_ in ("VBD", "VBN")
                and not any(c.lower_ in ("will", "would", "to") for c in t.children)
                and any(self._values.is_seat_noun(o) or o.tag_ == "CD" for c in t.children
                        if c.dep_ == "dobj" for o in c.subtree)
                for t in sentence.doc)
        return bool(sentence.anchors.memo[key])

    # --- triggers ---------------------------------------------------------------------

    def _fits(self, token: Token, trigger: Trigger) -> bool:
        if trigger.pos != "any" and not token.tag_.startswith(_POS[trigger.pos]):
            return False
        if trigger.passive is not None and is_passive(token) != trigger.passive:
            return False
        if trigger.prt and not any(self._lemma(c) == trigger.prt or c.lower_ == trigger.prt
                                   for c in children(token, "prt", "advmod", "prep")):
            return False
        if trigger.prep and not self._has_prep(token, trigger.prep, trigger.pobj):
            return False
        if trigger.unless_prep and any(prep_objects(token, p) for p in trigger.unless_prep):
            return False
        if trigger.obj and not any(self._lemma(o) in trigger.obj or o.lower_ in trigger.obj
                                   for o in direct_objects(token) + children(token, "npadvmod")):
            return False
        if trigger.no_obj and children(token, "dobj"):
            return False
        if trigger.adv and not any(self._lemma(c) in trigger.adv or c.lower_ in trigger.adv
                                   for c in token.children):
            return False
        if trigger.governor:
            gov = governor(token)
            if gov is None or not lemma_in(gov, trigger.governor, self._lemma):
                return False
        return True

    def _has_prep(self, token: Token, word: str, objects: Sequence[str]) -> bool:
        found = prep_objects(token, word)
        if not found:
            return False
        return not objects or any(self._lemma(o) in objects or o.lower_ in objects for o in found)

    # --- claims of one trigger -----------------------------------------------------------

    def _claims(self, token: Token, entry: TriggerEntry, sentence: Sentence) -> Iterator[Claim]:
        frame = entry.frame
        mood = self._mood.read(token, sentence.anchors, sentence.published, entry.trigger.modality,
                               governed=bool(entry.trigger.governor))
        if mood.background or (mood.negated and not frame.negatable):
            return
        if entry.trigger.past == "history" and tense(token, self._lemma) == "past":
            return      # "the Congress contested 25 seats and won 18": the last election
        if frame.value.type == "number" and self._results(sentence):
            return      # "was given 25 seats; it won 18": an earlier election's results
        polarity = frame.polarity != mood.negated
        values = self._value(token, frame, sentence)
        if values is None and frame.value.type == "number":
            values = []     # a verbless list may still give the numbers ("the Congress 11, ...")
        if values is None:
            return
        for subject, obj, value in self._combinations(token, frame, sentence, values):
            held = polarity
            if frame.value.type == "role" and frame.object is not None and "person" not in frame.object.kinds:
                obj = self._role_holder(obj, value, sentence, subject)
                if value is not None and _former(value.token):
                    held = False          # "a former prime minister", "had been deputy PM"
            for place in self._places(token, frame, sentence, value):
                subject2, obj2 = self._as_party(frame, subject, obj)
                if subject2 is None or (obj2 is not None and obj2.entity == subject2.entity):
                    continue
                if frame.kind_pairs and obj2 is not None and \
                        (subject2.kind, obj2.kind) not in frame.kind_pairs:
                    continue
                attach = min(_ATTACH[subject2.how], _ATTACH[obj2.how] if obj2 else 1.0)
                yield Claim(
                    sentence=sentence.text, subject=subject2.entity, relation=frame.relation,
                    object=obj2.entity if obj2 else None,
                    value=value.value if value else None, place=place,
                    polarity=held, hedge=mood.hedge, entities=sentence.entities,
                    paragraph=sentence.paragraph, modality=mood.modality, speaker=mood.speaker,
                    confidence=confidence(mood, attach))

    def _combinations(self, token: Token, frame: Frame, sentence: Sentence,
                      values: list[Valued | None]) -> Iterator[tuple[Found, Found | None, Valued | None]]:
        subjects_ = self._argument(token, frame.subject, sentence)
        objects: list[Found | None] = [None]
        if frame.object is not None:
            where = [v.token for v in values if v is not None] if frame.value.type in ("role", "event") else []
            # "the swearing-in ceremony of Modi": the value word's noun has the owner
            where += [w.head for w in where if w.dep_ in ("compound", "amod", "nmod") and w.head.i != w.i]
            found = [f for w in where for f in self._argument(w, frame.object, sentence, owner=True)]
            found = found or self._argument(token, frame.object, sentence)
            if not found and frame.value.type == "event" and any(_named_owner(w, sentence) for w in where):
                return      # "the swearing-in of Narendra Modi": someone else's event
            if not found and frame.object.default == "alliance":
                found = self._default_alliance(sentence, subjects_)
            if not found and frame.object.default == "government" and self._government:
                found = [Found(self._government, "alliance", -1, "default")]
            if not found and frame.object.required:
                return
            objects = list(dict.fromkeys(found)) or [None]
        if not subjects_ and frame.subject.default == "alliance" and not self._owned(token, sentence):
            subjects_ = self._default_alliance(sentence, [])
        subjects_ = list(dict.fromkeys(subjects_))
        if frame.value.type == "number":
            yield from self._with_numbers(token, subjects_, values, sentence)
            return
        if not subjects_:
            return
        if frame.pairwise and objects == [None]:
            yield from self._pairs(subjects_, values, sentence, frame.two_only)
            return
        if len(subjects_) > 1 and len(subjects_) == len(values) and _respectively(sentence):
            for (subject, value), obj in itertools.product(zip(subjects_, values), objects):
                yield subject, obj, value
            return
        for subject, obj, value in itertools.product(subjects_, objects, values or [None]):
            yield subject, obj, value

    def _pairs(self, subjects_: list[Found], values: list[Valued | None], sentence: Sentence,
               two_only: bool = False) -> Iterator[tuple[Found, Found | None, Valued | None]]:
        parties = [s for s in subjects_ if s.kind in ("party", "person")]
        # "The RJD, the Congress and the Left parties": three sides, one of them unnamed
        # (not "the two largest parties, the NC and the UML": that names the list)
        group = max((len(_sides(sentence.doc[s.token], sentence)) for s in parties if s.token >= 0), default=0)
        if two_only and (len(parties) > 2 or group > 2):
            return
        if len(parties) == 2 and group <= 2:
            yield parties[0], parties[1], values[0]
        elif len(parties) >= 2:
            for alliance in self._default_alliance(sentence, parties)[:1]:
                for party in parties:
                    yield party, alliance, values[0]

    def _with_numbers(self, token: Token, subjects_: list[Found], values: list[Valued | None],
                      sentence: Sentence) -> Iterator[tuple[Found, Found | None, Valued | None]]:
        numbers = [v for v in values if v is not None]
        each = " each" in sentence.text.lower()
        paired: list[tuple[Found, Valued]] = []
        if len(subjects_) == 1 and numbers:
            # "nine of Tamil Nadu's seats and the single seat in Puducherry": one per seat noun
            # (not "... four seats and the Congress on three": that number is the Congress's)
            paired = [(subjects_[0], n) for n in _per_seat_noun(numbers)
                      if n is numbers[0] or not _party_between(numbers[0].token, n.token, sentence)]
        elif len(subjects_) == len(numbers) and _respectively(sentence):
            paired = list(zip(subjects_, numbers))
        elif len(numbers) == 1 and each:
            paired = [(s, numbers[0]) for s in subjects_]
        elif len(subjects_) == len(numbers) and _interleaved(subjects_, numbers):
            # "given 11 seats to the Congress and seven seats to the RLD"
            paired = list(zip(sorted(subjects_, key=lambda s: s.token), sorted(numbers, key=lambda n: n.token.i)))
        elif len(numbers) == 1 and not _coordinated(subjects_, sentence):
            # "one seat goes to the AAP and nine to the Congress": the side next to the number
            paired = [(min(subjects_, key=lambda s: abs(s.token - numbers[0].token.i)), numbers[0])]
        yield from ((s, None, n) for s, n in paired)
        if not any(self._values.is_seat_noun(t) for t in token.doc):
            return
        # "..., the Congress 17 and the NCP (SP) 10": the rest of a verbless list.
        taken = {s.entity for s, _n in paired}
        for index, number in self._values.listed(token.doc, sentence.anchors, exclude=[n for _s, n in paired]):
            mention = sentence.anchors.entity(token.doc[index])
            if mention is not None and mention.kind in ("party", "person") and mention.entity not in taken:
                taken.add(mention.entity)
                yield self._found(mention, token.doc[index], "inherited"), None, number

    # --- arguments -------------------------------------------------------------------------

    def _argument(self, token: Token, arg: Argument, sentence: Sentence,
                  owner: bool = False) -> list[Found]:
        for path in arg.paths:
            found = [f for w, how in self._follow(token, path) for f in self._resolve(w, sentence, how)]
            if not arg.groups:
                found = [f for f in found if f.how != "group"]
            fitting = [f for f in found if f.kind in arg.kinds or (arg.as_party and f.kind == "person")]
            if fitting:
                return fitting
            if found and not owner:
                return []       # the path names someone else: no default stands in for them
        return []

    def _follow(self, token: Token, path: str) -> list[tuple[Token, str]]:
        if path.startswith("prep:"):
            return [(t, "direct") for t in prep_objects(token, path[5:])]
        if path.startswith("obj_prep:"):
            return [(t, "direct") for o in direct_objects(token) for t in prep_objects(o, path[9:])]
        verb = token if is_verb(token) or token.tag_.startswith("JJ") else governor(token)
        if path == "subj":
            if verb is None:
                return []
            own = children(verb, "nsubj", "csubj")
            found = subjects(verb, self._lemma)
            how = "direct" if own and found == own else "inherited"
            return [(t, how) for t in found if t.i != token.i]
        if path == "pred_subj":
            # "X is a member of ...": only a predicate noun takes the clause's subject.
            if token.dep_ not in ("attr", "acomp", "oprd") or verb is None:
                return []
            return [(t, "direct") for t in subjects(verb, self._lemma)]
        if path == "appos":
            return [(t, "direct") for t in children(token, "appos")]
        if path == "subjpass":
            if verb is None:
                return []
            found = passive_subjects(verb)
            if not found and verb.dep_ == "conj" and is_passive(verb):
                # "resigned as chief minister and was sworn in again": the shared subject
                return [(t, "inherited") for t in subjects(verb, self._lemma)]
            return [(t, "direct") for t in found]
        if path == "obj":
            return [(t, "direct") for t in direct_objects(token)] if is_verb(token) else []
        if path == "iobj":
            return [(t, "direct") for t in children(token, "dative")]
        if path == "agent":
            return [(o, "direct") for a in children(token, "agent") for o in children(a, "pobj")]
        if path == "attr":
            return [(t, "direct") for t in complements(token)]
        if path == "poss":
            return [(t, "direct") for t in children(token, "poss")]
        if path == "compound":
            return [(t, "direct") for t in modifiers(token)]
        if path == "appos_head":
            return [(token.head, "direct")] if token.dep_ == "appos" else []
        if path == "head":
            return [(token.head, "direct")] if token.dep_ in ("compound", "amod", "nmod") else []
        if path == "relcl_head":
            clause = verb or token
            return [(clause.head, "inherited")] if clause.dep_ in ("relcl", "acl") else []
        if path == "obj_owner":
            return [(t, "direct") for o in direct_objects(token)
                    for t in [*children(o, "poss"), *modifiers(o), *prep_objects(o, "of")]]
        if path == "xcomp_obj":
            return [(o, "direct") for x in children(token, "xcomp") for o in direct_objects(x)]
        if path == "speaker":
            who = self._speaker_token(token)
            return [(who, "inherited")] if who is not None else []
        if path == "subj_title":
            # "Bihar Chief Minister Nitish Kumar resigned": the title the subject carries
            if verb is None:
                return []
            found = subjects(verb, self._lemma) or passive_subjects(verb)
            return [(t, "direct") for s in found for t in children(s, "compound", "appos", "amod")]
        return []

    def _speaker_token(self, token: Token) -> Token | None:
        """The subject of the nearest reporting verb above the token."""
        report = self._lex.cues.report_verbs
        node = token
        for _ in range(12):
            if node.head.i == node.i:
                break
            node = node.head
            if self._lemma(node) in report:
                found = subjects(node, self._lemma)
                return found[0] if found else None
        for child in token.sent.root.children if token.sent.root.i != token.i else ():
            if child.dep_ in ("parataxis", "ccomp") and self._lemma(child) in report and child.i > token.i:
                found = subjects(child, self._lemma)
                return found[0] if found else None
        return None

    def _pronoun(self, word: Token, sentence: Sentence) -> list[Found]:
        lower = word.lower_
        if lower in _FIRST:
            who = self._speaker_token(word)
            return self._resolve(who, sentence, "inherited") if who is not None and who.i != word.i else []
        node = word.head
        candidates: list[Token] = []
        for _ in range(8):
            if node.head.i == node.i:
                break
            node = node.head
            if is_verb(node):
                candidates += children(node, "nsubj", "nsubjpass")
        # "... the Congress will contest 16 seats; in Karnataka it takes 27": the subject before it
        candidates += [t for t in reversed(word.doc[:word.i]) if t.dep_ in ("nsubj", "nsubjpass")]
        for subject in candidates:
            mention = sentence.anchors.entity(subject)
            if mention is not None and mention.kind == "person" and lower in ("they", "their", "them") \
                    and subject.conjuncts:
                # "Prachanda and Oli agreed that their parties would ...": the two of them
                return [dataclasses.replace(f, how="coref")
                        for f in self._resolve(subject, sentence, "coref")]
            if mention is not None and mention.kind in ("party", "alliance"):
                if lower in ("they", "their", "them"):    # "the AAP and the Congress ... they"
                    return [dataclasses.replace(f, how="coref")
                            for f in self._resolve(subject, sentence, "coref")]
                return [self._found(mention, subject, "coref")]
        return []

    def _resolve(self, token: Token, sentence: Sentence, how: str) -> list[Found]:
        """The watched entities a word stands for, with its conjuncts (and a list the parser
        hung as an apposition: "the UML, the RSP and the CPN" with "the RSP" in apposition)."""
        words = [token, *token.conjuncts]
        if sentence.anchors.entity(token) is not None:
            for appos in children(token, "appos"):
                if sentence.anchors.entity(appos) is not None and \
                        sentence.anchors.entity(appos).entity != sentence.anchors.entity(token).entity:  # type: ignore[union-attr]
                    words += [appos, *appos.conjuncts]
        out: list[Found] = []
        for word in words:
            out += self._one(word, sentence, how)
        return out

    def _one(self, word: Token, sentence: Sentence, how: str) -> list[Found]:
        mention = sentence.anchors.entity(word)
        if mention is not None:
            if mention.kind == "party" and any(c.dep_ == "nummod" for c in word.children):
                return [self._found(mention, word, "group")]    # "three RJD MLAs"
            return [self._found(mention, word, "coref" if mention.how == "coref" else how)]
        if word.lower_ in _THIRD or word.lower_ in _FIRST:
            return self._pronoun(word, sentence)
        lemma = self._lemma(word)
        if lemma in self._groups:
            # "Trinamool MP Derek O'Brien": a title, the person is named next to it
            following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
            near = [*children(word, "appos", "compound"), word.head] + ([following] if following else [])
            for other in near:
                person = sentence.anchors.entity(other)
                if person is not None and person.kind == "person" and other.i > word.i:
                    return [self._found(person, other, how)]
            # "TMC leaders", "Nitish Kumar's government", "leaders of parties such as the DMK"
            for child in [*children(word, "poss"), *modifiers(word)]:
                owner = sentence.anchors.entity(child)
                if owner is not None:
                    return [self._found(owner, child, "group")]
                if child.dep_ == "poss" and child.lower_ in _THIRD:
                    # "their parties" are the parties; "its ministers" stand for the party
                    owners = self._pronoun(child, sentence)
                    if owners:
                        return [dataclasses.replace(f, how="coref" if lemma == "party" else "group")
                                for f in owners]
            for child in prep_objects(word, "of"):
                owners = self._resolve(child, sentence, "group")
                if owners:
                    return owners
        if lemma in _GENERIC or word.tag_ == "NNS":
            listed = [o for p in children(word, "prep") if p.lower_ in _LISTING
                      for o in children(p, "pobj")] + children(word, "appos")
            return [f for o in listed for f in self._resolve(o, sentence, how)]
        # "Its chairman, the Madhesi leader Upendra Yadav, resigned": the person in apposition
        for appos in children(word, "appos"):
            found = self._one(appos, sentence, how)
            if found:
                return found
        return []

    @staticmethod
    def _found(mention: Mention, word: Token, how: str) -> Found:
        return Found(mention.entity, mention.kind, word.i, how)

    def _as_party(self, frame: Frame, subject: Found, obj: Found | None) -> tuple[Found | None, Found | None]:
        """A person stands for their party where the frame says so (and the pairs allow)."""
        subject = self._party_of(subject, frame.subject, frame, obj, first=True)
        if obj is not None and frame.object is not None:
            obj = self._party_of(obj, frame.object, frame, subject, first=False)
        if subject is not None and subject.kind not in frame.subject.kinds:
            return None, obj
        return subject, obj

    def _party_of(self, found: Found | None, arg: Argument, frame: Frame, other: Found | None,
                  first: bool) -> Found | None:
        if found is None or found.kind != "person" or not arg.as_party:
            return found
        if first and frame.kind_pairs and other is not None and ("person", other.kind) in frame.kind_pairs:
            # "Chavan quit the Congress": a person leaves their own party; a leader's moves
            # toward another party ("Dahal dropped the Congress") are their party's
            own = self._info[found.entity].party if found.entity in self._info else None
            if own is None or own == other.entity or other.kind != "party":
                return found
        party = self._info[found.entity].party if found.entity in self._info else None
        if party is None or party not in self._info:
            return found if "person" in arg.kinds and not frame.kind_pairs else None
        return Found(party, self._info[party].kind, found.token, found.how)

    def _default_alliance(self, sentence: Sentence, taken: Sequence[Found]) -> list[Found]:
        used = {f.entity for f in taken}
        for index, (mention, where) in sorted(sentence.anchors.entities.items()):
            if mention.kind == "alliance" and mention.entity not in used and index == where.start:
                return [Found(mention.entity, "alliance", where.root, "default")]
        if sentence.main_alliance and sentence.main_alliance not in used:
            return [Found(sentence.main_alliance, "alliance", -1, "default")]
        return []

    def _owned(self, token: Token, sentence: Sentence) -> bool:
        """Only "the meeting", "its next meeting" stand for the alliance's: a meeting of
        someone named ("Nitish's meeting with MLAs") or "a meeting" does not."""
        if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children) and \
                not any(c.lower_ in _NEXT for c in token.lefts):
            return True
        owners = [*children(token, "poss"), *modifiers(token), *prep_objects(token, "with"),
                  *prep_objects(token, "of"), *prep_objects(token, "between")]
        anchors = sentence.anchors
        return any((anchors.entity(t) is not None and anchors.entity(t).kind != "alliance")  # type: ignore[union-attr]
                   or (t.tag_ == "NNP" and anchors.date(t) is None and anchors.place(t) is None)
                   for t in owners)

    # --- values and places -------------------------------------------------------------------

    def _value(self, token: Token, frame: Frame, sentence: Sentence) -> list[Valued | None] | None:
        kind = frame.value.type
        if kind == "none":
            return [None]
        if kind == "fixed":
            return [Valued(frame.value.fixed or "", token)]
        if kind == "date":
            return self._date(token, sentence, frame.value.max_age_days)
        words = [w for path in frame.value.paths for w, _how in self._follow(token, path)]
        if kind == "number":
            found = [v for w in words for v in self._values.seat_numbers(w)]
            if not found and "obj" in frame.value.paths:
                # a mis-parsed object ("will contest the other 12 itself"): a number of the clause
                found = [v for w in token.children if w.dep_ not in ("nsubj", "prep", "conj")
                         for t in w.subtree if t.tag_ == "CD" for v in self._values.seat_numbers(t)][:1]
        elif kind == "role":
            # "picked as chairperson and convenor respectively" (the second often hangs on the verb)
            words += [c for c in token.children if c.dep_ == "conj" and c.tag_.startswith("NN")]
            found = [v for w in words for c in (w, *w.conjuncts) for v in [self._values.role(c)]
                     if v is not None]
        else:
            found = [v for w in words for v in [self._values.event(w)] if v is not None]
        return list(dict.fromkeys(found)) or None

    def _date(self, token: Token, sentence: Sentence, max_age: int | None) -> list[Valued | None] | None:
        own = [t for t in token.subtree if not _inside_clause(t, token)]
        gov = governor(token) if is_noun(token) else None
        scope = own + ([t for t in gov.subtree if t not in own and not _inside_clause(t, gov)]
                       if gov is not None else [])
        dates = sentence.anchors.dates_in(scope)
        if not dates:
            return None
        # "on Sunday, March 31": the written date, not the weekday read against the article's.
        explicit = [d for d in dates if any(ch.isdigit() for ch in sentence.text[d.start:d.end])]
        chosen = sentence.anchors.dated((explicit or dates)[0], tense(token, self._lemma))
        if max_age is not None and sentence.published is not None and _older(chosen, sentence.published, max_age):
            return None
        return [Valued(chosen, token)]

    def _places(self, token: Token, frame: Frame, sentence: Sentence,
                value: Valued | None) -> list[str | None]:
        """Places of the trigger's clause, else of the clauses above it, else "there", else
        (for facts whose place is part of them) the state the text just named."""
        if not frame.place:
            return [None]
        if frame.value.type == "role" and value is not None:
            return self._role_places(token, frame, sentence, value)
        relation = self._lex.data.relations.get(frame.relation)
        if relation is not None and not relation.clause_place:
            found = self._values.own_places(token, sentence.anchors, frame.place)
            return [p.id for p in found[:1]] or [None]
        extra = [value.token] if value is not None and value.token.i != token.i \
            and frame.value.type in ("number", "event") else []
        # "the single seat in Puducherry": a place of the value's own noun comes first
        own = self._values.noun_places(value.token, sentence.anchors, frame.place) if extra else []
        places = own or self._values.clause_places(token, sentence.anchors, frame.place, extra)
        node = token
        while not places and node.head.i != node.i:
            node = node.head
            if is_verb(node) and node.dep_ != "prep":
                places = self._values.clause_places(node, sentence.anchors, frame.place)
        if not places:
            # "stitched an alliance to contest the mayoral post in Chandigarh": its purpose clause
            for clause in children(token, "xcomp", "advcl"):
                places = self._values.clause_places(clause, sentence.anchors, frame.place)
                if places:
                    break
        if places:
            return [p.id for p in places]
        if relation is not None and relation.context_place and sentence.context_place:
            return [sentence.context_place]
        return [None]


    def _role_places(self, token: Token, frame: Frame, sentence: Sentence, value: Valued) -> list[str | None]:
        """Only a role held in a place has one ("chief minister of Jharkhand"); a title's
        place is the role's ("Bihar Chief Minister Nitish Kumar resigned")."""
        if self._lex.role_scope(value.value) != "place":
            return [None]
        if "subj_title" in frame.value.paths:
            titled = self._values.title_places(value.token, sentence.anchors, frame.place)
            if titled:
                return [titled[0].id]
        places = self._values.clause_places(token, sentence.anchors, frame.place, [value.token])
        if places:
            return [places[0].id]
        return [sentence.context_place] if sentence.context_place else [None]

    def _role_holder(self, obj: Found | None, value: Valued | None, sentence: Sentence,
                     subject: Found) -> Found | None:
        """What a role is held in, by the role's scope: the alliance (named, else the story's),
        a party named with the role ("JD(U) president"), or nothing."""
        if value is None:
            return obj
        scope = self._lex.role_scope(value.value)
        if obj is not None and obj.kind in ("alliance", "party") and scope in ("alliance", "party"):
            return obj      # "chairman of the Maoist Centre": named, whatever the usual scope
        if scope == "alliance":
            found = self._default_alliance(sentence, [subject])
            return found[0] if found else None
        if scope == "party":
            if obj is not None and obj.kind == "party":
                return obj
            for child in [*children(value.token, "poss"), *modifiers(value.token),
                          *prep_objects(value.token, "of")]:
                mention = sentence.anchors.entity(child)
                if mention is not None and mention.kind == "party":
                    return self._found(mention, child, "direct")
            # "Nitish Kumar would be the next president": of his own party
            own = self._info[subject.entity].party if subject.entity in self._info else None
            return Found(own, "party", -1, "default") if own in self._info else None
        return None


def _canonical(claim: Claim, symmetric: frozenset[str]) -> str:
    """One key for both sides of a symmetric fact."""
    if claim.relation in symmetric and claim.object and claim.subject and claim.object < claim.subject:
        return dataclasses.replace(claim, subject=claim.object, object=claim.subject).fact_key
    return claim.fact_key


def _former(role: Token) -> bool:
    if any(c.lower_ in ("former", "ex", "erstwhile", "ex-") for c in role.children):
        return True
    verb = role.head if role.dep_ in ("attr", "pobj") else None
    return verb is not None and verb.lower_ == "been" and any(c.lower_ == "had" for c in verb.children)


def _per_seat_noun(numbers: list[Valued]) -> list[Valued]:
    """The first number, and each further one that counts seats of another seat noun."""
    out = numbers[:1]
    for number in numbers[1:]:
        if all(number.token.head.i != kept.token.head.i for kept in out) and number.token.dep_ != "conj":
            out.append(number)
    return out


def _interleaved(found: list[Found], numbers: list[Valued]) -> bool:
    """Each side and its number in turn (number, side, number, side or the other way)."""
    items = sorted([(f.token, "s") for f in found] + [(n.token.i, "n") for n in numbers])
    kinds = [k for _i, k in items]
    return all(a != b for a, b in zip(kinds, kinds[1:]))


def _party_between(first: Token, later: Token, sentence: Sentence) -> bool:
    low, high = sorted((first.i, later.i))
    return any(sentence.anchors.entity(t) is not None and sentence.anchors.entity(t).kind == "party"  # type: ignore[union-attr]
               for t in sentence.doc[low + 1:high])


def _coordinated(found: list[Found], sentence: Sentence) -> bool:
    """Are the sides one conjoined phrase ("the SP and the Congress")?"""
    tokens = [f.token for f in found if f.token >= 0]
    if len(tokens) < 2:
        return True
    first = sentence.doc[tokens[0]]
    group = {first.i, *(c.i for c in first.conjuncts)}
    return all(t in group for t in tokens)


def _named_owner(word: Token, sentence: Sentence) -> bool:
    """Does a name (not a place's) own the word ("Modi's swearing-in", "the BSP's rally")?"""
    owners = children(word, "poss") + prep_objects(word, "of")
    return any(o.tag_ in ("NNP", "NNPS") and sentence.anchors.place(o) is None for o in owners)


def _sides(token: Token, sentence: Sentence) -> list[Token]:
    """A coordinated list's members, without a leading label noun ("two parties, A and B")."""
    members = sorted([token, *token.conjuncts], key=lambda t: t.i)
    first = members[0]
    if len(members) > 2 and sentence.anchors.entity(first) is None and first.tag_ == "NNS" \
            and first.i + 1 < len(first.doc) and first.doc[first.i + 1].text == ",":
        return members[1:]
    return members


def _respectively(sentence: Sentence) -> bool:
    return "respectively" in sentence.text.lower()


def _inside_clause(token: Token, root: Token) -> bool:
    node = token
    while node.i != root.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "advcl", "ccomp", "acl", "parataxis", "xcomp", "conj"):
            return True
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


def with_text(claim: Claim, text: str) -> Claim:
    return dataclasses.replace(claim, text=text)
