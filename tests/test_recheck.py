"""Article re-check schedule: frequent when fresh, sparse when old, then never."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from monitor.config import FetchConfig
from monitor.recheck import next_recheck

T0 = datetime(2024, 1, 5, 12, 0, tzinfo=timezone.utc)
CFG = FetchConfig(recheck_first=600, recheck_max_interval=43200, recheck_stop_after=604800)

MIN, HOUR, DAY = 60, 3600, 86400

CASES = [
    ("just-found", 0, 10 * MIN),
    ("5-minutes-old", 5 * MIN, 10 * MIN),
    ("20-minutes-old", 20 * MIN, 10 * MIN),
    ("1-hour-old", HOUR, 30 * MIN),
    ("6-hours-old", 6 * HOUR, 3 * HOUR),
    ("1-day-old", DAY, 12 * HOUR),           # at recheck_max_interval
    ("3-days-old", 3 * DAY, 12 * HOUR),
    ("almost-stopped", 7 * DAY - HOUR, HOUR),  # the last check lands at the stop age
]


@pytest.mark.parametrize(("age", "interval"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_interval_grows_with_age(age: int, interval: int) -> None:
    checked = T0 + timedelta(seconds=age)
    assert next_recheck(T0, checked, CFG) == checked + timedelta(seconds=interval)


@pytest.mark.parametrize("age", [7 * DAY, 7 * DAY + 1, 30 * DAY], ids=["at-stop", "past", "month"])
def test_stops_after_the_window(age: int) -> None:
    assert next_recheck(T0, T0 + timedelta(seconds=age), CFG) is None


def test_naive_datetimes_are_utc() -> None:
    naive = datetime(2024, 1, 5, 12, 0)
    assert next_recheck(naive, naive + timedelta(hours=6), CFG) == \
        T0 + timedelta(hours=9)


def test_schedule_thins_out_and_ends() -> None:
    checks = [T0]
    while (nxt := next_recheck(T0, checks[-1], CFG)) is not None:
        assert nxt > checks[-1]
        checks.append(nxt)
    gaps = [(b - a).total_seconds() for a, b in zip(checks, checks[1:])]
    assert gaps[0] == 600 and max(gaps) == 43200
    assert gaps[:8] == sorted(gaps[:8])  # growing while young
    assert checks[-1] == T0 + timedelta(seconds=604800)
    assert len(checks) < 40  # a week of edits watched in a few dozen fetches


def test_clock_skew_never_schedules_in_the_past() -> None:
    # last_checked before first_seen (clock skew between workers): treat as fresh
    assert next_recheck(T0, T0 - timedelta(minutes=5), CFG) == T0 + timedelta(minutes=5)
