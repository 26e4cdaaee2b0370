"""Weights of text blocks and boosts of containers.

A block's weight says how much it looks like article prose: long, low in link
text, sentence-like. Link lists and short scraps weigh negative so that a
container that swallows a menu or a teaser rail scores below the tighter one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Shorter blocks are scraps (labels, dates, buttons) unless inside a good container.
MIN_PROSE_CHARS = 25
LINK_HEAVY = 0.5
# Prose has letters; a run of punctuation or markup debris does not count.
_WORD_RE = re.compile(r"[^\W\d_]{2}")
# Inside the article, a block this long is kept unless nearly all link text.
LINKED_PROSE_MIN = 150
LINK_LIST = 0.8


@dataclass(slots=True)
class Block:
    """One line of text as the page lays it out, with where it came from."""

    text: str
    tag: str
    link_chars: int
    weight: float = 0.0
    island: int = 0

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def block_weight(block: Block) -> float:
    n = len(block.text)
    density = block.link_chars / n
    if density > LINK_HEAVY:
        return -float(n)
    if n < MIN_PROSE_CHARS or _WORD_RE.search(block.text) is None:
        return -2.0
    return n * (1.0 - density)
