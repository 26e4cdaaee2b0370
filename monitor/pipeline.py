"""One monitoring cycle: discover, fetch, extract, judge, claim, compare, store, alert.

``run_cycle`` is the one entry point the CLI (``monitor fetch``) and the daemon
(``monitor run``) share. Errors are data here: a source or an article that
fails is recorded on its report and in storage, and the cycle goes on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from monitor.articles import LATEST
from monitor.config import Config, SourceConfig
from monitor.errors import MonitorError
from monitor.types import FlagDraft, Link, Validators

if TYPE_CHECKING:  # heavy imports stay lazy: `monitor --help` must start fast
    import httpx

    from monitor.articles import Prepared
    from monitor.claims import ClaimExtractor
    from monitor.compare import BaselineIndex
    from monitor.discover import Discovery
    from monitor.net import Fetcher
    from storage.db import Database

log = logging.getLogger(__name__)

Progress = Callable[[str, dict[str, Any]], None]

#: Articles that answered 304 are rescheduled in one transaction per this many.
RESCHEDULE_BATCH = 500


@dataclass
class SourceReport:
    name: str
    found: int = 0
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    irrelevant: int = 0
    flags: int = 0
    errors: list[str] = field(default_factory=list)
    failed: bool = False
    seconds: float = 0.0

    def absorb(self, other: SourceReport) -> None:
        """Add what ``other`` (a part of this run) counted."""
        self.new += other.new
        self.revised += other.revised
        self.unchanged += other.unchanged
        self.irrelevant += other.irrelevant
        self.flags += other.flags
        self.errors.extend(other.errors)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "found": self.found, "new": self.new,
                "revised": self.revised, "unchanged": self.unchanged,
                "irrelevant": self.irrelevant, "flags": self.flags, "errors": self.errors,
                "failed": self.failed, "seconds": round(self.seconds, 3)}


@dataclass
class CycleReport:
    sources: list[SourceReport] = field(default_factory=list)
    rechecked: SourceReport = field(default_factory=lambda: SourceReport("recheck"))
    stages: dict[str, float] = field(default_factory=dict)
    delivered: int = 0
    seconds: float = 0.0

    @property
    def flags(self) -> int:
        return sum(s.flags for s in self.sources) + self.rechecked.flags

    @property
    def articles(self) -> int:
        return sum(s.new + s.revised for s in self.sources) + self.rechecked.revised

    def to_dict(self) -> dict[str, Any]:
        return {"sources": [s.to_dict() for s in self.sources],
                "rechecked": self.rechecked.to_dict(), "flags": self.flags,
                "articles": self.articles, "delivered": self.delivered,
                "stages": {k: round(v, 3) for k, v in self.stages.items()},
                "seconds": round(self.seconds, 3)}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class _Stages:
    """Wall time per stage, for the report and the benchmark."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, stage: str, started: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


