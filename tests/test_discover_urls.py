"""canonicalize_url: every URL of one story maps to one canonical URL."""

from __future__ import annotations

import pytest

from monitor.discover import canonicalize_url, link_url

CANONICAL = [
    ("lowercase-host-scheme", "HTTPS://News.Example.COM/India/Story.html",
     "https://news.example.com/India/Story.html"),
    ("default-port-https", "https://news.example:443/a", "https://news.example/a"),
    ("default-port-http", "http://news.example:80/a", "http://news.example/a"),
    ("other-port-kept", "http://news.example:8080/a", "http://news.example:8080/a"),
    ("fragment", "https://news.example/a#comments", "https://news.example/a"),
    ("utm", "https://news.example/a?utm_source=tw&utm_medium=social&utm_campaign=x",
     "https://news.example/a"),
    ("click-ids", "https://news.example/a?fbclid=1&gclid=2&msclkid=3&mc_cid=4&mc_eid=5",
     "https://news.example/a"),
    ("ref", "https://news.example/a?ref=home&id=7", "https://news.example/a?id=7"),
    ("params-sorted", "https://news.example/a?b=2&a=1", "https://news.example/a?a=1&b=2"),
    ("meaningful-kept", "https://news.example/search?q=INDIA%20bloc&page=2",
     "https://news.example/search?page=2&q=INDIA%20bloc"),
    ("from-mdr", "https://toi.example/india/x/articleshow/1.cms?from=mdr",
     "https://toi.example/india/x/articleshow/1.cms"),
    ("from-meaningful", "https://news.example/a?from=2024-01-01",
     "https://news.example/a?from=2024-01-01"),
    ("amp-segment", "https://news.example/amp/india/story-1", "https://news.example/india/story-1"),
    ("amp-trailing", "https://news.example/india/story-1/amp", "https://news.example/india/story-1"),
    ("amp-trailing-slash", "https://news.example/india/story-1/amp/",
     "https://news.example/india/story-1/"),
    ("amp-query", "https://news.example/story?amp", "https://news.example/story"),
    ("amp-query-value", "https://news.example/story?amp=1", "https://news.example/story"),
    ("amp-output-type", "https://news.example/story?outputType=amp",
     "https://news.example/story"),
    ("amp-html", "https://news.example/story-1.amp.html", "https://news.example/story-1.html"),
    ("amp-subdomain", "https://amp.news.example/story-1", "https://news.example/story-1"),
    ("amp-articleshow", "https://toi.example/india/x/amp_articleshow/123.cms",
     "https://toi.example/india/x/articleshow/123.cms"),
    ("amp-cache", "https://www-news-example.cdn.ampproject.org/c/s/www.news.example/a/b",
     "https://www.news.example/a/b"),
    ("dot-segments", "https://news.example/a/./b/../c", "https://news.example/a/c"),
    ("empty-path", "https://news.example", "https://news.example/"),
    ("escapes-normalized", "https://news.example/caf%c3%a9/%7euser",
     "https://news.example/caf%C3%A9/~user"),
    ("idn-host", "https://bücher.example/a", "https://xn--bcher-kva.example/a"),
    ("trailing-dot-host", "https://news.example./a", "https://news.example/a"),
    ("userinfo-dropped", "https://user:pw@news.example/a", "https://news.example/a"),
    ("whitespace", "  https://news.example/a\n", "https://news.example/a"),
    ("non-http-untouched", "mailto:desk@news.example", "mailto:desk@news.example"),
]


@pytest.mark.parametrize(("url", "expected"), [c[1:] for c in CANONICAL],
                         ids=[c[0] for c in CANONICAL])
def test_canonicalize(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


def test_idempotent() -> None:
    for _, url, _ in CANONICAL:
        once = canonicalize_url(url)
        assert canonicalize_url(once) == once


def test_one_story_one_url() -> None:
    variants = [
        "https://news.example/india/bloc-talks-123.html",
        "https://NEWS.example:443/india/bloc-talks-123.html?utm_source=twitter#top",
        "https://amp.news.example/india/bloc-talks-123.amp.html",
        "https://news.example/amp/india/bloc-talks-123.html?fbclid=IwAR0",
        "https://news-example.cdn.ampproject.org/c/s/news.example/india/bloc-talks-123.html",
        "/india/./bloc-talks-123.html?ref=home",
    ]
    assert {canonicalize_url(v, "https://news.example/india/") for v in variants} == {
        "https://news.example/india/bloc-talks-123.html"}


@pytest.mark.parametrize(("href", "base", "expected"), [
    ("story.html", "https://news.example/india/", "https://news.example/india/story.html"),
    ("//cdn.news.example/a", "https://news.example/", "https://cdn.news.example/a"),
    ("#top", "https://news.example/", None),
    ("javascript:void(0)", "https://news.example/", None),
    ("mailto:x@y.z", "https://news.example/", None),
    ("", "https://news.example/", None),
    (None, "https://news.example/", None),
    ("http://[bad", "https://news.example/", None),
], ids=["relative", "protocol-relative", "fragment-only", "javascript", "mailto", "empty",
        "none", "unparseable"])
def test_link_url(href: str | None, base: str, expected: str | None) -> None:
    assert link_url(href, base) == expected


def test_never_raises_on_junk() -> None:
    for junk in ("http://[::1", "https://exa mple.com/", "\x00\x01", "http://:80/", "::::"):
        assert isinstance(canonicalize_url(junk, "https://news.example/"), str)
