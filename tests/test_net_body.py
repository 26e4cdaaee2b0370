"""Capped streaming decode and media types, as tables (no network)."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import AsyncIterator

import brotli
import pytest

from monitor.errors import TooLarge, TransportError, UnsupportedContent
from monitor.net.body import check_declared_length, decode_bounded, read_capped
from monitor.net.content import parse_content_type, settle_type, sniff

TEXT = b"<p>" + b"India bloc seat sharing " * 4000 + b"</p>"


async def chunks(data: bytes, size: int = 777) -> AsyncIterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i:i + size]


def raw_deflate(data: bytes) -> bytes:
    comp = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return comp.compress(data) + comp.flush()


DECODES = [
    ("identity", None, TEXT),
    ("gzip", "gzip", gzip.compress(TEXT)),
    ("x-gzip", "x-gzip", gzip.compress(TEXT)),
    ("gzip-multi-member", "gzip", gzip.compress(TEXT[:5000]) + gzip.compress(TEXT[5000:])),
    ("gzip-trailing-garbage", "gzip", gzip.compress(TEXT) + b"\x00\x00junk"),
    ("deflate-zlib", "deflate", zlib.compress(TEXT)),
    ("deflate-raw", "deflate", raw_deflate(TEXT)),
    ("br", "br", brotli.compress(TEXT)),
    ("stacked", "gzip, br", brotli.compress(gzip.compress(TEXT))),
    ("upper-case", "GZIP", gzip.compress(TEXT)),
]


@pytest.mark.parametrize(("coding", "payload"), [(c, p) for _, c, p in DECODES],
                         ids=[i for i, _, _ in DECODES])
async def test_decodes(coding: str | None, payload: bytes) -> None:
    out = await read_capped(chunks(payload), coding, max_bytes=10**7, max_decoded=10**7, url="u")
    assert out == TEXT


BROKEN = [
    ("truncated-gzip", "gzip", gzip.compress(TEXT)[:200], TransportError, "truncated gzip"),
    ("truncated-br", "br", brotli.compress(TEXT)[:20], TransportError, "truncated br"),
    ("corrupt-gzip", "gzip", b"\x1f\x8b\x08\x00" + b"\xff" * 50, TransportError, "corrupt gzip"),
    ("not-brotli", "br", b"definitely not brotli" * 10, TransportError, "br"),
    ("unknown-coding", "compress", b"x", UnsupportedContent, "compress"),
    ("zstd-not-offered", "zstd", b"x", UnsupportedContent, "zstd"),
    ("three-codings", "gzip, gzip, gzip", b"x", UnsupportedContent, "too many"),
]


@pytest.mark.parametrize(("coding", "payload", "error", "match"),
                         [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
async def test_broken_encodings(coding: str, payload: bytes, error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        await read_capped(chunks(payload), coding, max_bytes=10**7, max_decoded=10**7, url="u")


async def test_decoded_cap_hit_without_inflating_everything() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)
    with pytest.raises(TooLarge, match="decoded body over the 100000-byte cap"):
        await read_capped(chunks(bomb, 65536), "gzip", max_bytes=10**7, max_decoded=100_000,
                          url="u")


async def test_raw_cap() -> None:
    with pytest.raises(TooLarge, match="body over the 1000-byte cap"):
        await read_capped(chunks(b"x" * 5000), None, max_bytes=1000, max_decoded=10**7, url="u")


async def test_truncate_mode_cuts_instead_of_failing() -> None:
    out = await read_capped(chunks(b"x" * 5000), None, max_bytes=10**7, max_decoded=1000,
                            url="u", truncate=True)
    assert out == b"x" * 1000


def test_decode_bounded_for_gz_files() -> None:
    assert decode_bounded(gzip.compress(TEXT), "gzip", 10**7, "u") == TEXT
    with pytest.raises(TooLarge):
        decode_bounded(gzip.compress(b"\0" * 10**6), "gzip", 1000, "u")


@pytest.mark.parametrize(("value", "over"), [
    ("100", False), ("1001", True), (" 5000 ", True), ("abc", False), (None, False),
])
def test_declared_length(value: str | None, over: bool) -> None:
    if over:
        with pytest.raises(TooLarge, match="Content-Length"):
            check_declared_length(value, 1000, "u")
    else:
        check_declared_length(value, 1000, "u")


CONTENT_TYPES = [
    ("text/html; charset=UTF-8", ("text/html", "utf-8")),
    ("Text/HTML;CHARSET='latin1'", ("text/html", "latin1")),
    ("application/rss+xml; charset=\"utf-8\"; foo=bar", ("application/rss+xml", "utf-8")),
    ("text/html; charset=bogus-42", ("text/html", None)),
    ("text/html; charset=", ("text/html", None)),
    ("", ("", None)),
    (None, ("", None)),
    ("text/html; boundary=x", ("text/html", None)),
]


@pytest.mark.parametrize(("header", "expected"), CONTENT_TYPES, ids=[str(h) for h, _ in CONTENT_TYPES])
def test_parse_content_type(header: str | None, expected: tuple[str, str | None]) -> None:
    assert parse_content_type(header) == expected


SNIFF = [
    (b"<!DOCTYPE html><html>", "text/html"),
    (b"\xef\xbb\xbf  <html>", "text/html"),
    (b"<?xml version='1.0'?><rss>", "application/xml"),
    (b"<urlset xmlns=...>", "application/xml"),
    (b"\x1f\x8b\x08", "application/gzip"),
    (b"plain words", None),
    (b"", None),
]


@pytest.mark.parametrize(("body", "mime"), SNIFF, ids=[repr(b[:12]) for b, _ in SNIFF])
def test_sniff(body: bytes, mime: str | None) -> None:
    assert sniff(body) == mime


@pytest.mark.parametrize(("kind", "label", "body", "result"), [
    ("page", "text/html", b"<p>", "text/html"),
    ("page", "", b"<p>", "text/html"),
    ("page", "application/octet-stream", b"plain", UnsupportedContent),
    ("page", "text/html", b"%PDF-1.5", UnsupportedContent),
    ("sitemap", "", b"\x1f\x8b\x08\x00", "application/gzip"),
    ("feed", "", b"<?xml version='1.0'?><rss/>", "application/xml"),
    ("robots", "", b"\x89PNG\r\n\x1a\n", "text/plain"),
], ids=["html", "unlabelled-html", "unlabelled-text", "pdf-as-html", "gz-sitemap",
        "unlabelled-feed", "robots-anything"])
def test_settle_type(kind: str, label: str, body: bytes, result: object) -> None:
    if isinstance(result, str):
        assert settle_type(kind, label, body, "u") == result  # type: ignore[arg-type]
    else:
        with pytest.raises(UnsupportedContent):
            settle_type(kind, label, body, "u")  # type: ignore[arg-type]
