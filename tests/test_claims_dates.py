"""Date expressions resolved against the article's date (2023-12-07 is a Thursday)."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.claims.dates import find_dates

ARTICLE = date(2023, 12, 7)

CASES = [
    ("on-tuesday-past", "The bloc met on Tuesday.", ARTICLE, ["2023-12-05"]),
    ("on-tuesday-future", "The bloc will meet on Tuesday.", ARTICLE, ["2023-12-12"]),
    ("next-tuesday", "They meet next Tuesday.", ARTICLE, ["2023-12-12"]),
    ("last-thursday", "They met last Thursday.", ARTICLE, ["2023-11-30"]),
    ("same-weekday", "They met on Thursday.", ARTICLE, ["2023-12-07"]),
    ("month-day", "The meeting is on December 19.", ARTICLE, ["2023-12-19"]),
    ("day-month-abbr", "The meeting is on 19 Dec.", ARTICLE, ["2023-12-19"]),
    ("abbr-dot-year", "It was on Dec. 6, 2023.", ARTICLE, ["2023-12-06"]),
    ("ordinal", "On the 19th of December they meet.", ARTICLE, ["2023-12-19"]),
    ("mid-month", "A meeting in mid-December.", ARTICLE, ["2023-12-mid"]),
    ("early-month", "A meeting in early January.", ARTICLE, ["2024-01-early"]),
    ("end-of-month", "By the end of December.", ARTICLE, ["2023-12-late"]),
    ("january-next-year", "The bloc meets on January 13.", ARTICLE, ["2024-01-13"]),
    ("month-only", "The meeting in January.", ARTICLE, ["2024-01"]),
    ("next-week", "They will meet next week.", ARTICLE, ["2023-W50"]),
    ("tomorrow", "They meet tomorrow.", ARTICLE, ["2023-12-08"]),
    ("yesterday", "They met yesterday.", ARTICLE, ["2023-12-06"]),
    ("iso", "Dated 2023-12-19.", ARTICLE, ["2023-12-19"]),
    ("no-article-date-weekday", "They meet on Tuesday.", None, []),
    ("no-article-date-yearless", "They meet on December 19.", None, ["--12-19"]),
    ("may-modal-not-month", "They may meet soon.", ARTICLE, []),
    ("invalid-day", "On February 31 nothing.", ARTICLE, []),
    ("last-year-after-the-day", "The first meeting was held on June 23 last year.", ARTICLE, ["2022-06-23"]),
]

# read as told of the past (the reading a clause in the past tense takes; published 2024-05-27)
PAST = [
    ("a-day-weeks-ahead-held-on-is-last-years", "The second meeting took place on July 17.", ["2023-07-17"]),
    ("a-day-days-ahead-is-this-years", "The meeting was held on May 30.", ["2024-05-30"]),
    ("a-day-moved-from-stays-ahead", "It was postponed from July 17 to July 19.", ["2024-07-17", "2024-07-19"]),
    ("a-day-with-its-year-stays", "It took place on July 17, 2024.", ["2024-07-17"]),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in PAST], ids=[c[0] for c in PAST])
def test_dates_read_as_past(text: str, expected: list[str]) -> None:
    assert [d.value for d in find_dates(text, date(2024, 5, 27), future=False)] == expected


@pytest.mark.parametrize("text,published,expected", [(t, p, e) for _, t, p, e in CASES],
                         ids=[c[0] for c in CASES])
def test_dates(text: str, published: date | None, expected: list[str]) -> None:
    assert [d.value for d in find_dates(text, published)] == expected


def test_span_points_at_expression() -> None:
    text = "They meet on December 19 in Delhi."
    (mention,) = find_dates(text, ARTICLE)
    assert text[mention.start:mention.end] == "December 19"
