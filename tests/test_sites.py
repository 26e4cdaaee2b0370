"""The loopback sites: placeholders, and conditional GETs when asked for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from monitor.sites import StaticSites, etag_matches


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "page.html").write_text("<p>{{site:a}}/x</p>", encoding="utf-8")
    return tmp_path


@pytest.fixture
def conditional(root: Path) -> Iterator[tuple[Path, str]]:
    with StaticSites(root, conditional=True) as sites:
        yield root, sites.bases["a"] + "/page.html"


def test_placeholders_are_filled(root: Path) -> None:
    with StaticSites(root) as sites:
        resp = httpx.get(sites.bases["a"] + "/page.html")
    assert resp.status_code == 200 and resp.text == f"<p>{sites.bases['a']}/x</p>"
    assert "etag" not in resp.headers  # off by default


@pytest.mark.parametrize("headers, status", [
    ({}, 200),
    ({"If-None-Match": "{etag}"}, 304),
    ({"If-None-Match": "W/{etag}"}, 304),
    ({"If-None-Match": '"other", {etag}'}, 304),
    ({"If-None-Match": "*"}, 304),
    ({"If-None-Match": '"other"'}, 200),
    ({"If-Modified-Since": "{last_modified}"}, 304),
    ({"If-Modified-Since": "Mon, 01 Jan 1990 00:00:00 GMT"}, 200),
    ({"If-Modified-Since": "not a date"}, 200),
    # If-None-Match decides when both are sent (RFC 9110 13.2.2).
    ({"If-None-Match": '"other"', "If-Modified-Since": "{last_modified}"}, 200),
], ids=["plain", "etag", "weak-etag", "etag-in-list", "star", "other-etag", "ims-now",
        "ims-old", "ims-garbage", "etag-wins"])
def test_conditional_get(conditional: tuple[Path, str], headers: dict[str, str],
                         status: int) -> None:
    _root, url = conditional
    first = httpx.get(url)
    values = {"etag": first.headers["etag"], "last_modified": first.headers["last-modified"]}
    resp = httpx.get(url, headers={k: v.format(**values) for k, v in headers.items()})
    assert resp.status_code == status
    if status == 304:
        assert resp.content == b"" and resp.headers["etag"] == values["etag"]


def test_an_edited_page_gets_a_new_etag(conditional: tuple[Path, str]) -> None:
    root, url = conditional
    etag = httpx.get(url).headers["etag"]
    (root / "a" / "page.html").write_text("<p>edited</p>", encoding="utf-8")
    resp = httpx.get(url, headers={"If-None-Match": etag})
    assert resp.status_code == 200 and resp.text == "<p>edited</p>"
    assert resp.headers["etag"] != etag


@pytest.mark.parametrize("header, etag, expected", [
    ('"a"', '"a"', True), ('W/"a"', '"a"', True), ('"a"', 'W/"a"', True),
    ('"b", "a"', '"a"', True), ('"b"', '"a"', False), ("*", '"a"', True),
], ids=["same", "weak-header", "weak-etag", "list", "different", "star"])
def test_etag_matches(header: str, etag: str, expected: bool) -> None:
    assert etag_matches(header, etag) is expected
