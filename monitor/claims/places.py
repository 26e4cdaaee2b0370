"""Place names to place ids ("UP" -> uttar-pradesh); the table is the config's ``[[places]]``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.claims.entities import PhraseMatcher
from monitor.config import PlaceConfig


@dataclass(frozen=True, slots=True)
class PlaceMention:
    id: str
    kind: str          # state | city | region | country (a venue reads as the place it is in)
    start: int
    end: int


class PlaceMatcher:
    def __init__(self, places: Sequence[PlaceConfig]) -> None:
        self._defs: dict[str, PlaceConfig] = {p.id: p for p in places}
        self._matcher: PhraseMatcher[str] = PhraseMatcher(
            (name, p.id) for p in places for name in p.names)

    def find(self, text: str) -> list[PlaceMention]:
        out = []
        for hit in self._matcher.find(text):
            if _describes(text, hit.end) or _constituency(text, hit.start):
                continue
            place = self._defs[hit.payloads[0]]
            if place.kind == "venue" and place.within is not None:
                place = self._defs[place.within]    # "at Shivaji Park": in Mumbai
            out.append(PlaceMention(place.id, place.kind, hit.start, hit.end))
        return out

    def state_of(self, place_id: str) -> str | None:
        """The state a place is, or lies in ("MUMBAI —" datelines a Maharashtra story)."""
        seen: set[str] = set()
        place = self._defs.get(place_id)
        while place is not None and place.id not in seen:
            if place.kind == "state":
                return place.id
            seen.add(place.id)
            place = self._defs.get(place.within) if place.within else None
        return None

    def may_contain(self, outer: str, inner: str) -> bool:
        """Can the place ``outer`` hold ``inner``: is it the state ``inner`` lies in, or a state
        while ``inner`` is a city the config places in none ("the capital", then "New Delhi")?"""
        state = self.state_of(inner)
        known = self._defs.get(outer)
        return state == outer or (state is None and known is not None and known.kind == "state"
                                  and inner in self._defs and self._defs[inner].kind == "city")

    def display(self, place_id: str) -> str:
        place = self._defs.get(place_id)
        return place.label if place else place_id

    def ids(self) -> tuple[str, ...]:
        return tuple(self._defs)


def _describes(text: str, end: int) -> bool:
    """"one of the four Delhi-bordering seats", "a Mumbai-based leader": the place word
    describes something; the fact is not placed there."""
    return text[end:end + 1] in ("-", "‑") and text[end + 1:end + 2].islower()


_COMPASS = re.compile(r"(?:North|South|East|West|Central|Outer|Inner)(?:[ -](?:East|West))?\s+$")


def _constituency(text: str, start: int) -> bool:
    """"West Delhi", "North East Delhi", "South Goa": a constituency named after the place,
    one seat of it, not the place."""
    return _COMPASS.search(text[max(0, start - 20):start]) is not None
