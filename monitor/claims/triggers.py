"""Does a word fit a trigger: the part of speech, particle, preposition, object, subject,
adverb and governing verb the lexicon's trigger entry asks for ("withdraw" with "support"
as its object; "deal" governed by "seal"; not "partnership" under "ditch")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from monitor.claims.schema import Trigger
from monitor.claims.tree import (
    children,
    direct_objects,
    governor,
    is_passive,
    lemma_in,
    own_participles,
    passive_subjects,
    past_void,
    prep_objects,
    subjects,
    verb_complements,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

Lemma = Callable[["Token"], str]
#: What those at an event did: "among those who had gathered at the venue were ...".
_GATHERING = frozenset({"gather", "assemble", "attend", "arrive", "come", "congregate"})
_POS = {"verb": ("VB", "MD"), "noun": ("NN",), "adj": ("JJ",), "adv": ("RB",)}


class TriggerTest:
    def __init__(self, lemma: Lemma, void_nouns: Sequence[str] = ()) -> None:
        #: ("ruled out any chance of an alliance": the verb above the void noun governs)
        self._lemma = lemma
        self._void = frozenset(void_nouns)

    def fits(self, token: Token, trigger: Trigger) -> bool:
        if trigger.pos != "any" and not token.tag_.startswith(_POS[trigger.pos]):
            return False
        if trigger.passive is not None and is_passive(token) != trigger.passive:
            return False
        if trigger.prt and not any(self._lemma(c) == trigger.prt or c.lower_ == trigger.prt
                                   for c in children(token, "prt", "advmod", "prep")):
            return False
        if trigger.prep and not self._has_prep(token, trigger.prep, trigger.pobj, trigger.singular):
            return False
        if trigger.unless_prep and any(prep_objects(token, p) for p in trigger.unless_prep):
            return False
        if trigger.obj and not any(self._one_of(o, trigger.obj, trigger.singular)
                                   and not self._modified(o, trigger.unless_obj_mod)
                                   for o in direct_objects(token) + children(token, "npadvmod")):
            return False
        if trigger.no_obj and any(not _stray(o) for o in children(token, "dobj")):
            return False
        if trigger.beside and not any(self._lemma(w) in trigger.beside for w in _joined(token)):
            return False
        if trigger.xcomp and not any(self._lemma(x) in trigger.xcomp for x in verb_complements(token)):
            return False
        if trigger.unless_xcomp and any(self._lemma(x) in trigger.unless_xcomp for x in verb_complements(token)):
            return False
        # (and the subject's apposition: "Election news: seat-sharing talks ... have fallen through")
        if trigger.subj and not any(self._lemma(t) in trigger.subj or t.lower_ in trigger.subj
                                    for s in subjects(token, self._lemma) + passive_subjects(token)
                                    for t in (s, *children(s, "appos"))):
            return False
        # ("contest the polls together in Delhi": the adverb may hang on the place's "in")
        if trigger.adv and not any(self._lemma(c) in trigger.adv or c.lower_ in trigger.adv
                                   for c in (*token.children, *(a for p in children(token, "prep")
                                                                for a in children(p, "advmod")))):
            return False
        if trigger.mod and not self._modified(token, trigger.mod):
            return False
        if self._modified(token, trigger.unless_mod):
            return False
        if trigger.governor or trigger.unless_governor:
            gov = governor(token) or past_void(token, self._void, self._lemma)
            # (or its own participle: "a seat-sharing agreement reached between them")
            if trigger.governor and not any(lemma_in(g, trigger.governor, self._lemma)
                                            for g in ([gov] if gov is not None else []) + own_participles(token)):
                return False
            if gov is not None and lemma_in(gov, trigger.unless_governor, self._lemma):
                return False
        return True

    def _has_prep(self, token: Token, word: str, objects: Sequence[str], singular: bool = False) -> bool:
        found = prep_objects(token, word)
        if not found:
            return False
        # (a pronoun a relative clause defines is that clause's group: "among those who met the
        # Election Commission" are not among those at the event just named; "among those who
        # had gathered at the venue" are)
        return not objects or any(self._one_of(o, objects, singular)
                                  and not (o.tag_ in ("DT", "PRP") and any(self._lemma(r) not in _GATHERING
                                                                          for r in children(o, "relcl")))
                                  for o in found)

    def _modified(self, word: Token, mods: Sequence[str]) -> bool:
        """Has the word a modifier (its form or lemma) among ``mods``?"""
        return bool(mods) and any(c.lower_ in mods or self._lemma(c) in mods
                                  for c in children(word, "amod", "compound"))

    def _one_of(self, word: Token, words: Sequence[str], singular: bool) -> bool:
        """Is the word (its lemma or its form) one of ``words``, in the singular if asked?"""
        return (self._lemma(word) in words or word.lower_ in words) and not (singular and word.tag_ == "NNS")


def _joined(verb: Token) -> list[Token]:
    """The verbs a verb is joined to as a conjunct or a participle clause, either way."""
    out = [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    if verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
        out.append(verb.head)
    return out


def _stray(obj: Token) -> bool:
    """An "object" right after a preposition or its object is the parser's slip ("met at the
    residence of Congress chief Mallikarjun Kharge": "Kharge" hung on "met"), not what the verb
    does to it."""
    first = obj.left_edge
    if first.i == 0:
        return False
    before = first.nbor(-1)
    return before.i > obj.head.i and (before.tag_ == "IN" or before.dep_ == "pobj")
