"""Enqueue alerts with the event that causes them; deliver them later, once each.

Enqueueing happens inside the caller's unit of work, so a flag and its outbox
rows commit together or not at all. Delivery claims rows (a lease), sends
them, and only then marks them sent: a crash in between re-sends the same
message with the same Message-ID after the lease ends, and nothing is lost.
A channel that fails is left alone until the next run; the others go on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from monitor.alerts.digest import RenderedDigest, render_digest_mail
from monitor.alerts.registry import Channel, Notice, build_channels
from monitor.compare import REPORTED
from monitor.alerts.safety import clean_text, message_id
from monitor.config import Config
from monitor.errors import ConfigError, MonitorError, PermanentDeliveryError
from storage import outbox as store
from storage.db import Database
from storage.flags import load_flag_views
from storage.models import Flag

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Messages claimed (and their flags read) per round trip. Each is marked sent
#: right after the channel accepted it (on a channel that ``marks_together``, a
#: claim's accepted messages in one write).
CLAIM_BATCH = 50


@dataclass
class DeliveryReport:
    """Messages sent, retried later, failed for good; one line per problem."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "DeliveryReport") -> "DeliveryReport":
        self.sent += other.sent
        self.retried += other.retried
        self.failed += other.failed
        self.errors.extend(other.errors)
        return self


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# --- enqueue (inside the caller's unit of work) ------------------------------------------

def enqueue_flag(session: Session, config: Config, flag: Flag, *, event: str = "",
                 digest_only: bool = False) -> int:
    """One row per channel that takes this flag's kind; the number of rows added. A
    hedged flag is never sent at once (``Channel.mode_for_flag``). ``event`` tells a later
    message about the same flag apart ("asserted": a hedged report now stated outright;
    "withdrawn", with ``digest_only``: listed once in the next digest, and in the log)."""
    if flag.id is None:
        session.flush()
    kind = str(flag.kind)
    hedged = flag.hedge in REPORTED
    confidence = (flag.detail or {}).get("confidence")
    rows = []
    for name, ch in build_channels(config).items():
        if digest_only:
            mode = store.DIGEST if ch.supports_digest else (store.IMMEDIATE if ch.records else None)
        else:
            mode = ch.mode_for_flag(kind, hedged, confidence) if ch.wants(kind) else None
        if mode is not None:
            rows.append({"event": f"flag:{flag.id}" + (f":{event}" if event else ""), "channel": name,
                         "flag_id": flag.id, "mode": mode, "payload": {"kind": kind}})
    return store.enqueue(session, rows, utcnow())


def enqueue_operator(session: Session, config: Config, event: str, subject: str,
                     body: str) -> int:
    """An operator alert (source down / back up) to every channel with ``operator = true``."""
    payload = {"event": clean_text(event, 300), "subject": clean_text(subject, 300),
               "body": str(body)[:10_000]}
    rows = [{"event": event[:300], "channel": name, "mode": store.IMMEDIATE, "payload": payload}
            for name, ch in build_channels(config).items() if ch.operator]
    return store.enqueue(session, rows, utcnow())


# --- delivery ----------------------------------------------------------------------------

class _Store:
    """Database calls run in a worker thread (a locked SQLite must not stall the
    event loop), one at a time (an in-memory SQLite has a single connection)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = asyncio.Lock()

    async def write(self, fn: Callable[[Session], T]) -> T:
        async with self._lock:
            return await asyncio.to_thread(self._write, fn)

    async def read(self, fn: Callable[[Session], T]) -> T:
        async with self._lock:
            return await asyncio.to_thread(self._read, fn)

    def _write(self, fn: Callable[[Session], T]) -> T:
        with self.db.unit_of_work() as session:
            return fn(session)

    def _read(self, fn: Callable[[Session], T]) -> T:
        with self.db.reading() as session:
            return fn(session)


async def deliver_pending(db: Database, config: Config, *,
                          now: datetime | None = None) -> DeliveryReport:
    """Send every due immediate row (and retry started digests), all channels at once."""
    now = now or utcnow()
    io = _Store(db)
    channels = build_channels(config).values()
    reports = await asyncio.gather(*(_drain(io, config, ch, now) for ch in channels))
    return _merge(reports)


async def _drain(io: _Store, config: Config, channel: Channel, now: datetime) -> DeliveryReport:
    report = DeliveryReport()
    while True:
        batches = await _claim(io, report, channel, lambda s: store.claim_due(
            s, channel.name, now, message_id, limit=CLAIM_BATCH))
        if not batches:
            return report
        notices = await _read_notices(io, batches, now)
        if not await _deliver_claimed(io, config, channel, batches, notices, now, report):
            return report


async def send_digests(db: Database, config: Config, *, channel: str | None = None,
                       now: datetime | None = None, force: bool = False) -> DeliveryReport:
    """Send each digest channel's pending rows as one message; nothing pending, nothing sent."""
    now = now or utcnow()
    io = _Store(db)
    chosen = _digest_channels(config, channel)
    reports = await asyncio.gather(*(_digest_one(io, config, ch, now, force) for ch in chosen))
    return _merge(reports)


