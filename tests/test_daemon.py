"""`monitor run` as a subprocess against sites on loopback: schedule, overruns,
SIGTERM, SIGKILL and restart, SIGHUP, and one daemon per database (issue 7).

Intervals are the config minimum (10 s); every wait polls for an outcome with a
generous deadline instead of sleeping a fixed time.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, select

from bench.sitegen import generate
from monitor.sites import StaticSites
from storage.models import Article, Flag, HttpCache, Outbox, SourceRun
from tests.daemon_helpers import (DaemonProcess, SlowFeed, alerted_flags, consistency_problems,
                                  count, daemons, feed_source, fingerprint, opened,
                                  write_config)
from tests.helpers import BACKENDS, ROOT, SITES, pg_schema_url

pytestmark = pytest.mark.slow

HOSTS = ["site00", "site01", "site02", "site03"]
#: Spaces requests to 127.0.0.1 so a full first cycle takes several seconds.
SLOW_PACE = 0.15


@pytest.fixture(scope="module")
def site_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four generated sites (12 story articles each) and the small `wire` fixture site."""
    root = tmp_path_factory.mktemp("daemon-sites")
    generate(root, hosts=len(HOSTS), per_host=12)
    shutil.copytree(SITES / "wire", root / "wire")
    return root


@pytest.fixture(scope="module")
def bases(site_root: Path) -> Iterator[dict[str, str]]:
    with StaticSites(site_root) as sites:
        yield sites.bases


@pytest.fixture(scope="module")
def conditional_bases(site_root: Path) -> Iterator[dict[str, str]]:
    """The same sites answering conditional GETs with 304, as real news sites do."""
    with StaticSites(site_root, conditional=True) as sites:
        yield sites.bases


def feed(bases: dict[str, str], key: str, name: str | None = None) -> dict[str, Any]:
    return feed_source(name or key, f"{bases[key]}/feed.xml")


