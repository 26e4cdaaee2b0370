"""Bound what a hostile or broken page can cost before it reaches the parser.

The HTML tree builder walks its stack of open elements whenever a block-level
tag opens, so a pile of 100,000 unclosed ``<div>`` or ``<ul><li>`` takes
minutes inside lexbor (quadratic time). A page with few tags cannot be deep, so
only pages with many tags are scanned; where block nesting goes past the limit
the excess tags are dropped. Their text stays, so the page still reads.
"""

from __future__ import annotations

import logging
import re
from typing import AnyStr, overload

from monitor.extract import selectors as sel

log = logging.getLogger(__name__)

# Below this many "<" no page can nest deep enough to be slow (worst case
# measured: ~0.15 s for 5,000 nested list items).
SCAN_ABOVE_TAGS = 5_000
# Block nesting kept; real pages stay under 100.
MAX_BLOCK_DEPTH = 256

_TAGS = "|".join(sel.DEPTH_SCAN_TAGS)
_BLOCK_TAG_STR = re.compile(r"<(/?)(?:" + _TAGS + r")(?=[\s/>])", re.IGNORECASE)
_BLOCK_TAG_BYTES = re.compile(rb"<(/?)(?:" + _TAGS.encode() + rb")(?=[\s/>])", re.IGNORECASE)


@overload
def bound_nesting(html: str) -> str: ...
@overload
def bound_nesting(html: bytes) -> bytes: ...
def bound_nesting(html: str | bytes) -> str | bytes:
    """Return ``html`` unchanged, or with block tags past the depth limit removed."""
    if isinstance(html, str):
        return _bounded(html, "<", _BLOCK_TAG_STR)
    return _bounded(html, b"<", _BLOCK_TAG_BYTES)


def _bounded(html: AnyStr, lt: AnyStr, pattern: re.Pattern[AnyStr]) -> AnyStr:
    if html.count(lt) <= SCAN_ABOVE_TAGS:
        return html
    if _max_depth(pattern, html) <= MAX_BLOCK_DEPTH:
        return html
    log.warning("block nesting deeper than %d; flattening the excess", MAX_BLOCK_DEPTH)
    return _flatten(pattern, html)


def _max_depth(pattern: re.Pattern[AnyStr], html: AnyStr) -> int:
    depth = deepest = 0
    for closing in pattern.findall(html):
        if closing:
            depth = depth - 1 if depth else 0
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
    return deepest


def _flatten(pattern: re.Pattern[AnyStr], html: AnyStr) -> AnyStr:
    """Drop the opening and closing tags that sit deeper than the limit."""
    pieces: list[AnyStr] = []
    depth = last = 0
    for match in pattern.finditer(html):
        if match.group(1):
            drop = depth > MAX_BLOCK_DEPTH
            depth = depth - 1 if depth else 0
        else:
            depth += 1
            drop = depth > MAX_BLOCK_DEPTH
        if drop:
            pieces.append(html[last:match.start()])
            last = _tag_end(html, match.end())
    pieces.append(html[last:])
    return html[:0].join(pieces)


def _tag_end(html: AnyStr, start: int) -> int:
    gt = ">" if isinstance(html, str) else b">"
    end = html.find(gt, start)
    return len(html) if end < 0 else end + 1
