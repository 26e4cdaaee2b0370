"""Earlier flags as the comparison sees them: indexed lookups, never scans."""

from __future__ import annotations

from sqlalchemy.orm import Session

from monitor.compare import KnownFact
from monitor.types import Claim, FlagKind
from storage.flags import flag_with_fact, flags_with_slot
from storage.models import Flag


class StoredHistory:
    """``monitor.compare.History`` over the flags table of one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def flags_in_slot(self, slot_key: str) -> list[KnownFact]:
        return [_known(f) for f in flags_with_slot(self._session, slot_key)]

    def flag_for_fact(self, fact_key: str) -> KnownFact | None:
        flag = flag_with_fact(self._session, fact_key)
        return _known(flag) if flag is not None else None


def _known(flag: Flag) -> KnownFact:
    claim = Claim(sentence=flag.evidence, subject=flag.subject, relation=flag.relation,
                  object=flag.object, value=flag.value, place=flag.place,
                  polarity=flag.polarity, hedge=flag.hedge,
                  entities=tuple(flag.entities or ()), text=flag.claim)
    return KnownFact(key=flag.key, claim=claim, kind=FlagKind(flag.kind))
