"""The outbox on SQLite and PostgreSQL: enqueue once, claim once, back off, give up."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest

from alerts_fixtures import (add_flag, db, email_channel, later, make_config,  # noqa: F401
                             outbox_rows)
from monitor.alerts import deliver_pending, enqueue_flag, enqueue_operator, outbox_status
from monitor.alerts.safety import message_id
from monitor.errors import StorageError
from storage import outbox as store
from storage.db import Database
from storage.models import Flag
from tests.helpers import run_in_threads

LOG = {"kind": "log"}


def _config(**email):  # type: ignore[no-untyped-def]
    return make_config(LOG, email_channel(**email), {"kind": "apprise", "urls_env": "X_URLS",
                                                    "kinds": ["contradicted"],
                                                    "operator": False})


@pytest.mark.parametrize("kind, expected", [
    ("new", {("log", "immediate"), ("email", "digest")}),
    ("contradicted", {("log", "immediate"), ("email", "immediate"), ("apprise", "immediate")}),
    ("confirmed", {("log", "immediate"), ("email", "digest")}),
], ids=["new-digest", "contradicted-everywhere-immediate", "confirmed-digest"])
def test_enqueue_flag_one_row_per_channel_that_takes_the_kind(
        db: Database, kind: str, expected: set[tuple[str, str]]) -> None:
    config = _config(immediate=["contradicted"])
    flag_id = add_flag(db, config, kind)
    rows = outbox_rows(db)
    assert {(r.channel, r.mode) for r in rows} == expected
    assert {r.event for r in rows} == {f"flag:{flag_id}"}
    assert all(r.flag_id == flag_id and r.status == "pending" for r in rows)


def test_enqueue_flag_is_idempotent_and_counts_rows(db: Database) -> None:
    config = _config()
    flag_id = add_flag(db, None, "new")
    with db.unit_of_work() as session:
        flag = session.get(Flag, flag_id)
        assert flag is not None
        assert enqueue_flag(session, config, flag) == 2
        assert enqueue_flag(session, config, flag) == 0
    assert len(outbox_rows(db)) == 2


def test_channel_kinds_filter(db: Database) -> None:
    config = make_config({"kind": "log", "kinds": ["contradicted"]})
    add_flag(db, config, "new")
    assert outbox_rows(db) == []


def test_rows_share_the_flags_transaction(db: Database) -> None:
    """A unit of work that fails after enqueueing leaves neither flag nor outbox row."""
    config = _config()

    class Boom(Exception):
        pass

    with pytest.raises(Boom), db.unit_of_work() as session:
        flag = Flag(key="rolled-back", kind="new", claim="c", evidence="e", url="https://x.org/")
        session.add(flag)
        session.flush()
        assert enqueue_flag(session, config, flag) == 2
        raise Boom
    assert outbox_rows(db) == []


def test_enqueue_operator_goes_to_operator_channels_once(db: Database) -> None:
    config = _config()
    with db.unit_of_work() as session:
        added = enqueue_operator(session, config, "source-down:feed-a:3", "source feed-a is down",
                                 "failed 3 times")
        again = enqueue_operator(session, config, "source-down:feed-a:3", "x", "y")
    rows = outbox_rows(db)
    assert (added, again) == (2, 0)  # log and email; apprise has operator = false
    assert {r.channel for r in rows} == {"log", "email"}
    assert all(r.mode == "immediate" and r.flag_id is None for r in rows)
    assert rows[0].payload["subject"] == "source feed-a is down"


def _claim(db: Database, channel: str, now: datetime) -> store.Batch | None:
    with db.unit_of_work() as session:
        return store.claim_next(session, channel, now, message_id)


def test_a_claim_is_a_lease(db: Database) -> None:
    config = make_config(LOG)
    add_flag(db, config, "new")
    now = datetime.now(timezone.utc) + timedelta(seconds=1)
    first = _claim(db, "log", now)
    assert first is not None and first.attempts == 1
    assert first.message_id == f"<outbox-{first.ids[0]}.log@claimwatch>"
    assert _claim(db, "log", now) is None  # leased: nobody else takes it
    again = _claim(db, "log", now + store.LEASE + timedelta(seconds=1))
    assert again is not None  # the first worker died: the row comes back
    assert (again.ids, again.message_id, again.attempts) == (first.ids, first.message_id, 2)


def test_concurrent_claims_never_share_a_row(db: Database) -> None:
    config = make_config(LOG)
    for _ in range(12):
        add_flag(db, config, "new")
    now = datetime.now(timezone.utc) + timedelta(seconds=1)
    taken: list[int] = []
    lock = threading.Lock()

    def worker(_n: int) -> None:
        while (batch := _claim(db, "log", now)) is not None:
            with lock:
                taken.extend(batch.ids)

    assert run_in_threads(worker, 4) == []
    assert sorted(taken) == sorted(r.id for r in outbox_rows(db))
    assert len(taken) == len(set(taken)) == 12


@pytest.mark.parametrize("attempts, delay", [(1, 60), (2, 120), (3, 240), (9, 256 * 60),
                                             (10, 6 * 3600), (50, 6 * 3600)],
                         ids=["first", "second", "third", "ninth", "capped", "huge"])
def test_retry_delay(attempts: int, delay: int) -> None:
    assert store.retry_delay(attempts) == timedelta(seconds=delay)


def test_backoff_then_give_up_after_max_attempts(db: Database) -> None:
    config = make_config(LOG)
    add_flag(db, config, "new")
    now = datetime.now(timezone.utc) + timedelta(seconds=1)
    outcomes = []
    for _ in range(3):
        batch = _claim(db, "log", now)
        assert batch is not None
        with db.unit_of_work() as session:
            outcomes.append(store.mark_retry(session, batch.ids, now, "451 busy", 3))
        (row,) = outbox_rows(db)
        if row.status == "pending":
            assert row.next_attempt == now + store.retry_delay(row.attempts)
            assert _claim(db, "log", now) is None  # backing off
            now = row.next_attempt
    assert outcomes == ["pending", "pending", "failed"]
    (row,) = outbox_rows(db)
    assert row.status == "failed" and (row.last_error or "").startswith("gave up after 3 attempts")
    assert _claim(db, "log", now + timedelta(days=30)) is None


def test_outbox_status_per_channel(db: Database) -> None:
    config = _config(immediate=["contradicted"])
    add_flag(db, config, "new")
    add_flag(db, config, "contradicted")
    now = datetime.now(timezone.utc) + timedelta(seconds=1)
    with db.unit_of_work() as session:
        batch = store.claim_next(session, "apprise", now, message_id)
        assert batch is not None
        store.mark_failed(session, batch.ids, now, "550 no")
        logged = store.claim_next(session, "log", now, message_id)
        assert logged is not None
        store.mark_sent(session, logged.ids, now, {})
    status = {s.channel: s for s in outbox_status(db)}
    assert status["apprise"].failed == 1 and status["apprise"].last_error == "550 no"
    assert status["apprise"].last_error_at == now.isoformat()
    assert status["email"].digest_pending == 1 and status["email"].pending == 1
    assert status["log"].sent == 1 and status["log"].pending == 1
    assert status["log"].last_sent is not None
    assert set(status["log"].to_dict()) >= {"channel", "pending", "digest_pending", "failed",
                                            "sent", "last_error", "last_error_at", "last_sent"}


async def test_marking_failure_is_reported_not_raised(db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = make_config(LOG)
    add_flag(db, config, "new")

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("database write failed: disk I/O error")

    monkeypatch.setattr(store, "mark_sent", broken)
    report = await deliver_pending(db, config, now=later(1))
    assert report.sent == 0 and "could not record" in report.errors[0]
    (row,) = outbox_rows(db)
    assert row.status == "sending"  # leased; it comes back when the lease ends


def _claim_due(db: Database, channel: str, now: datetime, limit: int) -> list[store.Batch]:
    with db.unit_of_work() as session:
        return store.claim_due(session, channel, now, message_id, limit=limit)


def test_claim_due_takes_several_messages_each_on_its_own(db: Database) -> None:
    config = make_config(LOG)
    for _ in range(3):
        add_flag(db, config, "new")
    now = later(1)
    first = _claim_due(db, "log", now, limit=2)
    assert [len(b.ids) for b in first] == [1, 1]
    assert len({b.message_id for b in first}) == 2 and not any(b.digest for b in first)
    rest = _claim_due(db, "log", now, limit=2)
    assert len(rest) == 1 and not _claim_due(db, "log", now, limit=2)
    assert all(r.status == "sending" and r.attempts == 1 for r in outbox_rows(db))


def test_claim_due_stops_before_a_digest_retry(db: Database) -> None:
    """A digest whose sending failed travels alone, as the same message as before."""
    config = _config(immediate=["contradicted"])
    add_flag(db, config, "new")  # an email digest row
    now = later(1)
    with db.unit_of_work() as session:
        (digest,) = store.claim_digests(session, "email", now, message_id)
        store.mark_retry(session, digest.ids, now, "451 busy", 8)
    add_flag(db, config, "contradicted")
    add_flag(db, config, "contradicted")
    when = now + store.retry_delay(1) + timedelta(seconds=1)
    immediate = _claim_due(db, "email", when, limit=10)
    assert len(immediate) == 2 and not any(b.digest for b in immediate)
    (retry,) = _claim_due(db, "email", when, limit=10)
    assert retry.digest and retry.message_id == digest.message_id and retry.ids == digest.ids


async def test_a_failure_mid_batch_gives_the_untried_messages_back(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor.alerts.log import LogChannel
    from monitor.errors import DeliveryError

    config = make_config(LOG)
    for _ in range(4):
        add_flag(db, config, "new")
    sent: list[str] = []

    async def flaky(self, notice):  # type: ignore[no-untyped-def]
        if len(sent) == 1:
            sent.append("refused")
            raise DeliveryError("log sink full")
        sent.append(notice.message_id)
        return {}

    monkeypatch.setattr(LogChannel, "send", flaky)
    report = await deliver_pending(db, config, now=later(1))
    assert (report.sent, report.retried) == (1, 1)
    rows = outbox_rows(db)
    assert [r.status for r in rows] == ["sent", "pending", "pending", "pending"]
    assert [r.attempts for r in rows] == [1, 1, 0, 0]  # the untried two as if never claimed
    assert rows[1].next_attempt > rows[2].next_attempt  # only the refused one backs off


@pytest.mark.parametrize("channel, writes", [
    (LOG, 2),                                          # one claim, one mark for all three
    ({"kind": "apprise", "urls_env": "X_URLS"}, 4),    # one claim, one mark per message
], ids=["log-marks-together", "others-mark-each"])
async def test_writes_per_claim(db: Database, monkeypatch: pytest.MonkeyPatch,
                                channel: dict, writes: int) -> None:
    from monitor.alerts import outbox as delivery
    from monitor.alerts.apprise import AppriseChannel

    async def accept(self, notice):  # type: ignore[no-untyped-def]
        return {}

    monkeypatch.setattr(AppriseChannel, "send", accept)
    config = make_config(channel)
    for _ in range(3):
        add_flag(db, config, "contradicted")
    counted: list[int] = []
    real = delivery._Store.write

    async def counting(self, fn):  # type: ignore[no-untyped-def]
        counted.append(1)
        return await real(self, fn)

    monkeypatch.setattr(delivery._Store, "write", counting)
    report = await deliver_pending(db, config, now=later(1))
    assert report.sent == 3 and len(counted) == writes + 1  # + the empty claim that ends it
    assert [r.status for r in outbox_rows(db)] == ["sent"] * 3


def test_drop_unsent_leaves_what_a_channel_already_tried(db: Database) -> None:
    """Accepting a flag drops its alerts not yet sent; a digest already attempted keeps it,
    so the message re-sent under its Message-ID is the one that may have gone out."""
    config = _config()
    tried = add_flag(db, config, "new")
    now = datetime.now(timezone.utc)
    with db.unit_of_work() as session:
        (batch,) = store.claim_digests(session, "email", now, message_id)
        store.mark_retry(session, batch.ids, now, "421 try later", max_attempts=8)
    untried = add_flag(db, config, "new")
    with db.unit_of_work() as session:
        assert store.drop_unsent(session, untried) == 2     # its log line and its digest row
        assert store.drop_unsent(session, tried) == 1       # its log line only
    left = {(r.flag_id, r.channel) for r in outbox_rows(db)}
    assert left == {(tried, "email")}


@pytest.mark.parametrize("kind, expected", [
    ("new", {("log", "immediate"), ("email", "digest")}),
    ("contradicted", {("log", "immediate"), ("email", "digest")}),
], ids=["new", "contradicted-waits-for-the-digest"])
def test_hedged_flag_is_never_sent_at_once(db: Database, kind: str, expected: set[tuple[str, str]]) -> None:
    """A report that is only likely goes in the log, waits for the email digest, and
    skips a channel that has no digest (apprise) rather than going out at once."""
    config = _config(immediate=["contradicted"])
    with db.unit_of_work() as session:
        flag = Flag(key=f"hedged-{kind}", kind=kind, subject="jdu", relation="member", entities=["jdu"],
                    claim="JD(U) is a member of the NDA", evidence="The JD(U) is likely to return.",
                    url="https://news.example.org/a/9", hedge="likely")
        session.add(flag)
        session.flush()
        enqueue_flag(session, config, flag)
    assert {(r.channel, r.mode) for r in outbox_rows(db)} == expected


@pytest.mark.parametrize("confidence, expected", [
    (0.7, {("log", "immediate"), ("email", "digest")}),
    (0.9, {("log", "immediate"), ("email", "immediate"), ("apprise", "immediate")}),
    (None, {("log", "immediate"), ("email", "immediate"), ("apprise", "immediate")}),
], ids=["unsure-waits-for-the-digest", "sure-goes-at-once", "unknown-is-not-held"])
def test_min_confidence_gates_immediate_messages(db: Database, confidence: float | None,
                                                expected: set[tuple[str, str]]) -> None:
    config = _config(immediate=["contradicted"])      # min_confidence: the default 0.85
    with db.unit_of_work() as session:
        flag = Flag(key=f"conf-{confidence}", kind="contradicted", subject="jdu", relation="member",
                    entities=["jdu"], claim="JD(U) is a member of the NDA", evidence="e",
                    url="https://news.example.org/a/7",
                    detail={} if confidence is None else {"confidence": confidence})
        session.add(flag)
        session.flush()
        enqueue_flag(session, config, flag)
    assert {(r.channel, r.mode) for r in outbox_rows(db)} == expected
