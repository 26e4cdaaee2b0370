"""The article body: pick the best container's blocks and clean them into paragraphs."""

from __future__ import annotations

import logging

from selectolax.lexbor import LexborHTMLParser

from monitor.extract import selectors as sel
from monitor.extract.scoring import LINK_HEAVY, LINK_LIST, LINKED_PROSE_MIN, Block
from monitor.extract.walk import WalkResult, walk

log = logging.getLogger(__name__)

# Less prose than this in the best container means the page has no article.
MIN_ARTICLE_SCORE = 200.0
# Listing pages (home, section, search): teasers made of a headline link and a
# short summary, or several <article> teasers of a like size.
TEASER_MAX_CHARS = 300
LISTING_MIN_TEASERS = 4
LISTING_TEASER_SHARE = 0.6
LISTING_MAX_SCORE = 600.0
LISTING_PEER_SHARE = 0.5
# The text opens with a block at least this long (shorter ones above the first
# paragraph are bylines, datelines, "Updated at" lines).
LEAD_PROSE_MIN = 40


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
    if _is_listing(result, blocks):
        log.debug("page looks like a listing of teasers, not an article")
        return []
    return clean_blocks(blocks, title)


def _is_listing(result: WalkResult, blocks: list[Block]) -> bool:
    best = result.best
    if best is not None and best.score < LISTING_MAX_SCORE:
        peers = sum(1 for s in result.article_scores if s >= LISTING_PEER_SHARE * best.score)
        if peers >= LISTING_MIN_TEASERS:
            return True
    prose = [i for i, b in enumerate(blocks) if b.weight > 0]
    teasers = sum(1 for i in prose if i > 0 and len(blocks[i].text) < TEASER_MAX_CHARS
                  and blocks[i - 1].link_density > LINK_HEAVY)
    return teasers >= LISTING_MIN_TEASERS and teasers >= LISTING_TEASER_SHARE * len(prose)


def clean_blocks(blocks: list[Block], title: str | None) -> list[str]:
    kept = [b for b in blocks if _keep(b, title)]
    kept = _trim_edges(kept)
    return [b.text for b in kept]


def _keep(block: Block, title: str | None) -> bool:
    text = block.text
    density = block.link_density
    # A long sentence with a few long links is prose; a headline list is not.
    if density > LINK_HEAVY and (len(text) < LINKED_PROSE_MIN or density > LINK_LIST):
        return False
    if len(text) < sel.SHORT_BOILERPLATE_MAX and sel.BOILERPLATE_LINE_RE.match(text):
        return False
    return not (block.tag == "h1" and title and _same_title(text, title))


def _same_title(text: str, title: str) -> bool:
    a, b = text.casefold(), title.casefold()
    return a == b or (len(a) > 15 and (a in b or b in a))


def _trim_edges(blocks: list[Block]) -> list[Block]:
    """Drop scraps before the first and after the last prose block.

    The text must open on a real paragraph (bylines and datelines sit above it);
    at the end a short closing line is often the article's own, so any prose counts.
    """
    prose = [i for i, b in enumerate(blocks) if b.weight > 0 and b.tag not in sel.HEADING_TAGS]
    if not prose:
        return blocks
    first = next((i for i in prose if len(blocks[i].text) >= LEAD_PROSE_MIN), prose[0])
    last = prose[-1]
    head = [b for b in blocks[:first] if b.tag in sel.HEADING_TAGS and b.tag != "h1"]
    kept = head + blocks[first:last + 1]
    while kept and _edge_scrap(kept[0]):
        kept.pop(0)
    while kept and _edge_scrap(kept[-1]):
        kept.pop()
    return kept


def _edge_scrap(block: Block) -> bool:
    """A byline, dateline or "Updated" stamp, as found above or below the text."""
    return len(block.text) <= sel.EDGE_LINE_MAX and sel.EDGE_LINE_RE.match(block.text) is not None
