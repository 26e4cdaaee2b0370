"""Articles, their URLs, revisions and claims."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from monitor.types import Claim, text_hash
from storage.models import Article, ArticleUrl, ClaimRow, Revision, utcnow
from storage.upsert import get_or_insert_id, insert_ignore_many


# Prepared Core statements (values bound at execution): an ORM update built per
# call spent more time in statement construction than SQLite spent running it.
_ARTICLES: Table = Article.__table__  # type: ignore[assignment]
_REVISIONS: Table = Revision.__table__  # type: ignore[assignment]
_URLS: Table = ArticleUrl.__table__  # type: ignore[assignment]

_MARK_CHECKED = (update(_ARTICLES).where(_ARTICLES.c.id == bindparam("article_id"))
                 .values(last_checked=bindparam("last_checked"),
                         next_recheck=bindparam("next_recheck"),
                         last_error=bindparam("last_error")))


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
    first_seen: datetime | None = None


def known_article_id(session: Session, url: str) -> int | None:
    """The article an URL (canonical or alias) is known to lead to."""
    return session.scalar(select(ArticleUrl.article_id).where(ArticleUrl.url == url))


_SEEN_BY_URLS = (select(_URLS.c.url, _ARTICLES.c.id, _ARTICLES.c.first_seen)
                 .join(_URLS, _URLS.c.article_id == _ARTICLES.c.id)
                 .where(_URLS.c.url.in_(bindparam("urls", expanding=True))))


def reschedule_urls(session: Session, checked: Sequence[tuple[str, datetime]],
                    schedule: Callable[[datetime, datetime], datetime | None]) -> int:
    """Mark the articles behind (url, checked at) pairs checked, in two statements.

    ``schedule(first_seen, checked_at)`` gives each one's next re-check. URLs
    that lead to no stored article are skipped; returns the articles updated.
    """
    when = dict(checked)
    if not when:
        return 0
    rows = session.connection().execute(_SEEN_BY_URLS, {"urls": sorted(when)}).all()
    params = {article_id: {"article_id": article_id, "last_checked": when[url],
                           "next_recheck": schedule(first_seen, when[url]), "last_error": None}
              for url, article_id, first_seen in rows}
    if params:
        session.connection().execute(_MARK_CHECKED, list(params.values()))
    return len(params)


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
    first_seen, current = now, None
    if not article_new:
        _refresh_meta(session, article_id, meta)
        first_seen, current = _first_seen_and_text(session, article_id)
    insert_ignore_many(session, ArticleUrl, [{"url": url, "article_id": article_id}
                                             for url in sorted({meta.canonical_url, *aliases})],
                       ("url",))
    digest = text_hash(text)
    if current is not None and current[0] == digest:
        # The text we hold already: no need to send it to the database again.
        return StoredText(article_id, False, current[1], False, None, first_seen)
    revision_id, revision_new = get_or_insert_id(
        session, Revision,
        {"article_id": article_id, "text_hash": digest, "text": text, "fetched_at": now},
        ("article_id", "text_hash"))
    if revision_new:
        session.connection().execute(_SET_CURRENT,
                                     {"article_id": article_id, "revision_id": revision_id})
    previous = current[2] if current is not None and revision_new else None
    return StoredText(article_id, article_new, revision_id, revision_new, previous, first_seen)


def mark_checked(session: Session, article_id: int, now: datetime,
                 next_recheck: datetime | None, error: str | None = None) -> None:
    session.connection().execute(_MARK_CHECKED, {
        "article_id": article_id, "last_checked": now, "next_recheck": next_recheck,
        "last_error": error})


def store_claims(session: Session, claims: Sequence[Claim], *, revision_id: int | None = None,
                 baseline_id: int | None = None, article_id: int | None = None,
                 published: datetime | None = None) -> int:
    """Insert claims idempotently on (revision or baseline, claim key)."""
    key = ("revision_id", "claim_key") if revision_id is not None else ("baseline_id", "claim_key")
    owner = {"revision_id": revision_id, "baseline_id": baseline_id, "article_id": article_id,
             "published": published}
    return insert_ignore_many(session, ClaimRow, [claim_values(c) | owner for c in claims], key)


def claim_values(claim: Claim) -> dict[str, Any]:
    return {
        "claim_key": claim.claim_key, "slot_key": claim.slot_key, "fact_key": claim.fact_key,
        "subject": claim.subject, "relation": claim.relation, "object": claim.object,
        "value": claim.value, "place": claim.place, "polarity": claim.polarity,
        "hedge": claim.hedge, "entities": list(claim.entities), "sentence": claim.sentence,
        "text": claim.text, "paragraph": claim.paragraph, "modality": claim.modality,
        "speaker": (claim.speaker or "")[:100] or None, "confidence": claim.confidence,
        "event_date": claim.event_date,
    }


def row_to_claim(row: ClaimRow) -> Claim:
    return Claim(sentence=row.sentence, subject=row.subject, relation=row.relation,
                 object=row.object, value=row.value, place=row.place, polarity=row.polarity,
                 hedge=row.hedge, entities=tuple(row.entities or ()), text=row.text,
                 paragraph=row.paragraph, modality=row.modality or "asserted", speaker=row.speaker,
                 confidence=row.confidence if row.confidence is not None else 1.0,
                 event_date=row.event_date)


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


_SET_CURRENT = (update(_ARTICLES).where(_ARTICLES.c.id == bindparam("article_id"))
                .values(current_revision_id=bindparam("revision_id")))

_ARTICLE_NOW = (
    select(_ARTICLES.c.first_seen, _REVISIONS.c.text_hash, _REVISIONS.c.id, _REVISIONS.c.text)
    .select_from(_ARTICLES)
    .outerjoin(_REVISIONS, _REVISIONS.c.id == _ARTICLES.c.current_revision_id)
    .where(_ARTICLES.c.id == bindparam("article_id")))


def _first_seen_and_text(session: Session, article_id: int
                         ) -> tuple[datetime, tuple[str, int, str] | None]:
    """First-seen time and (hash, id, text) of the current revision, in one query."""
    first_seen, digest, revision_id, text = session.connection().execute(
        _ARTICLE_NOW, {"article_id": article_id}).one()
    return first_seen, (None if revision_id is None else (digest, revision_id, text))


def _article_values(meta: ArticleMeta, now: datetime) -> dict[str, Any]:
    return {
        "canonical_url": meta.canonical_url, "source": meta.source, "title": meta.title,
        "published": meta.published, "modified": meta.modified, "authors": list(meta.authors),
        "site_name": meta.site_name, "language": meta.language, "relevant": meta.relevant,
        "relevance": meta.relevance, "first_seen": now, "last_checked": now,
    }


_REFRESHED = ("title", "modified", "site_name", "language")

# One prepared statement: a refreshed field that is None keeps the stored value.
_REFRESH = (update(_ARTICLES).where(_ARTICLES.c.id == bindparam("article_id"))
            .values(relevant=bindparam("relevant"), relevance=bindparam("relevance"),
                    **{name: func.coalesce(bindparam(f"new_{name}", type_=_ARTICLES.c[name].type),
                                           _ARTICLES.c[name]) for name in _REFRESHED}))


def _refresh_meta(session: Session, article_id: int, meta: ArticleMeta) -> None:
    """A re-fetch may bring a new title or modified date; the first-seen facts stay."""
    session.connection().execute(_REFRESH, {
        "article_id": article_id, "relevant": meta.relevant, "relevance": meta.relevance,
        **{f"new_{name}": getattr(meta, name) for name in _REFRESHED}})
