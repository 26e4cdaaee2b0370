"""One pass over the parsed body: text blocks plus the best-scoring container.

The walk is iterative (no recursion limit to hit on deep pages) and visits each
node once. It cuts the text into blocks at block-level tags and ``<br>``, skips
boilerplate subtrees named by ``selectors``, and sums block weights bottom-up so
that the subtree holding the most prose and the least link noise wins.

Elements with layout names (sidebar, menu, footer...) and ``<article>`` are
"islands": templates put those words on the wrapper around the whole story too,
and a page may hold several articles, so they are not skipped. Their score does
not flow into the enclosing element, and the final text keeps only the blocks
of the winning container's own island.

This loop runs for every node of every page, so it trades a little elegance
for speed: integer tag ids, local variables, a classification cache.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.errors import ExtractionError
from monitor.extract import selectors as sel
from monitor.extract.classify import JUNK, LAYOUT, classify
from monitor.extract.scoring import Block, block_weight

log = logging.getLogger(__name__)

# Past this many nodes the rest of the page is ignored: the article body sits
# in the first part of every real page, and the walk must stay bounded.
MAX_NODES = 400_000
# Block nesting deeper than this is read as inline text, not as more frames.
MAX_BLOCK_DEPTH = 400
_CLOCK_EVERY = 4096


def _tag_ids(names: frozenset[str]) -> frozenset[int]:
    probe = LexborHTMLParser("")
    return frozenset(probe.create_node(name).tag_id for name in names)


def _node_type_ids() -> tuple[int, int]:
    probe = LexborHTMLParser("<p>x<!-- c --></p>").css_first("p")
    text = probe.first_child  # type: ignore[union-attr]
    return text.tag_id, text.next.tag_id  # type: ignore[union-attr]


_TEXT_ID, _COMMENT_ID = _node_type_ids()
_NAMES = {i: n for n in sel.BLOCK_TAGS | sel.SKIP_TAGS | {"a"} for i in _tag_ids(frozenset({n}))}
_SKIP_IDS = _tag_ids(sel.SKIP_TAGS) | {_COMMENT_ID}
_BLOCK_IDS = _tag_ids(sel.BLOCK_TAGS - {"br", "hr"})
_BREAK_IDS = _tag_ids(frozenset({"br", "hr"}))
_CELL_IDS = _tag_ids(sel.CELL_TAGS)
_ISLAND_IDS = _tag_ids(sel.ISLAND_TAGS)
_A_ID = next(iter(_tag_ids(frozenset({"a"}))))


@dataclass(slots=True)
class Candidate:
    """A container element: its subtree score and its slice of the block list."""

    score: float
    start: int
    end: int
    tag: str
    island: int


@dataclass(slots=True)
class _Frame:
    tag_id: int
    start: int
    boost: float
    island: int
    is_island: bool
    score: float = 0.0


@dataclass(slots=True)
class WalkResult:
    blocks: list[Block] = field(default_factory=list)
    best: Candidate | None = None
    truncated: bool = False
    # Scores of <article> elements: several of a like size make a listing page.
    article_scores: list[float] = field(default_factory=list)

    def best_blocks(self) -> list[Block]:
        """The winning container's blocks, without those of islands nested in it."""
        best = self.best
        if best is None:
            return []
        return [b for b in self.blocks[best.start:best.end] if b.island == best.island]


class _ExitLink:
    """Stack marker: the walk leaves an ``<a>`` element here."""


_EXIT_LINK = _ExitLink()