class Cycle:
    """The state one cycle shares across sources: fetcher, extractor, baseline."""

    def __init__(self, config: Config, db: Database, fetcher: Fetcher,
                 extractor: ClaimExtractor, baseline: BaselineIndex,
                 progress: Progress | None = None) -> None:
        self.config = config
        self.db = db
        self.fetcher = fetcher
        self.extractor = extractor
        self.baseline = baseline
        self.progress = progress or (lambda event, data: None)
        self.stages = _Stages()
        self._slots = asyncio.Semaphore(config.fetch.concurrency)
        self._unchanged: list[tuple[str, datetime]] = []

    def note_unchanged(self, url: str, now: datetime) -> None:
        """Queue the re-check schedule of an article that answered 304.

        One transaction per 304 cost more than the conditional GET itself; a
        batch lost to a crash only means those articles are asked again.
        """
        self._unchanged.append((url, now))
        if len(self._unchanged) >= RESCHEDULE_BATCH:
            self.flush_unchanged()

    def flush_unchanged(self) -> None:
        from monitor.recheck import next_recheck
        from storage.articles import reschedule_urls

        batch, self._unchanged = self._unchanged, []
        if not batch:
            return
        fetch = self.config.fetch
        with self.db.unit_of_work() as session:
            reschedule_urls(session, batch, lambda first, now: next_recheck(first, now, fetch))

    async def run_source(self, source: SourceConfig) -> SourceReport:
        """Discover a source's new links, read and store them, record its health."""
        (report,) = await self.run_sources([source])
        return report

    async def run_sources(self, sources: Sequence[SourceConfig]) -> list[SourceReport]:
        """Discover every source, then read and store all their new links in one publication
        order, and record each source's health.

        One order across sources means an article is judged against the news published
        before it, whichever site carried that news: a one-shot fetch over history flags
        what a day-by-day run would have. (A source's ``seconds`` runs to the end of the
        shared reading.)
        """
        found = await asyncio.gather(*(self._discover(source) for source in sources))
        await self._read_and_store([(link, f.report) for f in found for link in f.links])
        for f in found:
            self._finish_source(f)
        return [f.report for f in found]

    async def _discover(self, source: SourceConfig) -> _Found:
        from monitor.discover import discover

        found = _Found(source, SourceReport(source.name), time.perf_counter())
        self.progress("source-start", {"source": source.name})
        try:
            found.discovery = await discover(source, self.fetcher)
        except MonitorError as exc:
            found.report.failed = True
            found.report.errors.append(str(exc))
            log.warning("source %s failed: %s", source.name, exc)
            return found
        self.stages.add("discover", found.started)
        # Discovery already kept only the newest ``max_articles`` links.
        found.links = await self._unknown(found.discovery.links)
        found.report.found = len(found.discovery.links)
        self.progress("source-links", {"source": source.name, "total": len(found.links)})
        return found

    def _finish_source(self, found: _Found) -> None:
        from monitor.health import record_source

        validators: tuple[Validators, ...] = ()
        if found.discovery is not None:
            validators = self._settled(found.source, found.discovery, found.report)
        found.report.seconds = time.perf_counter() - found.started
        record_source(self, found.source, found.report, validators)
        self.progress("source-done", {"source": found.source.name, "report": found.report})

    async def _read_and_store(self, links: Sequence[tuple[Link, SourceReport]],
                              recheck: bool = False) -> None:
        """Read links a window at a time and store each window in publication order.

        Oldest links (by the feed's date) go first and each window is stored
        before the next is read, so facts are judged against what was reported
        before them, and a stopped run loses at most one window of fetches.
        """
        from monitor.articles import prepare_link

        ordered = sorted(links, key=lambda pair: (pair[0].published or LATEST, pair[0].url))
        window = self.config.fetch.concurrency
        for start in range(0, len(ordered), window):
            batch = ordered[start:start + window]
            items = await asyncio.gather(*(self._guarded(prepare_link, link, report, recheck=recheck)
                                           for link, report in batch))
            self.store_in_order([(item, report) for item, (_link, report) in zip(items, batch)
                                 if item is not None])

    async def recheck(self, everything: bool) -> SourceReport:
        """Re-fetch stored articles whose edit re-check is due (or all of them)."""
        from storage.articles import due_for_recheck

        report = SourceReport("recheck")
        started = time.perf_counter()
        with self.db.reading() as session:
            due = due_for_recheck(session, utcnow(), limit=10_000, everything=everything)
        self.progress("source-links", {"source": "recheck", "total": len(due)})
        links = [(Link(url=url, source=src or "recheck"), report) for _id, url, src in due]
        try:
            await self._read_and_store(links, recheck=True)
        finally:
            self.flush_unchanged()
        report.seconds = time.perf_counter() - started
        return report

    def store_in_order(self, items: Sequence[tuple[Prepared, SourceReport]]) -> None:
        """Compare and store articles one at a time, oldest news first, each all or
        nothing; committed together where the database allows (``Database.batch``).
        Each article counts in its own source's report once the window is committed."""
        from monitor.articles import store_prepared

        ordered = sorted(items, key=lambda pair: pair[0].order)
        # counted only once the window is committed
        windows = {id(report): (report, SourceReport(report.name)) for _item, report in ordered}
        try:
            with self.db.batch() as unit:
                for item, report in ordered:
                    window = windows[id(report)][1]
                    try:
                        store_prepared(self, item, window, unit)
                    except MonitorError as exc:
                        window.errors.append(f"{item.link.url}: {exc}")
                        log.warning("article %s could not be stored: %s", item.link.url, exc)
        except MonitorError as exc:
            for item, report in ordered:
                report.errors.append(f"{item.link.url}: not stored: {exc}")
            log.error("%d articles could not be stored: %s", len(ordered), exc)
            return
        for report, window in windows.values():
            report.absorb(window)

    async def _guarded(self, step: Callable[..., Awaitable[Prepared | None]], link: Link,
                       report: SourceReport, **kwargs: Any) -> Prepared | None:
        async with self._slots:
            try:
                return await step(self, link, report, **kwargs)
            except MonitorError as exc:
                report.errors.append(f"{link.url}: {exc}")
                log.warning("article %s failed: %s", link.url, exc)
            except Exception as exc:
                report.errors.append(f"{link.url}: unexpected {type(exc).__name__}: {exc}")
                log.exception("article %s failed unexpectedly", link.url)
            finally:
                self.progress("article-done", {"source": report.name, "url": link.url})
            return None

    async def _unknown(self, links: Sequence[Link]) -> list[Link]:
        """Links not stored yet (known articles come back through re-checks)."""
        from storage.articles import known_urls

        with self.db.reading() as session:
            known = known_urls(session, [link.url for link in links])
        return [link for link in links if link.url not in known]

    @staticmethod
    def _settled(source: SourceConfig, discovery: Discovery,
                 report: SourceReport) -> tuple[Validators, ...]:
        """The source documents' validators, if every link they gave was stored.

        Otherwise they are not kept, so the next run reads the feed in full and
        takes up the links this one failed on, instead of getting a 304.
        """
        if not report.errors:
            return discovery.validators
        if discovery.validators:
            log.info("source %s: %d links failed; the next run reads it in full to retry them",
                     source.name, len(report.errors))
        return ()


