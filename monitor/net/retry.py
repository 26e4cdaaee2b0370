"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import random
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

#: Statuses worth another try: the server said "later", not "never".
#: 501 (not implemented) and 505 (version) will not change on retry.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504, 507, 509,
                            520, 521, 522, 523, 524, 525, 526, 527, 529, 530})

#: Statuses whose Retry-After we honour for the whole host.
RETRY_AFTER_STATUSES = frozenset({429, 503})

BACKOFF_BASE = 1.0
BACKOFF_CAP = 120.0


def retryable_status(status: int) -> bool:
    return status in RETRY_STATUSES


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def backoff(attempt: int, rng: random.Random, base: float = BACKOFF_BASE,
            cap: float = BACKOFF_CAP) -> float:
    """Exponential backoff with jitter: about base * 2**attempt, never over cap.

    "Equal jitter": half the step is fixed so waits keep growing, half is
    random so many clients that failed together do not return together.
    """
    step = min(cap, base * (2 ** attempt))
    return step / 2 + rng.uniform(0, step / 2)
