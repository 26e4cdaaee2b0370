"""``monitor run``: the daemon on APScheduler 3's AsyncIOScheduler.

Jobs (``job_table``): one per enabled source on its ``every`` with jitter, the
edit re-checks, outbox delivery, one digest per email channel on its cron. All
have ``max_instances=1`` and ``coalesce=True``: a run due while the previous
one still runs is skipped and logged, and a late scheduler runs a job once,
not once per missed slot. No job store persists: after downtime each source
runs once at start (at its stored ``next_due`` if that comes sooner).

SIGTERM/SIGINT stop new work. Fetching jobs are abandoned at once, which is
clean: each article commits in one synchronous unit of work (no await inside),
so a cancellation lands between articles. Deliveries in progress get
``DELIVERY_GRACE`` to finish, so an accepted message is marked sent. A second
signal abandons everything. SIGHUP reloads the config: the job table is
diffed; a bad config is reported and the old one kept.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Literal

from monitor.config import Config, EmailChannelConfig, SourceConfig, load_config
from monitor.errors import MonitorError

if TYPE_CHECKING:
    from apscheduler.events import SchedulerEvent
    from apscheduler.schedulers.asyncio import AsyncIOScheduler
    from apscheduler.triggers.base import BaseTrigger

    from monitor.claims import ClaimExtractor
    from monitor.pipeline import Runtime
    from storage.db import Database

log = logging.getLogger(__name__)

#: After SIGTERM, how long a delivery or digest in progress may take to finish.
DELIVERY_GRACE = 15.0
#: After cancelling, how long jobs get to unwind before the process exits anyway.
UNWIND_SECONDS = 5.0
DELIVERY_INTERVAL = 30.0
MAX_JITTER = 60.0
MAX_GRACE = 3600
RECHECK_MIN, RECHECK_MAX = 60.0, 900.0

JobKind = Literal["source", "recheck", "deliver", "digest"]
#: Jobs that fetch and store articles: abandoned at once on shutdown.
FETCHING = frozenset({"source", "recheck"})


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


# --- the job table: pure data, built from a config ---------------------------------------

@dataclass(frozen=True)
class JobSpec:
    """One scheduled job; two specs are equal when the job need not be rescheduled."""

    id: str
    kind: JobKind
    target: str | None
    #: ``("interval", seconds, jitter)`` or ``("cron", crontab, timezone)``.
    trigger: tuple[Any, ...]
    grace: int
    #: First run as soon as the job is scheduled, instead of one interval later.
    start_now: bool
    #: What the job works on (a source's settings): a change reschedules it.
    fingerprint: str = ""
    max_instances: int = 1
    coalesce: bool = True


@dataclass(frozen=True)
class JobDiff:
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()


def misfire_grace(interval: float) -> int:
    """Half the interval: a late run still happens, one later than that waits for the next slot."""
    return int(min(MAX_GRACE, max(1.0, interval / 2)))


def jitter(interval: float) -> int:
    """Up to 10% of the interval (at most a minute), so sources do not poll in lockstep."""
    return int(min(MAX_JITTER, interval * 0.1))


def cron_grace(crontab: str, tz: str) -> int:
    """Half the gap between the cron's next two firings, at most an hour."""
    from apscheduler.triggers.cron import CronTrigger

    trigger = CronTrigger.from_crontab(crontab, timezone=tz)
    first = trigger.get_next_fire_time(None, utcnow())
    second = trigger.get_next_fire_time(first, first + timedelta(microseconds=1)) if first else None
    if first is None or second is None:
        return MAX_GRACE
    return misfire_grace((second - first).total_seconds())


def email_channels(config: Config) -> list[tuple[str, EmailChannelConfig]]:
    return [(name, ch) for name, ch in zip(config.channel_names(), config.alerts.channels)
            if isinstance(ch, EmailChannelConfig)]


def job_table(config: Config) -> dict[str, JobSpec]:
    """Every job the config asks for, by id."""
    recheck = min(RECHECK_MAX, max(RECHECK_MIN, config.fetch.recheck_first))
    jobs = [*(_source_job(s) for s in config.sources if s.enabled),
            JobSpec("recheck", "recheck", None, ("interval", recheck, jitter(recheck)),
                    misfire_grace(recheck), start_now=False),
            JobSpec("deliver", "deliver", None, ("interval", DELIVERY_INTERVAL, 0),
                    misfire_grace(DELIVERY_INTERVAL), start_now=True),
            *(JobSpec(f"digest:{name}", "digest", name, ("cron", ch.digest, ch.timezone),
                      cron_grace(ch.digest, ch.timezone), start_now=False)
              for name, ch in email_channels(config))]
    return {job.id: job for job in jobs}


