"""Dates in a sentence, resolved against the article's publication date.

Values are ISO strings: a day "2023-12-19", a part of a month "2023-12-mid"
(also -early / -late), a month "2024-01", a week "2023-W51". A date written
without a year takes the year that puts it nearest the article's date
("January 13" in a December 2023 article is 2024-01-13). A weekday ("on
Tuesday") is the nearest such day before the article's date, or after it when
the sentence speaks of the future ("will meet on Tuesday"). Without an
article date, relative expressions are dropped and yearless dates are
"--MM-DD".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
PARTS = {"early": "early", "mid": "mid", "middle of": "mid", "late": "late", "end of": "late",
         "the end of": "late", "the middle of": "mid", "the first week of": "early",
         "first week of": "early", "the second week of": "mid", "second week of": "mid",
         "the third week of": "mid", "third week of": "mid", "the last week of": "late",
         "last week of": "late", "the beginning of": "early", "beginning of": "early",
         "the start of": "early", "start of": "early"}

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October"
          r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PART = "(?P<part>" + "|".join(re.escape(p) for p in sorted(PARTS, key=len, reverse=True)) + ")"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(r"(?<![\w-])" + pattern + r"(?![\w])"))
    for kind, pattern in (
        ("iso", r"(?P<year>20\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"),
        ("md", _MONTH + r"\s+" + _DAY + _YEAR),
        ("dm", _DAY + r"\s+(?:of\s+)?" + _MONTH + _YEAR),
        ("part", r"(?i:" + _PART + r")[-\s]" + _MONTH + _YEAR),
        ("month", r"(?:in|by|for|until|till|from|since|before|after|during)\s+" + _MONTH + _YEAR),
        ("weekday", r"(?:(?P<which>(?i:next|last|this|coming|on))\s+)?"
                    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"),
        ("relative", r"(?P<rel>(?i:today|tonight|tomorrow|yesterday|next week|this week"
                     r"|last week|next month|this month|last month))"),
    ))
_FUTURE = re.compile(r"\b(?:will|shall|to be held|scheduled|slated|next|upcoming|set to|is to|are to"
                     r"|would|expected|likely|plans?|planned|proposed|tentatively|fixed for)\b",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str
    precision: str      # day | part | month | week
    #: A day named with its month and no year ("June 23"): its past reading is last year's
    #: when this year's is weeks ahead.
    yearless: bool = False


def find_dates(text: str, published: date | None, future: bool | None = None) -> list[DateMention]:
    """Every date expression in ``text`` (one sentence), longest match first. ``future``: read
    as told of the future (True) or of the past (False; a yearless day weeks ahead is then last
    year's), else as the sentence's words suggest."""
    past = future is False
    if future is None:
        future = bool(_FUTURE.search(text))
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            mention = _resolve(kind, m, published, future, past)
            if mention is not None:
                found.append(mention)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _resolve(kind: str, m: re.Match[str], published: date | None,
             future: bool, past: bool = False) -> DateMention | None:
    if kind in ("md", "dm"):
        value, precision = _day(m, published, past)
    else:
        value, precision = _RESOLVERS[kind](m, published, future)
    if value is None:
        return None
    return DateMention(m.start(), m.end(), value, precision, kind in ("md", "dm") and not m.group("year"))


def _day(m: re.Match[str], published: date | None, past: bool) -> tuple[str | None, str]:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day = int(m.group("day"))
    year = _year(m, month, day, published, past)
    if not 1 <= day <= 31:
        return None, "day"
    if year is None:
        return f"--{month:02d}-{day:02d}", "day"
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None, "day"


def _iso(m: re.Match[str], published: date | None, future: bool) -> tuple[str | None, str]:
    try:
        return date(int(m.group("year")), int(m.group("mon")), int(m.group("day"))).isoformat(), "day"
    except ValueError:
        return None, "day"


def _part(m: re.Match[str], published: date | None, future: bool) -> tuple[str | None, str]:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    part = PARTS[re.sub(r"\s+", " ", m.group("part").lower())]
    year = _year(m, month, 15, published)
    prefix = f"{year:04d}" if year is not None else "-"
    return f"{prefix}-{month:02d}-{part}", "part"


def _month(m: re.Match[str], published: date | None, future: bool) -> tuple[str | None, str]:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    year = _year(m, month, 15, published)
    return (f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"), "month"


def _weekday(m: re.Match[str], published: date | None, future: bool) -> tuple[str | None, str]:
    if published is None:
        return None, "day"
    target = WEEKDAYS[m.group("weekday").lower()]
    which = (m.group("which") or "on").lower()
    ahead = (target - published.weekday()) % 7
    behind = (published.weekday() - target) % 7
    if which == "next":
        delta = ahead or 7
    elif which == "last":
        delta = -(behind or 7)
    elif which in ("this", "coming") or future:
        delta = ahead
    else:
        delta = -behind
    return (published + timedelta(days=delta)).isoformat(), "day"


def _relative(m: re.Match[str], published: date | None, future: bool) -> tuple[str | None, str]:
    if published is None:
        return None, "day"
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    days = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
    if rel in days:
        return (published + timedelta(days=days[rel])).isoformat(), "day"
    if rel.endswith("week"):
        shift = {"next": 7, "this": 0, "last": -7}[rel.split()[0]]
        year, week, _ = (published + timedelta(days=shift)).isocalendar()
        return f"{year:04d}-W{week:02d}", "week"
    shift_months = {"next": 1, "this": 0, "last": -1}[rel.split()[0]]
    index = published.year * 12 + published.month - 1 + shift_months
    return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"


def _year(m: re.Match[str], month: int, day: int, published: date | None,
          past: bool = False) -> int | None:
    """The year a date names, else the one that puts it nearest the article's date; "June 23
    last year" is the year before; read as ``past``, a day the nearest year would put weeks
    after the article is the year before ("the first meeting was held in Patna on June 23", in a
    May article; not "postponed to January 13")."""
    if m.groupdict().get("year"):
        return int(m.group("year"))
    if published is None:
        return None
    if _LAST_YEAR.match(m.string, m.end()):
        return published.year - 1
    nearest = _nearest_year(month, day, published)
    if past and nearest is not None and _HELD_ON.search(m.string, 0, m.start()) and \
            (date(nearest, month, min(day, 28)) - published).days > PAST_SLACK_DAYS:
        return nearest - 1
    return nearest


#: How far after the article's date a day told in the past may still be (a late dateline).
PAST_SLACK_DAYS = 7
#: What happened on a day ("was held in Patna on June 23"), not a day something was moved
#: from, to or set for ("postponed from December 17 to December 19", "scheduled for").
_HELD_ON = re.compile(r"\bon\s+(?:\w+day,?\s+)?$", re.IGNORECASE)
_LAST_YEAR = re.compile(r",?\s+(?:of\s+)?last\s+year\b", re.IGNORECASE)


def _nearest_year(month: int, day: int, published: date) -> int | None:
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            distance = abs((date(year, month, min(day, 28)) - published).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


_RESOLVERS = {"iso": _iso, "part": _part, "month": _month, "weekday": _weekday, "relative": _relative}
