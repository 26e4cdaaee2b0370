"""Articles, their URLs, revisions and claims."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from monitor.types import Claim, text_hash
from storage.models import Article, ArticleUrl, ClaimRow, Revision, utcnow
from storage.upsert import get_or_insert_id, insert_ignore


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    canonical_url: str
    source: str | None
    title: str | None
    published: datetime | None
    modified: datetime | None
    authors: tuple[str, ...]
    site_name: str | None
    language: str | None
    relevant: bool
    relevance: float


@dataclass(frozen=True, slots=True)
class StoredText:
    """The outcome of storing one fetched text of an article."""

    article_id: int
    article_new: bool
    revision_id: int
    revision_new: bool
    previous_text: str | None  # the text this revision replaced, when it is an edit


def known_article_id(session: Session, url: str) -> int | None:
    """The article an URL (canonical or alias) is known to lead to."""
    return session.scalar(select(ArticleUrl.article_id).where(ArticleUrl.url == url))


def known_urls(session: Session, urls: Sequence[str]) -> set[str]:
    if not urls:
        return set()
    return set(session.scalars(select(ArticleUrl.url).where(ArticleUrl.url.in_(list(urls)))))


def store_text(session: Session, meta: ArticleMeta, text: str, aliases: Iterable[str],
               now: datetime | None = None) -> StoredText:
    """Upsert the article by canonical URL and add ``text`` as a revision if it is new."""
    now = now or utcnow()
    article_id, article_new = get_or_insert_id(
        session, Article, _article_values(meta, now), ("canonical_url",))
    if not article_new:
        _refresh_meta(session, article_id, meta)
    for url in {meta.canonical_url, *aliases}:
        insert_ignore(session, ArticleUrl, {"url": url, "article_id": article_id}, ("url",))
    digest = text_hash(text)
    previous = _current_text(session, article_id)
    revision_id, revision_new = get_or_insert_id(
        session, Revision,
        {"article_id": article_id, "text_hash": digest, "text": text, "fetched_at": now},
        ("article_id", "text_hash"))
    if revision_new:
        session.execute(update(Article).where(Article.id == article_id)
                        .values(current_revision_id=revision_id))
    return StoredText(article_id, article_new, revision_id, revision_new,
                      previous if revision_new and previous is not None else None)


def mark_checked(session: Session, article_id: int, now: datetime,
                 next_recheck: datetime | None, error: str | None = None) -> None:
    session.execute(update(Article).where(Article.id == article_id).values(
        last_checked=now, next_recheck=next_recheck, last_error=error))


def store_claims(session: Session, claims: Sequence[Claim], *, revision_id: int | None = None,
                 baseline_id: int | None = None, article_id: int | None = None,
                 published: datetime | None = None) -> int:
    """Insert claims idempotently on (revision or baseline, claim key)."""
    key = ("revision_id", "claim_key") if revision_id is not None else ("baseline_id", "claim_key")
    added = 0
    for claim in claims:
        values = claim_values(claim) | {"revision_id": revision_id, "baseline_id": baseline_id,
                                        "article_id": article_id, "published": published}
        added += insert_ignore(session, ClaimRow, values, key)
    return added


def claim_values(claim: Claim) -> dict[str, Any]:
    return {
        "claim_key": claim.claim_key, "slot_key": claim.slot_key, "fact_key": claim.fact_key,
        "subject": claim.subject, "relation": claim.relation, "object": claim.object,
        "value": claim.value, "place": claim.place, "polarity": claim.polarity,
        "hedge": claim.hedge, "entities": list(claim.entities), "sentence": claim.sentence,
        "text": claim.text, "paragraph": claim.paragraph,
    }


def row_to_claim(row: ClaimRow) -> Claim:
    return Claim(sentence=row.sentence, subject=row.subject, relation=row.relation,
                 object=row.object, value=row.value, place=row.place, polarity=row.polarity,
                 hedge=row.hedge, entities=tuple(row.entities or ()), text=row.text,
                 paragraph=row.paragraph)


def due_for_recheck(session: Session, now: datetime, limit: int,
                    everything: bool = False) -> list[tuple[int, str, str | None]]:
    """(article id, canonical URL, source) of articles whose re-check is due."""
    stmt = select(Article.id, Article.canonical_url, Article.source).order_by(Article.id)
    if not everything:
        stmt = stmt.where(Article.next_recheck.is_not(None), Article.next_recheck <= now)
    return [tuple(r) for r in session.execute(stmt.limit(limit))]  # type: ignore[misc]


def article_timing(session: Session, article_id: int) -> tuple[datetime, datetime | None]:
    row = session.execute(select(Article.first_seen, Article.published)
                          .where(Article.id == article_id)).one()
    return row[0], row[1]


def _current_text(session: Session, article_id: int) -> str | None:
    return session.scalar(
        select(Revision.text).join(Article, Article.current_revision_id == Revision.id)
        .where(Article.id == article_id))


def _article_values(meta: ArticleMeta, now: datetime) -> dict[str, Any]:
    return {
        "canonical_url": meta.canonical_url, "source": meta.source, "title": meta.title,
        "published": meta.published, "modified": meta.modified, "authors": list(meta.authors),
        "site_name": meta.site_name, "language": meta.language, "relevant": meta.relevant,
        "relevance": meta.relevance, "first_seen": now, "last_checked": now,
    }


def _refresh_meta(session: Session, article_id: int, meta: ArticleMeta) -> None:
    """A re-fetch may bring a new title or modified date; the first-seen facts stay."""
    values: dict[str, Any] = {"relevant": meta.relevant, "relevance": meta.relevance}
    for name in ("title", "modified", "site_name", "language"):
        if getattr(meta, name) is not None:
            values[name] = getattr(meta, name)
    session.execute(update(Article).where(Article.id == article_id).values(**values))
