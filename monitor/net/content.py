"""What a response is: media type, charset, and whether we parse it.

We never transcode: the body travels as bytes with the charset the header
named (if Python knows it), and the parsers downstream sniff the rest.
Accepted media types per fetch kind are data; a body whose first bytes are a
well-known binary signature is refused whatever its header claims.
"""

from __future__ import annotations

import codecs
import logging
from typing import Literal

from monitor.errors import UnsupportedContent

log = logging.getLogger(__name__)

Kind = Literal["page", "feed", "sitemap", "robots"]

_XML = frozenset({"application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
                  "application/rdf+xml", "application/rss", "application/x-rss+xml"})
_GZIP = frozenset({"application/gzip", "application/x-gzip", "application/x-gunzip",
                   "application/gzipped", "application/gzip-compressed"})

#: Media types each kind of fetch accepts. Feeds in the wild are served as
#: almost anything textual, so feeds are lenient; pages must be HTML.
ACCEPTED: dict[Kind, frozenset[str] | None] = {
    "page": frozenset({"text/html", "application/xhtml+xml"}),
    "feed": _XML | {"application/feed+json", "application/json", "text/html", "text/plain",
                    "application/xhtml+xml"},
    "sitemap": _XML | _GZIP | {"text/plain"},
    "robots": None,  # robots.txt is parsed whatever it is labelled
}

#: Labels that say nothing: decided by sniffing the body instead.
UNLABELLED = frozenset({"", "application/octet-stream", "binary/octet-stream",
                        "application/unknown", "unknown/unknown", "application/x-download"})

#: Leading bytes of formats we never parse, whatever the header says.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"RIFF", "image/webp or audio/video (RIFF)"),
    (b"PK\x03\x04", "application/zip"),
    (b"ID3", "audio/mpeg"),
    (b"\x1aE\xdf\xa3", "video/webm"),
    (b"OggS", "audio/ogg"),
)

#: ISO BMFF video/images carry "ftyp" at offset 4.
_FTYP = b"ftyp"
_GZIP_MAGIC = b"\x1f\x8b"


def parse_content_type(header: str | None) -> tuple[str, str | None]:
    """(media type lowercased, charset or None) from a Content-Type header."""
    if not header:
        return "", None
    parts = header.split(";")
    mime = parts[0].strip().lower()
    charset = None
    for param in parts[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = _known_charset(value.strip().strip("'\"").strip())
    return mime, charset


def _known_charset(name: str) -> str | None:
    """The charset label as sent, lowercased, if Python can decode it."""
    if not name:
        return None
    try:
        codecs.lookup(name)
    except LookupError:
        log.debug("unknown charset %r ignored", name)
        return None
    return name.lower()


def refuse_early(kind: Kind, mime: str, url: str) -> None:
    """Refuse by header alone, before reading a byte of the body."""
    if mime in UNLABELLED:
        return
    if not accepts(kind, mime):
        raise UnsupportedContent(f"{mime} is not a {kind} we parse", url)


def accepts(kind: Kind, mime: str) -> bool:
    allowed = ACCEPTED[kind]
    if allowed is None or mime in allowed:
        return True
    return kind in ("feed", "sitemap") and mime.endswith("+xml")


def binary_signature(body: bytes) -> str | None:
    """The media type a body's magic bytes reveal, for formats we refuse."""
    for magic, mime in BINARY_SIGNATURES:
        if body.startswith(magic):
            return mime
    if body[4:8] == _FTYP:
        return "video/mp4 or image (ISO BMFF)"
    return None


def settle_type(kind: Kind, mime: str, body: bytes, url: str) -> str:
    """The media type to report, after checking the body agrees with ``kind``."""
    if kind == "robots":
        return mime or "text/plain"
    magic = binary_signature(body)
    if magic is not None:
        raise UnsupportedContent(f"body is {magic} (labelled {mime or 'nothing'})", url)
    if mime not in UNLABELLED:
        return mime
    sniffed = sniff(body)
    if sniffed is None or not accepts(kind, sniffed):
        raise UnsupportedContent(
            f"unlabelled body ({mime or 'no Content-Type'}) does not look like a {kind}", url)
    return sniffed


def sniff(body: bytes) -> str | None:
    """A guess at an unlabelled body: HTML, XML, gzip or nothing."""
    if body.startswith(_GZIP_MAGIC):
        return "application/gzip"
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed") \
            or head.startswith(b"<urlset") or head.startswith(b"<sitemapindex") \
            or head.startswith(b"<rdf:rdf"):
        return "application/xml"
    if head.startswith(b"<"):
        return "text/html"
    return None