def _source_job(src: SourceConfig) -> JobSpec:
    return JobSpec(f"source:{src.name}", "source", src.name,
                   ("interval", src.every, jitter(src.every)), misfire_grace(src.every),
                   start_now=True, fingerprint=src.model_dump_json())


def diff_jobs(current: Mapping[str, JobSpec], wanted: Mapping[str, JobSpec]) -> JobDiff:
    both = sorted(set(current) & set(wanted))
    return JobDiff(added=tuple(sorted(set(wanted) - set(current))),
                   removed=tuple(sorted(set(current) - set(wanted))),
                   changed=tuple(j for j in both if current[j] != wanted[j]),
                   unchanged=tuple(j for j in both if current[j] == wanted[j]))


def first_run(spec: JobSpec, now: datetime, next_due: datetime | None) -> datetime:
    """When a source job first runs at start: now, unless its stored ``next_due`` is
    sooner than one interval away (a quick restart does not poll everything again)."""
    if next_due is None or next_due <= now:
        return now
    return min(next_due, now + timedelta(seconds=spec.trigger[1]))


def make_trigger(spec: JobSpec, start: datetime) -> BaseTrigger:
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    if spec.trigger[0] == "cron":
        return CronTrigger.from_crontab(spec.trigger[1], timezone=spec.trigger[2])
    _kind, seconds, spread = spec.trigger
    return IntervalTrigger(seconds=seconds, jitter=spread or None, start_date=start,
                           timezone=timezone.utc)


def reload_problem(old: Config, new: Config) -> str | None:
    """Why a new config cannot be taken without a restart, or None."""
    if new.database_url != old.database_url:
        return "storage.url changed: restart the daemon to switch databases"
    return None


# --- the daemon ----------------------------------------------------------------------------

