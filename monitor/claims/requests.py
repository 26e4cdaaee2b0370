"""What a clause asks for, or is asked about: the terms of a proposal ("as per the proposal, the
Congress would allocate two seats"), someone's choice ("Rahul Gandhi is my choice"), items
listed after demands ("the bloc's demands: ..., the release of Kejriwal"), a move someone is
asked about ("Asked about the JD(U)'s return to the NDA, he said these were rumours"), and
what a plea is against (which has happened)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from monitor.claims.schema import Cues
from monitor.claims.tree import children, clause_head, clause_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

Lemma = Callable[["Token"], str]
#: "Asked about ...", "Pressed on ...", "Quizzed about ...": a question put to someone.
_QUESTIONING = frozenset({"ask", "press", "quiz", "question", "query"})


class Requests:
    def __init__(self, cues: Cues, lemma: Lemma) -> None:
        self._cues = cues
        self._lemma = lemma

    def proposed(self, trigger: Token) -> bool:
        """Is the trigger's fact the content of a plan, a choice or a listed demand?"""
        return self._per_a_plan(trigger) or self._someones_choice(trigger) or self._listed_demand(trigger)

    def _per_a_plan(self, trigger: Token) -> bool:
        """"As per the proposed agreement, the AAP will contest four seats", "under the draft
        formula": the clause tells what a plan not yet agreed would give."""
        words = self._cues.proposal_adjectives
        return any(t.dep_ == "pobj" and t.head.lower_ in ("per", "under", "to")
                   and (t.head.lower_ != "to" or t.head.head.lower_ == "according")
                   and (any(c.dep_ == "amod" and c.lower_ in words for c in t.children)
                        # "as per the proposal" (not "according to the agreed formula")
                        or (self._lemma(t) in self._cues.offer_nouns
                            and not any(c.dep_ == "amod" for c in t.children)))
                   for t in self._controlling_clauses(trigger))

    @staticmethod
    def _controlling_clauses(trigger: Token) -> list[Token]:
        """The trigger's clause and those it is the infinitive of ("As per the proposal, the
        Congress would be required to allocate two seats": the phrase hangs on "required")."""
        out = clause_tokens(trigger)
        node = clause_head(trigger)
        while node.dep_ == "xcomp" and node.head.i != node.i:
            node = node.head
            out += clause_tokens(node)
        return out

    def _someones_choice(self, trigger: Token) -> bool:
        """"Rahul Gandhi is my choice to be Prime Minister", "the party's pick for convenor":
        a role named as someone's choice (a noun of proposal the copula's subject is) is
        proposed, not held."""
        node = trigger
        for _ in range(4):
            if node.head.i == node.i:
                return False
            if node.dep_ in ("xcomp", "prep", "acl") and any(
                    c.dep_ == "attr" and c.i != node.i and self._lemma(c) in self._cues.proposal_nouns
                    for c in node.head.children):
                return True
            node = node.head
        return False

    def _listed_demand(self, trigger: Token) -> bool:
        """"read out the alliance's demands: a level playing field, the release of Kejriwal and
        Soren, ...", "five demands, among them the release of ...": an item listed after a
        demand or an offer is what is asked for."""
        def demand(word: Token) -> bool:
            return self._lemma(word) in self._cues.proposal_nouns and word.tag_.startswith("NN")

        # ("read out five demands, among them the release of ...": the parse makes both objects)
        if trigger.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < trigger.i and demand(c)
                                          for c in trigger.head.children):
            return True
        node = trigger
        for _ in range(8):
            if node.dep_ not in ("appos", "conj") or node.head.i == node.i:
                return False
            node = node.head
            if demand(node):
                return True
        return False

    def asked_about(self, trigger: Token) -> str | None:
        """"Asked about the party's return to the NDA, the leader said: 'These are rumours'": the
        topic of a question put to someone is asked, not told, and denied when the answer calls
        it a rumour."""
        about = trigger.head
        if trigger.dep_ != "pobj" or about.lower_ not in ("about", "on", "regarding") \
                or self._lemma(about.head) not in _QUESTIONING:
            return None
        node = about.head
        while node.dep_ in ("pcomp", "prep", "advcl") and node.head.i != node.i:
            node = node.head
        answers = [a for c in children(node, "ccomp", "parataxis") for a in children(c, "attr")]
        return "denied" if any(self._lemma(a) in self._cues.denial_nouns for a in answers) else "question"



def opposed(noun: Token) -> bool:
    """"a plea against Hemant Soren's arrest", "protests against the arrest": what is opposed
    has happened (a plea or a demand is about undoing it, it does not propose it)."""
    return noun.tag_.startswith("NN") and noun.dep_ == "pobj" and noun.head.lower_ == "against" \
        and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)
