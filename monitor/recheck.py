"""When to look at a stored article again, to catch edits.

News articles change most in their first hours (updates, corrections,
headline rewrites) and rarely after a few days. So the interval between
re-checks grows with the article's age: ``recheck_first`` while it is fresh,
then ``AGE_FRACTION`` of its age (an article 6 hours old is looked at again
in 3 hours), never more than ``recheck_max_interval``, and never again once
it is older than ``recheck_stop_after``. A final check lands exactly at the
stop age so the last edits inside the window are seen.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from monitor.config import FetchConfig

#: The next re-check comes after this fraction of the article's current age.
AGE_FRACTION = 0.5


def next_recheck(first_seen: datetime, last_checked: datetime,
                 cfg: FetchConfig) -> datetime | None:
    """When to re-check an article first seen at ``first_seen``; None to stop."""
    first_seen, last_checked = _utc(first_seen), _utc(last_checked)
    age = max(0.0, (last_checked - first_seen).total_seconds())
    if age >= cfg.recheck_stop_after:
        return None
    interval = min(max(cfg.recheck_first, age * AGE_FRACTION), cfg.recheck_max_interval)
    stop_at = first_seen + timedelta(seconds=cfg.recheck_stop_after)
    return min(last_checked + timedelta(seconds=interval), stop_at)


def _utc(when: datetime) -> datetime:
    # Storage hands back aware UTC datetimes; naive ones are UTC by convention.
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when
