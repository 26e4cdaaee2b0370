"""The Fetcher against a real HTTP server on 127.0.0.1: bodies, caps, timeouts,
redirects, content types and conditional GET."""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator

import brotli
import pytest

from monitor.config import FetchConfig
from monitor.errors import (BlockedURL, HTTPStatusError, TooLarge, TooManyRedirects,
                            TransportError, UnsupportedContent)
from monitor.net import Fetched, Fetcher
from netserver import (NetServer, Reply, brotli_bomb, declared, deflate_bomb, gzip_bomb, html,
                       redirect, sized, trickle, truncated, xml)


def config(**overrides: object) -> FetchConfig:
    base: dict[str, object] = {"allow_private_addresses": True, "per_host_delay": 0,
                               "retries": 0}
    return FetchConfig(**{**base, **overrides})


@pytest.fixture
def server() -> Iterator[NetServer]:
    with NetServer() as srv:
        yield srv


class DictCache:
    def __init__(self) -> None:
        self.data: dict[str, tuple[str | None, str | None]] = {}

    def get(self, url: str) -> tuple[str | None, str | None] | None:
        return self.data.get(url)

    def keep(self, fetched: Fetched) -> None:
        """What a caller does once it has used the body (storage does it in SQL)."""
        assert fetched.validators is not None
        url, etag, last_modified = fetched.validators
        self.data[url] = (etag, last_modified)


async def fetch(server: NetServer, path: str, cfg: FetchConfig | None = None, **kw: object):
    async with Fetcher(cfg or config()) as fetcher:
        return await fetcher.get(server.url(path), **kw)  # type: ignore[arg-type]


async def test_identifies_itself_and_asks_for_compression(server: NetServer) -> None:
    server.route("/a", html("<p>hi</p>"))
    got = await fetch(server, "/a", config(user_agent="claimwatch-test/9 (+mailto:x@y.z)"))
    assert got.body == b"<p>hi</p>" and got.status == 200 and not got.not_modified
    page = [r for r in server.requests if r.path == "/a"][0]
    assert page.headers["user-agent"] == "claimwatch-test/9 (+mailto:x@y.z)"
    assert "gzip" in page.headers["accept-encoding"] and "br" in page.headers["accept-encoding"]
    assert page.headers["accept"].startswith("text/html")


ENCODED = [
    ("gzip", gzip.compress(b"<p>gzip body</p>")),
    ("deflate", zlib.compress(b"<p>deflate body</p>")),
    ("br", brotli.compress(b"<p>br body</p>")),
    ("gzip, br", brotli.compress(gzip.compress(b"<p>stacked body</p>"))),
]


@pytest.mark.parametrize(("coding", "payload"), ENCODED, ids=[c for c, _ in ENCODED])
async def test_content_encodings_are_removed(server: NetServer, coding: str,
                                             payload: bytes) -> None:
    server.route("/e", Reply(200, payload, {"Content-Type": "text/html",
                                            "Content-Encoding": coding}))
    got = await fetch(server, "/e")
    assert got.body.startswith(b"<p>") and b"body" in got.body


CHARSETS = [
    ("text/html; charset=UTF-8", "utf-8"),
    ("text/html; charset=\"windows-1252\"", "windows-1252"),
    ("text/html;charset=iso-8859-1", "iso-8859-1"),
    ("text/html; charset=no-such-charset", None),
    ("text/html", None),
    ("TEXT/HTML; Charset=Shift_JIS", "shift_jis"),
]


@pytest.mark.parametrize(("header", "charset"), CHARSETS, ids=[h for h, _ in CHARSETS])
async def test_charset_from_header_bytes_untouched(server: NetServer, header: str,
                                                   charset: str | None) -> None:
    body = b"<p>caf\xe9 \x00 \xff\xfe invalid utf-8</p>"
    server.route("/c", Reply(200, body, {"Content-Type": header}))
    got = await fetch(server, "/c")
    assert got.body == body  # never transcoded, NULs and bad bytes included
    assert got.charset == charset
    assert got.content_type == "text/html"


REFUSED = [
    ("application/pdf", b"%PDF-1.7 ..."),
    ("image/jpeg", b"\xff\xd8\xff\xe0 jpeg"),
    ("video/mp4", b"\x00\x00\x00\x18ftypmp42"),
    ("audio/mpeg", b"ID3 mp3"),
    ("application/zip", b"PK\x03\x04"),
]


