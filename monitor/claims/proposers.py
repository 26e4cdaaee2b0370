"""Who proposes a proposed fact: the subject of the proposal verb its clause hangs under.

"Banerjee suggested that Kharge should be projected as the PM candidate" states two facts
(see the corpus rulings): the role, proposed, and the proposal itself, asserted, by Banerjee.
The role comes from its own frame; this module adds the proposal, for relations whose
``proposed_by`` names the relation that tells of it. A trigger that is itself the proposal
verb ("proposed Kharge as the PM face") is its frame's business, not this module's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from monitor.claims.arguments import Arguments, Sentence
from monitor.claims.build import make_claim
from monitor.claims.entities import EntityInfo
from monitor.claims.lexicon import Lexicon
from monitor.claims.modality import ModalityReader
from monitor.claims.schema import Argument
from monitor.claims.tree import clause_head
from monitor.types import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

Lemma = Callable[["Token"], str]

#: How a proposed clause hangs under the verb that proposes it ("suggested that ...",
#: "wants Kharge to be ...", "pressed for him to be made ...").
_UNDER = frozenset({"ccomp", "xcomp", "pcomp", "advcl"})
_PROPOSER = Argument(kinds=("person", "party"), paths=("subj", "agent"))


class Proposers:
    def __init__(self, lexicon: Lexicon, info: Mapping[str, EntityInfo], args: Arguments,
                 mood: ModalityReader, lemma: Lemma) -> None:
        self._relations = lexicon.data.relations
        self._verbs = frozenset(lexicon.cues.proposal_verbs)
        self._info = info
        self._args = args
        self._mood = mood
        self._lemma = lemma

    def verb(self, trigger: Token) -> Token | None:
        """The proposal verb the trigger's clause is the content of, if any."""
        node = clause_head(trigger)
        if self._lemma(node) in self._verbs:
            return None
        for _ in range(4):
            if node.head.i == node.i:
                return None
            link, node = node.dep_, node.head
            if link == "pobj" or node.dep_ == "prep":
                continue        # ("pressed for him to be made convenor": through "for")
            if link not in _UNDER:
                return None
            if self._lemma(node) in self._verbs:
                return node
        return None

    def claims(self, claim: Claim, trigger: Token, sentence: Sentence) -> Iterator[Claim]:
        """The proposal a proposed claim tells of: proposes(proposer, subject, value)."""
        spec = self._relations.get(claim.relation or "")
        if claim.modality != "proposed" or spec is None or spec.proposed_by is None or not claim.polarity:
            return
        info = self._info.get(claim.subject or "")
        if info is None or info.kind != "person":
            return
        verb = self.verb(trigger)
        if verb is None:
            return
        mood = self._mood.read(verb, sentence.anchors, sentence.published)
        if mood.negated:
            return      # "she did not suggest that Kharge be the face": no proposal to tell of
        for proposer in self._args.find(verb, _PROPOSER, sentence):
            if proposer.entity != claim.subject:     # (a wish for oneself is no proposal)
                attach = 1.0 if proposer.how == "direct" else 0.9
                yield make_claim(sentence, mood, spec.proposed_by,
                                 (proposer.entity, claim.subject, claim.value, None), True, attach)
