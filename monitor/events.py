"""Which event a dated claim is about: the same one, made precise or moved, or another.

An event relation (a meeting, a rally) has no single slot to change: an alliance holds
many meetings. Its value is the event's date, written as precisely as the text was:
``2023-12-19``, a part of a month ``2023-12-mid`` (``-early``, ``-late``), an ISO week
``2024-W03``, a month ``2024-01``. Two reports of one subject's event compare by their dates:

- ``same``: the dates can be one day: equal, or one lies inside the other's span
  ("mid-December" and "19 December": the same meeting, made precise);
- ``moved``: dates a few days apart ("19 December", then "22 December"; "mid-December",
  then "22 December"): the event was moved (``window`` days at most between the spans, a
  lexicon setting per relation);
- ``other``: anything further apart is another event ("13 January" is a new meeting).

A value that is no date (a status, an empty value) compares as ``other`` unless equal.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

Match = Literal["same", "moved", "other"]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(\d{2})-(early|mid|late)$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")     # an ISO week ("next week": 2024-W03)
# The days of a month a part of it covers (the last part runs to the month's end).
_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def span(value: str | None) -> tuple[date, date] | None:
    """The first and last day a date value can be; None for a value that is no date."""
    if not value:
        return None
    try:
        if found := _DAY.match(value):
            day = date(int(found[1]), int(found[2]), int(found[3]))
            return day, day
        if found := _PART.match(value):
            year, month = int(found[1]), int(found[2])
            first, last = _PARTS[found[3]]
            return date(year, month, first), date(year, month, min(last, _month_days(year, month)))
        if found := _WEEK.match(value):
            monday = date.fromisocalendar(int(found[1]), int(found[2]), 1)
            return monday, monday + timedelta(days=6)
        if found := _MONTH.match(value):
            year, month = int(found[1]), int(found[2])
            return date(year, month, 1), date(year, month, _month_days(year, month))
    except ValueError:
        return None
    return None


def match(a: str | None, b: str | None, window: int) -> Match:
    """How two date values of one subject's events relate (see the module's rules)."""
    if a == b:
        return "same"
    first, second = span(a), span(b)
    if first is None or second is None:
        return "other"
    if first[0] <= second[1] and second[0] <= first[1]:
        return "same"           # the spans overlap: one can be the other made precise
    gap = max(first[0], second[0]) - min(first[1], second[1])
    return "moved" if gap <= timedelta(days=window) else "other"


def covers(a: str | None, b: str | None) -> bool:
    """Does ``a`` span every day ``b`` can be ("December" covers "19 December"; "17
    December" does not cover "mid-December")? Equal values always do."""
    if a == b:
        return True
    first, second = span(a), span(b)
    return first is not None and second is not None and first[0] <= second[0] and second[1] <= first[1]


def more_precise(a: str | None, b: str | None) -> bool:
    """Does ``a`` name a shorter span than ``b`` ("19 December" than "mid-December")?"""
    first, second = span(a), span(b)
    return first is not None and second is not None and (first[1] - first[0]) < (second[1] - second[0])


def _month_days(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]
