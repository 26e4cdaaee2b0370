"""Who the sides of a list are, and how its numbers pair with them.

    sides(token)            the members of "the SP, the Congress and the RLD"
    unnamed_sides(token)    sides a list names without a watched name ("three Left parties")
    coordinated(found)      are the sides one conjoined phrase?
    interleaved(...)        "11 seats to the Congress and seven to the RLD": side, number, side, number
    someones_event(word)    "a public meeting": an event that is no alliance's
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from monitor.claims.arguments import Found, Sentence
from monitor.claims.tree import children, modifiers, prep_objects
from monitor.claims.values import Valued

if TYPE_CHECKING:
    from spacy.tokens import Token

Lemma = Callable[["Token"], str]


def unnamed_sides(token: Token, sentence: Sentence, lemma: Lemma,
                  number: Callable[[str], int | None]) -> int:
    """Sides a list names without a watched name: "RJD, Congress, three Left parties" has
    three more (a plural noun of sides counts its number, else two)."""
    count = 0
    named = 1 + sum(1 for c in token.conjuncts if sentence.anchors.entity(c) is not None)
    for other in [*token.conjuncts, *children(token, "appos")]:
        if sentence.anchors.entity(other) is not None or other.tag_ != "NNS" \
                or lemma(other) not in ("party", "ally", "partner", "outfit", "constituent"):
            continue
        numbers = [number(c.text) for c in children(other, "nummod")]
        said = next((n for n in numbers if n is not None), None)
        if other.dep_ == "appos" and (said is None or said <= named):
            continue        # "the NC and the UML, Nepal's two biggest parties": a label of the list
        count += said or 2
    return count


def per_seat_noun(numbers: list[Valued]) -> list[Valued]:
    """The first number, and each further one that counts seats of another seat noun."""
    out = numbers[:1]
    for number in numbers[1:]:
        if all(number.token.head.i != kept.token.head.i for kept in out) and number.token.dep_ != "conj":
            out.append(number)
    return out


def interleaved(found: list[Found], numbers: list[Valued]) -> bool:
    """Each side and its number in turn (number, side, number, side or the other way)."""
    items = sorted([(f.token, "s") for f in found] + [(n.token.i, "n") for n in numbers])
    kinds = [k for _i, k in items]
    return all(a != b for a, b in zip(kinds, kinds[1:]))


def party_between(first: Token, later: Token, sentence: Sentence) -> bool:
    low, high = sorted((first.i, later.i))
    return any(sentence.anchors.entity(t) is not None and sentence.anchors.entity(t).kind == "party"  # type: ignore[union-attr]
               for t in sentence.doc[low + 1:high])


def coordinated(found: list[Found], sentence: Sentence) -> bool:
    """Are the sides one conjoined phrase ("the SP and the Congress")?"""
    tokens = [f.token for f in found if f.token >= 0]
    if len(tokens) < 2:
        return True
    first = sentence.doc[tokens[0]]
    group = {first.i, *(c.i for c in first.conjuncts)}
    return all(t in group for t in tokens)


#: Words that make an event no alliance's ("a public meeting", "an election rally").
OWN_EVENT_WORDS = frozenset({"public", "election", "poll", "campaign", "press", "party", "cabinet",
                              "workers", "worker", "legislature", "legislative", "core"})


#: Words that say which camp an event belongs to.
CAMP_WORDS = frozenset({"opposition", "opposition's"})


def camp_named(word: Token) -> bool:
    """"the Opposition meeting": an event whose modifier says whose camp holds it, so not the
    one another camp's name owned a sentence before ("the NDA meeting called by the BJP")."""
    return any(m.lower_ in CAMP_WORDS for m in modifiers(word))


def someones_event(word: Token) -> bool:
    """"a public meeting", "an election rally", "the party's core committee meeting": an event
    the alliance does not hold (an indefinite one, or one of a party's own kinds)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children) \
        or any(m.lower_ in OWN_EVENT_WORDS for m in modifiers(word))


def named_owner(word: Token, sentence: Sentence) -> bool:
    """Does a name (not a place's) own the word ("Modi's swearing-in", "the BSP's rally"), or
    a government ("the swearing-in ceremony of the new government")?"""
    owners = children(word, "poss") + prep_objects(word, "of")
    return any((o.tag_ in ("NNP", "NNPS") and sentence.anchors.place(o) is None)
               or (o.lower_ in ("government", "cabinet", "ministry") and sentence.anchors.entity(o) is None)
               for o in owners)


def sides(token: Token, sentence: Sentence) -> list[Token]:
    """A coordinated list's members, without a leading label noun ("two parties, A and B")."""
    # ("After Uttar Pradesh, the SP and the Congress sealed ...": the parser may join a place
    # to the list; it is no side)
    members = sorted([t for t in (token, *token.conjuncts) if t.i == token.i or sentence.anchors.place(t) is None],
                     key=lambda t: t.i)
    first = members[0]
    if len(members) > 2 and sentence.anchors.entity(first) is None and first.tag_ == "NNS" \
            and first.i + 1 < len(first.doc) and first.doc[first.i + 1].text == ",":
        return members[1:]
    return members


def respectively(sentence: Sentence) -> bool:
    return "respectively" in sentence.text.lower()
