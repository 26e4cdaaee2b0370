"""Baseline loading: seed format, plain text, HTML, URL; every failure is a BaselineError."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from monitor.baseline import BaselineDoc, load_baseline, load_baseline_file, parse_text
from monitor.errors import BaselineError, TransportError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_5897c1cf81cc3206.txt"


def test_shipped_seed() -> None:
    doc = load_baseline_file(SEED)
    assert doc.published == date(2023, 12, 7)
    assert doc.text.startswith("In a surprising turn of events")
    assert "Sources:" not in doc.text and "date 2023" not in doc.text
    assert doc.sources == ("www.timesofindia.com",)
    assert doc.text.count("\n\n") == 4  # five paragraphs
    assert doc.origin == str(SEED)


SEED_CASES = [
    ("date-own-line", "date 2024-01-02\nBody here.\n", date(2024, 1, 2), "Body here.", ()),
    ("date-same-line", " date 2024-01-02 Body here.", date(2024, 1, 2), "Body here.", ()),
    ("no-date", "Just a body.\n\nSecond para.", None, "Just a body.\n\nSecond para.", ()),
    ("sources-plain", "date 2024-01-02\nBody.\nSources: a.example, b.example", date(2024, 1, 2), "Body.",
     ("a.example", "b.example")),
    ("sources-markdown", "Body.\n\nSources: [A](https://a.example/x) [B](https://b.example)", None, "Body.",
     ("https://a.example/x", "https://b.example")),
    ("bom", "\ufeffdate 2024-01-02\nBody.", date(2024, 1, 2), "Body.", ()),
]


@pytest.mark.parametrize("raw,published,text,sources", [c[1:] for c in SEED_CASES], ids=[c[0] for c in SEED_CASES])
def test_parse_text(raw: str, published: date | None, text: str, sources: tuple) -> None:
    doc = parse_text(raw, "x")
    assert (doc.published, doc.text, doc.sources) == (published, text, sources)


ERROR_CASES = [
    ("bad-date", "date 2024-13-45\nBody.", "not a valid date"),
    ("date-format", "date 02/01/2024\nBody.", "YYYY-MM-DD"),
    ("empty", "date 2024-01-02\n\n", "no text"),
]


@pytest.mark.parametrize("raw,message", [c[1:] for c in ERROR_CASES], ids=[c[0] for c in ERROR_CASES])
def test_parse_errors(raw: str, message: str) -> None:
    with pytest.raises(BaselineError, match=message):
        parse_text(raw, "x")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="not found"):
        load_baseline_file(tmp_path / "nope.txt")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(BaselineError, match="UTF-8"):
        load_baseline_file(path)


def test_html_file_uses_extractor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.extract as extract_pkg

    def fake_extract(html, url=None, **kw):  # the extractor is another package's job
        assert b"<p>" in html
        return SimpleNamespace(text="Extracted body.", published=None)

    monkeypatch.setattr(extract_pkg, "extract", fake_extract, raising=False)
    path = tmp_path / "b.html"
    path.write_bytes(b"<html><body><p>Hello</p></body></html>")
    doc = load_baseline_file(path)
    assert (doc.text, doc.published) == ("Extracted body.", None)


async def test_url_needs_fetcher() -> None:
    with pytest.raises(BaselineError, match="no fetcher"):
        await load_baseline("https://example.org/seed.txt")


async def test_url_plain_text() -> None:
    async def fetch(url: str):
        return SimpleNamespace(body=b"date 2023-12-07\nBody text.", final_url=url + "?x",
                               content_type="text/plain")

    doc = await load_baseline("https://example.org/seed.txt", fetch=fetch)
    assert doc == BaselineDoc("Body text.", date(2023, 12, 7), "https://example.org/seed.txt",
                              ("https://example.org/seed.txt?x",))


async def test_url_fetch_error_is_baseline_error() -> None:
    async def fetch(url: str):
        raise TransportError("connection refused", url)

    with pytest.raises(BaselineError, match="cannot fetch baseline"):
        await load_baseline("https://example.org/seed.txt", fetch=fetch)


async def test_path_through_async_entry() -> None:
    doc = await load_baseline(str(SEED))
    assert doc.published == date(2023, 12, 7)
