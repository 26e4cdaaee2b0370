"""Sanitising helpers: text from the web must never become a header, markup or a link.

Titles, claims and evidence come from pages anyone can write. They may carry
CR/LF (header injection), HTML (markup injection, handled by Jinja2's
autoescape), ``javascript:`` links, bidi overrides (spoofed text) or megabytes
of junk. Everything that reaches a message goes through one of these.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: Longest subject we send; mail clients cut long ones anyway.
SUBJECT_LIMIT = 180
#: Caps for the pieces of a flag shown in a message.
CLAIM_LIMIT = 300
EVIDENCE_LIMIT = 1000
TITLE_LIMIT = 200
URL_LIMIT = 2048

# C0/C1 controls, DEL, line/paragraph separators and bidi embeddings/overrides/isolates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[^A-Za-z0-9.-]+")
_SAFE_SCHEMES = ("http", "https")


def clean_text(value: object, limit: int) -> str:
    """One line of plain text: controls become spaces, runs of space collapse, capped."""
    if value is None:
        return ""
    text = _SPACES.sub(" ", _UNSAFE.sub(" ", str(value))).strip()
    return truncate(text, limit)


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"


def header_text(value: object, limit: int = SUBJECT_LIMIT) -> str:
    """A header value that cannot break out of its header line."""
    return clean_text(value, limit)


def safe_url(value: object) -> str | None:
    """The URL when it is a plain absolute http(s) URL, else None (never linked)."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or len(url) > URL_LIMIT or _UNSAFE.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.hostname:
        return None
    return url


def url_host(url: str) -> str:
    """The host of a safe URL, for short link texts."""
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url


def token(value: str) -> str:
    """A string safe inside a Message-ID: letters, digits, dot and dash."""
    return _TOKEN.sub("-", value).strip("-.") or "channel"


def message_id(channel: str, ids: list[int] | tuple[int, ...], digest: bool) -> str:
    """A Message-ID derived from the outbox rows, so a resend carries the same one.

    A row belongs to exactly one message, so the first id (plus the count for
    a digest) already identifies the message within its channel.
    """
    first = min(ids)
    part = f"{first}-d{len(ids)}" if digest else str(first)
    return f"<outbox-{part}.{token(channel)}@claimwatch>"