class Daemon:
    def __init__(self, config: Config, config_path: str | None) -> None:
        self.config = config
        self.config_path = config_path
        self.stopping = asyncio.Event()
        self.jobs: dict[str, JobSpec] = {}
        self.db: Database | None = None
        self.runtime: Runtime | None = None
        self.scheduler: AsyncIOScheduler | None = None
        #: Running job tasks and their (job id, kind).
        self._inflight: dict[asyncio.Task[Any], tuple[str, str]] = {}
        #: Jobs nudged while they ran: they run again as soon as they finish.
        self._again: set[str] = set()

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        # Handlers first: a SIGTERM or SIGHUP during start-up must not kill the process.
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stop, sig.name)
        loop.add_signal_handler(signal.SIGHUP, self.reload)
        started = time.monotonic()
        try:
            await self._run_locked()
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(sig)
        log.info("daemon stopped after %.0fs", time.monotonic() - started,
                 extra={"event": "daemon_stopped"})
        return 0

    async def _run_locked(self) -> None:
        from monitor.lock import instance_lock
        from monitor.pipeline import open_runtime
        from storage.db import Database
        from storage.migrate import upgrade

        self.db = Database(self.config.database_url, migrate=False)
        try:
            # Lock before migrating: a newer second instance must not change the
            # schema under the daemon that is running.
            with instance_lock(self.db):
                upgrade(self.db.engine)
                async with open_runtime(self.config, self.db) as runtime:
                    self.runtime = runtime
                    await self._serve()
        finally:
            self.db.dispose()

    async def _serve(self) -> None:
        from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        if self.stopping.is_set():
            return
        self.scheduler = AsyncIOScheduler(event_loop=asyncio.get_running_loop(),
                                          timezone=timezone.utc)
        self.scheduler.add_listener(self._on_event, EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED)
        table = job_table(self.config)
        self.apply(table, self._start_times(table))
        self.scheduler.start()
        log.info("daemon started (pid %d): %d sources, %d jobs", os.getpid(),
                 sum(1 for j in table.values() if j.kind == "source"), len(table),
                 extra={"event": "daemon_started", "pid": os.getpid(), "jobs": sorted(table)})
        try:
            await self.stopping.wait()
        finally:
            self.scheduler.pause()  # no new runs; shutdown() would cancel the running ones
            await self._drain()
            self.scheduler.shutdown(wait=False)

    def _start_times(self, table: Mapping[str, JobSpec]) -> dict[str, datetime]:
        from storage.sources import source_rows

        assert self.db is not None
        with self.db.reading() as session:
            due = {row.name: row.next_due for row in source_rows(session)}
        now = utcnow()
        return {spec.id: first_run(spec, now, due.get(spec.target or ""))
                for spec in table.values() if spec.kind == "source"}

    # --- scheduling ------------------------------------------------------------------------

    def apply(self, table: Mapping[str, JobSpec],
              starts: Mapping[str, datetime] | None = None) -> JobDiff:
        """Make the scheduler's jobs match ``table``; unchanged jobs keep their timing."""
        assert self.scheduler is not None
        diff = diff_jobs(self.jobs, table)
        for job_id in diff.removed:
            if self.scheduler.get_job(job_id) is not None:
                self.scheduler.remove_job(job_id)
        for job_id in (*diff.added, *diff.changed):
            self._add(table[job_id], (starts or {}).get(job_id))
        self.jobs = dict(table)
        return diff

    def _add(self, spec: JobSpec, start: datetime | None) -> None:
        assert self.scheduler is not None
        now = utcnow()
        first = start or (now if spec.start_now else None)
        extra = {"next_run_time": first} if first is not None else {}
        # A replaced job keeps its id, so APScheduler's running-instance count still
        # holds: the new schedule never runs beside a run of the old one.
        self.scheduler.add_job(self._job, make_trigger(spec, first or now),
                               args=(spec.id, spec.kind, spec.target), id=spec.id, name=spec.id,
                               replace_existing=True, max_instances=spec.max_instances,
                               coalesce=spec.coalesce, misfire_grace_time=spec.grace, **extra)

    def _on_event(self, event: SchedulerEvent) -> None:
        from apscheduler.events import EVENT_JOB_MAX_INSTANCES

        job_id = getattr(event, "job_id", "?")
        spec = self.jobs.get(job_id)
        fields = {"job": job_id, "source": spec.target if spec and spec.kind == "source" else None}
        if event.code == EVENT_JOB_MAX_INSTANCES:
            due = getattr(event, "scheduled_run_times", [None])[-1]
            # A delivery nudged while one runs is routine; an overrunning fetch is news.
            level = logging.WARNING if spec is None or spec.kind in FETCHING else logging.DEBUG
            log.log(level, "job %s still running: the run due at %s is skipped", job_id,
                    _iso(due), extra={"event": "run_skipped", "due": _iso(due), **fields})
        else:
            due = getattr(event, "scheduled_run_time", None)
            log.warning("job %s: the run due at %s started too late (grace %ss) and is skipped",
                        job_id, _iso(due), spec.grace if spec else "?",
                        extra={"event": "run_missed", "due": _iso(due), **fields})

    def _nudge(self, job_id: str) -> None:
        """Run a job now (its own schedule goes on from there), or right after the
        run in progress, which may have looked at the outbox before the new rows came."""
        job = self.scheduler.get_job(job_id) if self.scheduler else None
        if job is None or self.stopping.is_set():
            return
        if any(running == job_id for running, _kind in self._inflight.values()):
            self._again.add(job_id)
        else:
            job.modify(next_run_time=utcnow())

    # --- signals ---------------------------------------------------------------------------

    def stop(self, why: str = "stop") -> None:
        if not self.stopping.is_set():
            log.info("%s received: stopping (fetches abandoned, deliveries get %.0fs)", why,
                     DELIVERY_GRACE, extra={"event": "stopping", "signal": why})
            self.stopping.set()
            return
        log.warning("%s received again: abandoning all in-flight work now", why,
                    extra={"event": "stopping", "signal": why})
        for task in list(self._inflight):
            task.cancel()

    def reload(self) -> None:
        if self.stopping.is_set() or self.scheduler is None or self.runtime is None:
            log.warning("SIGHUP ignored: the daemon is %s",
                        "stopping" if self.stopping.is_set() else "still starting",
                        extra={"event": "reload_ignored"})
            return
        prepared = self._prepare(self.config)
        if isinstance(prepared, str):
            log.error("SIGHUP: new config rejected, keeping the old one: %s", prepared,
                      extra={"event": "reload_rejected", "error": prepared})
            return
        new, extractor = prepared
        if new.fetch != self.config.fetch:
            log.warning("SIGHUP: [fetch] settings take effect after a restart",
                        extra={"event": "reload_partial"})
        self.config = new
        self.runtime.extractor = extractor
        diff = self.apply(job_table(new))
        log.info("SIGHUP: config reloaded: added %s, removed %s, changed %s",
                 list(diff.added) or "-", list(diff.removed) or "-", list(diff.changed) or "-",
                 extra={"event": "reloaded", "added": list(diff.added),
                        "removed": list(diff.removed), "changed": list(diff.changed)})

    def _prepare(self, old: Config) -> tuple[Config, ClaimExtractor] | str:
        """The new config and its claim extractor, or why they cannot be used."""
        from monitor.claims import ClaimExtractor

        try:
            new = load_config(self.config_path)
            problem = reload_problem(old, new)
            return problem if problem else (new, ClaimExtractor(new))
        except MonitorError as exc:
            return str(exc)

    # --- jobs ------------------------------------------------------------------------------

    async def _job(self, job_id: str, kind: str, target: str | None) -> None:
        """One run of a job; its errors are logged and never stop the daemon."""
        if self.stopping.is_set():
            return
        task = asyncio.current_task()
        assert task is not None
        self._inflight[task] = (job_id, kind)
        try:
            await self._run(kind, target)
        except asyncio.CancelledError:
            if not self.stopping.is_set():
                raise
            # We cancelled it: say so once, without APScheduler's traceback.
            log.warning("job %s abandoned at shutdown", job_id,
                        extra={"event": "job_abandoned", "job": job_id})
        except MonitorError as exc:
            log.error("job %s failed: %s", job_id, exc,
                      extra={"event": "job_failed", "job": job_id, "error": str(exc)})
        except Exception as exc:  # noqa: BLE001 - the daemon outlives any one job
            log.exception("job %s crashed", job_id,
                          extra={"event": "job_failed", "job": job_id, "error": repr(exc)})
        finally:
            self._inflight.pop(task, None)
            if job_id in self._again:
                self._again.discard(job_id)
                self._nudge(job_id)

    async def _run(self, kind: str, target: str | None) -> None:
        if kind == "source":
            await self._run_source(target or "")
        elif kind == "recheck":
            await self._recheck()
        else:
            await self._send(kind, target)

    async def _run_source(self, name: str) -> None:
        from monitor.pipeline import run_cycle

        config = self.config
        if name not in {s.name for s in config.sources if s.enabled}:
            return  # removed by a reload while this run was due
        report = await run_cycle(config, self.db, source=name, runtime=self.runtime,
                                 include_rechecks=False, deliver=False)
        if report.flags:
            self._nudge("deliver")

    async def _recheck(self) -> None:
        from monitor.pipeline import run_cycle

        report = await run_cycle(self.config, self.db, runtime=self.runtime,
                                 include_rechecks=True, only_rechecks=True, deliver=False)
        r = report.rechecked
        log.info("recheck: revised=%d unchanged=%d flags=%d errors=%d in %.2fs", r.revised,
                 r.unchanged, r.flags, len(r.errors), report.seconds,
                 extra={"event": "recheck", "revised": r.revised, "unchanged": r.unchanged,
                        "flags": r.flags, "errors": len(r.errors),
                        "seconds": round(report.seconds, 3)})
        if report.flags:
            self._nudge("deliver")

    async def _send(self, kind: str, channel: str | None) -> None:
        """Outbox delivery, or one channel's digest."""
        from monitor.alerts import deliver_pending, send_digests

        assert self.db is not None
        if kind == "digest":
            report = await send_digests(self.db, self.config, channel=channel)
        else:
            report = await deliver_pending(self.db, self.config)
        if kind == "digest" or report.sent or report.retried or report.failed:
            log.info("%s: sent %d, retried %d, failed %d", f"digest {channel}" if channel
                     else "outbox", report.sent, report.retried, report.failed,
                     extra={"event": "digest" if kind == "digest" else "delivery",
                            "channel": channel, "sent": report.sent,
                            "retried": report.retried, "failed": report.failed})

    # --- shutdown --------------------------------------------------------------------------

    async def _drain(self) -> None:
        """Abandon fetches now, give deliveries their grace, then cancel what is left."""
        for task, (_job_id, kind) in list(self._inflight.items()):
            if kind in FETCHING:
                task.cancel()
        delivering = [t for t, (_job_id, kind) in self._inflight.items()
                      if kind not in FETCHING]
        if delivering:
            log.info("waiting up to %.0fs for %d deliveries", DELIVERY_GRACE, len(delivering))
            _done, late = await asyncio.wait(delivering, timeout=DELIVERY_GRACE)
            for task in late:
                task.cancel()
        left = list(self._inflight)
        if left:
            await asyncio.wait(left, timeout=UNWIND_SECONDS)


def run_daemon(config: Config, config_path: str | None) -> int:
    return asyncio.run(Daemon(config, config_path).run())
