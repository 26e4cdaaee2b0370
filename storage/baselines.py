"""The baseline article(s) and their claims."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from monitor.types import Claim
from storage.articles import row_to_claim, store_claims
from storage.flags import flag_fact
from storage.models import Baseline, ClaimRow, Flag, utcnow
from storage.outbox import drop_unsent

#: Accepted flags are stored as baseline claims with this paragraph number, so a
#: reloaded baseline text can carry them over.
ACCEPTED_PARAGRAPH = -1


#: First key of the two-key advisory lock that serialises baseline changes ("clbl").
_PG_LOCK_KEY = 0x636C626C
_PG_LOCK = text("SELECT pg_advisory_xact_lock(CAST(:k AS integer), hashtext(CAST(:n AS text)))")


def lock_baseline(session: Session, name: str) -> None:
    """Hold the baseline ``name`` for the rest of this unit of work.

    Several workers starting at once each find no stored baseline and would each
    store one. On SQLite the unit of work's ``BEGIN IMMEDIATE`` already keeps
    writers apart; PostgreSQL needs the lock, as there is no row to lock yet.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_PG_LOCK, {"k": _PG_LOCK_KEY, "n": name})


def active_baseline(session: Session, name: str) -> Baseline | None:
    return session.scalars(select(Baseline).where(Baseline.name == name, Baseline.active)
                           .order_by(Baseline.id.desc()).limit(1)).first()


def baseline_claims(session: Session, baseline_id: int) -> list[Claim]:
    rows = session.scalars(select(ClaimRow).where(ClaimRow.baseline_id == baseline_id)
                           .order_by(ClaimRow.paragraph, ClaimRow.id))
    return [row_to_claim(r) for r in rows]


def replace_baseline(session: Session, *, name: str, origin: str, text: str, text_hash: str,
                     published: datetime | None, claims: Sequence[Claim]) -> int:
    """Make a new active baseline for ``name``; earlier ones are kept, inactive."""
    session.execute(update(Baseline).where(Baseline.name == name).values(active=False))
    row = Baseline(name=name, origin=origin, text=text, text_hash=text_hash,
                   published=published, loaded_at=utcnow(), active=True)
    session.add(row)
    session.flush()
    store_claims(session, claims, baseline_id=row.id, published=published)
    return row.id


def accept_flag(session: Session, name: str, flag_id: int) -> tuple[Claim, int]:
    """Fold a flag's fact into the active baseline, so it stops alerting: later claims of
    it confirm the baseline, and its alerts not yet sent are dropped (how many: the second
    value)."""
    lock_baseline(session, name)
    base = active_baseline(session, name)
    flag = session.get(Flag, flag_id)
    if base is None or flag is None or flag.fact_key is None:
        raise LookupError("no active baseline" if base is None else
                          f"flag {flag_id} does not exist or carries no fact")
    claim = flag_fact(flag, paragraph=ACCEPTED_PARAGRAPH)
    # The accepted fact supersedes what the baseline said in the same slot.
    session.execute(delete(ClaimRow).where(ClaimRow.baseline_id == base.id,
                                           ClaimRow.slot_key == claim.slot_key,
                                           ClaimRow.fact_key != claim.fact_key))
    store_claims(session, [claim], baseline_id=base.id, published=flag.published)
    flag.accepted = True
    return claim, drop_unsent(session, flag_id)
