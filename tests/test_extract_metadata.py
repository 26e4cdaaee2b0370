"""Metadata: every source (JSON-LD, meta, <time>, URL path) and their order of trust."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from monitor.extract import extract
from monitor.extract.dates import date_from_url, parse_date
from monitor.extract.jsonld import best_article, parse_scripts

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def tz(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


# (fixture, url, expected fields). Each fixture also carries lower-trust sources
# that disagree, so a wrong order of trust fails the case.
METADATA_CASES = [
    pytest.param(
        "jsonld_newsarticle.html", "https://herald.example/news/2023/12/19/harbour-bridge-reopens",
        {
            "title": "Harbour bridge reopens after eight months of repairs",  # not og:title
            "published": datetime(2023, 12, 19, 8, 30, tzinfo=tz(1)),  # not article:published_time
            "modified": datetime(2023, 12, 19, 10, 5, tzinfo=tz(1)),
            "authors": ("Ana Ribeiro", "Tom Hale"),  # not meta author
            "site_name": "The Coastal Herald",  # not og:site_name
            "language": "en",
            "canonical_url": "https://herald.example/news/2023/12/19/harbour-bridge-reopens",
        },
        id="jsonld-newsarticle-beats-meta",
    ),
    pytest.param(
        "jsonld_graph.html", None,
        {
            "title": "Le marché couvert rouvre ses portes",  # NewsArticle beats WebPage
            "published": datetime(2024, 3, 5, 7, 0, tzinfo=UTC),  # no zone given: UTC
            "authors": ("Claire Dubois",),
            "site_name": "La Gazette de la Ville",  # publisher by @id: the WebSite name
            "language": "fr",
        },
        id="jsonld-graph",
    ),
    pytest.param(
        "jsonld_array.html", None,
        {
            "title": "Seven lessons from a year of urban beekeeping",
            "published": datetime(2022, 6, 30, tzinfo=UTC),
            "authors": ("Mia Keller",),
            "site_name": "Garden Notes",
            "language": "de",
        },
        id="jsonld-array",
    ),
    pytest.param(
        "jsonld_bad.html", None,
        {
            "title": "Library extends opening hours",
            "published": datetime(2021, 9, 14, 12, 0, tzinfo=tz(-4)),
            "site_name": "Riverside Post",
            "authors": (),
        },
        id="jsonld-unreadable-falls-back-to-meta",
    ),
    pytest.param(
        "jsonld_trailing_comma.html", None,
        {"title": "Ferry timetable changes for winter", "authors": ("Lee Park",),
         "published": datetime(2022, 11, 2, 6, 0, tzinfo=UTC)},
        id="jsonld-trailing-commas-repaired",
    ),
    pytest.param(
        "og_meta.html", "https://valley.example/1998/01/01/x",
        {
            "title": "Vineyard harvest starts early after hot summer",
            "published": datetime(2023, 8, 21, 9, 15, tzinfo=tz(2)),  # not DC, <time>, URL
            "modified": datetime(2023, 8, 22, 18, 0, tzinfo=tz(2)),
            "authors": ("Giulia Conti", "Marco Neri"),
            "site_name": "Valley Times",
            "language": "it",
            "canonical_url": "https://valley.example/wine/harvest-starts-early",
        },
        id="opengraph-article-meta",
    ),
    pytest.param(
        "dublin_core.html", "https://erosion.example/2000/01/01/report",
        {
            "title": "Coastal erosion speeds up along the eastern shore",
            "published": datetime(2019, 5, 7, tzinfo=UTC),  # not <time>, not URL
            "modified": datetime(2019, 5, 9, 11, 0, tzinfo=UTC),
            "authors": ("Harbour Research Institute",),
            "language": "nl",
            "canonical_url": None,
        },
        id="dublin-core",
    ),
    pytest.param(
        "time_element.html", "https://orchestra.example/2020/05/05/conductor",
        {
            "title": "Orchestra names new conductor",
            "published": datetime(2024, 2, 10, 14, 0, tzinfo=UTC),  # <time pubdate>, not URL
            "modified": datetime(2024, 2, 11, 9, 30, tzinfo=UTC),
        },
        id="time-element",
    ),
    pytest.param(
        "plain_article.html", "https://market.example/2023/12/19/night-market-returns",
        {
            "title": "Night market returns to the old town",
            "published": datetime(2023, 12, 19, tzinfo=UTC),
            "modified": None, "authors": (), "site_name": None, "language": None,
        },
        id="url-path-date",
    ),
]


@pytest.mark.parametrize(("fixture", "url", "expected"), METADATA_CASES)
def test_metadata_sources_in_order_of_trust(
        fixture: str, url: str | None, expected: dict[str, object]) -> None:
    doc = extract(page(fixture), url)
    for field, value in expected.items():
        assert getattr(doc, field) == value, field


def test_dates_are_timezone_aware() -> None:
    for name in ("jsonld_graph.html", "og_meta.html", "dublin_core.html", "time_element.html"):
        doc = extract(page(name))
        for value in (doc.published, doc.modified):
            assert value is None or value.tzinfo is not None


@pytest.mark.parametrize(("url", "expected"), [
    pytest.param(None, "https://herald.example/news/2023/12/19/harbour-bridge-reopens",
                 id="relative-link-without-base-uses-jsonld"),
    pytest.param("https://mirror.example/a/b", "https://mirror.example/news/2023/12/19/harbour-bridge-reopens",
                 id="relative-link-resolved-against-url"),
])
def test_canonical_url_is_absolute(url: str | None, expected: str) -> None:
    assert extract(page("jsonld_newsarticle.html"), url).canonical_url == expected


@pytest.mark.parametrize(("html", "expected"), [
    pytest.param("<title>Storm closes schools | Daily Bugle</title>"
                 "<meta property='og:site_name' content='Daily Bugle'>", "Storm closes schools",
                 id="site-suffix-cut-from-title-tag"),
    pytest.param("<meta property='og:title' content='Q&amp;A: rates - what next | Daily Bugle'>"
                 "<meta property='og:site_name' content='Daily Bugle'>", "Q&A: rates - what next",
                 id="site-name-cut-from-og-title"),
    pytest.param("<meta property='og:title' content='Left - right'>", "Left - right",
                 id="og-title-kept-when-tail-is-not-the-site"),
])
def test_title_cleanup(html: str, expected: str) -> None:
    assert extract(f"<html><head>{html}</head><body></body></html>").title == expected


@pytest.mark.parametrize(("value", "expected"), [
    pytest.param("2023-12-19T08:30:00Z", datetime(2023, 12, 19, 8, 30, tzinfo=UTC), id="iso-z"),
    pytest.param("2023-12-19T08:30:00+0100", datetime(2023, 12, 19, 8, 30, tzinfo=tz(1)),
                 id="iso-offset-no-colon"),
    pytest.param("2023-12-19T08:30:00.123456789-05:00",
                 datetime(2023, 12, 19, 8, 30, 0, 123456, tzinfo=tz(-5)), id="iso-nanoseconds"),
    pytest.param("2023-12-19 08:30:00", datetime(2023, 12, 19, 8, 30, tzinfo=UTC), id="iso-space-naive"),
    pytest.param("2023-12-19", datetime(2023, 12, 19, tzinfo=UTC), id="date-only"),
    pytest.param("Tue, 19 Dec 2023 08:30:00 GMT", datetime(2023, 12, 19, 8, 30, tzinfo=UTC), id="rfc2822"),
    pytest.param("20231219T083000Z", datetime(2023, 12, 19, 8, 30, tzinfo=UTC), id="compact"),
    pytest.param("2023/12/19 08:30", datetime(2023, 12, 19, 8, 30, tzinfo=UTC), id="slashed"),
    pytest.param("December 19th, 2023", datetime(2023, 12, 19, tzinfo=UTC), id="wordy-us"),
    pytest.param("19 Dec. 2023", datetime(2023, 12, 19, tzinfo=UTC), id="wordy-uk"),
    pytest.param("2023-02-30", None, id="impossible-day"),
    pytest.param("1875-01-01", None, id="implausibly-old"),
    pytest.param("2999-01-01", None, id="future"),
    pytest.param("yesterday", None, id="not-a-date"),
    pytest.param("", None, id="empty"),
    pytest.param(20231219, None, id="not-a-string"),
])
def test_parse_date(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(("url", "expected"), [
    pytest.param("https://a.example/2023/12/19/story", datetime(2023, 12, 19, tzinfo=UTC), id="slashes"),
    pytest.param("https://a.example/news/2023-12-19-story.html", datetime(2023, 12, 19, tzinfo=UTC),
                 id="dashes"),
    pytest.param("https://a.example/20231219/story", datetime(2023, 12, 19, tzinfo=UTC), id="compact"),
    pytest.param("https://a.example/2023/12/story", None, id="no-day"),
    pytest.param("https://a.example/id/1234567890123/story", None, id="long-number"),
    pytest.param(None, None, id="no-url"),
])
def test_date_from_url(url: str | None, expected: datetime | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(("scripts", "headline"), [
    pytest.param(['{"@type": "NewsArticle", "headline": "A"}'], "A", id="single"),
    pytest.param(['[{"@type": "WebPage", "name": "W"}, {"@type": "BlogPosting", "headline": "B"}]'],
                 "B", id="array-prefers-article"),
    pytest.param(['{"@graph": [{"@type": "WebPage", "name": "W"}, {"@type": "Article", "headline": "C"}]}'],
                 "C", id="graph"),
    pytest.param(['{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "D"}}'],
                 "D", id="main-entity"),
    pytest.param(['{"@type": "NewsArticle", "headline": "broken', '{"@type": "Article", "headline": "E"}'],
                 "E", id="bad-block-skipped"),
    pytest.param(['<!--{"@type": "Article", "headline": "F",}-->'], "F", id="html-comment-trailing-comma"),
    pytest.param(['{"@type": "Organization", "name": "Org"}'], None, id="no-article-type"),
    pytest.param(["not json"], None, id="garbage"),
    pytest.param(["[" * 100_000, '{"@type": "Article", "headline": "G"}'], "G",
                 id="nesting-bomb-skipped"),
])
def test_jsonld_article_selection(scripts: list[str], headline: str | None) -> None:
    article = best_article(parse_scripts(scripts))
    assert (article.headline if article else None) == headline


def test_jsonld_authors_from_strings_people_and_lists() -> None:
    article = best_article(parse_scripts([
        '{"@type": "NewsArticle", "author": ["By Ann Lee", {"@type": "Person", "name": "Bo Wu"},'
        ' {"@type": "Person", "url": "https://x.example/bo"}, "https://x.example/author/ann"]}',
    ]))
    assert article is not None
    assert article.authors == ("By Ann Lee", "Bo Wu")
    doc = extract('<script type="application/ld+json">{"@type": "NewsArticle", '
                  '"author": "By Ann Lee"}</script>')
    assert doc.authors == ("Ann Lee",)
