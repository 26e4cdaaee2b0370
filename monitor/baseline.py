"""Load the baseline article: a seed file, a plain text, an HTML page or a URL.

The seed format is a first line ``date YYYY-MM-DD`` (the body may follow on
the same line), the body, and an optional final ``Sources:`` line with links.
Every failure is a ``BaselineError`` that says what was wrong with which file.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from monitor.errors import BaselineError, MonitorError

log = logging.getLogger(__name__)

#: ``fetch(url)`` returns bytes, a str, or a response-like object with ``body``.
Fetch = Callable[[str], Awaitable[Any]]

_DATE_LINE = re.compile(r"^\s*date\s*[:=]?\s*(\S+)[ \t]*", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SOURCES = re.compile(r"^\s*sources?\s*:\s*(.*)$", re.IGNORECASE)
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<p[\s>]|<div)",
                         re.IGNORECASE)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True, slots=True)
class BaselineDoc:
    text: str
    published: date | None
    origin: str
    sources: tuple[str, ...] = ()


async def load_baseline(location: str | Path, *, fetch: Fetch | None = None) -> BaselineDoc:
    """The baseline at ``location``: an http(s) URL (needs ``fetch``) or a file path."""
    where = str(location)
    if re.match(r"^https?://", where, re.IGNORECASE):
        if fetch is None:
            raise BaselineError(f"baseline {where} is a URL but no fetcher was given")
        return await _from_url(where, fetch)
    return load_baseline_file(location)


def load_baseline_file(path: str | Path) -> BaselineDoc:
    file = Path(path).expanduser()
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise BaselineError(f"baseline file not found: {file}") from None
    except OSError as exc:
        raise BaselineError(f"cannot read baseline {file}: {exc.strerror or exc}") from None
    if file.suffix.lower() in _HTML_SUFFIXES:
        return from_html(raw, str(file))
    text = _decode(raw, str(file))
    if _HTML_START.match(text):
        return from_html(raw, str(file))
    return parse_text(text, str(file))


def parse_text(text: str, origin: str) -> BaselineDoc:
    """A seed-format or plain text baseline."""
    text = text.lstrip("\ufeff")
    published = None
    match = _DATE_LINE.match(text)
    if match:
        published = _parse_day(match.group(1), origin)
        text = text[match.end():]
    body, sources = _split_sources(text)
    body = _clean_body(body)
    if not body:
        raise BaselineError(f"baseline {origin} has no text")
    return BaselineDoc(text=body, published=published, origin=origin, sources=sources)


def from_html(html: str | bytes, origin: str, url: str | None = None) -> BaselineDoc:
    """An HTML baseline, through the article extractor."""
    try:
        from monitor.extract import extract
    except ImportError:  # the extraction package is optional at this layer
        raise BaselineError(f"baseline {origin} is HTML but monitor.extract is not available") from None
    try:
        article = extract(html, url)
    except MonitorError as exc:
        raise BaselineError(f"cannot extract baseline {origin}: {exc}") from None
    text = _clean_body(getattr(article, "text", "") or "")
    if not text:
        raise BaselineError(f"baseline {origin} has no article text")
    published = getattr(article, "published", None)
    if isinstance(published, datetime):
        published = published.date()
    return BaselineDoc(text=text, published=published, origin=origin,
                       sources=(url,) if url else ())


async def _from_url(url: str, fetch: Fetch) -> BaselineDoc:
    try:
        response = await fetch(url)
    except MonitorError as exc:
        raise BaselineError(f"cannot fetch baseline {url}: {exc}") from None
    body, final_url, content_type = _response_parts(response, url)
    if body is None:
        raise BaselineError(f"cannot fetch baseline {url}: empty response")
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if "html" in content_type or (not content_type and _HTML_START.match(text)):
        return from_html(body, url, final_url)
    doc = parse_text(text, url)
    return doc if doc.sources else BaselineDoc(doc.text, doc.published, url, (final_url,))


def _response_parts(response: Any, url: str) -> tuple[str | bytes | None, str, str]:
    if isinstance(response, (bytes, str)):
        return response, url, ""
    body = next((getattr(response, a) for a in ("body", "content", "text")
                 if isinstance(getattr(response, a, None), (bytes, str))), None)
    final_url = str(getattr(response, "final_url", None) or getattr(response, "url", None) or url)
    content_type = str(getattr(response, "content_type", "") or "").lower()
    return body, final_url, content_type


def _decode(raw: bytes, origin: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BaselineError(f"baseline {origin} is not UTF-8 text") from None


def _parse_day(value: str, origin: str) -> date:
    if not _ISO_DAY.match(value):
        raise BaselineError(f"baseline {origin}: the date line needs YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BaselineError(f"baseline {origin}: {value!r} is not a valid date") from None


def _split_sources(text: str) -> tuple[str, tuple[str, ...]]:
    lines = text.rstrip().split("\n")
    if not lines:
        return text, ()
    match = _SOURCES.match(lines[-1])
    if match is None:
        return text, ()
    listed = match.group(1).strip()
    links = [target or label for label, target in _MD_LINK.findall(listed)]
    if not links:
        links = [part.strip() for part in re.split(r"[,;]\s*|\s+", listed) if part.strip()]
    return "\n".join(lines[:-1]), tuple(links)


def _clean_body(text: str) -> str:
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)
