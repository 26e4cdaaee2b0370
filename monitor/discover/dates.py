"""Dates as sitemaps and JSON feeds write them (W3C / ISO 8601), in UTC."""

from __future__ import annotations

from datetime import datetime, timezone


def parse_w3c_date(value: str | None) -> datetime | None:
    """``2024-01-05``, ``2024-01-05T10:00:00+05:30`` or ``...Z`` as aware UTC; None if not."""
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)
