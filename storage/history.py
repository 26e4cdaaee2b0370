"""Earlier flags as the comparison sees them: indexed lookups, never scans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from monitor.compare import KnownFact
from monitor.types import FlagKind
from storage.flags import (
    flag_fact,
    flag_with_fact,
    flags_with_facts,
    flags_with_slots,
)


class StoredHistory:
    """``monitor.compare.History`` over the flags table of one session.

    ``facts`` (the fact keys about to be judged) are fetched in one query up
    front, and so are the slots of those already flagged (where comparison looks for a
    later reversal); any other key, and every other slot, is looked up once and
    remembered for the life of this object (one article's comparison).
    """

    def __init__(self, session: Session, *, facts: Iterable[str] = ()) -> None:
        self._session = session
        wanted = sorted(set(facts))
        found = flags_with_facts(session, wanted)
        self._facts: dict[str, KnownFact | None] = {
            key: _known(found[key]) if key in found else None for key in wanted}
        slots = flags_with_slots(session, sorted({row.slot_key for row in found.values() if row.slot_key}))
        self._slots: dict[str, list[KnownFact]] = {
            key: [_known(f) for f in rows] for key, rows in slots.items()}

    def flags_in_slot(self, slot_key: str) -> list[KnownFact]:
        return self.flags_in_slots([slot_key])[slot_key]

    def flags_in_slots(self, slot_keys: Sequence[str]) -> dict[str, list[KnownFact]]:
        missing = [key for key in slot_keys if key not in self._slots]
        if missing:
            for key, rows in flags_with_slots(self._session, missing).items():
                self._slots[key] = [_known(f) for f in rows]
        return {key: self._slots[key] for key in slot_keys}

    def flag_for_fact(self, fact_key: str) -> KnownFact | None:
        if fact_key not in self._facts:
            flag = flag_with_fact(self._session, fact_key)
            self._facts[fact_key] = _known(flag) if flag is not None else None
        return self._facts[fact_key]


def _known(flag: Row[Any]) -> KnownFact:
    return KnownFact(key=flag.key, claim=flag_fact(flag), kind=FlagKind(flag.kind), order=flag.id,
                     published=flag.published)
