"""Flag reads and writes: the flags table, its sources, and the contract's JSON shape."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage.models import Article, Flag, FlagSource
from monitor.types import FlagDraft
from storage.upsert import get_or_insert_id, insert_ignore


def sources_by_flag(session: Session, flag_ids: Sequence[int]) -> dict[int, list[str]]:
    """Every URL carrying each flag, oldest first (the flag's own URL leads)."""
    out: dict[int, list[str]] = defaultdict(list)
    if not flag_ids:
        return out
    rows = session.execute(
        select(FlagSource.flag_id, FlagSource.url)
        .where(FlagSource.flag_id.in_(list(flag_ids)))
        .order_by(FlagSource.flag_id, FlagSource.seen_at, FlagSource.id)
    )
    for flag_id, url in rows:
        out[flag_id].append(url)
    return out


def flag_views(session: Session, flags: Sequence[Flag]) -> list[dict[str, Any]]:
    """Flags in the shape ``monitor flags --json`` prints (see DESIGN.md)."""
    sources = sources_by_flag(session, [f.id for f in flags])
    titles = _titles(session, {f.article_id for f in flags if f.article_id is not None})
    return [_view(f, sources.get(f.id) or [f.url], titles.get(f.article_id)) for f in flags]


def load_flag_views(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    flags = session.scalars(select(Flag).where(Flag.id.in_(list(ids))).order_by(Flag.id)).all()
    return flag_views(session, flags)


def query_flags(session: Session, *, kind: str | None = None, since: datetime | None = None,
                limit: int | None = None) -> list[Flag]:
    stmt = select(Flag).order_by(Flag.first_seen, Flag.id)
    if kind:
        stmt = stmt.where(Flag.kind == kind)
    if since:
        stmt = stmt.where(Flag.first_seen >= since)
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def count_sources(session: Session, flag_id: int) -> int:
    return session.scalar(select(func.count()).where(FlagSource.flag_id == flag_id)) or 0


def add_source(session: Session, flag_id: int, url: str, article_id: int | None,
               evidence: str) -> bool:
    """Record that ``url`` carries the flag's fact; True when the URL is new for it."""
    return insert_ignore(session, FlagSource, {"flag_id": flag_id, "url": url,
                                               "article_id": article_id,
                                               "evidence": evidence},
                         ("flag_id", "url"))


def _titles(session: Session, article_ids: set[int]) -> dict[int, str | None]:
    if not article_ids:
        return {}
    rows = session.execute(select(Article.id, Article.title).where(Article.id.in_(article_ids)))
    return {article_id: title for article_id, title in rows}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _view(flag: Flag, sources: list[str], title: str | None) -> dict[str, Any]:
    return {
        "id": flag.id,
        "kind": flag.kind,
        "subject": flag.subject,
        "entities": list(flag.entities or []),
        "relation": flag.relation,
        "claim": flag.claim,
        "evidence": flag.evidence,
        "baseline": flag.baseline,
        "url": flag.url,
        "sources": sources,
        "published": _iso(flag.published),
        "first_seen": _iso(flag.first_seen),
        "last_seen": _iso(flag.last_seen),
        "title": title,
        "accepted": flag.accepted,
        "detail": flag.detail or {},
    }


def record_flag(session: Session, draft: FlagDraft, *, url: str, article_id: int | None,
                published: datetime | None, now: datetime) -> tuple[int, bool]:
    """Create the flag for ``draft.key`` or find the existing one; add ``url`` as its source.

    Returns (flag id, created). The same fact reported again (another article,
    a syndicated copy) only adds a source: one fact is one flag.
    """
    fact = draft.fact
    values: dict[str, Any] = {
        "key": draft.key, "kind": str(draft.kind), "subject": draft.subject,
        "relation": draft.relation, "entities": list(draft.entities), "claim": draft.claim,
        "evidence": draft.evidence, "baseline": draft.baseline, "url": url,
        "article_id": article_id, "published": published, "first_seen": now, "last_seen": now,
        "detail": dict(draft.detail),
    }
    if fact is not None:
        values |= {"slot_key": fact.slot_key, "fact_key": fact.fact_key, "object": fact.object,
                   "value": fact.value, "place": fact.place, "polarity": fact.polarity,
                   "hedge": fact.hedge}
    flag_id, created = get_or_insert_id(session, Flag, values, ("key",))
    if not created:
        session.execute(update(Flag).where(Flag.id == flag_id).values(last_seen=now))
    add_source(session, flag_id, url, article_id, draft.evidence)
    return flag_id, created


def flags_with_slot(session: Session, slot_key: str) -> list[Flag]:
    return list(session.scalars(select(Flag).where(Flag.slot_key == slot_key)
                                .order_by(Flag.first_seen, Flag.id)))


def flag_with_fact(session: Session, fact_key: str) -> Flag | None:
    return session.scalars(select(Flag).where(Flag.fact_key == fact_key)
                           .order_by(Flag.id).limit(1)).first()
