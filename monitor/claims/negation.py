"""Negation of a clause's fact: "not", "no", "never", a negating governor ("ruled out any
alliance", "refused to join"), "has yet to", "said no to", a counterfactual ("would have
attended, but for ..."), the road not taken ("instead of going it alone") and an extraposed
infinitive ("it would not be possible for her to attend")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from monitor.claims.clauses import own_doing
from monitor.claims.schema import Cues
from monitor.claims.tree import children, clause_head, is_infinitive, is_verb, lemma_in, negations

if TYPE_CHECKING:
    from spacy.tokens import Token

Lemma = Callable[["Token"], str]
#: A clause hung as one of these on a word above it: a negation (or a "yet") up there bears
#: on it ("refused to join", "is yet to agree on a formula").
_UNDER = frozenset({"xcomp", "acomp", "dobj", "attr", "pcomp", "pobj", "prep"})


class Negation:
    def __init__(self, cues: Cues, lemma: Lemma) -> None:
        self._cues = cues
        self._lemma = lemma

    def _extraposed(self, clause: Token) -> bool:
        """"it would not be possible for her to attend": the infinitive is what "it" stands for."""
        head = clause.head
        return clause.dep_ == "advcl" and is_infinitive(clause) and self._lemma(head) == "be" \
            and bool(children(head, "acomp"))

    def count(self, trigger: Token, presupposed: bool = False) -> int:
        """How many negations bear on the trigger's fact (odd: it is negated)."""
        count = negations(trigger)
        if not is_verb(trigger):
            count += sum(1 for c in trigger.children if c.dep_ == "det" and c.lower_ == "no")
            if presupposed:
                return count    # "refused to step down despite the agreement": not the agreement's
            gov = clause_head(trigger)
            if gov.i != trigger.i:
                count += negations(gov)
                if lemma_in(gov, self._cues.negating_governors, self._lemma):
                    count += 1          # "ruled out any alliance", "refused a pact"
        count += _said_no(trigger) + _counterfactual(trigger) + _instead(clause_head(trigger))
        if is_verb(trigger):
            count += _no_subject(trigger)
        node = clause_head(trigger)
        if node.dep_ == "acl" and is_infinitive(node) and (lemma_in(node.head, self._cues.negating_governors, self._lemma)
                                                            or self._void(node.head)):
            count += 1      # "her inability to attend the meeting", "has no plan to join" (no higher)
        elif node.dep_ == "advcl" and node.tag_ == "VBG" and not children(node, "mark") \
                and lemma_in(node.head, self._cues.negating_governors, self._lemma):
            count += 1      # "ruled out taking part in the government", parsed as an adjunct
        elif node.dep_ == "acl" and is_infinitive(node) and node.head.dep_ == "dobj" \
                and lemma_in(node.head, self._cues.proposal_nouns, self._lemma) and self._undoes(node.head.head):
            count += 1      # "has abandoned his bid to become prime minister", "withdrew its offer to ..."
        elif node.dep_ == "acl" and node.head.dep_ == "pobj" and node.head.head.dep_ == "prep" \
                and self._void(node.head.head.head):
            count += 1      # "no question of the Punjab Congress forming an alliance"
        for _ in range(4):
            if (node.dep_ not in _UNDER and not self._extraposed(node)) or node.head.i == node.i:
                break
            below, node = node, node.head
            if lemma_in(node, self._cues.negating_governors, self._lemma) or _yet_to(node, below, self._lemma) \
                    or (below.dep_ == "prep" and self._void(node)) \
                    or (own_doing(below) and lemma_in(node, self._cues.denial_verbs, self._lemma)) \
                    or (below.dep_ == "xcomp" and self._unfulfilled(node)):
                count += 1          # (... or "denied having any alliance": not done)
            if node.dep_ != "prep":
                count += negations(node) if node.i != clause_head(trigger).i else 0
        return count

    def _void(self, noun: Token) -> bool:
        """"no question of forming an alliance", "no plan to join", "no intention of joining":
        a noun under "no" that empties what hangs on it (not "no doubt that")."""
        return noun.tag_.startswith("NN") and lemma_in(noun, self._cues.void_nouns, self._lemma) \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)

    def _unfulfilled(self, governor: Token) -> bool:
        """"was supposed to attend the rally but fell sick": a plan in the past tense that a
        clause joined by "but" undoes; "had resolved to pull its support, but has shelved that
        decision", "Though it had decided to ..., it has put the decision on hold": a decision
        in the past tense that a step back undoes."""
        past = governor.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                              for c in governor.children)
        if not past:
            return False
        but = children(governor, "conj") if any(c.dep_ == "cc" and c.lower_ == "but" for c in governor.children) else []
        if lemma_in(governor, self._cues.unfulfilled_governors, self._lemma):
            return bool(but)
        if not lemma_in(governor, self._cues.decision_verbs, self._lemma):
            return False
        conceded = governor.dep_ == "advcl" and any(m.lower_ in ("though", "although")
                                                    for m in children(governor, "mark"))
        return any(self._undoes(v) for v in [*but, *([governor.head] if conceded else [])])

    def _undoes(self, verb: Token) -> bool:
        """"shelved the decision", "put it on hold", "reversed it": a step that takes one back."""
        return lemma_in(verb, self._cues.undoing_verbs, self._lemma) or any(
            p.lower_ == "on" and any(o.lower_ == "hold" for o in children(p, "pobj"))
            for base in (verb, *children(verb, "dobj")) for p in children(base, "prep"))

    def not_yet(self, trigger: Token) -> bool:
        """"are yet to reach an agreement", "have not yet sealed a deal", "no deal yet": a
        "yet" on the trigger's clause or on a verb it hangs from."""
        node = clause_head(trigger)
        for _ in range(4):
            if any(c.lower_ == "yet" and c.dep_ in ("advmod", "cc") for c in node.children):
                return True
            if node.head.i == node.i or node.dep_ not in _UNDER:
                return False
            node = node.head
        return False