async def _digest_one(io: _Store, config: Config, channel: Channel, now: datetime,
                      force: bool) -> DeliveryReport:
    report = DeliveryReport()
    batches = await _claim(io, report, channel, lambda s: store.claim_digests(
        s, channel.name, now, message_id, force=force))
    batches = batches or []
    for i, batch in enumerate(batches):
        if not await _deliver(io, config, channel, batch, now, report):
            await _release(io, report, channel, batches[i + 1:], now)
            break
    return report


async def _release(io: _Store, report: DeliveryReport, channel: Channel,
                   untried: list[store.Batch], now: datetime) -> None:
    """Put claimed digests that were not tried back in the queue, as they were."""
    if untried:
        ids = [b.ids for b in untried]
        await _claim(io, report, channel, lambda s: store.release(s, ids, now))


def _digest_channels(config: Config, name: str | None) -> list[Channel]:
    channels = build_channels(config)
    if name is not None and name not in channels:
        raise ConfigError([("alerts.channels", f"no channel named {name!r}")])
    return [ch for n, ch in channels.items()
            if ch.supports_digest and (name is None or n == name)]


async def _claim(io: _Store, report: DeliveryReport, channel: Channel,
                 fn: Callable[[Session], T]) -> T | None:
    try:
        return await io.write(fn)
    except MonitorError as exc:
        report.errors.append(f"{channel.name}: cannot claim outbox rows: {exc}")
        log.error("channel %s: cannot claim outbox rows: %s", channel.name, exc)
        return None


async def _read_notices(io: _Store, batches: list[store.Batch],
                        now: datetime) -> dict[str, Notice]:
    """The notices of claimed messages in one read; empty if it failed (each message
    then reads its own, and records its own error)."""
    try:
        return await io.read(lambda s: _notices(s, batches, now))
    except MonitorError as exc:
        log.warning("could not read %d claimed messages at once: %s", len(batches), exc)
        return {}


async def _deliver(io: _Store, config: Config, channel: Channel, batch: store.Batch,
                   now: datetime, report: DeliveryReport, notice: Notice | None = None) -> bool:
    """Send one message and record the outcome; False when the channel should rest."""
    outcome, result = await _attempt(io, channel, batch, now, notice)
    if outcome != "sent":
        return await _record(io, report, channel, batch, outcome, str(result), now, config)
    return await _mark_sent(io, report, channel, [(batch, result)], now)


async def _deliver_claimed(io: _Store, config: Config, channel: Channel,
                           batches: list[store.Batch], notices: dict[str, Notice],
                           now: datetime, report: DeliveryReport) -> bool:
    """Send the messages of one claim in order, each marked sent once accepted (all of
    them in one write on a channel that ``marks_together``); at the first one that
    makes the channel rest, the untried ones go back. False when the channel should rest."""
    accepted: list[tuple[store.Batch, dict[str, Any]]] = []
    for i, batch in enumerate(batches):
        outcome, result = await _attempt(io, channel, batch, now, notices.get(batch.message_id))
        if outcome == "sent":
            accepted.append((batch, result))
            if channel.marks_together:
                continue
        go_on = await _mark_sent(io, report, channel, accepted, now)
        accepted = []
        if outcome != "sent":
            go_on = await _record(io, report, channel, batch, outcome, str(result), now,
                                  config) and go_on
        if not go_on:
            await _release(io, report, channel, batches[i + 1:], now)
            return False
    return await _mark_sent(io, report, channel, accepted, now)


async def _attempt(io: _Store, channel: Channel, batch: store.Batch, now: datetime,
                   notice: Notice | None) -> tuple[str, Any]:
    """("sent", the channel's detail), or ("failed" | "retry", the error)."""
    try:
        if notice is None:
            notice = await io.read(lambda s: _notices(s, [batch], now)[batch.message_id])
        return "sent", await channel.send(notice)
    except PermanentDeliveryError as exc:
        return "failed", exc
    except MonitorError as exc:  # DeliveryError, or the flags could not be read
        return "retry", exc
    except Exception as exc:  # a channel bug must not stop the other channels
        log.exception("channel %s crashed on %s", channel.name, batch.message_id)
        return "retry", f"{type(exc).__name__}: {exc}"


