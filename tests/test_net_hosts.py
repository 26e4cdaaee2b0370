"""Per-host politeness gate, on a fake clock (no real waiting, no flakiness)."""

from __future__ import annotations

import asyncio
import random

import pytest

from monitor.net.hosts import HostGate
from netserver import FakeTime


def gate(t: FakeTime, delay: float = 2.0, jitter: float = 0.1, concurrency: int = 8) -> HostGate:
    return HostGate(delay, jitter=jitter, concurrency=concurrency, clock=t.clock, sleep=t.sleep,
                    rng=random.Random(7))


async def _use(g: HostGate, host: str, t: FakeTime, log: list[tuple[str, float]]) -> None:
    async with g.slot(host):
        log.append((host, t.now))
        await asyncio.sleep(0)


async def test_one_host_is_serialized_and_spaced() -> None:
    t = FakeTime()
    g = gate(t, delay=2.0, jitter=0.1)
    log: list[tuple[str, float]] = []
    await asyncio.gather(*(_use(g, "a.test", t, log) for _ in range(5)))
    starts = [when for _, when in log]
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert len(gaps) == 4
    assert all(1.8 - 1e-9 <= gap <= 2.2 + 1e-9 for gap in gaps), gaps


async def test_jitter_varies_the_pause() -> None:
    t = FakeTime()
    g = gate(t, delay=10.0, jitter=0.2)
    log: list[tuple[str, float]] = []
    for _ in range(20):
        await _use(g, "a.test", t, log)
    gaps = {round(b[1] - a[1], 6) for a, b in zip(log, log[1:])}
    assert len(gaps) > 5 and min(gaps) >= 8.0 and max(gaps) <= 12.0


async def test_hosts_do_not_wait_for_each_other() -> None:
    t = FakeTime()
    g = gate(t, delay=5.0)
    log: list[tuple[str, float]] = []
    await asyncio.gather(*(_use(g, f"h{i}.test", t, log) for i in range(6)))
    assert {when for _, when in log} == {1000.0}


async def test_concurrency_bounds_exchanges_in_flight() -> None:
    t = FakeTime()
    g = gate(t, delay=0.0, concurrency=2)
    inside = 0
    most = 0
    release = asyncio.Event()

    async def work(host: str) -> None:
        nonlocal inside, most
        async with g.slot(host):
            inside += 1
            most = max(most, inside)
            await release.wait()
            inside -= 1

    tasks = [asyncio.create_task(work(f"h{i}.test")) for i in range(5)]
    for _ in range(10):
        await asyncio.sleep(0)
    assert most == 2
    release.set()
    await asyncio.gather(*tasks)
    assert most == 2


async def test_crawl_delay_raises_the_pause_but_never_lowers_it() -> None:
    t = FakeTime()
    g = gate(t, delay=2.0)
    g.set_delay("slow.test", 30.0)
    g.set_delay("eager.test", 0.5)
    assert g.host_delay("slow.test") == 30.0
    assert g.host_delay("eager.test") == 2.0
    assert g.host_delay("other.test") == 2.0


async def test_defer_delays_every_caller_of_that_host() -> None:
    t = FakeTime()
    g = gate(t, delay=0.0)
    g.defer("busy.test", 120.0)
    log: list[tuple[str, float]] = []
    await _use(g, "free.test", t, log)
    assert log == [("free.test", 1000.0)] and t.sleeps == []
    await asyncio.gather(_use(g, "busy.test", t, log), _use(g, "busy.test", t, log))
    assert [w for h, w in log if h == "busy.test"] == [1120.0, 1120.0]


def test_close_for_counts_down() -> None:
    t = FakeTime()
    g = gate(t)
    assert g.closed_for("x.test") == 0
    g.close_for("x.test", 3600)
    t.now += 600
    assert g.closed_for("x.test") == pytest.approx(3000)
    t.now += 3000
    assert g.closed_for("x.test") == 0