def _instead(clause: Token) -> int:
    """"..., instead of going it alone", "rather than go it alone", "returned without resigning":
    the road not taken."""
    if clause.dep_ == "pcomp" and clause.head.lower_ == "without":
        return 1
    words = [t.lower_ for t in clause.doc[max(0, clause.left_edge.i - 2):clause.left_edge.i]]
    if clause.left_edge.i == clause.i:
        words = [t.lower_ for t in clause.doc[max(0, clause.i - 2):clause.i]]
    return int(words in (["instead", "of"], ["rather", "than"]))


def _no_subject(clause: Token) -> int:
    """"No TMC leader will attend the meeting": a subject no one is."""
    return int(any(c.dep_ == "det" and c.lower_ == "no" for s in children(clause, "nsubj", "nsubjpass")
                   for c in s.children))


def _counterfactual(trigger: Token) -> int:
    """"would have attended the rally, but for ...": it did not happen."""
    head = clause_head(trigger)
    auxes = [c.lower_ for c in head.children if c.dep_ == "aux"]
    return int(head.tag_ == "VBN" and "would" in auxes and "have" in auxes)


def _said_no(trigger: Token) -> int:
    """"said no to becoming convenor": a "no" object of the verb the trigger's clause hangs on."""
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return 0
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "to":
            verb = node.head.head
            return int(any(c.lower_ == "no" and c.dep_ in ("dobj", "attr", "npadvmod", "intj")
                           for c in verb.children))
        node = node.head
    return 0


def _yet_to(governor: Token, below: Token, lemma: Lemma) -> bool:
    """"The Congress is yet to agree on a formula", "has yet to decide": not (so far)."""
    return below.dep_ == "xcomp" and lemma(governor) in ("be", "have") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in governor.children)
