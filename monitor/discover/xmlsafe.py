"""Refuse XML that declares entities, before any parser sees it.

Entity expansion is how a few KB of XML become gigabytes ("billion laughs",
quadratic blowup). News feeds and sitemaps never need a DTD, so a document
whose prolog declares an entity, or a DOCTYPE with an internal subset, is
refused outright. Sitemaps are stricter still: no DOCTYPE at all.
"""

from __future__ import annotations

import re

_MARKUP = re.compile(r"<[A-Za-z_!?]")
_DOCTYPE_STOP = re.compile(r"[\"'\[>]")
_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)


#: Comments, PIs and declarations allowed before the root; real files have a few.
MAX_PROLOG_ITEMS = 1000


class _LongProlog(Exception):
    """Internal: the prolog is too long to be an honest feed or sitemap."""


def _prolog(body: bytes) -> str:
    """Text before the root element, readable whatever the encoding.

    Dropping NUL bytes turns UTF-16/32 markup into ASCII, so a declaration
    cannot hide behind a wide encoding. The scan is linear (plain ``find``,
    no backtracking regex) so a hostile body cannot make it slow.
    """
    text = body.replace(b"\x00", b"").decode("latin-1")
    pos = 0
    for _ in range(MAX_PROLOG_ITEMS):
        match = _MARKUP.search(text, pos)
        if match is None:
            return text
        lt = match.start()
        # Comments and processing instructions may contain "<a": skip them.
        for opener, closer in (("<!--", "-->"), ("<?", "?>")):
            if text.startswith(opener, lt):
                end = text.find(closer, lt + len(opener))
                if end < 0:
                    return text
                pos = end + len(closer)
                break
        else:
            if text[lt + 1] != "!":
                return text[:lt]  # the root element starts here
            pos = lt + 2
    raise _LongProlog()


def entity_problem(body: bytes, *, allow_doctype: bool) -> str | None:
    """Why ``body`` is refused (it declares entities or a DTD), or None."""
    try:
        prolog = _prolog(body)
    except _LongProlog:
        return f"has over {MAX_PROLOG_ITEMS} declarations before its root element, refused"
    if _ENTITY.search(prolog):
        return "declares XML entities (<!ENTITY), refused to prevent entity expansion"
    doctype = _DOCTYPE.search(prolog)
    if doctype is None:
        return None
    if not allow_doctype:
        return "has a DOCTYPE declaration, refused: sitemaps never need one"
    text = body.replace(b"\x00", b"").decode("latin-1")
    if _has_internal_subset(text, doctype.end()):
        return "has a DOCTYPE with an internal subset, refused to prevent entity expansion"
    return None


def _has_internal_subset(text: str, pos: int) -> bool:
    """Whether the DOCTYPE starting before ``pos`` opens a ``[...]`` subset.

    Quoted literals are skipped: a system id may hold "<" or "[" innocently,
    and may hide the subset from a naive scan.
    """
    while (match := _DOCTYPE_STOP.search(text, pos)) is not None:
        ch = match.group()
        if ch == "[":
            return True
        if ch == ">":
            return False
        end = text.find(ch, match.end())
        if end < 0:
            return False
        pos = end + 1
    return False
