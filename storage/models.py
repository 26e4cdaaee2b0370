"""SQLAlchemy 2 models: the only description of the schema.

Every table that concurrent workers may write has a natural unique key, so a
write that races is an upsert on that key (see ``storage.repo``), never a
check-then-insert.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes on every backend (SQLite stores naive UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """A configured source and its health, as the daemon and CLI last saw it."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str] = mapped_column(Text)
    last_checked: Mapped[datetime | None]
    last_success: Mapped[datetime | None]
    next_due: Mapped[datetime | None]
    last_status: Mapped[str | None] = mapped_column(String(40))
    last_error: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    down_alerted: Mapped[bool] = mapped_column(Boolean, default=False)
    articles_found: Mapped[int] = mapped_column(Integer, default=0)


class HttpCache(Base):
    """Validators for conditional GET, per URL."""

    __tablename__ = "http_cache"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    canonical_url: Mapped[str] = mapped_column(String(2048), unique=True)
    source: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None]
    modified: Mapped[datetime | None]
    authors: Mapped[list[Any]] = mapped_column(default=list)
    site_name: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(20))
    relevant: Mapped[bool] = mapped_column(Boolean, default=False)
    relevance: Mapped[float] = mapped_column(Float, default=0.0)
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_checked: Mapped[datetime | None]
    next_recheck: Mapped[datetime | None] = mapped_column(index=True)
    current_revision_id: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)


class ArticleUrl(Base):
    """Every URL that led to an article, so a known alias needs no fetch."""

    __tablename__ = "article_urls"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            index=True)


class Revision(Base):
    """Each distinct text an article has had."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("article_id", "text_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    text_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)


class Baseline(Base):
    __tablename__ = "baselines"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[datetime | None]
    loaded_at: Mapped[datetime] = mapped_column(default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ClaimRow(Base):
    """A claim from an article revision or from a baseline (exactly one is set)."""

    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("revision_id", "claim_key", name="uq_claims_revision_key"),
        UniqueConstraint("baseline_id", "claim_key", name="uq_claims_baseline_key"),
        Index("ix_claims_slot", "slot_key"),
        Index("ix_claims_fact", "fact_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("revisions.id", ondelete="CASCADE"))
    baseline_id: Mapped[int | None] = mapped_column(
        ForeignKey("baselines.id", ondelete="CASCADE"))
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    claim_key: Mapped[str] = mapped_column(String(40))
    slot_key: Mapped[str] = mapped_column(String(40))
    fact_key: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str | None] = mapped_column(String(100))
    relation: Mapped[str | None] = mapped_column(String(100))
    object: Mapped[str | None] = mapped_column(String(100))
    value: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(String(100))
    polarity: Mapped[bool] = mapped_column(Boolean, default=True)
    hedge: Mapped[str | None] = mapped_column(String(40))
    modality: Mapped[str] = mapped_column(String(20), default="asserted", server_default="asserted")
    speaker: Mapped[str | None] = mapped_column(String(100))
    confidence: Mapped[float | None] = mapped_column(Float)
    #: The date of the event an attendance is about (see ``Claim.event_date``).
    event_date: Mapped[str | None] = mapped_column(String(20))
    entities: Mapped[list[Any]] = mapped_column(default=list)
    sentence: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    paragraph: Mapped[int] = mapped_column(Integer, default=0)
    published: Mapped[datetime | None]
    created: Mapped[datetime] = mapped_column(default=utcnow)


class Flag(Base):
    __tablename__ = "flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    subject: Mapped[str | None] = mapped_column(String(100))
    relation: Mapped[str | None] = mapped_column(String(100))
    # The fact behind the flag, so later claims compare with it by indexed slot.
    slot_key: Mapped[str | None] = mapped_column(String(40), index=True)
    fact_key: Mapped[str | None] = mapped_column(String(40), index=True)
    object: Mapped[str | None] = mapped_column(String(100))
    value: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(String(100))
    polarity: Mapped[bool] = mapped_column(Boolean, default=True)
    hedge: Mapped[str | None] = mapped_column(String(40))
    event_date: Mapped[str | None] = mapped_column(String(20))
    entities: Mapped[list[Any]] = mapped_column(default=list)
    claim: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    baseline: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True)
    published: Mapped[datetime | None]
    first_seen: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)


class FlagSource(Base):
    """Every article URL that carries a flag's fact."""

    __tablename__ = "flag_sources"
    __table_args__ = (UniqueConstraint("flag_id", "url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    flag_id: Mapped[int] = mapped_column(ForeignKey("flags.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    #: "likely" or "reportedly" when this source only reports the fact as such.
    hedge: Mapped[str | None] = mapped_column(String(40))
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class Outbox(Base):
    """One row per (event, channel), written in the same transaction as the event.

    ``event`` is ``flag:<id>`` for flags and ``source-down:<name>:<n>`` /
    ``source-up:<name>:<n>`` for operator alerts.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("event", "channel"),
        Index("ix_outbox_pending", "status", "channel", "next_attempt"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(300))
    channel: Mapped[str] = mapped_column(String(100))
    flag_id: Mapped[int | None] = mapped_column(ForeignKey("flags.id", ondelete="CASCADE"),
                                                index=True)
    mode: Mapped[str] = mapped_column(String(20), default="immediate")  # immediate | digest
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending|sending|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(300))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class SourceRun(Base):
    """One line per source per cycle: what ``monitor status`` and logs report."""

    __tablename__ = "source_runs"
    __table_args__ = (Index("ix_source_runs_source_started", "source", "started"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    started: Mapped[datetime] = mapped_column(default=utcnow)
    finished: Mapped[datetime | None]
    found: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    revised: Mapped[int] = mapped_column(Integer, default=0)
    flags: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