@pytest.mark.parametrize(("ctype", "body"), REFUSED, ids=[c for c, _ in REFUSED])
async def test_non_html_refused_naming_the_type(server: NetServer, ctype: str,
                                                body: bytes) -> None:
    server.route("/f", Reply(200, body, {"Content-Type": ctype}))
    with pytest.raises(UnsupportedContent, match=ctype.split("/")[0]):
        await fetch(server, "/f")


@pytest.mark.parametrize(("ctype", "body"), [
    ("text/html", b"%PDF-1.4 mislabelled"),
    ("", b"\x89PNG\r\n\x1a\n...."),
    ("application/octet-stream", b"GIF89a..."),
], ids=["pdf-labelled-html", "png-unlabelled", "gif-octet-stream"])
async def test_binary_bodies_refused_whatever_the_label(server: NetServer, ctype: str,
                                                        body: bytes) -> None:
    server.route("/b", Reply(200, body, {"Content-Type": ctype} if ctype else {}))
    with pytest.raises(UnsupportedContent):
        await fetch(server, "/b")


async def test_unlabelled_html_is_sniffed(server: NetServer) -> None:
    server.route("/u", Reply(200, b"\n  <!doctype html><p>x</p>", {}))
    got = await fetch(server, "/u")
    assert got.content_type == "text/html"


@pytest.mark.parametrize(("kind", "ctype", "ok"), [
    ("feed", "application/rss+xml", True), ("feed", "application/atom+xml", True),
    ("feed", "text/xml", True), ("feed", "application/vnd.custom+xml", True),
    ("feed", "text/html", True), ("feed", "image/png", False),
    ("sitemap", "application/xml", True), ("sitemap", "application/x-gzip", True),
    ("sitemap", "text/plain", True), ("sitemap", "application/pdf", False),
    ("page", "application/rss+xml", False), ("page", "application/xhtml+xml", True),
    ("robots", "text/html", True), ("robots", "image/png", True),
], ids=lambda v: str(v))
async def test_accepted_types_by_kind(server: NetServer, kind: str, ctype: str,
                                      ok: bool) -> None:
    server.route("/k", Reply(200, b"<?xml version='1.0'?><x/>", {"Content-Type": ctype}))
    if ok:
        got = await fetch(server, "/k", kind=kind)
        assert got.status == 200
    else:
        with pytest.raises(UnsupportedContent, match=re.escape(ctype)):
            await fetch(server, "/k", kind=kind)


@pytest.mark.parametrize("bomb", [gzip_bomb, deflate_bomb, brotli_bomb],
                         ids=["gzip", "deflate", "brotli"])
async def test_compression_bombs_stop_at_the_decoded_cap(server: NetServer, bomb) -> None:
    server.route("/bomb", bomb(200_000_000))  # 200 MB of zeros, ~200 KB (br: ~100 B) on the wire
    with pytest.raises(TooLarge, match="decoded body over the 1000000-byte cap"):
        await fetch(server, "/bomb", config(max_decoded_bytes=1_000_000))


async def test_raw_cap_on_a_body_without_length(server: NetServer) -> None:
    server.route("/big", sized(5_000_000))
    with pytest.raises(TooLarge, match="over the 1000000-byte cap"):
        await fetch(server, "/big", config(max_bytes=1_000_000))


async def test_declared_length_over_the_cap_refused_before_reading(server: NetServer) -> None:
    server.route("/huge", declared(10_000_000_000))  # announces 10 GB, sends nothing
    with pytest.raises(TooLarge, match="Content-Length 10000000000"):
        await fetch(server, "/huge", config(read_timeout=30, deadline=30))


async def test_truncated_body_is_a_transport_error(server: NetServer) -> None:
    server.route("/t", truncated(b"<p>only part", declared_length=5000))
    with pytest.raises(TransportError, match="truncated"):
        await fetch(server, "/t")