def ts(record: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(record["ts"])


def sqlite_url(tmp_path: Path, name: str = "monitor") -> str:
    return f"sqlite:///{tmp_path / f'{name}.db'}"


# --- 1 and 2: schedule, overrun; the status the daemon keeps -----------------------------

@pytest.fixture(scope="module")
def scheduled(bases: dict[str, str], tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[dict[str, Any]]:
    """One daemon with a normal source and one whose feed takes 12 s (interval 10 s),
    run until the normal one polled twice and the slow one was asked twice."""
    tmp = tmp_path_factory.mktemp("scheduled")
    url = sqlite_url(tmp)
    with SlowFeed(delay=12) as slow, daemons() as started:
        config = write_config(tmp / "config.toml", url,
                              [feed(bases, "site00", "wire"), feed_source("slow", slow.url)],
                              per_host_delay=0, deadline=30, read_timeout=30)
        daemon = DaemonProcess(config, tmp / "daemon.log")
        started.append(daemon)
        daemon.wait_for(lambda: len(daemon.cycles("wire")) >= 2, 40, "two runs of wire")
        daemon.wait_for(lambda: len(slow.requests) >= 2, 40, "two runs of slow")
        daemon.wait_for(lambda: daemon.events("run_skipped", source="slow"), 10, "a skip")
        status = subprocess.run([sys.executable, "-m", "monitor", "--config", str(config),
                                 "status", "--json"], capture_output=True, text=True,
                                cwd=ROOT, timeout=60)
        code, took = daemon.stop()  # the slow source's second run is still in flight
        yield {"daemon": daemon, "url": url, "requests": [list(r) for r in slow.requests],
               "status": status, "code": code, "took": took}


def test_sources_are_polled_on_their_interval(scheduled: dict[str, Any]) -> None:
    with opened(scheduled["url"]) as db, db.reading() as s:
        starts = list(s.scalars(select_starts("wire")))
    assert len(starts) >= 2
    gap = (starts[1] - starts[0]).total_seconds()
    # every = 10s plus up to 1 s of jitter; the first run also stored the baseline first
    assert 8 <= gap <= 16, gap
    line = scheduled["daemon"].cycles("wire")[0]
    assert {"found", "new", "revised", "flags", "errors", "seconds"} <= set(line["cycle"])
    assert line["cycle"]["found"] == 12 and line["cycle"]["new"] == 12


def test_an_overrunning_source_is_skipped_never_run_twice_at_once(
        scheduled: dict[str, Any]) -> None:
    first, second = scheduled["requests"][:2]
    assert first[1] is not None and second[0] >= first[1], scheduled["requests"]
    daemon: DaemonProcess = scheduled["daemon"]
    skipped = daemon.events("run_skipped", source="slow")
    assert skipped and skipped[0]["level"] == "warning" and skipped[0]["job"] == "source:slow"
    assert not daemon.events("run_skipped", source="wire")
    with opened(scheduled["url"]) as db, db.reading() as s:
        assert len(list(s.scalars(select_starts("slow")))) == 1  # the second one was abandoned


def test_sigterm_abandons_a_stuck_fetch_and_exits_0(scheduled: dict[str, Any]) -> None:
    daemon: DaemonProcess = scheduled["daemon"]
    assert scheduled["code"] == 0, daemon.tail()
    assert scheduled["took"] < 25
    assert daemon.events("job_abandoned", job="source:slow")
    assert daemon.events("daemon_stopped")


def test_status_reads_what_the_daemon_keeps(scheduled: dict[str, Any]) -> None:
    status = scheduled["status"]
    assert status.returncode == 0, status.stderr
    by_name = {s["name"]: s for s in json.loads(status.stdout)["sources"]}
    wire = by_name["wire"]
    assert wire["health"] == "ok" and wire["last_run"]["found"] == 12
    assert wire["next_due"] > wire["last_checked"]
    assert by_name["slow"]["last_checked"] is not None


def select_starts(source: str) -> Select[Any]:
    return select(SourceRun.started).where(SourceRun.source == source).order_by(SourceRun.started)


# --- 3: SIGTERM in the middle of a busy cycle ---------------------------------------------

def test_sigterm_mid_cycle_exits_0_with_a_consistent_database(
        conditional_bases: dict[str, str], tmp_path: Path) -> None:
    bases = conditional_bases
    url = sqlite_url(tmp_path)
    config = write_config(tmp_path / "config.toml", url, [feed(bases, k) for k in HOSTS],
                          per_host_delay=SLOW_PACE)
    with daemons() as started:
        daemon = DaemonProcess(config, tmp_path / "daemon.log")
        started.append(daemon)
        daemon.wait_for(lambda: count(url, Article) >= 5, 40, "the first articles")
        code, took = daemon.stop()
    assert code == 0 and took < 25, daemon.tail()
    assert 5 <= count(url, Article) < 48  # it really was stopped mid-cycle
    assert consistency_problems(url) == []
    assert count(url, Outbox, Outbox.status == "sending") == 0
    assert {r["job"] for r in daemon.events("job_abandoned")} >= {f"source:{k}" for k in HOSTS}
    # Abandoned runs forget their feed's validators: the next run must not get a 304.
    feeds = [f"{bases[k]}/feed.xml" for k in HOSTS]
    assert count(url, HttpCache, HttpCache.url.in_(feeds)) == 0


# --- 4: SIGKILL mid-cycle, then restart ---------------------------------------------------

def test_sigkill_then_restart_gives_no_duplicates_and_loses_nothing(
        conditional_bases: dict[str, str], tmp_path: Path) -> None:
    bases = conditional_bases
    sources = [feed(bases, "wire"), *(feed(bases, k) for k in HOSTS)]
    url, reference_url = sqlite_url(tmp_path), sqlite_url(tmp_path, "reference")
    config = write_config(tmp_path / "config.toml", url, sources, per_host_delay=SLOW_PACE)
    reference = write_config(tmp_path / "reference.toml", reference_url, sources,
                             per_host_delay=0)
    with daemons() as started:
        one_shot = DaemonProcess(reference, tmp_path / "reference.log", command="fetch")
        started.append(one_shot)
        first = DaemonProcess(config, tmp_path / "first.log")
        started.append(first)
        # The small `wire` source finishes first and its alerts go out; then kill.
        first.wait_for(lambda: first.events("delivery"), 40, "a first delivery")
        first.kill()
        assert count(url, Article) < 50, "the kill came after the cycle, not during it"
        # The killed runs had fetched their feeds but kept no validators for them: a 304
        # now would hide the links they never reached.
        assert count(url, HttpCache, HttpCache.url.in_([f"{bases[k]}/feed.xml"
                                                        for k in HOSTS])) == 0
        assert one_shot.proc.wait(120) == 0, one_shot.tail()
        expected = fingerprint(reference_url)
        second = DaemonProcess(config, tmp_path / "second.log")
        started.append(second)
        second.wait_for(lambda: count(url, Article) == 50 and fingerprint(url) == expected
                        and count(url, Outbox, Outbox.status == "pending") == 0,
                        60, "the cycle to complete and its alerts to go out")
        code, _took = second.stop()
    assert code == 0, second.tail()
    assert consistency_problems(url) == []
    alerted = alerted_flags(first, second)
    assert alerted and max(alerted.values()) == 1, alerted
    # A row the killed daemon had claimed but not marked waits for its lease to end
    # (then it is sent again): the one window where an alert may repeat.
    leased = {row for row, in _flag_ids(url, Outbox.status == "sending")}
    assert set(alerted) | leased == {row for row, in _flag_ids(url)}
    assert not set(alerted) & leased


def _flag_ids(url: str, *where: Any) -> list[tuple[int]]:
    with opened(url) as db, db.reading() as s:
        if where:
            return list(s.execute(select(Outbox.flag_id).where(Outbox.flag_id.is_not(None),
                                                               *where)))
        return list(s.execute(select(Flag.id)))


# --- 5: SIGHUP ----------------------------------------------------------------------------

def test_sighup_applies_a_new_config_and_keeps_the_old_one_when_bad(
        bases: dict[str, str], tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    path = tmp_path / "config.toml"
    write_config(path, url, [feed(bases, "site00", "kept"), feed(bases, "site01", "gone")],
                 per_host_delay=0)
    with daemons() as started:
        daemon = DaemonProcess(path, tmp_path / "daemon.log")
        started.append(daemon)
        daemon.wait_for(lambda: daemon.cycles("kept") and daemon.cycles("gone"), 40,
                        "the first runs")
        write_config(path, url, [feed(bases, "site00", "kept"), feed(bases, "site02", "added")],
                     per_host_delay=0)
        daemon.send(signal.SIGHUP)
        reloaded = daemon.wait_for(lambda: daemon.events("reloaded"), 20, "the reload")[0]
        assert reloaded["added"] == ["source:added"] and reloaded["removed"] == ["source:gone"]
        daemon.wait_for(lambda: daemon.cycles("added"), 20, "the new source's first run")

        path.write_text(path.read_text().replace('every = "10s"', 'every = "often"'))
        daemon.send(signal.SIGHUP)
        rejected = daemon.wait_for(lambda: daemon.events("reload_rejected"), 20, "rejection")[0]
        assert "every" in rejected["error"]
        daemon.wait_for(lambda: [c for c in daemon.cycles("added") if ts(c) > ts(rejected)],
                        30, "the kept config to go on polling the new source")
        code, _took = daemon.stop(signal.SIGINT)  # Ctrl-C in a terminal
    assert code == 0 and daemon.events("stopping", signal="SIGINT")
    assert not [c for c in daemon.cycles("gone") if ts(c) > ts(reloaded)]
    assert len(daemon.events("reloaded")) == 1


# --- 6: one daemon per database -----------------------------------------------------------

@pytest.mark.parametrize("backend", BACKENDS)
def test_a_second_daemon_on_the_same_database_refuses_to_start(
        backend: str, bases: dict[str, str], tmp_path: Path,
        request: pytest.FixtureRequest) -> None:
    url = sqlite_url(tmp_path) if backend == "sqlite" else \
        pg_schema_url(request.getfixturevalue("pg_schemas")())
    config = write_config(tmp_path / "config.toml", url, [feed(bases, "wire")], per_host_delay=0)
    with daemons() as started:
        first = DaemonProcess(config, tmp_path / "first.log")
        started.append(first)
        first.wait_for(lambda: first.events("daemon_started"), 40, "the first daemon")
        second = subprocess.run([sys.executable, "-m", "monitor", "--config", str(config),
                                 "run"], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert second.returncode != 0
        assert "already uses this" in second.stderr and "monitor run" in second.stderr, \
            second.stderr
        assert f"pid {first.pid}" in second.stderr  # names the daemon that holds it
        assert first.alive()
        code, _took = first.stop()
    assert code == 0
