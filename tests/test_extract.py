"""Article body extraction: what is kept and what is left out, per page structure."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.extract import ExtractedArticle, article_text, extract

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# (fixture, substrings every one of which must be in the text, substrings none of which may be)
BODY_CASES = [
    pytest.param(
        "jsonld_newsarticle.html",
        ["reopened to traffic on Tuesday", "212 steel cables", "buses would return"],
        ["Home", "Sport", "All rights reserved", "eight months of repairs\n"],
        id="plain-article-in-main",
    ),
    pytest.param(
        "br_text.html",
        ["La lluvia de la madrugada", "Los bomberos rescataron", "El ayuntamiento abrirá",
         "Los meteorólogos prevén"],
        ["Inicio", "Aviso legal"],
        id="br-separated-text",
    ),
    pytest.param(
        "also_read.html",
        ["called off shortly before midnight", "raises wages by 6 percent",
         "Union members will vote"],
        ["ALSO READ", "Also read", "Commuters brace", "What the new timetable",
         "Read more", "Five charts"],
        id="inline-also-read-links",
    ),
    pytest.param(
        "related_in_article.html",
        ["handed back fourteen bronze statues", "go on display in a new gallery",
         "Researchers spent four years"],
        ["Related stories", "looted art", "Curators across Europe", "Sidebar text",
         "Another story", "Teaser summary"],
        id="related-box-inside-article",
    ),
    pytest.param(
        "comments.html",
        ["eighteen kilometres of protected cycle lanes", "voted 31 to 9"],
        ["waste of money", "Finally!", "RoadUser77", "Leave a reply", "42 comments"],
        id="comments-section",
    ),
    pytest.param(
        "comments_inside_article.html",
        ["best sourdough loaf", "fed every single day"],
        ["every Saturday for twenty years", "Congratulations", "queue on Saturday"],
        id="comments-inside-article",
    ),
    pytest.param(
        "newsletter_share.html",
        ["Wheat yields across the southern plains", "Farmers in the worst-hit districts",
         "Prices for bread flour"],
        ["Share on Facebook", "Copy link", "morning briefing", "Sign up to our free newsletter",
         "Share this article", "Most read", "Celebrity chef"],
        id="newsletter-box-and-share-bars",
    ),
    pytest.param(
        "multipage.html",
        ["130 metres into the mountain", "More than a million samples",
         "The first withdrawal came in 2015"],
        ["Page 1 of 3", "Continue reading", "Next page", "Next »"],
        id="multi-page-markers",
    ),
    pytest.param(
        "broken.html",
        ["old factory chimney was demolished", "Demolition experts spent three weeks",
         "three hundred new homes"],
        ["Footer"],
        id="broken-html",
    ),
    pytest.param(
        "truncated.html",
        ["last lighthouse keeper", "great gale of 1987", "families who lived th"],
        [],
        id="truncated-html",
    ),
]


@pytest.mark.parametrize(("fixture", "present", "absent"), BODY_CASES)
def test_body_keeps_the_article_and_drops_the_rest(
        fixture: str, present: list[str], absent: list[str]) -> None:
    text = extract(page(fixture), "https://example.com/story").text
    for snippet in present:
        assert snippet in text, f"missing {snippet!r}"
    for snippet in absent:
        assert snippet not in text, f"boilerplate {snippet!r} leaked into the text"


@pytest.mark.parametrize("fixture", [
    pytest.param("homepage.html", id="teaser-list"),
    pytest.param("homepage_articles.html", id="article-cards"),
])
def test_page_without_article_gives_empty_text(fixture: str) -> None:
    doc = extract(page(fixture), "https://example.com/")
    assert doc.text == ""
    assert doc.paragraphs == ()
    assert doc.title  # metadata is still read


@pytest.mark.parametrize(("html", "expected"), [
    pytest.param("", "", id="empty-string"),
    pytest.param(b"", "", id="empty-bytes"),
    pytest.param("<html><body><nav><a href='/'>Home</a></nav></body></html>", "", id="menu-only"),
    pytest.param("just some words, no markup at all", "", id="too-short-to-be-an-article"),
])
def test_degenerate_pages_give_empty_text(html: str | bytes, expected: str) -> None:
    assert extract(html).text == expected


def test_br_paragraphs_are_split() -> None:
    paragraphs = extract(page("br_text.html")).paragraphs
    assert len(paragraphs) == 4
    assert paragraphs[3].startswith("Los meteorólogos prevén")


def test_title_heading_is_not_repeated_in_the_body() -> None:
    doc = extract(page("jsonld_graph.html"))
    assert doc.title == "Le marché couvert rouvre ses portes"
    assert doc.paragraphs[0].startswith("Après deux ans de travaux")


@pytest.mark.parametrize(("html", "expected"), [
    pytest.param("<p><span class='dropcap'>T</span>he drop cap</p>", "The drop cap", id="drop-cap"),
    pytest.param("<p><b>bold</b> <i>italic</i> words</p>", "bold italic words", id="inline-space"),
    pytest.param("<p>a<a href='/x'>link</a>, then</p>", "alink, then", id="no-space-added"),
    pytest.param("<p>one\n   two\t three</p>", "one two three", id="whitespace-collapsed"),
])
def test_inline_text_joins_like_a_browser(html: str, expected: str) -> None:
    prose = " and a long tail of prose so that this paragraph reads like an article."
    filler = "<p>" + "A sentence of filler prose that makes this an article. " * 4 + "</p>"
    text = extract(f"<article>{html.replace('</p>', prose + '</p>')}{filler}</article>").text
    assert text.startswith(expected + prose)


def test_text_is_paragraphs_joined_by_blank_lines() -> None:
    doc = extract(page("newsletter_share.html"))
    assert doc.text == "\n\n".join(doc.paragraphs)
    assert len(doc.paragraphs) == 3


def test_article_text_equals_extract_text() -> None:
    for name in ("also_read.html", "comments.html", "homepage.html"):
        html = page(name).decode("utf-8")
        assert article_text(html, "https://example.com/a") == extract(html, "https://example.com/a").text


def test_result_is_frozen_and_json_ready() -> None:
    doc = extract(page("jsonld_newsarticle.html"), "https://herald.example/x")
    assert isinstance(doc, ExtractedArticle)
    with pytest.raises(AttributeError):
        doc.title = "changed"  # type: ignore[misc]
    data = doc.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["published"] == "2023-12-19T08:30:00+01:00"
    assert data["authors"] == ["Ana Ribeiro", "Tom Hale"]
    assert data["paragraphs"] == list(doc.paragraphs)
    assert doc.published == datetime(2023, 12, 19, 7, 30, tzinfo=UTC)
