"""A frame's value and place, read off the parse: seat numbers, roles, events, dates, places.

    numbers(noun)      "63 and 17 seats" -> [63, 17]; "all 42 seats" -> [42]
    role(token)        "the post of convenor", "prime ministerial face" -> role id and its word
    event(token)       "the INDIA bloc meeting" -> "meeting"
    clause_places(...) the places the trigger's own clause is about
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.claims.anchors import Anchors
from monitor.claims.lexicon import Lexicon, norm
from monitor.claims.places import PlaceMention
from monitor.claims.tree import children, clause_tokens, modifiers

if TYPE_CHECKING:
    from spacy.tokens import Token

Lemma = Callable[["Token"], str]
#: Nouns that stand for a role named after them ("the post of convenor").
_ROLE_HOLDERS = frozenset({"post", "position", "role", "job", "office", "chair", "mantle", "responsibility"})
_NUMBER_DEPS = ("nummod", "quantmod", "amod", "compound")


@dataclass(frozen=True, slots=True)
class Valued:
    value: str
    token: Token          # the word it was read from (for its modifiers and places)


class Values:
    def __init__(self, lexicon: Lexicon, roles: Mapping[str, str], events: Mapping[str, str],
                 seat_nouns: frozenset[str], seat_exclude: frozenset[str], lemma: Lemma) -> None:
        self._lex = lexicon
        self._roles = roles
        self._events = events
        self._seat_nouns = seat_nouns
        self._seat_exclude = seat_exclude
        self._lemma = lemma
        self._longest_role = max((len(k.split()) for k in roles), default=1)

    # --- seats ---------------------------------------------------------------

    def is_seat_noun(self, token: Token) -> bool:
        if self._lemma(token) not in self._seat_nouns:
            return False
        words = {self._lemma(t) for t in modifiers(token)} | {t.lower_ for t in modifiers(token)}
        return not (words & self._seat_exclude)

    def seat_numbers(self, token: Token) -> list[Valued]:
        """The numbers of seats a value word gives: "17 seats", "17 of the 80 seats", "17"."""
        if self.is_seat_noun(token):
            return self._numbers_on(token)
        if token.tag_ == "CD" and any(self.is_seat_noun(t) for t in token.subtree if t is not token):
            number = self._lex.number(token.text)
            return [Valued(str(number), token)] if number is not None else []
        return []

    def _numbers_on(self, noun: Token) -> list[Valued]:
        out: list[Valued] = []
        for child in noun.children:
            if child.dep_ in _NUMBER_DEPS and child.tag_ in ("CD", "JJ") and child.i < noun.i:
                for word in (child, *child.conjuncts):
                    number = self._lex.number(word.text)
                    if number is not None:
                        out.append(Valued(str(number), word))
        return out

    def elliptical(self, noun: Token) -> list[tuple[Token, Valued]]:
        """"26 seats, the Congress nine and the Left five": (party word, its number) pairs."""
        out: list[tuple[Token, Valued]] = []
        for other in children(noun, "conj", "appos"):
            for word in (other, *other.conjuncts):
                numbers = [c for c in word.children if c.dep_ in _NUMBER_DEPS and c.tag_ == "CD"]
                if numbers and not self.is_seat_noun(word):
                    number = self._lex.number(numbers[0].text)
                    if number is not None:
                        out.append((word, Valued(str(number), numbers[0])))
        return out

    # --- roles and events ----------------------------------------------------------

    def role(self, token: Token) -> Valued | None:
        """A role named by the word and the words before it ("chief minister", "PM face")."""
        if self._lemma(token) in _ROLE_HOLDERS:
            for inner in [*children(token, "compound", "amod"),
                          *(o for p in children(token, "prep") if p.lower_ == "of"
                            for o in children(p, "pobj"))]:
                found = self.role(inner)
                if found is not None:
                    return Valued(found.value, token)
            return None
        words = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "npadvmod")]
        start = min((w.left_edge.i for w in words), default=token.i)
        doc = token.doc
        for first in range(max(start, token.i - self._longest_role + 1), token.i + 1):
            phrase = norm(doc[first:token.i + 1].text)
            if phrase in self._roles:
                return Valued(self._roles[phrase], token)
        # "leader of the opposition", "candidate for prime minister": the phrase goes on
        for prep in children(token, "prep"):
            tail = [t for t in prep.subtree]
            phrase = norm(doc[token.i:tail[-1].i + 1].text) if tail else ""
            if phrase in self._roles:
                return Valued(self._roles[phrase], token)
        return None

    def event(self, token: Token) -> Valued | None:
        for first in range(max(0, token.i - 2), token.i + 1):
            phrase = norm(token.doc[first:token.i + 1].text)
            if phrase in self._events:
                return Valued(self._events[phrase], token)
        found = self._events.get(self._lemma(token))
        return Valued(found, token) if found is not None else None

    # --- places ---------------------------------------------------------------------

    def clause_places(self, trigger: Token, anchors: Anchors, kinds: Sequence[str],
                      extra: Sequence[Token] = ()) -> list[PlaceMention]:
        """Places in the trigger's clause (and its value words), conjoined ones together."""
        tokens = clause_tokens(trigger)
        for word in extra:
            tokens += [t for t in word.subtree if t not in tokens]
        found: list[PlaceMention] = []
        for token in tokens:
            place = anchors.place(token)
            if place is not None and place.kind in kinds and place not in found \
                    and anchors.entity(token) is None:
                found.append(place)
        if len(found) <= 1:
            return found
        # Several: keep those joined by "and" to the first attached one ("in Delhi, Goa and
        # Haryana"); a place in a by-phrase ("said in Assam") is not what the fact is about.
        first = found[0]
        root = anchors.places[_index_of(first, anchors)][1].root
        group = {anchors.place(t) for t in (trigger.doc[root], *trigger.doc[root].conjuncts)}
        return [p for p in found if p in group]


def _index_of(place: PlaceMention, anchors: Anchors) -> int:
    return next(i for i, (p, _a) in anchors.places.items() if p is place)
