"""Event identity by date: the same event (made precise), the same one moved, another."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.events import covers, match, more_precise, span

SPANS = [
    ("day", "2023-12-19", (date(2023, 12, 19), date(2023, 12, 19))),
    ("early", "2024-02-early", (date(2024, 2, 1), date(2024, 2, 10))),
    ("mid", "2023-12-mid", (date(2023, 12, 11), date(2023, 12, 20))),
    ("late-february-leap", "2024-02-late", (date(2024, 2, 21), date(2024, 2, 29))),
    ("late-february", "2023-02-late", (date(2023, 2, 21), date(2023, 2, 28))),
    ("month", "2024-01", (date(2024, 1, 1), date(2024, 1, 31))),
    ("iso-week", "2024-W03", (date(2024, 1, 15), date(2024, 1, 21))),
    ("week-across-the-year", "2025-W01", (date(2024, 12, 30), date(2025, 1, 5))),
    ("impossible-week", "2023-W54", None),
    ("no-date", "postponed", None),
    ("empty", None, None),
    ("impossible-day", "2024-02-30", None),
]


@pytest.mark.parametrize("value,expected", [(v, e) for _, v, e in SPANS], ids=[c[0] for c in SPANS])
def test_span(value: str | None, expected: tuple[date, date] | None) -> None:
    assert span(value) == expected


MATCHES = [
    ("equal", "2023-12-19", "2023-12-19", "same"),
    ("mid-month-made-precise", "2023-12-mid", "2023-12-19", "same"),
    ("month-made-precise", "2024-01", "2024-01-13", "same"),
    ("moved-three-days", "2023-12-19", "2023-12-22", "moved"),
    ("part-then-a-day-just-after", "2023-12-mid", "2023-12-22", "moved"),
    ("a-week-is-still-moved", "2023-12-19", "2023-12-26", "moved"),
    ("next-month-is-another", "2023-12-19", "2024-01-13", "other"),
    ("other-part-of-the-month", "2023-12-early", "2023-12-late", "other"),
    ("week-made-precise", "2024-W03", "2024-01-17", "same"),
    ("statuses-equal", "postponed", "postponed", "same"),
    ("status-and-date", "postponed", "2023-12-19", "other"),
]


@pytest.mark.parametrize("a,b,expected", [(a, b, e) for _, a, b, e in MATCHES], ids=[c[0] for c in MATCHES])
def test_match(a: str, b: str, expected: str) -> None:
    assert match(a, b, window=7) == expected
    assert match(b, a, window=7) == expected


COVERS = [
    ("month-covers-a-day", "2023-12", "2023-12-19", True),
    ("a-day-does-not-cover-its-month-part", "2023-12-17", "2023-12-mid", False),
    ("equal", "2023-12-mid", "2023-12-mid", True),
    ("no-date", "postponed", "2023-12-19", False),
]


@pytest.mark.parametrize("a,b,expected", [c[1:] for c in COVERS], ids=[c[0] for c in COVERS])
def test_covers(a: str, b: str, expected: bool) -> None:
    assert covers(a, b) is expected


def test_more_precise() -> None:
    assert more_precise("2023-12-19", "2023-12-mid")
    assert not more_precise("2023-12-mid", "2023-12-19")
    assert not more_precise("2023-12-19", "2023-12-20")
    assert not more_precise("postponed", "2023-12-19")
