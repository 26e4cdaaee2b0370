"""Watched entities, places and dates placed onto a parsed sentence's tokens.

claimwatch finds them itself (``entities.py``, ``places.py``, ``dates.py``: matchers
fed by the config, with coreference and ambiguity rules), in character offsets; here
each becomes a span of tokens, so a frame can ask "which entity is this subject?".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from monitor.claims.dates import DateMention
from monitor.claims.entities import Mention
from monitor.claims.places import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True, slots=True)
class Anchored:
    """Something found in the text, with the tokens it covers."""

    start: int        # first token
    end: int          # one past the last token
    root: int         # the span's syntactic head


@dataclass
class Anchors:
    doc: Doc
    #: The sentence as parsed (``Doc.text`` rebuilds it from the tokens at every call).
    text: str = ""
    entities: dict[int, tuple[Mention, Anchored]] = field(default_factory=dict)
    places: dict[int, tuple[PlaceMention, Anchored]] = field(default_factory=dict)
    dates: dict[int, tuple[DateMention, Anchored]] = field(default_factory=dict)
    #: (start, end) of a relative date ("Tuesday") -> its value read as past and as future.
    readings: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    #: Per-sentence memo of what several triggers of one clause ask alike.
    memo: dict[tuple[str, int], object] = field(default_factory=dict)

    def dated(self, when: DateMention, tense: str | None) -> str:
        """A date's value for a clause in the past or the future tense (None: as found)."""
        pair = self.readings.get((when.start, when.end))
        if pair is None or tense is None:
            return when.value
        return pair[0] if tense == "past" else pair[1]

    def entity(self, token: Token) -> Mention | None:
        found = self.entities.get(token.i)
        return found[0] if found is not None else None

    def place(self, token: Token) -> PlaceMention | None:
        found = self.places.get(token.i)
        return found[0] if found is not None else None

    def place_root(self, place: PlaceMention) -> int | None:
        """The token index of the place's head word, for a place found in this sentence."""
        return next((where.root for found, where in self.places.values() if found is place), None)

    def date(self, token: Token) -> DateMention | None:
        found = self.dates.get(token.i)
        return found[0] if found is not None else None

    def dates_in(self, tokens: Sequence[Token]) -> list[DateMention]:
        out: list[DateMention] = []
        for token in tokens:
            found = self.dates.get(token.i)
            if found is not None and found[0] not in out:
                out.append(found[0])
        return out


def anchor(doc: Doc, mentions: Sequence[Mention], places: Sequence[PlaceMention],
           dates: Sequence[DateMention]) -> Anchors:
    """Offsets are relative to the sentence the doc was parsed from."""
    out = Anchors(doc, doc.text)
    for mention in mentions:
        span = _span(doc, mention.start, mention.end)
        if span is not None:
            _put(out.entities, mention, span)
    for place in places:
        span = _span(doc, place.start, place.end)
        if span is not None:
            _put(out.places, place, span)
    for when in dates:
        span = _span(doc, when.start, when.end)
        if span is not None:
            _put(out.dates, when, span)
    return out


def _span(doc: Doc, start: int, end: int) -> Anchored | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or all(t.is_space for t in span):
        return None     # (a name blanked for the parser: see ``unbracketed``)
    # ("in the first week of October." with the month's optional abbreviation point: not the
    # sentence's full stop, which hangs on its root verb)
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return Anchored(span.start, span.end, span.root.i)


def _put(table: dict, item: object, where: Anchored) -> None:
    for i in range(where.start, where.end):
        # A longer find already there (an entity inside a place name) keeps its tokens.
        old = table.get(i)
        if old is None or (old[1].end - old[1].start) < (where.end - where.start):
            table[i] = (item, where)
