"""Source health: record each source's result, alert the operator on transitions only."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from storage.models import SourceRun

if TYPE_CHECKING:
    from monitor.config import SourceConfig
    from monitor.pipeline import Cycle, SourceReport
    from monitor.types import Validators

log = logging.getLogger(__name__)


def record_source(cycle: Cycle, source: SourceConfig, report: SourceReport,
                  validators: Sequence[Validators] = ()) -> None:
    """Store the run, the source's health and (a settled run's) validators of its
    feed; one operator alert per down and up."""
    from monitor.alerts import enqueue_operator
    from monitor.pipeline import utcnow
    from storage.http_cache import remember_validators
    from storage.sources import Health, record_failure, record_success

    now = utcnow()
    due = now + timedelta(seconds=source.every)
    threshold = cycle.config.fetch.source_failure_alert_after
    with cycle.db.unit_of_work() as session:
        remember_validators(session, validators)
        session.add(_run_row(report, now))
        if report.failed:
            change, count = record_failure(session, source.name, now, due, "error",
                                           report.errors[-1], threshold)
        else:
            change = record_success(session, source.name, now, due, "ok", report.found)
            count = 0
        if change is Health.DOWN:
            enqueue_operator(session, cycle.config, f"source-down:{source.name}:{now:%Y%m%dT%H%M%S}",
                             f"source {source.name} is failing",
                             f"{source.name} ({source.url}) failed {count} times in a row; "
                             f"last error: {report.errors[-1]}")
            log.error("source %s is down after %d failures", source.name, count)
        elif change is Health.UP:
            enqueue_operator(session, cycle.config, f"source-up:{source.name}:{now:%Y%m%dT%H%M%S}",
                             f"source {source.name} recovered",
                             f"{source.name} ({source.url}) answers again.")
            log.warning("source %s recovered", source.name)


def _run_row(report: SourceReport, now) -> SourceRun:  # type: ignore[no-untyped-def]
    return SourceRun(source=report.name, started=now - timedelta(seconds=report.seconds),
                     finished=now, found=report.found, new=report.new, revised=report.revised,
                     flags=report.flags, errors=len(report.errors),
                     error=report.errors[-1] if report.errors else None)
