"""Source rows: configured sources and their health."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Source, SourceRun
from storage.upsert import upsert


class Health(StrEnum):
    """A change worth telling the operator about, once."""

    DOWN = "down"
    UP = "up"


def sync_sources(session: Session, sources: Sequence[tuple[str, str, str]]) -> None:
    """Make sure a row exists for each configured (name, kind, url)."""
    for name, kind, url in sources:
        upsert(session, Source, {"name": name, "kind": kind, "url": url,
                                 "consecutive_failures": 0, "down_alerted": False,
                                 "articles_found": 0},
               ("name",), ("kind", "url"))


def record_success(session: Session, name: str, now: datetime, next_due: datetime | None,
                   status: str, found: int) -> Health | None:
    src = _locked(session, name)
    recovered = src.down_alerted
    src.last_checked = src.last_success = now
    src.next_due = next_due
    src.last_status, src.last_error = status, None
    src.consecutive_failures = 0
    src.down_alerted = False
    src.articles_found = found
    return Health.UP if recovered else None


def record_failure(session: Session, name: str, now: datetime, next_due: datetime | None,
                   status: str, error: str, alert_after: int) -> tuple[Health | None, int]:
    """Count the failure; DOWN exactly once when the count reaches ``alert_after``."""
    src = _locked(session, name)
    src.last_checked, src.next_due = now, next_due
    src.last_status, src.last_error = status, error
    src.consecutive_failures += 1
    if src.consecutive_failures >= alert_after and not src.down_alerted:
        src.down_alerted = True
        return Health.DOWN, src.consecutive_failures
    return None, src.consecutive_failures


def add_run(session: Session, run: SourceRun) -> None:
    session.add(run)


def source_rows(session: Session) -> list[Source]:
    return list(session.scalars(select(Source).order_by(Source.name)))


def last_runs(session: Session, names: Sequence[str]) -> dict[str, SourceRun]:
    out: dict[str, SourceRun] = {}
    for name in names:
        run = session.scalars(select(SourceRun).where(SourceRun.source == name)
                              .order_by(SourceRun.started.desc()).limit(1)).first()
        if run is not None:
            out[name] = run
    return out


def _locked(session: Session, name: str) -> Source:
    stmt = select(Source).where(Source.name == name)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    src = session.scalars(stmt).first()
    if src is None:
        raise LookupError(f"source {name!r} is not in the database")
    return src
