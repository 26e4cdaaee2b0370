"""Turn the page as received into what the parser reads, in the right charset.

Order of authority, as the project specifies: a byte-order mark, then a
``<meta charset>`` declaration (both left to selectolax, which applies the HTML
Standard's prescan), then the HTTP ``Content-Type`` charset, then a late
``<meta>`` the standard's 1024-byte window misses, then UTF-8, and windows-1252
for bytes that are not valid UTF-8 (what browsers fall back to).
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

from monitor.extract import selectors as sel

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The HTML Standard prescans this many bytes; selectolax does the same.
_STANDARD_PRESCAN = 1024
# A declaration this far in is still honoured here, by decoding in Python.
_LATE_PRESCAN = 8192
_META_CHARSET_RE = re.compile(
    rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_UTF8_NAMES = frozenset({"utf-8", "utf8", "unicode-1-1-utf-8"})


@dataclass(frozen=True, slots=True)
class ParserInput:
    """What to hand the parser: text, or bytes with ``detect`` telling it to sniff."""

    data: str | bytes
    detect: bool
    encoding: str


def codec_for(label: str | None) -> str | None:
    """Python codec name for a charset label, or None if unknown or not a text codec."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in sel.WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # base64, rot13 and friends are codecs too, but not text encodings.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def declared_charset(head: bytes, limit: int) -> tuple[str | None, int]:
    """The first ``<meta>`` charset label in ``head[:limit]`` and its offset (-1 if none)."""
    match = _META_CHARSET_RE.search(head, 0, limit)
    if match is None:
        return None, -1
    return match.group(1).decode("ascii", "replace"), match.start()


def prepare(html: str | bytes, hint: str | None, max_bytes: int) -> ParserInput:
    """Cap the input and settle its charset."""
    if isinstance(html, str):
        if len(html) > max_bytes:
            log.info("page of %d characters cut to %d", len(html), max_bytes)
            html = html[:max_bytes]
        return ParserInput(html, False, "str")
    if len(html) > max_bytes:
        log.info("page of %d bytes cut to %d", len(html), max_bytes)
        html = html[:max_bytes]
    return _from_bytes(html, hint)


def _from_bytes(raw: bytes, hint: str | None) -> ParserInput:
    for bom, name in _BOMS:
        if raw.startswith(bom):
            if name == "utf-8":
                return ParserInput(raw, True, name)
            # UTF-16 is decoded here so that later byte scans see the markup.
            return ParserInput(raw[len(bom):].decode(name, "replace"), False, name)
    label, offset = declared_charset(raw, _LATE_PRESCAN)
    codec = codec_for(label)
    if codec is not None and offset < _STANDARD_PRESCAN and not codec.startswith("utf-16"):
        if codec == "cp1252":
            # selectolax reads "iso-8859-1" literally; the web means windows-1252 by it.
            return _decoded(raw, codec)
        return ParserInput(raw, True, codec)
    hinted = codec_for(hint)
    if hinted is not None and not hinted.startswith("utf-16"):
        return _decoded(raw, hinted)
    if codec is not None and not codec.startswith("utf-16"):
        return _decoded(raw, codec)
    return _utf8_or_windows_1252(raw)


def _decoded(raw: bytes, codec: str) -> ParserInput:
    if codec == "utf-8":
        return ParserInput(raw, False, codec)
    return ParserInput(raw.decode(codec, "replace"), False, codec)


def _utf8_or_windows_1252(raw: bytes) -> ParserInput:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A page cut mid-character is still UTF-8.
        if exc.start < len(raw) - 3:
            return ParserInput(raw.decode("cp1252", "replace"), False, "cp1252")
    return ParserInput(raw, False, "utf-8")
