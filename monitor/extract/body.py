"""The article body: pick the best container's blocks and clean them into paragraphs."""

from __future__ import annotations

import logging

from selectolax.lexbor import LexborHTMLParser

from monitor.extract import selectors as sel
from monitor.extract.scoring import LINK_HEAVY, Block
from monitor.extract.walk import walk

log = logging.getLogger(__name__)

# Less prose than this in the best container means the page has no article.
MIN_ARTICLE_SCORE = 150.0


def extract_paragraphs(tree: LexborHTMLParser, deadline: float,
                       title: str | None = None) -> list[str]:
    """Return the article body of a parsed page as clean paragraphs (maybe none)."""
    root = tree.body
    if root is None:
        return []
    result = walk(root, deadline)
    best = result.best
    if best is None or best.score < MIN_ARTICLE_SCORE:
        log.debug("no article container (best score %s)", best.score if best else None)
        return []
    blocks = result.best_blocks()
    return clean_blocks(blocks, title)


def clean_blocks(blocks: list[Block], title: str | None) -> list[str]:
    kept = [b for b in blocks if _keep(b, title)]
    kept = _trim_edges(kept)
    return [b.text for b in kept]


def _keep(block: Block, title: str | None) -> bool:
    text = block.text
    if block.link_density > LINK_HEAVY:
        return False
    if len(text) < sel.SHORT_BOILERPLATE_MAX and sel.BOILERPLATE_LINE_RE.match(text):
        return False
    if block.tag == "h1" and title and _same_title(text, title):
        return False
    return True


def _same_title(text: str, title: str) -> bool:
    a, b = text.casefold(), title.casefold()
    return a == b or (len(a) > 15 and (a in b or b in a))


def _trim_edges(blocks: list[Block]) -> list[Block]:
    """Drop scraps (bylines, dates, labels) before the first and after the last prose block."""
    prose = [i for i, b in enumerate(blocks) if b.weight > 0 and b.tag not in sel.HEADING_TAGS]
    if not prose:
        return blocks
    first, last = prose[0], prose[-1]
    head = [b for b in blocks[:first] if b.tag in sel.HEADING_TAGS and b.tag != "h1"]
    return head + blocks[first:last + 1]
