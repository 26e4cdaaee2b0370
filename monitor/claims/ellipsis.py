"""Verbless seat lists: "the Congress 9, the RJD 26", "the BJP in six", "the CPI and the VCK two each".

Once a sentence is about seats, a party name followed directly by a number
(the verb "contests" understood from the clause before) is a seat count; a
number followed by "each" gives that count to every party of the
coordinated list before it. The patterns live in ``[seat_lists]`` of
lexicon.toml; this module only applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from monitor.claims.entities import Mention

_NEVER = r"(?!x)x"


@dataclass(frozen=True, slots=True)
class SeatCount:
    """One elliptical "party: number" pair; ``at`` is where the number is."""

    mention: Mention
    value: int
    at: int


class SeatLists:
    def __init__(self, raw: Mapping[str, Any], expand: Callable[[str], str],
                 number: Callable[[str], int | None]) -> None:
        table = raw.get("seat_lists", {})
        flags = re.IGNORECASE
        self._requires = re.compile(expand(table.get("requires", _NEVER)), flags)
        self._veto = re.compile(expand(table.get("veto", _NEVER)), flags)
        self._after = re.compile(expand(table.get("after_party", _NEVER)), flags)
        self._each = re.compile(expand(table.get("each", _NEVER)), flags)
        self._boundary = re.compile(expand(table.get("list_boundary", _NEVER)), flags)
        self._number = number

    def counts(self, text: str, parties: list[Mention]) -> list[SeatCount]:
        if not self._requires.search(text) or self._veto.search(text):
            return []
        out = [c for m in parties if (c := self._after_party(text, m)) is not None]
        for hit in self._each.finditer(text):
            value = self._number(hit.group("value"))
            if value is None:
                continue
            bounds = [b.end() for b in self._boundary.finditer(text, 0, hit.start())]
            start = bounds[-1] if bounds else 0
            out += [SeatCount(m, value, hit.start()) for m in parties
                    if start <= m.start and m.end <= hit.start()]
        return out

    def _after_party(self, text: str, mention: Mention) -> SeatCount | None:
        hit = self._after.match(text, mention.end)
        if hit is None:
            return None
        value = self._number(hit.group("value"))
        return SeatCount(mention, value, hit.start("value")) if value is not None else None
