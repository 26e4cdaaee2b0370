"""The daemon's job table, reload diffing and job handling, in process (no subprocess)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor.config import Config, config_from_dict
from monitor.daemon import (Daemon, JobSpec, cron_grace, diff_jobs, first_run, jitter,
                            job_table, misfire_grace, reload_problem)
from tests.helpers import to_toml

EMAIL = {"kind": "email", "name": "desk", "to": ["desk@example.org"],
         "sender": "cw@example.org", "digest": "0 7 * * *"}


def raw_config(sources: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    if sources is None:
        sources = [{"name": "a", "kind": "feed", "url": "https://a.example/feed", "every": "10m"},
                   {"name": "b", "kind": "page", "url": "https://b.example/", "every": "1h",
                    "enabled": False}]
    return {"storage": {"url": "sqlite://"}, "sources": sources,
            "alerts": {"channels": [{"kind": "log"}, EMAIL]}, **extra}


def make(**kw: Any) -> Config:
    return config_from_dict(raw_config(**kw))


def source(name: str, every: str = "10m", **kw: Any) -> dict[str, Any]:
    return {"name": name, "kind": "feed", "url": f"https://{name}.example/feed", "every": every,
            **kw}


# --- the table ----------------------------------------------------------------------------

def test_job_table_ids_and_specs() -> None:
    table = job_table(make())
    assert set(table) == {"source:a", "recheck", "deliver", "digest:desk"}  # b is disabled
    assert table["source:a"] == JobSpec(
        "source:a", "source", "a", ("interval", 600.0, 60), 300, start_now=True,
        fingerprint=make().source("a").model_dump_json())
    assert table["deliver"].trigger == ("interval", 30.0, 0) and table["deliver"].start_now
    assert table["recheck"].trigger[:2] == ("interval", 600.0)
    assert not table["recheck"].start_now
    assert table["digest:desk"].trigger == ("cron", "0 7 * * *", "UTC")
    assert table["digest:desk"].grace == 3600
    assert all(j.max_instances == 1 and j.coalesce for j in table.values())


@pytest.mark.parametrize("interval, grace, spread", [
    (10, 5, 1), (60, 30, 6), (900, 450, 60), (86400, 3600, 60),
], ids=["10s", "1m", "15m", "1d"])
def test_grace_and_jitter_fit_the_interval(interval: float, grace: int, spread: int) -> None:
    assert misfire_grace(interval) == grace and jitter(interval) == spread


@pytest.mark.parametrize("crontab, grace", [
    ("0 7 * * *", 3600), ("*/10 * * * *", 300), ("* * * * *", 30),
], ids=["daily", "every-10-min", "every-minute"])
def test_digest_grace_is_half_the_cron_gap(crontab: str, grace: int) -> None:
    assert cron_grace(crontab, "Asia/Kolkata") == grace


@pytest.mark.parametrize("recheck_first, interval", [
    ("30s", 60.0), ("10m", 600.0), ("2h", 900.0),
], ids=["floor", "as-configured", "ceiling"])
def test_recheck_interval_is_bounded(recheck_first: str, interval: float) -> None:
    table = job_table(make(fetch={"recheck_first": recheck_first}))
    assert table["recheck"].trigger[1] == interval


NOW = datetime(2024, 1, 28, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("next_due, expected", [
    (None, NOW), (NOW - timedelta(hours=5), NOW), (NOW + timedelta(seconds=3),
                                                    NOW + timedelta(seconds=3)),
    (NOW + timedelta(days=2), NOW + timedelta(minutes=10)),
], ids=["never-run", "overdue-after-downtime", "due-soon", "bogus-far-future"])
def test_first_run_after_start(next_due: datetime | None, expected: datetime) -> None:
    assert first_run(job_table(make())["source:a"], NOW, next_due) == expected


# --- reload diffing -----------------------------------------------------------------------

def _edit(change: str) -> dict[str, Any]:
    base = [source("a"), source("c")]
    edits: dict[str, list[dict[str, Any]]] = {
        "same": base,
        "added": [*base, source("d")],
        "removed": [source("a")],
        "every": [source("a", every="5m"), source("c")],
        "url": [{**source("a"), "url": "https://elsewhere.example/feed"}, source("c")],
        "disabled": [source("a"), source("c", enabled=False)],
    }
    return raw_config(sources=edits[change])


@pytest.mark.parametrize("change, added, removed, changed", [
    ("same", (), (), ()),
    ("added", ("source:d",), (), ()),
    ("removed", (), ("source:c",), ()),
    ("every", (), (), ("source:a",)),
    ("url", (), (), ("source:a",)),
    ("disabled", (), ("source:c",), ()),
], ids=lambda v: v if isinstance(v, str) else None)
def test_reload_diff(change: str, added: tuple[str, ...], removed: tuple[str, ...],
                     changed: tuple[str, ...]) -> None:
    old = job_table(config_from_dict(_edit("same")))
    new = job_table(config_from_dict(_edit(change)))
    diff = diff_jobs(old, new)
    assert (diff.added, diff.removed, diff.changed) == (added, removed, changed)
    assert set(diff.unchanged) == set(old) & set(new) - set(changed)


def test_digest_channel_changes_are_diffed() -> None:
    plain = raw_config()
    plain["alerts"] = {"channels": [{"kind": "log"}]}
    later = raw_config()
    later["alerts"]["channels"][1] = {**EMAIL, "digest": "30 18 * * *"}
    assert diff_jobs(job_table(config_from_dict(plain)), job_table(make())).added == \
        ("digest:desk",)
    assert diff_jobs(job_table(make()), job_table(config_from_dict(later))).changed == \
        ("digest:desk",)


def test_a_new_database_needs_a_restart() -> None:
    other = raw_config(storage={"url": "sqlite:///elsewhere.db"})
    assert "restart" in (reload_problem(make(), config_from_dict(other)) or "")
    assert reload_problem(make(), make()) is None


# --- on a real (paused) scheduler ---------------------------------------------------------

@pytest.fixture
async def paused() -> AsyncIterator[AsyncIOScheduler]:
    scheduler = AsyncIOScheduler(event_loop=asyncio.get_running_loop(), timezone=timezone.utc)
    scheduler.start(paused=True)
    yield scheduler
    scheduler.shutdown(wait=False)


def daemon_on(scheduler: AsyncIOScheduler, config: Config, path: Path | None = None) -> Daemon:
    daemon = Daemon(config, str(path) if path else None)
    daemon.scheduler = scheduler
    daemon.runtime = SimpleNamespace(extractor=None)  # type: ignore[assignment]
    return daemon


async def test_jobs_on_the_scheduler(paused: AsyncIOScheduler) -> None:
    daemon = daemon_on(paused, make())
    start = datetime.now(timezone.utc) + timedelta(seconds=42)
    daemon.apply(job_table(daemon.config), {"source:a": start})
    jobs = {job.id: job for job in paused.get_jobs()}
    assert set(jobs) == {"source:a", "recheck", "deliver", "digest:desk"}
    src = jobs["source:a"]
    assert isinstance(src.trigger, IntervalTrigger)
    assert src.trigger.interval == timedelta(minutes=10) and src.trigger.jitter == 60
    assert (src.max_instances, src.coalesce, src.misfire_grace_time) == (1, True, 300)
    assert src.next_run_time == start and src.args == ("source:a", "source", "a")
    assert isinstance(jobs["digest:desk"].trigger, CronTrigger)
    assert jobs["digest:desk"].next_run_time.hour == 7
    now = datetime.now(timezone.utc)
    assert jobs["deliver"].next_run_time <= now  # delivers the backlog at once
    assert jobs["recheck"].next_run_time > now + timedelta(minutes=9)


async def test_reload_keeps_unchanged_jobs_and_replaces_changed(paused: AsyncIOScheduler) -> None:
    daemon = daemon_on(paused, config_from_dict(_edit("same")))
    later = datetime.now(timezone.utc) + timedelta(minutes=7)
    daemon.apply(job_table(daemon.config), {"source:a": later, "source:c": later})
    edited = raw_config(sources=[source("a", every="5m"), source("d")])
    diff = daemon.apply(job_table(config_from_dict(edited)))
    assert (diff.added, diff.removed, diff.changed) == (("source:d",), ("source:c",),
                                                        ("source:a",))
    jobs = {job.id: job for job in paused.get_jobs()}
    assert "source:c" not in jobs
    assert jobs["recheck"].next_run_time > datetime.now(timezone.utc)  # untouched
    assert jobs["source:a"].trigger.interval == timedelta(minutes=5)
    assert jobs["source:a"].next_run_time < later  # a changed source runs now
    assert jobs["source:d"].next_run_time <= datetime.now(timezone.utc)


async def test_sighup_with_a_bad_config_keeps_the_old_one(paused: AsyncIOScheduler,
                                                          tmp_path: Path,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "config.toml"
    path.write_text(to_toml(raw_config()))
    old = make()
    daemon = daemon_on(paused, old, path)
    daemon.apply(job_table(old))
    path.write_text(to_toml(raw_config(sources=[source("a", every="often")])))
    with caplog.at_level(logging.ERROR, "monitor.daemon"):
        daemon.reload()
    assert daemon.config is old and set(daemon.jobs) == set(job_table(old))
    assert [r.event for r in caplog.records] == ["reload_rejected"]  # type: ignore[attr-defined]
    path.write_text(to_toml(raw_config(sources=[source("a"), source("z")])))
    daemon.reload()
    assert daemon.config is not old and "source:z" in {j.id for j in paused.get_jobs()}
    assert daemon.runtime.extractor is not None  # type: ignore[union-attr]


# --- running jobs -------------------------------------------------------------------------

class Probe:
    """Stands in for the job bodies: counts concurrent runs, or blocks, or fails."""

    def __init__(self, seconds: float = 0.0, fail: bool = False) -> None:
        self.seconds, self.fail = seconds, fail
        self.running = self.most = self.runs = 0
        self.finished: list[str] = []

    async def __call__(self, kind: str, target: str | None) -> None:
        self.running += 1
        self.most = max(self.most, self.running)
        self.runs += 1
        try:
            if self.fail:
                raise RuntimeError("boom")
            await asyncio.sleep(self.seconds if kind != "source" else self.seconds * 10)
            self.finished.append(kind)
        finally:
            self.running -= 1


async def _run_briefly(daemon: Daemon, probe: Probe, spec: JobSpec, seconds: float) -> None:
    daemon._run = probe  # type: ignore[method-assign]
    daemon.apply({spec.id: spec})
    assert daemon.scheduler is not None
    daemon.scheduler.resume()
    await asyncio.sleep(seconds)
    daemon.scheduler.pause()


async def test_an_overrunning_job_is_skipped_and_logged(paused: AsyncIOScheduler,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    daemon = daemon_on(paused, make())
    paused.add_listener(daemon._on_event)
    probe = Probe(seconds=0.06)  # a source run takes 0.6 s, its interval is 0.2 s
    spec = JobSpec("source:a", "source", "a", ("interval", 0.2, 0), 1, start_now=True)
    with caplog.at_level(logging.WARNING, "monitor.daemon"):
        await _run_briefly(daemon, probe, spec, 1.5)
    assert probe.most == 1 and probe.runs >= 2
    skipped = [r for r in caplog.records if getattr(r, "event", None) == "run_skipped"]
    assert skipped and skipped[0].source == "a"  # type: ignore[attr-defined]


async def test_a_failing_job_is_logged_and_runs_again(paused: AsyncIOScheduler,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    daemon = daemon_on(paused, make())
    probe = Probe(fail=True)
    spec = JobSpec("deliver", "deliver", None, ("interval", 0.2, 0), 1, start_now=True)
    with caplog.at_level(logging.ERROR, "monitor.daemon"):
        await _run_briefly(daemon, probe, spec, 0.7)
    assert probe.runs >= 2
    assert {getattr(r, "event", None) for r in caplog.records} == {"job_failed"}


async def test_shutdown_abandons_fetches_and_lets_deliveries_finish(
        paused: AsyncIOScheduler, caplog: pytest.LogCaptureFixture) -> None:
    daemon = daemon_on(paused, make())
    probe = Probe(seconds=0.3)  # a delivery takes 0.3 s, a source run 3 s
    daemon._run = probe  # type: ignore[method-assign]
    tasks = [asyncio.create_task(daemon._job("source:a", "source", "a")),
             asyncio.create_task(daemon._job("deliver", "deliver", None))]
    await asyncio.sleep(0.05)
    daemon.stop("SIGTERM")
    with caplog.at_level(logging.INFO, "monitor.daemon"):
        await asyncio.wait_for(daemon._drain(), 2)
    assert probe.finished == ["deliver"]
    assert all(t.done() and not t.cancelled() for t in tasks)  # the abandon is not an error
    assert [getattr(r, "job", None) for r in caplog.records
            if getattr(r, "event", None) == "job_abandoned"] == ["source:a"]
    await daemon._job("source:a", "source", "a")  # no new work once stopping
    assert probe.runs == 2


async def test_job_bodies_run_against_a_real_database(tmp_path: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    from sqlalchemy import select

    from monitor.pipeline import open_runtime
    from storage.db import Database
    from storage.models import SourceRun

    dead = {"name": "dead", "kind": "feed", "url": "http://127.0.0.1:9/feed.xml", "every": "10s"}
    config = make(sources=[dead], storage={"url": f"sqlite:///{tmp_path / 'm.db'}"},
                  fetch={"allow_private_addresses": True, "retries": 0, "per_host_delay": 0})
    daemon = Daemon(config, None)
    daemon.db = Database(config.database_url)
    try:
        async with open_runtime(config, daemon.db) as runtime:
            daemon.runtime = runtime
            with caplog.at_level(logging.INFO):
                for kind, target in [("source", "dead"), ("source", "removed"),
                                     ("recheck", None), ("deliver", None), ("digest", "desk")]:
                    await daemon._job(f"{kind}:{target}", kind, target)
        with daemon.db.reading() as s:
            runs = [(r.source, r.errors) for r in s.scalars(select(SourceRun))]
    finally:
        daemon.db.dispose()
    assert runs == [("dead", 1)]  # the failure is data; the removed source did not run
    events = [getattr(r, "event", None) for r in caplog.records]
    assert "job_failed" not in events
    assert {"source_cycle", "recheck", "digest"} <= set(events)
