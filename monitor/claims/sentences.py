"""Split an article text into paragraphs and sentences, with their offsets.

A period ends a sentence unless the token before it is a known abbreviation
("Mr.", "Rs.", "Jan."), an initial ("M. K. Stalin") or a dotted acronym
("I.N.D.I.A.", "U.S."); after those, a sentence still ends when the next word
is a typical sentence opener ("... in the U.S. The ..."). The abbreviation
list is data, in lexicon.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"\n[ \t]*\n+")
# A candidate end: terminal punctuation, closing quotes/brackets, whitespace,
# then something that can open a sentence.
_END = re.compile(r"([.!?]+)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_TOKEN_BEFORE = re.compile(r"([\w.’'-]+)$")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")
_INITIAL = re.compile(r"^[A-Z]$")
_NEXT_WORD = re.compile(r"[\"'“‘(\[]?([\w’']+)")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int        # offset in the text that was split
    end: int
    paragraph: int


class SentenceSplitter:
    """Rule-based splitter; ``abbreviations`` are lower case, without the final period."""

    def __init__(self, abbreviations: Iterable[str], starters: Iterable[str] = ()) -> None:
        self._abbreviations = frozenset(a.lower().rstrip(".") for a in abbreviations)
        self._starters = frozenset(starters)

    def split(self, text: str) -> list[Sentence]:
        out: list[Sentence] = []
        for index, (start, end) in enumerate(paragraph_spans(text)):
            out.extend(self._split_block(text, start, end, index))
        return out

    def _split_block(self, text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
        block = text[start:end]
        pieces: list[Sentence] = []
        cursor = 0
        for match in _END.finditer(block):
            if not self._ends_sentence(block, match):
                continue
            cut = match.end(2)
            pieces.append(_sentence(block, cursor, cut, start, paragraph))
            cursor = match.end()
        pieces.append(_sentence(block, cursor, len(block), start, paragraph))
        return [p for p in pieces if p.text]

    def _ends_sentence(self, block: str, match: re.Match[str]) -> bool:
        if match.group(1) != ".":
            return True  # "!", "?", "..." always end a sentence
        before = _TOKEN_BEFORE.search(block, 0, match.start(1))
        if before is None:
            return True
        token = before.group(1).strip("'’-")
        if _INITIAL.match(token):
            return False
        if _DOTTED.match(token):
            # "U.S." or "I.N.D.I.A." may also end a sentence: split before an opener.
            following = _NEXT_WORD.match(block, match.end())
            return bool(following and following.group(1) in self._starters)
        return token.lower() not in self._abbreviations


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph; blank lines separate paragraphs."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(text)))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence(block: str, start: int, end: int, offset: int, paragraph: int) -> Sentence:
    s, e = _trim(block, start, end)
    return Sentence(text=block[s:e], start=offset + s, end=offset + e, paragraph=paragraph)
