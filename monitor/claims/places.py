"""Place names to place ids ("UP" -> uttar-pradesh); the table is the config's ``[[places]]``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from monitor.claims.entities import PhraseMatcher
from monitor.config import PlaceConfig


@dataclass(frozen=True, slots=True)
class PlaceMention:
    id: str
    kind: str          # state | city | region | country
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
            place = self._defs[hit.payloads[0]]
            out.append(PlaceMention(place.id, place.kind, hit.start, hit.end))
        return out

    def display(self, place_id: str) -> str:
        place = self._defs.get(place_id)
        return place.label if place else place_id

    def ids(self) -> tuple[str, ...]:
        return tuple(self._defs)