async def test_truncated_gzip_is_a_transport_error(server: NetServer) -> None:
    whole = gzip.compress(b"<p>" + b"x" * 50_000 + b"</p>")
    server.route("/tg", Reply(200, [whole[: len(whole) // 2]], {
        "Content-Type": "text/html", "Content-Encoding": "gzip"}))
    with pytest.raises(TransportError, match="truncated gzip"):
        await fetch(server, "/tg")


async def test_trickling_server_cut_at_the_deadline(server: NetServer) -> None:
    # 1 byte every 0.3 s never trips the 5 s read timeout; only the deadline stops it.
    server.route("/slow", trickle(b"<p>" + b"x" * 100 + b"</p>", delay=0.3))
    with pytest.raises(TransportError, match="deadline of 1s exceeded"):
        await fetch(server, "/slow", config(deadline=1, read_timeout=5))
    assert server.hits("/slow") == 1  # a trickle is not retried


async def test_read_timeout(server: NetServer) -> None:
    server.route("/stall", Reply(200, [b"<p>", b"late"], {"Content-Type": "text/html"},
                                 chunk_delay=3))
    with pytest.raises(TransportError, match="read timeout"):
        await fetch(server, "/stall", config(read_timeout=0.3, deadline=10))


async def test_connection_refused(server: NetServer) -> None:
    port = server.port
    server.close()
    async with Fetcher(config(retries=1), backoff_base=0.01) as fetcher:
        with pytest.raises(TransportError, match="cannot connect"):
            await fetcher.get(f"http://127.0.0.1:{port}/gone")


async def test_redirect_chain_followed(server: NetServer) -> None:
    server.route("/r1", redirect("/r2", 301))
    server.route("/r2", redirect(server.url("/r3"), 308))
    server.route("/r3", html("<p>end</p>"))
    got = await fetch(server, "/r1")
    assert got.final_url == server.url("/r3") and got.url == server.url("/r1")
    assert got.body == b"<p>end</p>"


async def test_redirect_loop(server: NetServer) -> None:
    server.route("/a", redirect("/b"))
    server.route("/b", redirect("/a"))
    with pytest.raises(TooManyRedirects, match="redirect loop"):
        await fetch(server, "/a")
    assert server.hits("/a") == 1 and server.hits("/b") == 1


async def test_too_many_redirects(server: NetServer) -> None:
    for i in range(10):
        server.route(f"/h{i}", redirect(f"/h{i + 1}"))
    with pytest.raises(TooManyRedirects, match="more than 3 redirects"):
        await fetch(server, "/h0", config(max_redirects=3))
    assert server.hits("/h4") == 0


async def test_redirect_without_location(server: NetServer) -> None:
    server.route("/nl", Reply(302, b"", {}))
    with pytest.raises(HTTPStatusError, match="without Location"):
        await fetch(server, "/nl")


async def test_redirect_to_other_scheme_blocked(server: NetServer) -> None:
    server.route("/x", redirect("ftp://127.0.0.1/file"))
    with pytest.raises(BlockedURL, match="scheme"):
        await fetch(server, "/x")


async def test_conditional_get_returns_not_modified(server: NetServer) -> None:
    def answer(req):
        if req.headers.get("if-none-match") == '"v1"':
            return Reply(304, b"", {"ETag": '"v1"'})
        return Reply(200, b"<rss/>", {"Content-Type": "application/rss+xml", "ETag": '"v1"',
                                      "Last-Modified": "Tue, 19 Dec 2023 10:00:00 GMT"})

    server.route("/feed", answer)
    cache = DictCache()
    async with Fetcher(config(), cache=cache) as fetcher:
        first = await fetcher.get(server.url("/feed"), kind="feed", conditional=True)
        assert cache.data == {}  # the fetcher never stores validators itself
        cache.keep(first)
        second = await fetcher.get(server.url("/feed"), kind="feed", conditional=True)
        forced = await fetcher.get(server.url("/feed"), kind="feed")
    assert first.body == b"<rss/>" and first.etag == '"v1"'
    assert cache.data[server.url("/feed")] == ('"v1"', "Tue, 19 Dec 2023 10:00:00 GMT")
    assert second.validators is None  # a 304: nothing new to keep
    assert second.not_modified and second.status == 304 and second.body == b""
    assert second.etag == '"v1"' and second.last_modified == "Tue, 19 Dec 2023 10:00:00 GMT"
    sent = [r.headers for r in server.requests if r.path == "/feed"]
    assert "if-none-match" not in sent[0]
    assert sent[1]["if-modified-since"] == "Tue, 19 Dec 2023 10:00:00 GMT"
    assert "if-none-match" not in sent[2] and not forced.not_modified


async def test_unsolicited_304_is_an_error(server: NetServer) -> None:
    server.route("/n", Reply(304, b"", {}))
    with pytest.raises(HTTPStatusError, match="not conditional"):
        await fetch(server, "/n")


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451])
async def test_client_errors_not_retried(server: NetServer, status: int) -> None:
    server.route("/e", html("no", status=status))
    with pytest.raises(HTTPStatusError) as info:
        await fetch(server, "/e", config(retries=3))
    assert info.value.status == status and str(status) in str(info.value)
    assert server.hits("/e") == 1


async def test_feed_with_xml_type_fetched_as_feed(server: NetServer) -> None:
    server.route("/rss", xml("<rss version='2.0'/>", "application/rss+xml; charset=utf-8"))
    got = await fetch(server, "/rss", kind="feed")
    assert got.content_type == "application/rss+xml" and got.charset == "utf-8"
