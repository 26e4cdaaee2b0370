"""Clauses a sentence states only as background, blanked before relation rules run.

Two kinds, both driven by patterns from ``[clauses]`` in lexicon.toml:

* non-restrictive relative clauses (", which had been promised seven seats by
  the SP,"): what they say is about their head noun, and a party named inside
  them must never become the subject or object of the main clause;
* clauses dated in an earlier year ("..., six years after it walked out of the
  alliance in 2018"): history, not news. A past year in the sentence's first
  clause ("In 2019, when ...") makes the whole sentence background.

Blanking replaces characters by spaces so every offset stays valid.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

_DEFAULT_BOUNDARY = r"[,;:—–]|\s-\s|\((?!\w{1,6}\))|\)"


@dataclass(frozen=True, slots=True)
class ClauseRules:
    relative: re.Pattern[str]
    boundary: re.Pattern[str]
    past_year: re.Pattern[str]

    @classmethod
    def from_lexicon(cls, raw: Mapping[str, Any]) -> ClauseRules:
        table = raw.get("clauses", {})
        return cls(
            relative=re.compile(table.get("relative", r"(?!x)x"), re.IGNORECASE),
            boundary=re.compile(table.get("boundary", _DEFAULT_BOUNDARY)),
            past_year=re.compile(table.get("past_year", r"(?!x)x"), re.IGNORECASE),
        )


def background_spans(text: str, rules: ClauseRules, published: date | None) -> list[tuple[int, int]] | None:
    """Spans to blank; None when the whole sentence is background."""
    spans = [_clause_at(text, m.start(), rules, forward_only=True) for m in rules.relative.finditer(text)]
    if published is None:
        return spans
    for m in rules.past_year.finditer(text):
        if int(m.group("year")) >= published.year:
            continue
        start, end = _clause_at(text, m.start(), rules, forward_only=False)
        if not text[:start].strip(" ,"):
            return None  # "In 2019, when ...": the fronted year dates the whole sentence
        spans.append((start, end))
    return spans


def _clause_at(text: str, pos: int, rules: ClauseRules, forward_only: bool) -> tuple[int, int]:
    start = pos
    if not forward_only:
        before = [b.end() for b in rules.boundary.finditer(text, 0, pos)]
        start = before[-1] if before else 0
    after = rules.boundary.search(text, pos + 1)
    return start, after.start() if after else len(text)


def blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
