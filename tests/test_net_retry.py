"""Retries, backoff and Retry-After: parsing as tables, behaviour against a real
server with the politeness gate on a fake clock (so a 30 s Retry-After costs
nothing)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from monitor.config import FetchConfig
from monitor.errors import HTTPStatusError, TransportError
from monitor.net import Fetcher
from monitor.net.hosts import HostGate
from monitor.net.retry import backoff, parse_retry_after, retryable_status
from netserver import FakeTime, NetServer, Reply, html, retry_after

NOW = datetime(2024, 1, 5, 12, 0, 0, tzinfo=timezone.utc)

RETRY_AFTER = [
    ("120", 120.0),
    ("0", 0.0),
    ("  45 ", 45.0),
    (format_datetime(NOW + timedelta(seconds=90), usegmt=True), 90.0),
    ("Fri, 05 Jan 2024 12:00:30 GMT", 30.0),
    ("Fri, 05 Jan 2024 11:00:00 GMT", 0.0),     # in the past: go now
    ("Friday, 05-Jan-24 12:01:00 GMT", 60.0),   # RFC 850 form
    ("soon", None),
    ("", None),
    (None, None),
    ("-5", None),
    ("1.5", None),
]


@pytest.mark.parametrize(("value", "seconds"), RETRY_AFTER, ids=[repr(v) for v, _ in RETRY_AFTER])
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == seconds


@pytest.mark.parametrize(("status", "retry"), [
    (408, True), (429, True), (500, True), (502, True), (503, True), (504, True),
    (501, False), (505, False), (400, False), (403, False), (404, False), (410, False),
])
def test_retryable_status(status: int, retry: bool) -> None:
    assert retryable_status(status) is retry


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    rng = random.Random(3)
    for attempt in range(12):
        step = min(120.0, 2.0 ** attempt)
        waits = {backoff(attempt, rng, base=1.0, cap=120.0) for _ in range(20)}
        assert all(step / 2 <= w <= step for w in waits)
        assert len(waits) > 1  # jittered


@pytest.fixture
def server() -> Iterator[NetServer]:
    with NetServer() as srv:
        yield srv


def fetcher(t: FakeTime, resolver=None, **cfg: object) -> Fetcher:
    config = FetchConfig(**{"allow_private_addresses": True, "per_host_delay": 0,
                            "retries": 3, **cfg})
    g = HostGate(config.per_host_delay, clock=t.clock, sleep=t.sleep, rng=random.Random(1))
    return Fetcher(config, gate=g, resolver=resolver, rng=random.Random(2))


async def test_5xx_retried_with_backoff(server: NetServer) -> None:
    server.route("/p", [Reply(503, b"", {}), Reply(500, b"", {}), html("<p>ok</p>")])
    t = FakeTime()
    async with fetcher(t) as f:
        got = await f.get(server.url("/p"))
    assert got.body == b"<p>ok</p>" and server.hits("/p") == 3
    assert 0.5 <= t.sleeps[0] <= 1.0 and 1.0 <= t.sleeps[1] <= 2.0  # 1 s, then 2 s, jittered


async def test_retries_exhausted_report_the_status(server: NetServer) -> None:
    server.route("/p", html("down", status=502))
    t = FakeTime()
    async with fetcher(t, retries=2) as f:
        with pytest.raises(HTTPStatusError) as info:
            await f.get(server.url("/p"))
    assert info.value.status == 502 and server.hits("/p") == 3


@pytest.mark.parametrize("status", [408, 429])
async def test_408_and_429_retried(server: NetServer, status: int) -> None:
    server.route("/p", [html("wait", status=status), html("<p>ok</p>")])
    t = FakeTime()
    async with fetcher(t) as f:
        got = await f.get(server.url("/p"))
    assert got.status == 200 and server.hits("/p") == 2


async def test_retry_after_seconds_honoured(server: NetServer) -> None:
    server.route("/p", [retry_after("30"), html("<p>ok</p>")])
    t = FakeTime()
    async with fetcher(t) as f:
        got = await f.get(server.url("/p"))
    assert got.status == 200
    assert sum(t.sleeps) >= 30 and max(t.sleeps) >= 29


async def test_retry_after_http_date_honoured(server: NetServer) -> None:
    when = datetime.now(timezone.utc) + timedelta(seconds=100)
    server.route("/p", [retry_after(format_datetime(when, usegmt=True), status=429),
                        html("<p>ok</p>")])
    t = FakeTime()
    async with fetcher(t) as f:
        got = await f.get(server.url("/p"))
    assert got.status == 200 and 90 <= sum(t.sleeps) <= 101


async def test_retry_after_over_the_cap_gives_up_and_closes_the_host(server: NetServer) -> None:
    server.route("/p", retry_after("7200", status=429))
    server.route("/q", html("<p>q</p>"))
    t = FakeTime()
    async with fetcher(t, max_retry_after=60) as f:
        with pytest.raises(HTTPStatusError, match="Retry-After 7200s") as info:
            await f.get(server.url("/p"))
        assert info.value.status == 429 and info.value.retry_after == 7200
        with pytest.raises(HTTPStatusError, match="pause"):
            await f.get(server.url("/q"))  # same host: not asked at all
    assert server.hits("/p") == 1 and server.hits("/q") == 0
    assert sum(t.sleeps) < 60  # we never slept for hours


async def test_retry_after_applies_to_the_whole_host(server: NetServer) -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    server.route("/busy", retry_after("50"), host="busy.test")
    server.route("/other", html("<p>other</p>"), host="busy.test")
    server.route("/free", html("<p>free</p>"), host="free.test")
    t = FakeTime()
    async with fetcher(t, resolver=resolver, retries=0) as f:
        with pytest.raises(HTTPStatusError):
            await f.get(server.url("/busy", host="busy.test"))  # no retry left: gives up
        told_at = t.now
        await f.get(server.url("/free", host="free.test"))
        assert t.now == told_at  # another host is not held up
        await f.get(server.url("/other", host="busy.test"))
        assert t.now - told_at >= 50  # but every request to the busy host waits


async def test_network_errors_retried(server: NetServer) -> None:
    attempts: list[str] = []

    async def resolver(host: str, port: int) -> list[str]:
        attempts.append(host)
        return ["127.0.0.1"]

    port = server.port
    server.close()
    t = FakeTime()
    async with fetcher(t, resolver=resolver, retries=2) as f:
        with pytest.raises(TransportError, match="cannot connect"):
            await f.get(f"http://gone.test:{port}/p")
    assert len(attempts) == 3  # robots.txt: first try and two retries, then given up