async def _mark_sent(io: _Store, report: DeliveryReport, channel: Channel,
                     accepted: list[tuple[store.Batch, dict[str, Any]]], now: datetime) -> bool:
    if not accepted:
        return True

    def mark(session: Session) -> None:
        for batch, detail in accepted:
            store.mark_sent(session, batch.ids, now, detail)

    try:
        await io.write(mark)
    except MonitorError as exc:
        # Accepted but not marked: after the lease it is sent again, same Message-ID.
        ids = ", ".join(b.message_id for b, _ in accepted)
        report.errors.append(f"{channel.name}: sent {ids} but could not record it: {exc}")
        log.error("channel %s: sent %s but could not record it: %s", channel.name, ids, exc)
        return False
    report.sent += len(accepted)
    for batch, _detail in accepted:
        log.info("channel %s: delivered %s (%d row(s))", channel.name, batch.message_id,
                 len(batch.ids))
    return True


async def _record(io: _Store, report: DeliveryReport, channel: Channel, batch: store.Batch,
                  outcome: str, error: str, now: datetime, config: Config) -> bool:
    error = clean_text(error, 1000)
    try:
        if outcome == "failed":
            await io.write(lambda s: store.mark_failed(s, batch.ids, now, error))
            status = store.FAILED
        else:
            status = await io.write(lambda s: store.mark_retry(
                s, batch.ids, now, error, config.alerts.max_attempts))
    except MonitorError as exc:
        report.errors.append(f"{channel.name}: could not record a failure: {exc}")
        return False
    if status == store.FAILED:
        report.failed += 1
        log.error("channel %s: %s failed for good: %s", channel.name, batch.message_id, error)
    else:
        report.retried += 1
        log.warning("channel %s: %s will be retried: %s", channel.name, batch.message_id, error)
    report.errors.append(f"{channel.name}: {error}")
    # After a permanent refusal of one message the server is fine; go on with the next.
    return outcome == "failed"


def _notices(session: Session, batches: list[store.Batch], now: datetime
             ) -> dict[str, Notice]:
    """Each message's notice, by Message-ID, from one read of their flags."""
    flag_ids = sorted({i.flag_id for b in batches for i in b.items if i.flag_id is not None})
    views = {v["id"]: v for v in load_flag_views(session, flag_ids)} if flag_ids else {}
    return {batch.message_id: _notice(batch, views, now) for batch in batches}


def _notice(batch: store.Batch, views: dict[int, dict[str, Any]], now: datetime) -> Notice:
    flags = tuple(views[i.flag_id] for i in batch.items
                  if i.flag_id is not None and i.flag_id in views)
    operator = next((_operator(i) for i in batch.items if i.flag_id is None), None)
    return Notice(channel=batch.channel, message_id=batch.message_id, row_ids=batch.ids,
                  digest=batch.digest, now=now, flags=flags, operator=operator)


def _operator(item: store.OutboxItem) -> dict[str, str]:
    p = item.payload
    return {"event": str(p.get("event") or item.event), "subject": str(p.get("subject") or ""),
            "body": str(p.get("body") or "")}


def _merge(reports: list[DeliveryReport]) -> DeliveryReport:
    total = DeliveryReport()
    for r in reports:
        total.add(r)
    return total


# --- reading -----------------------------------------------------------------------------

def render_digest(db: Database, config: Config, channel: str | None = None,
                  *, now: datetime | None = None) -> RenderedDigest | None:
    """The digest a channel would send now (the first channel with one); None if empty."""
    for ch in _digest_channels(config, channel):
        with db.reading() as session:
            items = store.pending_digest(session, ch.name)
            views = load_flag_views(session, [i.flag_id for i in items if i.flag_id])
        if views:
            settings: Any = ch.settings
            return render_digest_mail(views, config, channel=ch.name,
                                      prefix=settings.subject_prefix, now=now or utcnow(),
                                      tz_name=settings.timezone)
    return None


def outbox_status(db: Database) -> list[store.ChannelStatus]:
    """Per channel in the outbox: pending, digest-pending, failed, last error, last sent."""
    with db.reading() as session:
        return store.channel_status(session)
