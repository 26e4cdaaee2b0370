"""Small readings the frame matcher shares: where a role or an event belongs, what is only
a description, and the claim built from a fact under a clause's mood."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from monitor.claims.arguments import Sentence
from monitor.claims.modality import Mood, confidence
from monitor.claims.schema import Frame, Relation
from monitor.claims.tree import children, prep_objects
from monitor.types import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token


def held_with(event: Token) -> bool:
    """"the meeting with the Election Commission" (not "attended the meeting along with Pawar")."""
    return any(p.lower_ == "with" and p.dep_ == "prep" and children(p, "pobj") for p in event.children)


def held_elsewhere(role: Token, sentence: Sentence) -> bool:
    """A role "of" a named body that is no watched entity nor place ("chairman of Tilathi
    Koiladi", "president of the Nepal Bar Association")."""
    return any(o.tag_ in ("NNP", "NNPS") and sentence.anchors.entity(o) is None and sentence.anchors.place(o) is None
               and not any(sentence.anchors.entity(t) is not None or sentence.anchors.place(t) is not None
                           for t in o.subtree)
               for o in prep_objects(role, "of"))


def in_description(token: Token) -> bool:
    """In a relative or adjectival clause: it describes a noun, it is not the sentence's news."""
    return any(a.dep_ in ("relcl", "acl") for a in (token, *token.ancestors))


def unsaid(mood: Mood, frame: Frame, relation: Relation | None) -> bool:
    """Background ("since the 2019 polls, when ..."), negated where the frame cannot be, or
    not yet where that says nothing of the relation ("are yet to reach an agreement")."""
    return mood.background or mood.aim or (mood.negated and not frame.negatable) or (
        mood.not_yet and relation is not None and relation.not_yet == "unsaid")


def make_claim(sentence: Sentence, mood: Mood, relation: str,
               fact: tuple[str, str | None, str | None, str | None], polarity: bool, attach: float) -> Claim:
    """The claim of one (subject, object, value, place) under the sentence's mood."""
    subject, obj, value, place = fact
    return Claim(sentence=sentence.text, subject=subject, relation=relation, object=obj, value=value,
                 place=place, polarity=polarity, hedge=mood.hedge, entities=sentence.entities,
                 paragraph=sentence.paragraph, modality=mood.modality, speaker=mood.speaker,
                 confidence=confidence(mood, attach), recap=mood.recap)


def canonical(claim: Claim, symmetric: frozenset[str]) -> str:
    """One key for both sides of a symmetric fact."""
    if claim.relation in symmetric and claim.object and claim.subject and claim.object < claim.subject:
        return dataclasses.replace(claim, subject=claim.object, object=claim.subject).fact_key
    return claim.fact_key


def former(role: Token) -> bool:
    """"a former prime minister", "the outgoing chief minister", "had been deputy PM": a role
    no longer held (or about to be left)."""
    if any(c.lower_ in ("former", "ex", "erstwhile", "ex-", "outgoing") for c in role.children):
        return True
    verb = role.head if role.dep_ in ("attr", "pobj") else None
    return verb is not None and verb.lower_ == "been" and any(c.lower_ == "had" for c in verb.children)
