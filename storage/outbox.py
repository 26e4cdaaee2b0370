"""Outbox queries: enqueue idempotently, claim due rows, record each delivery's outcome.

A row's life: ``pending`` -> (claimed) ``sending`` -> ``sent`` | ``pending`` again
with a later ``next_attempt`` (temporary failure) | ``failed`` (permanent, or
out of attempts). A claim is a lease: ``sending`` rows whose ``next_attempt``
(the lease's end) has passed belong to a worker that died, and are claimed
again; the message they carry keeps its ``message_id``.

Claims run inside the caller's unit of work: ``SELECT ... FOR UPDATE SKIP
LOCKED`` on PostgreSQL, and on SQLite the unit of work's ``BEGIN IMMEDIATE``
already holds the only write lock, so two workers never claim one row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Select, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from storage.models import Outbox
from storage.upsert import insert_ignore

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
IMMEDIATE, DIGEST = "immediate", "digest"

#: How long a claim lasts; a worker that died mid-send releases its rows after it.
LEASE = timedelta(minutes=15)
#: First retry delay and its cap (doubling in between).
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=6)
#: Most flags in one digest; the rest go in the next one.
DIGEST_LIMIT = 300

MessageIdFn = Callable[[str, tuple[int, ...], bool], str]


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    event: str
    channel: str
    flag_id: int | None
    mode: str
    payload: dict[str, Any]
    attempts: int
    message_id: str | None


@dataclass(frozen=True, slots=True)
class Batch:
    """Rows that travel as one message (one row, or a digest's rows)."""

    channel: str
    message_id: str
    digest: bool
    items: tuple[OutboxItem, ...]

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(i.id for i in self.items)

    @property
    def attempts(self) -> int:
        return max(i.attempts for i in self.items)


@dataclass(slots=True)
class ChannelStatus:
    channel: str
    pending: int = 0
    digest_pending: int = 0
    sending: int = 0
    failed: int = 0
    sent: int = 0
    last_error: str | None = None
    last_error_at: str | None = None
    last_sent: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class _Counts:
    by_channel: dict[str, ChannelStatus] = field(default_factory=dict)

    def get(self, channel: str) -> ChannelStatus:
        return self.by_channel.setdefault(channel, ChannelStatus(channel))


def enqueue(session: Session, rows: Iterable[Mapping[str, Any]], now: datetime) -> int:
    """Insert each row unless its (event, channel) exists; the number inserted."""
    added = 0
    for row in rows:
        values = {"status": PENDING, "attempts": 0, "next_attempt": now, "created": now,
                  "payload": {}, "detail": {}, **row}
        added += insert_ignore(session, Outbox, values, ("event", "channel"))
    return added


def retry_delay(attempts: int) -> timedelta:
    """Exponential backoff: 1 min, 2, 4, ... capped at 6 h."""
    exponent = min(max(attempts - 1, 0), 20)
    return min(BACKOFF_BASE * (1 << exponent), BACKOFF_CAP)


def _due(now: datetime, *, ignore_backoff: bool = False) -> Any:
    waiting = Outbox.status == PENDING
    if not ignore_backoff:
        waiting = and_(waiting, Outbox.next_attempt <= now)
    expired = and_(Outbox.status == SENDING, Outbox.next_attempt <= now)
    return or_(waiting, expired)


def _locked(stmt: Select[Any]) -> Select[Any]:
    # SQLite renders no FOR UPDATE; its BEGIN IMMEDIATE already excludes other writers.
    return stmt.with_for_update(skip_locked=True)


def claim_next(session: Session, channel: str, now: datetime,
               message_id: MessageIdFn) -> Batch | None:
    """The channel's next due message outside the digest schedule, leased to the caller.

    That is an immediate row, or a digest whose sending already started and
    failed (it is retried on the backoff schedule, not held for the next cron).
    """
    found = claim_due(session, channel, now, message_id, limit=1)
    return found[0] if found else None


def claim_due(session: Session, channel: str, now: datetime, message_id: MessageIdFn,
              *, limit: int) -> list[Batch]:
    """Like ``claim_next``, up to ``limit`` messages in one claim: the next due ones
    in order, stopping before a digest retry (which travels alone, as one message)."""
    rows = session.scalars(_locked(
        select(Outbox).where(Outbox.channel == channel, _due(now),
                             or_(Outbox.mode == IMMEDIATE, Outbox.message_id.is_not(None)))
        .order_by(Outbox.next_attempt, Outbox.id).limit(limit))).all()
    if not rows:
        return []
    if rows[0].mode != IMMEDIATE:
        digest = list(session.scalars(_locked(
            select(Outbox).where(Outbox.channel == channel,
                                 Outbox.message_id == rows[0].message_id,
                                 Outbox.status.in_((PENDING, SENDING))).order_by(Outbox.id))))
        return [_lease(session, digest, now, message_id, digest=True)]
    single: list[Outbox] = []
    for row in rows:
        if row.mode != IMMEDIATE:
            break
        single.append(row)
    return _lease_each(session, single, now, message_id)


def claim_digests(session: Session, channel: str, now: datetime, message_id: MessageIdFn,
                  *, force: bool = False) -> list[Batch]:
    """The channel's due digest rows as batches: earlier unfinished digests, then a new one.

    A digest that was attempted before is re-sent as the same rows (so the same
    Message-ID); rows never attempted form one new digest. ``force`` also takes
    rows waiting for their backoff.
    """
    base = select(Outbox).where(Outbox.channel == channel, Outbox.mode == DIGEST,
                                _due(now, ignore_backoff=force))
    started = session.scalars(_locked(
        base.where(Outbox.message_id.is_not(None)).order_by(Outbox.id))).all()
    fresh = session.scalars(_locked(
        base.where(Outbox.message_id.is_(None)).order_by(Outbox.id).limit(DIGEST_LIMIT))).all()
    groups: dict[str, list[Outbox]] = defaultdict(list)
    for row in started:
        groups[row.message_id or ""].append(row)
    batches = [_lease(session, rows, now, message_id, digest=True) for rows in groups.values()]
    if fresh:
        batches.append(_lease(session, list(fresh), now, message_id, digest=True))
    return batches


def _lease(session: Session, rows: list[Outbox], now: datetime, message_id: MessageIdFn,
           *, digest: bool) -> Batch:
    ids = tuple(r.id for r in rows)
    mid = rows[0].message_id or message_id(rows[0].channel, ids, digest)
    for row in rows:
        _take(row, now, mid)
    session.flush()
    return Batch(rows[0].channel, mid, digest, tuple(_item(r) for r in rows))


def _lease_each(session: Session, rows: list[Outbox], now: datetime,
                message_id: MessageIdFn) -> list[Batch]:
    """Lease rows that each travel as their own message, with one flush."""
    for row in rows:
        _take(row, now, row.message_id or message_id(row.channel, (row.id,), False))
    session.flush()
    return [Batch(row.channel, row.message_id or "", False, (_item(row),)) for row in rows]


def _take(row: Outbox, now: datetime, mid: str) -> None:
    row.status = SENDING
    row.attempts += 1
    row.next_attempt = now + LEASE
    row.message_id = mid


def _item(row: Outbox) -> OutboxItem:
    return OutboxItem(row.id, row.event, row.channel, row.flag_id, row.mode,
                      dict(row.payload or {}), row.attempts, row.message_id)


def _rows(session: Session, ids: Sequence[int]) -> list[Outbox]:
    return list(session.scalars(select(Outbox).where(Outbox.id.in_(list(ids)))))


def release(session: Session, batches: Sequence[Sequence[int]], now: datetime) -> None:
    """Give back claimed rows that were never tried, as if they had not been claimed."""
    for ids in batches:
        for row in _rows(session, ids):
            row.status = PENDING
            row.attempts = max(row.attempts - 1, 0)
            row.next_attempt = now
            if row.attempts == 0 and row.mode == DIGEST:
                row.message_id = None  # never sent: it may join a later digest


def mark_sent(session: Session, ids: Sequence[int], now: datetime,
              detail: Mapping[str, Any] | None = None) -> None:
    """Record that the channel accepted the message these rows travelled in."""
    for row in _rows(session, ids):
        row.status = SENT
        row.sent_at = now
        row.next_attempt = now
        row.detail = {**(row.detail or {}), **(detail or {})}


def mark_retry(session: Session, ids: Sequence[int], now: datetime, error: str,
               max_attempts: int) -> str:
    """A temporary failure: back off, or give up once attempts run out. The new status."""
    status = PENDING
    for row in _rows(session, ids):
        row.last_error = error
        row.detail = {**(row.detail or {}), "error_at": now.isoformat()}
        if row.attempts >= max_attempts:
            row.status = status = FAILED
            row.last_error = f"gave up after {row.attempts} attempts: {error}"
            row.next_attempt = now
        else:
            row.status = PENDING
            row.next_attempt = now + retry_delay(row.attempts)
    return status


def mark_failed(session: Session, ids: Sequence[int], now: datetime, error: str) -> None:
    """A permanent failure: never retried."""
    for row in _rows(session, ids):
        row.status = FAILED
        row.last_error = error
        row.next_attempt = now
        row.detail = {**(row.detail or {}), "error_at": now.isoformat()}


def drop_unsent(session: Session, flag_id: int) -> int:
    """Take a flag out of every message not yet attempted (it was accepted: no longer news).

    Rows a channel already tried stay: they are re-sent as the same message, so a digest
    that may have gone out is never changed behind its Message-ID.
    """
    result = cast(CursorResult[Any], session.execute(delete(Outbox).where(
        Outbox.flag_id == flag_id, Outbox.status == PENDING, Outbox.message_id.is_(None),
        Outbox.attempts == 0)))
    return int(result.rowcount or 0)


def pending_digest(session: Session, channel: str) -> list[OutboxItem]:
    """Digest rows not yet sent (what ``monitor digest --print`` shows), oldest first."""
    rows = session.scalars(
        select(Outbox).where(Outbox.channel == channel, Outbox.mode == DIGEST,
                             Outbox.status.in_((PENDING, SENDING)))
        .order_by(Outbox.id).limit(DIGEST_LIMIT))
    return [_item(r) for r in rows]


def channel_status(session: Session) -> list[ChannelStatus]:
    """Per channel found in the outbox: backlog, failures, the last error and last send."""
    counts = _Counts()
    grouped = session.execute(select(Outbox.channel, Outbox.status, Outbox.mode, func.count())
                              .group_by(Outbox.channel, Outbox.status, Outbox.mode))
    for channel, state, mode, n in grouped:
        _count(counts.get(channel), state, mode, n)
    last_sent = session.execute(select(Outbox.channel, func.max(Outbox.sent_at))
                                .where(Outbox.status == SENT).group_by(Outbox.channel))
    for channel, when in last_sent:
        counts.get(channel).last_sent = when.isoformat() if when else None
    for found in counts.by_channel.values():
        _last_error(session, found)
    return sorted(counts.by_channel.values(), key=lambda s: s.channel)


def _count(status: ChannelStatus, state: str, mode: str, n: int) -> None:
    if state in (PENDING, SENDING):
        if mode == DIGEST:
            status.digest_pending += n
        else:
            status.pending += n
        if state == SENDING:
            status.sending += n
    elif state == FAILED:
        status.failed += n
    elif state == SENT:
        status.sent += n


def _last_error(session: Session, status: ChannelStatus) -> None:
    # The error time lives in ``detail``; the newest rows are enough to find it.
    rows = session.execute(
        select(Outbox.last_error, Outbox.detail)
        .where(Outbox.channel == status.channel, Outbox.last_error.is_not(None))
        .order_by(Outbox.id.desc()).limit(50)).all()
    dated = [(str((d or {}).get("error_at", "")), e) for e, d in rows]
    if dated:
        status.last_error_at, status.last_error = max(dated, key=lambda t: t[0])
        status.last_error_at = status.last_error_at or None
