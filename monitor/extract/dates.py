"""Dates as pages write them, to timezone-aware datetimes (UTC when no zone is given)."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from monitor.extract import selectors as sel

log = logging.getLogger(__name__)

_EARLIEST_YEAR = 1990
# Clocks and time zones disagree a little; a date further ahead is a template bug.
_FUTURE_SLACK = timedelta(days=2)

_ISO_HEAD_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$")
_SLASH_RE = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_FRACTION_RE = re.compile(r"(\.\d{1,6})\d*")
_ZONE_NO_COLON_RE = re.compile(r"([+-]\d{2})(\d{2})$")
_WORDY_RE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})"
    r"|([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b", re.IGNORECASE)


def parse_date(value: object) -> datetime | None:
    """Parse one date string (ISO 8601, RFC 2822, compact or wordy English) or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 80:
        return None
    parsed = _iso(text) or _compact(text) or _slashed(text) or _rfc2822(text) or _wordy(text)
    return _plausible(parsed)


def date_from_url(url: str | None) -> datetime | None:
    """The date a URL path spells (``/2023/12/19/``, ``/2023-12-19/``), at midnight UTC."""
    if not url:
        return None
    match = sel.URL_DATE_RE.search(url)
    if match is None:
        return None
    groups = [g for g in match.groups() if g is not None]
    return _plausible(_build(int(groups[0]), int(groups[1]), int(groups[2])))


def _iso(text: str) -> datetime | None:
    if not _ISO_HEAD_RE.match(text):
        return None
    cleaned = text.replace(" ", "T", 1) if len(text) > 10 and text[10] == " " else text
    cleaned = _FRACTION_RE.sub(r"\1", cleaned.replace("z", "Z"))
    cleaned = _ZONE_NO_COLON_RE.sub(r"\1:\2", cleaned.replace(" ", ""))
    try:
        return _aware(datetime.fromisoformat(cleaned))
    except ValueError:
        return _build(int(text[:4]), int(text[5:7]), int(text[8:10]))


def _compact(text: str) -> datetime | None:
    match = _COMPACT_RE.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    iso = f"{year}-{month}-{day}T{hour or '00'}:{minute or '00'}:{second or '00'}{zone or ''}"
    return _iso(iso)


def _slashed(text: str) -> datetime | None:
    match = _SLASH_RE.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = match.groups()
    return _build(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                  int(second or 0))


def _rfc2822(text: str) -> datetime | None:
    if "," not in text and not text[:3].isalpha():
        return None
    try:
        return _aware(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _wordy(text: str) -> datetime | None:
    match = _WORDY_RE.search(text)
    if match is None:
        return None
    day, month_name, year, month_name2, day2, year2 = match.groups()
    month = sel.MONTHS.get((month_name or month_name2 or "").lower())
    if month is None:
        return None
    return _build(int(year or year2), month, int(day or day2))


def _build(year: int, month: int, day: int, hour: int = 0, minute: int = 0,
           second: int = 0) -> datetime | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60 and second < 60):
        return None
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:  # 31 February and friends
        return None


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _plausible(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.year < _EARLIEST_YEAR or value > datetime.now(UTC) + _FUTURE_SLACK:
        log.debug("implausible date %s ignored", value.isoformat())
        return None
    return value
