"""``monitor run``: the daemon on APScheduler 3's AsyncIOScheduler.

Jobs: one per source on its interval (with jitter), due article re-checks,
outbox delivery, and one digest job per email channel on its cron. Every job
has ``max_instances=1`` and ``coalesce=True``: an overrunning job is skipped
(APScheduler logs it), never run twice at once, and after downtime a job runs
once, not once per missed slot.

Signals: SIGTERM/SIGINT stop new work, let in-flight work finish for a bounded
time (a unit of work is atomic, so an abandoned article leaves nothing half
written), then exit 0. SIGHUP reloads the config; a bad one is reported and
the old one kept.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from monitor.config import Config, ConfigError, EmailChannelConfig, load_config
from monitor.errors import MonitorError

if TYPE_CHECKING:
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    from monitor.pipeline import Runtime
    from storage.db import Database

log = logging.getLogger(__name__)

STOP_GRACE_SECONDS = 20.0
DELIVERY_INTERVAL = 30.0


def misfire_grace(interval: float) -> int:
    """Half the interval, at least 30 s: a late run still happens, a very late one waits."""
    return int(max(30.0, interval / 2))


def jitter(interval: float) -> int:
    return int(min(60.0, interval * 0.1))


class Daemon:
    def __init__(self, config: Config, config_path: str | None) -> None:
        self.config = config
        self.config_path = config_path
        self.stopping = asyncio.Event()
        self._inflight: set[asyncio.Task[Any]] = set()
        self.db: Database | None = None
        self.runtime: Runtime | None = None
        self.scheduler: AsyncIOScheduler | None = None

    async def run(self) -> int:
        from monitor.lock import instance_lock
        from monitor.pipeline import open_runtime
        from storage.db import Database

        self.db = Database(self.config.database_url)
        try:
            with instance_lock(self.db):
                async with open_runtime(self.config, self.db) as runtime:
                    self.runtime = runtime
                    await self._serve()
        finally:
            self.db.dispose()
        log.info("daemon stopped")
        return 0

    async def _serve(self) -> None:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        loop = asyncio.get_running_loop()
        self.scheduler = AsyncIOScheduler(event_loop=loop, timezone=timezone.utc)
        self._schedule_all()
        self.scheduler.start()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stop, sig.name)
        loop.add_signal_handler(signal.SIGHUP, self.reload)
        log.info("daemon started: %d sources, %d digest channels", len(self.config.sources),
                 len(self._email_channels()))
        try:
            await self.stopping.wait()
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(sig)
            self.scheduler.shutdown(wait=False)
            await self._drain()

    def stop(self, why: str = "stop") -> None:
        if not self.stopping.is_set():
            log.info("%s received: finishing in-flight work", why)
            self.stopping.set()

    def reload(self) -> None:
        try:
            new = load_config(self.config_path)
        except ConfigError as exc:
            log.error("SIGHUP: new config rejected, keeping the old one: %s", exc)
            return
        if new.database_url != self.config.database_url:
            log.error("SIGHUP: storage.url changed; restart the daemon to switch databases")
            return
        from monitor.claims import ClaimExtractor

        assert self.runtime is not None
        self.config = new
        self.runtime.extractor = ClaimExtractor(new)
        self._schedule_all()
        log.info("SIGHUP: config reloaded (%d sources)", len(new.sources))

    def _schedule_all(self) -> None:
        """(Re)create every job from the current config; unchanged jobs keep their timing."""
        from apscheduler.triggers.cron import CronTrigger
        from apscheduler.triggers.interval import IntervalTrigger

        assert self.scheduler is not None
        wanted: dict[str, tuple[Any, Callable[..., Awaitable[None]], tuple[Any, ...], int]] = {}
        for src in self.config.sources:
            if src.enabled:
                trigger = IntervalTrigger(seconds=src.every, jitter=jitter(src.every))
                wanted[f"source:{src.name}"] = (trigger, self._run_source, (src.name,),
                                                misfire_grace(src.every))
        recheck_every = max(60.0, min(self.config.fetch.recheck_first, 900.0))
        wanted["recheck"] = (IntervalTrigger(seconds=recheck_every), self._recheck, (),
                             misfire_grace(recheck_every))
        wanted["deliver"] = (IntervalTrigger(seconds=DELIVERY_INTERVAL), self._deliver, (),
                             misfire_grace(DELIVERY_INTERVAL))
        for name, channel in self._email_channels():
            trigger = CronTrigger.from_crontab(channel.digest, timezone=channel.timezone)
            wanted[f"digest:{name}"] = (trigger, self._digest, (name,), 3600)
        self._apply_jobs(wanted)

    def _apply_jobs(self, wanted: dict[str, tuple[Any, Any, tuple[Any, ...], int]]) -> None:
        assert self.scheduler is not None
        existing = {job.id: job for job in self.scheduler.get_jobs()}
        for job_id in set(existing) - set(wanted):
            self.scheduler.remove_job(job_id)
            log.info("job %s removed", job_id)
        now = datetime.now(timezone.utc)
        for job_id, (trigger, func, args, grace) in wanted.items():
            old = existing.get(job_id)
            if old is not None and str(old.trigger) == str(trigger):
                continue
            first = now if job_id.startswith("source:") or job_id == "deliver" else None
            self.scheduler.add_job(self._tracked, trigger, args=(func, *args), id=job_id,
                                   name=job_id, replace_existing=True, max_instances=1,
                                   coalesce=True, misfire_grace_time=grace,
                                   **({"next_run_time": first} if first else {}))
            log.info("job %s scheduled (%s)", job_id, trigger)

    def _email_channels(self) -> list[tuple[str, EmailChannelConfig]]:
        names = self.config.channel_names()
        return [(n, c) for n, c in zip(names, self.config.alerts.channels)
                if isinstance(c, EmailChannelConfig)]

    async def _tracked(self, func: Callable[..., Awaitable[None]], *args: Any) -> None:
        """Run a job as a task the shutdown can wait for; its errors never stop the daemon."""
        if self.stopping.is_set():
            return
        task = asyncio.current_task()
        assert task is not None
        self._inflight.add(task)
        try:
            await func(*args)
        except asyncio.CancelledError:
            log.warning("job %s abandoned at shutdown", getattr(func, "__name__", func))
            raise
        except MonitorError as exc:
            log.error("job %s failed: %s", getattr(func, "__name__", func), exc)
        except Exception:  # noqa: BLE001 - the daemon outlives any one job
            log.exception("job %s crashed", getattr(func, "__name__", func))
        finally:
            self._inflight.discard(task)

    async def _run_source(self, name: str) -> None:
        from monitor.pipeline import run_cycle

        if name not in {s.name for s in self.config.sources}:
            return
        await run_cycle(self.config, self.db, source=name, runtime=self.runtime,
                        include_rechecks=False)

    async def _recheck(self) -> None:
        from monitor.pipeline import run_cycle

        await run_cycle(self.config, self.db, source=None, runtime=self.runtime,
                        include_rechecks=True, only_rechecks=True)

    async def _deliver(self) -> None:
        from monitor.alerts import deliver_pending

        assert self.db is not None
        report = await deliver_pending(self.db, self.config)
        if report.sent or report.failed:
            log.info("outbox: sent %d, retried %d, failed %d", report.sent, report.retried,
                     report.failed)

    async def _digest(self, channel: str) -> None:
        from monitor.alerts import send_digests

        assert self.db is not None
        report = await send_digests(self.db, self.config, channel=channel)
        log.info("digest %s: sent %d, failed %d", channel, report.sent, report.failed)

    async def _drain(self) -> None:
        tasks = [t for t in self._inflight if not t.done()]
        if not tasks:
            return
        log.info("waiting up to %.0fs for %d running jobs", STOP_GRACE_SECONDS, len(tasks))
        done, pending = await asyncio.wait(tasks, timeout=STOP_GRACE_SECONDS)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=5)


def run_daemon(config: Config, config_path: str | None) -> int:
    return asyncio.run(Daemon(config, config_path).run())