@dataclass
class _Found:
    """A source's discovery, waiting for the shared reading."""

    source: SourceConfig
    report: SourceReport
    started: float
    discovery: Discovery | None = None
    links: list[Link] = field(default_factory=list)


@dataclass
class Runtime:
    """What outlives one cycle in the daemon: the fetcher (robots cache, host
    gates, connections) and the claim extractor (compiled matchers)."""

    fetcher: Fetcher
    extractor: ClaimExtractor


async def run_cycle(config: Config, db: Database | None = None, *,
                    source: str | None = None, recheck: bool = False,
                    progress: Progress | None = None,
                    transport: httpx.AsyncBaseTransport | None = None,
                    deliver: bool = True, runtime: Runtime | None = None,
                    include_rechecks: bool | None = None,
                    only_rechecks: bool = False) -> CycleReport:
    """Run one cycle over all enabled sources (or the one named) and due re-checks.

    ``recheck`` re-fetches every stored article now. ``include_rechecks``
    (default: when no single source is named) adds the articles whose edit
    re-check is due; ``only_rechecks`` skips the sources (the daemon's re-check job).
    """
    from storage.db import Database

    chosen = [] if only_rechecks else _chosen_sources(config, source)
    with_rechecks = recheck or (source is None if include_rechecks is None else include_rechecks)
    plan = _Plan(chosen, recheck, with_rechecks, progress)
    started = time.perf_counter()
    own_db = db is None
    db = db or Database(config.database_url)
    report = CycleReport()
    try:
        if runtime is not None:
            await _cycle(config, db, runtime, report, plan)
        else:
            async with open_runtime(config, db, transport) as own:
                await _cycle(config, db, own, report, plan)
        if deliver:
            report.delivered = await _deliver(config, db)
    finally:
        report.seconds = time.perf_counter() - started
        if own_db:
            db.dispose()
    _log_cycle(report)
    return report


@asynccontextmanager
async def open_runtime(config: Config, db: Database,
                       transport: httpx.AsyncBaseTransport | None = None
                       ) -> AsyncIterator[Runtime]:
    from monitor.claims import ClaimExtractor
    from monitor.net import Fetcher
    from storage.http_cache import DbValidatorCache

    async with Fetcher(config.fetch, cache=DbValidatorCache(db), transport=transport) as fetcher:
        yield Runtime(fetcher, ClaimExtractor(config))


@dataclass(frozen=True)
class _Plan:
    sources: list[SourceConfig]
    recheck_all: bool
    rechecks: bool
    progress: Progress | None


async def _cycle(config: Config, db: Database, runtime: Runtime, report: CycleReport,
                 plan: _Plan) -> None:
    from monitor.baseline_store import ensure_baseline
    from storage.sources import sync_sources

    with db.unit_of_work() as session:
        sync_sources(session, [(s.name, s.kind, s.url) for s in config.sources])
    baseline = await ensure_baseline(config, db, runtime.extractor, runtime.fetcher)
    cycle = Cycle(config, db, runtime.fetcher, runtime.extractor, baseline, plan.progress)
    report.sources = await cycle.run_sources(plan.sources)
    if plan.rechecks:
        report.rechecked = await cycle.recheck(everything=plan.recheck_all)
    report.stages = cycle.stages.seconds


def _chosen_sources(config: Config, name: str | None) -> list[SourceConfig]:
    if name is not None:
        return [config.source(name)]
    return [s for s in config.sources if s.enabled]


async def _deliver(config: Config, db: Database) -> int:
    from monitor.alerts import deliver_pending

    try:
        result = await deliver_pending(db, config)
    except MonitorError as exc:
        log.error("alert delivery failed: %s", exc)
        return 0
    return result.sent


def _log_cycle(report: CycleReport) -> None:
    for src in report.sources:
        log.info("source %s: found=%d new=%d revised=%d flags=%d errors=%d in %.2fs",
                 src.name, src.found, src.new, src.revised, src.flags, len(src.errors),
                 src.seconds, extra={"event": "source_cycle", "source": src.name,
                                     "cycle": src.to_dict()})


def next_due(source: SourceConfig, now: datetime) -> datetime:
    return now + timedelta(seconds=source.every)


def flag_drafts_for(cycle: Cycle, claims: Sequence[Any], session: Any,
                    published: datetime | None = None) -> list[FlagDraft]:
    """Compare claims with the baseline and the flags already in storage, as known when
    the article was published."""
    from monitor.compare import compare
    from storage.history import StoredHistory

    history = StoredHistory(session, facts=[c.fact_key for c in claims if c.typed])
    return compare(claims, cycle.baseline, history, alert_hedged=cycle.config.claims.alert_hedged,
                   published=published)
