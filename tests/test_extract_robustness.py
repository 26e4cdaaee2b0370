"""Charsets, broken input, nesting bombs, size caps and the time budget."""

from __future__ import annotations

import codecs
import time

import pytest
from selectolax.lexbor import LexborHTMLParser

import monitor.extract as extract_module
from monitor.errors import ExtractionError
from monitor.extract import extract, limits, walk
from monitor.extract.charset import prepare

PROSE = ("Le café du coin a rouvert ses portes — «enfin», disent les habitués, "
         "qui attendaient ce moment depuis l’été dernier. ")
WORDS = "café — «enfin» l’été"


def article(head: str = "", prose: str = PROSE) -> str:
    return (f"<!DOCTYPE html><html><head>{head}<title>Café</title></head><body>"
            f"<nav><a href='/'>Accueil</a></nav><article><p>{prose * 3}</p>"
            f"<p>{prose * 2}</p></article></body></html>")


def assert_readable(text: str) -> None:
    for word in WORDS.split():
        assert word in text, f"{word!r} garbled in {text[:80]!r}"
    assert "\ufffd" not in text


# (bytes as received, HTTP charset hint)
CHARSET_CASES = [
    pytest.param(article('<meta charset="windows-1252">').encode("cp1252"), None,
                 id="windows-1252-meta-charset"),
    # Servers label windows-1252 as ISO-8859-1; browsers (and we) read it as 1252.
    pytest.param(article('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
                 .encode("cp1252"), None, id="latin-1-label-http-equiv"),
    pytest.param(codecs.BOM_UTF8 + article().encode("utf-8"), None, id="bom-utf-8"),
    pytest.param(codecs.BOM_UTF8 + article('<meta charset="windows-1252">').encode("utf-8"),
                 "windows-1252", id="bom-beats-meta-and-header"),
    pytest.param(codecs.BOM_UTF16_LE + article().encode("utf-16-le"), None, id="bom-utf-16-le"),
    pytest.param(codecs.BOM_UTF16_BE + article().encode("utf-16-be"), None, id="bom-utf-16-be"),
    pytest.param(article().encode("cp1252"), "windows-1252", id="header-hint-only"),
    pytest.param(article('<meta charset="utf-8">').encode("utf-8"), "windows-1252",
                 id="meta-beats-header-hint"),
    pytest.param(article().encode("cp1252"), None, id="undeclared-invalid-utf-8-falls-back"),
    pytest.param(article().encode("utf-8"), None, id="undeclared-utf-8"),
    pytest.param(article().encode("utf-8"), "no-such-charset", id="bogus-header-hint-ignored"),
    pytest.param(article('<meta charset="rot13">').encode("utf-8"), None, id="bogus-meta-ignored"),
    pytest.param(article("<!-- " + "x" * 2000 + ' --><meta charset="windows-1252">').encode("cp1252"),
                 None, id="late-meta-charset"),
    pytest.param(article("<!-- " + "x" * 2000 + ' --><meta charset="iso-8859-7">').encode("cp1252"),
                 "windows-1252", id="header-hint-beats-late-meta"),
]


@pytest.mark.parametrize(("raw", "hint"), CHARSET_CASES)
def test_charsets(raw: bytes, hint: str | None) -> None:
    doc = extract(raw, charset=hint)
    assert_readable(doc.text)
    assert doc.title == "Café"


def test_windows_1252_punctuation_is_not_latin_1_control_characters() -> None:
    raw = article('<meta charset="iso-8859-1">').encode("cp1252")  # what servers really send
    assert "\u2014" in extract(raw).text and "\x97" not in extract(raw).text


def test_str_input_is_never_re_decoded() -> None:
    assert_readable(extract(article('<meta charset="windows-1252">')).text)


def test_cyrillic_with_header_hint() -> None:
    prose = "Городской совет утвердил новый бюджет на следующий год после долгих споров. "
    raw = article(prose=prose).encode("cp1251", "replace")
    assert "Городской совет утвердил" in extract(raw, charset="windows-1251").text


def bomb(opening: str, closing: str, depth: int) -> str:
    return ("<html><body><article><p>" + PROSE * 3 + "</p>" + opening * depth
            + "<p>Deep inside the bomb.</p>" + closing * depth + "</article></body></html>")


@pytest.mark.parametrize("html", [
    pytest.param(bomb("<div>", "</div>", 100_000), id="100k-nested-divs"),
    pytest.param(bomb("<div class='x'>", "", 100_000), id="100k-unclosed-divs"),
    pytest.param(bomb("<ul><li>", "", 50_000), id="50k-nested-lists"),
    pytest.param(bomb("<blockquote>", "</blockquote>", 60_000).encode(), id="bytes-bomb"),
])
def test_nesting_bomb_is_flattened_before_parsing(html: str | bytes) -> None:
    # The parser only ever sees bounded nesting: that is what keeps it from going quadratic.
    if isinstance(html, str):
        depth = limits._max_depth(limits._BLOCK_TAG_STR, limits.bound_nesting(html))
    else:
        depth = limits._max_depth(limits._BLOCK_TAG_BYTES, limits.bound_nesting(html))
    assert depth <= limits.MAX_BLOCK_DEPTH
    doc = extract(html)
    assert "qui attendaient ce moment" in doc.text


def test_ordinary_page_is_not_rewritten() -> None:
    html = article() * 50
    assert limits.bound_nesting(html) is html


def test_deep_inline_nesting_stays_bounded() -> None:
    # <span> nesting does not slow the parser down, and the walk is iterative.
    deep = "Deep words at the bottom of a very deep pile of inline elements."
    html = "<article><p>" + PROSE * 3 + "</p><p>" + "<span>" * 200_000 + deep + "</p></article>"
    assert deep in extract(html).text


def test_input_is_capped_at_max_bytes() -> None:
    head = article().replace("</article></body></html>", "")
    tail = "<p>" + "Text after the cap must not be read. " * 50 + "</p>"
    doc = extract((head + tail * 200).encode("utf-8"), max_bytes=len(head.encode("utf-8")))
    assert "qui attendaient ce moment" in doc.text
    assert "after the cap" not in doc.text


def test_input_is_capped_for_str_too() -> None:
    prepared = prepare("x" * 1000, None, 10)
    assert prepared.data == "x" * 10


def test_huge_page_still_extracts() -> None:
    filler = "<div><a href='/x'>menu link</a></div>" * 60_000  # ~2 MB of junk after the story
    html = article().replace("</body>", filler + "</body>")
    assert "qui attendaient ce moment" in extract(html).text


def test_walk_stops_at_node_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(walk, "MAX_NODES", walk._CLOCK_EVERY)
    html = article().replace("</body>", "<div><p>x</p></div>" * 20_000 + "</body>")
    assert "qui attendaient ce moment" in extract(html).text


def test_over_time_budget_raises_extraction_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "TIME_BUDGET_S", -1.0)
    with pytest.raises(ExtractionError):
        extract(article())


def test_walk_deadline_raises_extraction_error() -> None:
    tree = LexborHTMLParser("<body>" + "<div><p>words here</p></div>" * 5000 + "</body>")
    with pytest.raises(ExtractionError):
        walk.walk(tree.body, time.perf_counter() - 1)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 42, ["<p>x</p>"]])
def test_wrong_input_type_raises_extraction_error(bad: object) -> None:
    with pytest.raises(ExtractionError):
        extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("html", [
    pytest.param(b"\x00\xff\xfe\x00garbage\x80\x81", id="binary-garbage"),
    pytest.param("<" * 10_000, id="lone-brackets"),
    pytest.param("<html><body><p>unclosed <b><i><a href=", id="cut-inside-a-tag"),
    pytest.param("<script>" + "x" * 100_000, id="unclosed-script"),
    pytest.param("<table>" * 3000 + "<td>cell", id="nested-tables"),
])
def test_garbage_never_raises_and_gives_no_menu(html: str | bytes) -> None:
    assert extract(html).text == ""