class _Walker:
    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.result = WalkResult()
        self.frames: list[_Frame] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.islands = 0

    def flush(self) -> None:
        """Close the line of text gathered so far into a block of the innermost frame."""
        parts = self.parts
        if not parts:
            return
        text = " ".join("".join(parts).split())
        parts.clear()
        link_chars, self.link_chars = self.link_chars, 0
        if not text:
            return
        frame = self.frames[-1]
        block = Block(text, _NAMES.get(frame.tag_id, "div"), min(link_chars, len(text)),
                      island=frame.island)
        block.weight = weight = block_weight(block)
        frame.score += weight
        self.result.blocks.append(block)

    def open_frame(self, tag_id: int, boost: float, is_island: bool) -> _Frame:
        if tag_id in _CELL_IDS:
            # Cells of one row make one line: "1 Kyle Busch 5040".
            self.parts.append(" ")
        else:
            self.flush()
        if is_island:
            self.islands += 1
            island = self.islands
        else:
            island = self.frames[-1].island if self.frames else 0
        frame = _Frame(tag_id, len(self.result.blocks), boost, island, is_island)
        self.frames.append(frame)
        return frame

    def close_frame(self, frame: _Frame) -> None:
        if frame.tag_id not in _CELL_IDS:
            self.flush()
        self.frames.pop()
        score = frame.score * frame.boost if frame.score > 0 else frame.score
        best = self.result.best
        if best is None or score > best.score:
            self.result.best = Candidate(score, frame.start, len(self.result.blocks),
                                         _NAMES.get(frame.tag_id, "?"), frame.island)
        if frame.tag_id in _ISLAND_IDS:
            self.result.article_scores.append(score)
        if self.frames and not frame.is_island:
            self.frames[-1].score += frame.score

    def run(self, root: LexborNode) -> WalkResult:
        self.open_frame(-1, 1.0, False)
        self._loop(root)
        while self.frames:
            self.close_frame(self.frames[-1])
        return self.result

    def _loop(self, root: LexborNode) -> None:
        stack: list[object] = [root]
        parts = self.parts
        visited = 0
        node_type = LexborNode
        while stack:
            item = stack.pop()
            if type(item) is not node_type:
                if item is _EXIT_LINK:
                    self.link_depth -= 1
                else:
                    self.close_frame(item)  # type: ignore[arg-type]
                continue
            node: LexborNode = item
            tag_id = node.tag_id
            if tag_id == _TEXT_ID:
                text = node.text_content
                if text:
                    parts.append(text)
                    if self.link_depth:
                        self.link_chars += len(text.strip())
                continue
            visited += 1
            if visited % _CLOCK_EVERY == 0 and self._over_budget(visited):
                return
            if tag_id not in _SKIP_IDS:
                self._enter(node, tag_id, stack)

    def _enter(self, node: LexborNode, tag_id: int, stack: list[object]) -> None:
        """Open an element: a block frame, a link, or inline text; queue its children."""
        if tag_id in _BREAK_IDS:
            self.flush()
            return
        kind, boost = classify(tag_id, _NAMES.get(tag_id), node.attributes)
        if kind == JUNK:
            return
        is_island = kind == LAYOUT or tag_id in _ISLAND_IDS
        if is_island or (tag_id in _BLOCK_IDS and len(self.frames) < MAX_BLOCK_DEPTH):
            stack.append(self.open_frame(tag_id, boost, is_island))
        else:
            # Whitespace-only text nodes are skipped (below, in C, for speed);
            # put back the one that separates two inline elements.
            prev = node.prev
            if prev is not None and prev.is_empty_text_node:
                self.parts.append(" ")
        if tag_id == _A_ID:
            self.link_depth += 1
            stack.append(_EXIT_LINK)
        children = list(node.iter(include_text=True, skip_empty=True))
        children.reverse()
        stack.extend(children)

    def _over_budget(self, visited: int) -> bool:
        if time.perf_counter() > self.deadline:
            raise ExtractionError(f"extraction took too long ({visited} elements walked)")
        if visited >= MAX_NODES:
            log.warning("page has over %d elements; ignoring the rest", MAX_NODES)
            self.result.truncated = True
            return True
        return False


def walk(root: LexborNode, deadline: float) -> WalkResult:
    """Cut ``root`` into text blocks and find the best container among its elements."""
    return _Walker(deadline).run(root)
