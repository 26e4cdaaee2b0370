"""Read models for the CLI: claims and status in JSON-ready shapes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.articles import known_article_id
from storage.baselines import active_baseline
from storage.db import Database, redact_url
from storage.models import Article, ClaimRow, Flag, Revision
from storage.sources import last_runs, source_rows

if TYPE_CHECKING:
    from monitor.config import Config


def claim_views(session: Session, *, url: str | None = None, baseline: str | None = None,
                typed_only: bool = False) -> list[dict[str, Any]]:
    """Claims of the current revision of ``url``, of the named baseline, or of all articles."""
    stmt = select(ClaimRow, Article.canonical_url).outerjoin(
        Article, ClaimRow.article_id == Article.id)
    if baseline is not None:
        base = active_baseline(session, baseline)
        if base is None:
            raise LookupError(f"no baseline {baseline!r} stored yet (run `monitor fetch`)")
        stmt = stmt.where(ClaimRow.baseline_id == base.id)
    elif url is not None:
        article_id = known_article_id(session, url)
        if article_id is None:
            raise LookupError(f"no stored article for {url}")
        stmt = stmt.join(Revision, Revision.id == ClaimRow.revision_id).where(
            Revision.id == Article.current_revision_id, ClaimRow.article_id == article_id)
    else:
        stmt = stmt.join(Revision, Revision.id == ClaimRow.revision_id).where(
            Revision.id == Article.current_revision_id)
    if typed_only:
        stmt = stmt.where(ClaimRow.relation.is_not(None))
    rows = session.execute(stmt.order_by(ClaimRow.article_id, ClaimRow.paragraph, ClaimRow.id))
    return [_claim_view(row, article_url) for row, article_url in rows]


def _claim_view(row: ClaimRow, url: str | None) -> dict[str, Any]:
    return {
        "id": row.id, "subject": row.subject, "relation": row.relation, "object": row.object,
        "value": row.value, "place": row.place, "polarity": row.polarity, "hedge": row.hedge,
        "modality": row.modality or "asserted", "speaker": row.speaker, "confidence": row.confidence,
        "event_date": row.event_date,
        "entities": list(row.entities or []), "claim": row.text or None,
        "sentence": row.sentence, "url": url,
        "published": row.published.isoformat() if row.published else None,
    }


def status_view(db: Database, config: Config) -> dict[str, Any]:
    from monitor.alerts import outbox_status

    configured = {s.name for s in config.sources}
    with db.reading() as session:
        rows = [r for r in source_rows(session) if r.name in configured]
        runs = last_runs(session, [r.name for r in rows])
        counts = {
            "articles": session.scalar(select(func.count()).select_from(Article)) or 0,
            "flags": session.scalar(select(func.count()).select_from(Flag)) or 0,
        }
        name = config.baseline.name if config.baseline else "baseline"
        base = active_baseline(session, name)
        counts["baseline_claims"] = session.scalar(
            select(func.count()).where(ClaimRow.baseline_id == base.id)) if base else 0
        views = [_source_view(r, runs.get(r.name)) for r in rows]
    stored = {v["name"] for v in views}
    never = [{"name": s.name, "kind": s.kind, "url": s.url, "health": "never run",
              "last_checked": None, "last_success": None, "next_due": None,
              "last_status": None, "last_error": None, "consecutive_failures": 0,
              "last_run": None} for s in config.sources if s.name not in stored]
    return {
        "database": redact_url(db.url),
        **counts,
        "sources": sorted(views + never,
                          key=lambda v: v["name"]),
        "outbox": [c.to_dict() for c in outbox_status(db)],
    }


def _source_view(row: Any, run: Any) -> dict[str, Any]:
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    health = "down" if row.down_alerted else ("failing" if row.consecutive_failures else "ok")
    return {
        "name": row.name, "kind": row.kind, "url": row.url, "health": health,
        "last_checked": iso(row.last_checked), "last_success": iso(row.last_success),
        "next_due": iso(row.next_due), "last_status": row.last_status,
        "last_error": row.last_error, "consecutive_failures": row.consecutive_failures,
        "last_run": None if run is None else {
            "started": iso(run.started), "found": run.found, "new": run.new,
            "revised": run.revised, "flags": run.flags, "errors": run.errors,
            "error": run.error},
    }
