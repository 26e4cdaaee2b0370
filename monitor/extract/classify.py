"""Classify an element from its tag and attributes: junk, layout island or content.

Pages repeat the same class strings hundreds of times, so the regex verdict on a
(class, id) pair is cached; the cache is cleared when it grows past a bound.
"""

from __future__ import annotations

from typing import Final

from monitor.extract import selectors as sel

NONE: Final = 0
JUNK: Final = 1     # skip the subtree
LAYOUT: Final = 2   # read it, as an island of its own

_CACHE_MAX = 50_000
_names_cache: dict[tuple[str | None, str | None], tuple[int, float]] = {}


def classify(tag_id: int, tag: str | None,
             attrs: dict[str, str | None]) -> tuple[int, float]:
    """Return (kind, container boost) for an element."""
    if not attrs:
        return NONE, (sel.ARTICLE_TAG_BOOST if tag == "article" else 1.0)
    if _hidden(attrs):
        return JUNK, 1.0
    role = attrs.get("role")
    if role and role.lower() in sel.JUNK_ROLES:
        return LAYOUT, 1.0
    itemprop = attrs.get("itemprop")
    if itemprop and itemprop.lower() in sel.CONTENT_ITEMPROP:
        return NONE, sel.ITEMPROP_BOOST
    key = (attrs.get("class"), attrs.get("id"))
    verdict = _names_cache.get(key)
    if verdict is None:
        if len(_names_cache) >= _CACHE_MAX:
            _names_cache.clear()
        verdict = _names_cache[key] = _classify_names(key[0], key[1])
    kind, boost = verdict
    if tag in sel.NEVER_JUNK_TAGS:
        kind = NONE
    if tag == "article" and boost == 1.0:
        boost = sel.ARTICLE_TAG_BOOST
    return kind, boost


def _hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style) and sel.HIDDEN_STYLE_RE.search(style) is not None  # type: ignore[arg-type]


def _classify_names(cls: str | None, ident: str | None) -> tuple[int, float]:
    names = ((cls or "") + " " + (ident or "")).lower()
    if len(names) < 3:
        return NONE, 1.0
    boost = sel.CONTENT_NAME_BOOST if sel.CONTENT_RE.search(names) else 1.0
    junk = sel.JUNK_RE.search(names) is not None
    if not junk and sel.LAYOUT_RE.search(names) is None:
        return NONE, boost
    # Post-state tokens ("category-advertising", "comments-open") name no box.
    names = sel.STATE_TOKEN_RE.sub(" ", names)
    if sel.PROTECT_RE.search(names):
        return NONE, boost
    if junk and sel.JUNK_RE.search(names):
        return JUNK, 1.0
    return (LAYOUT, boost) if sel.LAYOUT_RE.search(names) else (NONE, boost)
