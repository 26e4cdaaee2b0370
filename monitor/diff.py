"""What changed between two revisions of an article, and the ``revised`` flag for it.

The detail is compact and JSON-ready: paragraphs added, removed and changed
(by index in the new text), with a word-level diff of each changed paragraph
that keeps only the edited runs and a few words of context around them.
"""

from __future__ import annotations

import difflib
import hashlib
import re

from monitor.types import FlagDraft, FlagKind, text_hash

_PARAGRAPHS = re.compile(r"\n\s*\n")
_TOKENS = re.compile(r"\S+")
CONTEXT_WORDS = 4
MAX_PARAGRAPH_CHARS = 600
#: Below this similarity a replaced paragraph is reported as removed + added.
PAIR_RATIO = 0.4


def paragraphs(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", p).strip() for p in _PARAGRAPHS.split(text) if p.strip()]


def revision_detail(old: str, new: str) -> dict:
    """Paragraph diff of two texts: {"added", "removed", "changed", "summary"}."""
    a, b = paragraphs(old), paragraphs(new)
    added: list[dict] = []
    removed: list[dict] = []
    changed: list[dict] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        olds, news = list(range(i1, i2)), list(range(j1, j2))
        if op == "replace":
            olds, news = _pair(a, b, olds, news, changed)
        removed += [{"index": i, "text": _clip(a[i])} for i in olds]
        added += [{"index": j, "text": _clip(b[j])} for j in news]
    summary = f"{len(changed)} changed, {len(added)} added, {len(removed)} removed"
    return {"summary": summary, "changed": changed, "added": added, "removed": removed}


def _pair(a: list[str], b: list[str], olds: list[int], news: list[int],
          changed: list[dict]) -> tuple[list[int], list[int]]:
    """Pair old and new paragraphs that are edits of each other; return the leftovers."""
    left_old, left_new = list(olds), list(news)
    for j in news:
        best = max(left_old, key=lambda i: _ratio(a[i], b[j]), default=None)
        if best is None or _ratio(a[best], b[j]) < PAIR_RATIO:
            continue
        changed.append({"old_index": best, "index": j, "words": word_diff(a[best], b[j])})
        left_old.remove(best)
        left_new.remove(j)
    return left_old, left_new


def _ratio(x: str, y: str) -> float:
    return difflib.SequenceMatcher(a=x.split(), b=y.split(), autojunk=False).ratio()


def word_diff(old: str, new: str) -> list[dict]:
    """Edited word runs: [{"op": "=", "text": ...}, {"op": "-", ...}, {"op": "+", ...}].

    Unchanged runs are cut to a few words of context ("…" marks the cut).
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[dict] = []
    opcodes = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            words = a[i1:i2]
            first, last = n == 0, n == len(opcodes) - 1
            out.append({"op": "=", "text": _context(words, first, last)})
            continue
        if i2 > i1:
            out.append({"op": "-", "text": " ".join(a[i1:i2])})
        if j2 > j1:
            out.append({"op": "+", "text": " ".join(b[j1:j2])})
    return [part for part in out if part["text"]]


def _context(words: list[str], first: bool, last: bool) -> str:
    k = CONTEXT_WORDS
    if len(words) <= 2 * k:
        return " ".join(words)
    if first:
        return "… " + " ".join(words[-k:])
    if last:
        return " ".join(words[:k]) + " …"
    return " ".join(words[:k]) + " … " + " ".join(words[-k:])


def _clip(text: str) -> str:
    return text if len(text) <= MAX_PARAGRAPH_CHARS else text[:MAX_PARAGRAPH_CHARS - 1] + "…"


def revised_flag(url: str, old: str, new: str, article_key: str) -> FlagDraft:
    """The ``revised`` flag for an article whose text changed; one per (article, new text)."""
    detail = revision_detail(old, new)
    key = hashlib.sha1(f"revised|{article_key}|{text_hash(new)}".encode()).hexdigest()[:20]
    return FlagDraft(
        kind=FlagKind.REVISED,
        key=key,
        claim=f"Article revised: {detail['summary']}",
        evidence=_evidence(detail, new),
        subject=None,
        relation=None,
        entities=(),
        baseline=None,
        detail={"url": url, **detail},
    )


def _evidence(detail: dict, new: str) -> str:
    """The first edited paragraph as it now reads (or what was removed)."""
    new_paragraphs = paragraphs(new)
    for item in (*detail["changed"], *detail["added"]):
        index = item["index"]
        if 0 <= index < len(new_paragraphs):
            return _clip(new_paragraphs[index])
    if detail["removed"]:
        return "Removed: " + detail["removed"][0]["text"]
    return ""
