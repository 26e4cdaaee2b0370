"""Cheap keyword prefilters derived from regular expressions (the phrase matchers').

Most texts name none of a watched name table's phrases, yet running the big
alternation costs a scan. Every pattern is read once, at load time, for the
literal text any match of it must contain ("join(?:s|ed)?" needs "join";
"(?:seal|clinch) (?:deal|pact)" needs "deal" or "pact"): when none of those
keywords occurs in the (case-folded) text the regex cannot match, so it is
skipped. The keywords come from the patterns themselves, so they cannot drift
out of sync; a pattern with no required literal (or one this reader does not
understand) gets no prefilter and always runs.

    keys = required_keywords(pattern)          # frozenset[str] | None
    if keys is None or any(k in fold(text) for k in keys): ...  # else the regex cannot match
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

# The regex parser is a private module of the standard library; if it ever moves
# or changes shape, every pattern simply goes unfiltered (see required_keywords).
try:
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - a future Python
    _c = _sre_parse = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

Keywords = frozenset[str] | None

# Non-ASCII characters that re.IGNORECASE matches to an ASCII letter (Python's
# simple case folding plus its special equivalences); folding them keeps the
# substring test a necessary condition. tests/test_claims_prefilter.py checks
# this table against every code point.
_RE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDABLE = re.compile("[\u0130\u0131\u017f\u212a]")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


@lru_cache(maxsize=16)
def fold(text: str) -> str:
    """The text as the keywords are written: lower case, case-equivalents folded."""
    # Cached: one document is checked by several matchers in a row.
    if not text.isascii() and _FOLDABLE.search(text):
        text = text.translate(_RE_FOLD)
    return text.lower()


def required_keywords(pattern: re.Pattern[str] | str, *, keep_case: bool = False) -> Keywords:
    """Strings at least one of which every match contains; None if unknown.

    They are lower case, for a test against ``fold(text)``; with ``keep_case``
    (only for a pattern without IGNORECASE anywhere) they keep their case, for
    a test against the text itself.
    """
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    if _sre_parse is None or not isinstance(source, str):
        return None
    if keep_case and (flags & re.IGNORECASE or "(?i" in source):
        return None
    try:
        parsed = _sre_parse.parse(source, flags)
        return _sequence(list(parsed), keep_case)
    except Exception:  # noqa: BLE001 - a reader's gap must never break matching
        log.debug("no prefilter for pattern %.60r", source)
        return None


def union(sets: Iterable[Keywords]) -> Keywords:
    """Keywords for "any of these patterns": None as soon as one is unfiltered."""
    out: set[str] = set()
    for keys in sets:
        if keys is None:
            return None
        out |= keys
    return _minimal(out)


def _minimal(keys: Iterable[str]) -> frozenset[str]:
    """Drop a keyword that contains another: wherever "reportedly" is, "report" is too."""
    unique = set(keys)
    return frozenset(k for k in unique if not any(o != k and o in k for o in unique))


def _sequence(items: Sequence[tuple[Any, Any]], keep_case: bool) -> Keywords:
    """Every element of a sequence must match: keep the most selective requirement."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        char = _literal(op, av, keep_case)
        if char is not None:
            run.append(char)
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        keys = _element(op, av, keep_case)
        if keys:
            candidates.append(keys)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    return max(candidates, key=lambda keys: (min(map(len, keys)), -len(keys)))


def _literal(op: Any, av: Any, keep_case: bool) -> str | None:
    # Only ASCII: its case equivalents are exactly what fold() produces.
    if op is _c.LITERAL and 32 < av < 127:
        return chr(av) if keep_case else chr(av).lower()
    return None


def _element(op: Any, av: Any, keep_case: bool) -> Keywords:
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]), keep_case)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av), keep_case)
    if op is _c.BRANCH:
        return union(_sequence(list(branch), keep_case) for branch in av[1])
    if str(op) in _REPEATS:
        low, _high, body = av
        return _sequence(list(body), keep_case) if low >= 1 else None
    return None  # classes, anchors, lookarounds, back references: no requirement
