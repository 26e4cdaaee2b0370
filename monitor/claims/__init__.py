"""Claims: from an article text to normalized, typed statements about the story.

``ClaimExtractor`` is built once from the config (entity matchers, lexicon,
place table) and is then a pure function of its input: the same text gives the
same claims in the same order. It is rule-based: no model is loaded.

    extractor = ClaimExtractor(config)
    extractor.relevance(text, title)          # Relevance(score, relevant, mentions)
    extractor.claims(text, published=date, title=title)   # list[Claim]
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from monitor.claims.dates import find_dates
from monitor.claims.entities import EntityMatcher, Mention
from monitor.claims.lexicon import Lexicon, load_lexicon
from monitor.claims.normalize import Normalizer
from monitor.claims.places import PlaceMatcher, PlaceMention
from monitor.claims.relations import RelationExtractor, SentenceContext
from monitor.claims.relevance import RelevanceScorer
from monitor.claims.sentences import Sentence, SentenceSplitter
from monitor.config import Config
from monitor.types import Claim

if TYPE_CHECKING:
    from monitor.compare import BaselineIndex

__all__ = ["ClaimExtractor", "Relevance"]

log = logging.getLogger(__name__)

# "NEW DELHI, Dec 10 (Meridian Wire) - ", "Patna:", "Kolkata, Jan 24 (PTI):" opening a
# paragraph: a place and date of filing, not of the news.
_DATELINE = re.compile(
    r"^(?P<where>[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,2})"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:[-–—:]\s*)",
    re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Relevance:
    score: float
    relevant: bool
    mentions: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class _Document:
    text: str                     # title + blank line + body
    body_start: int
    title_paragraphs: int
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]       # in text order (EntityMatcher.find sorts them)
    places: tuple[PlaceMention, ...] = ()
    starts: tuple[int, ...] = ()        # mention starts, for bisect
    alliance_starts: tuple[int, ...] = ()
    alliance_ids: tuple[str, ...] = ()


class ClaimExtractor:
    def __init__(self, config: Config, *, lexicon: Lexicon | None = None) -> None:
        extra = config.resolve(config.claims.lexicon) if config.claims.lexicon else None
        self.lexicon = lexicon or load_lexicon(extra)
        self._splitter = SentenceSplitter(self.lexicon.abbreviations, self.lexicon.starters)
        self._entities = EntityMatcher(config.entities, self.lexicon)
        self._places = PlaceMatcher(self.lexicon)
        self._relations = RelationExtractor(self.lexicon, self._entities.info)
        self._normalizer = Normalizer(self.lexicon, self.display, self.kind, self._places.display)
        kinds = {e.id: e.kind for e in config.entities}
        self._scorer = RelevanceScorer(config.relevance.keywords, self.lexicon.relevance, kinds)
        self._threshold = config.relevance.threshold
        # The story's own alliance (the first configured): what "going it alone" leaves.
        self._default_alliance = next((e.id for e in config.entities if e.kind == "alliance"), None)
        self._last: tuple[tuple[str, str | None], _Document] | None = None

    # --- public API -------------------------------------------------------------

    def display(self, entity_id: str) -> str:
        info = self._entities.info.get(entity_id)
        return info.display if info else entity_id

    def kind(self, entity_id: str) -> str | None:
        info = self._entities.info.get(entity_id)
        return info.kind if info else None

    def place_display(self, place_id: str) -> str:
        return self._places.display(place_id)

    def universe(self) -> dict[str, tuple[str, ...]]:
        """Entity ids by kind (and place ids): what a history lookup may enumerate."""
        out: dict[str, list[str]] = {}
        for info in self._entities.info.values():
            out.setdefault(info.kind, []).append(info.id)
        out["place"] = list(self._places.ids())
        return {k: tuple(v) for k, v in out.items()}

    def baseline_index(self, claims: Sequence[Claim]) -> BaselineIndex:
        """A comparison index that knows every entity (for exclusion look-ups)."""
        from monitor.compare import BaselineIndex

        return BaselineIndex(claims, lexicon=self.lexicon, universe=self.universe())

    def relevance(self, text: str, title: str | None = None) -> Relevance:
        doc = self._analyse(text, title)
        body = [m for m in doc.mentions if m.start >= doc.body_start]
        head = [m for m in doc.mentions if m.start < doc.body_start]
        score, mentions = self._scorer.score(body, head, text, title)
        # Keywords ("coalition", "seat sharing") are shared with every other
        # country's politics: without one unambiguous watched name they never suffice.
        named = self._scorer.has_anchor(body + head)
        return Relevance(score=score, relevant=named and score >= self._threshold, mentions=mentions)

    def claims(self, text: str, *, published: date | None = None, title: str | None = None,
               check_relevance: bool = True) -> list[Claim]:
        """One claim per (fact, sentence); untyped claims for sentences with mentions only."""
        if check_relevance and not self.relevance(text, title).relevant:
            return []
        doc = self._analyse(text, title)
        main = _main_alliance(doc.mentions, self._entities.info) or self._default_alliance
        out: list[Claim] = []
        seen: set[str] = set()
        for sentence in doc.sentences:
            if sentence.start < doc.body_start:
                continue
            ctx = self._context(doc, sentence, published, main)
            for claim in self._sentence_claims(ctx):
                if claim.claim_key not in seen:
                    seen.add(claim.claim_key)
                    out.append(claim)
        return out

    # --- internals ----------------------------------------------------------------

    def _is_place(self, words: str) -> bool:
        found = self._places.find(words)
        return len(found) == 1 and found[0].start == 0 and found[0].end == len(words)

    def _analyse(self, text: str, title: str | None) -> _Document:
        key = (text, title)
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        head = f"{title.strip()}\n\n" if title and title.strip() else ""
        full = head + mask_datelines(text, self._is_place)
        sentences = tuple(self._splitter.split(full))
        title_paragraphs = len({s.paragraph for s in sentences if s.start < len(head)})
        mentions = tuple(self._entities.find(full, sentences))
        places = tuple(self._places.find(full))
        alliances = [m for m in mentions if m.kind == "alliance"]
        doc = _Document(full, len(head), title_paragraphs, sentences, mentions, places,
                        starts=tuple(m.start for m in mentions),
                        alliance_starts=tuple(m.start for m in alliances),
                        alliance_ids=tuple(m.entity for m in alliances))
        self._last = (key, doc)
        return doc

    def _context(self, doc: _Document, sentence: Sentence, published: date | None,
                 main: str | None) -> SentenceContext:
        first = bisect.bisect_left(doc.starts, sentence.start)
        last = bisect.bisect_left(doc.starts, sentence.end, first)
        inside = tuple(dataclasses.replace(m, start=m.start - sentence.start, end=m.end - sentence.start)
                       for m in doc.mentions[first:last])
        earlier = bisect.bisect_left(doc.alliance_starts, sentence.start)
        before = doc.alliance_ids[:earlier]
        return SentenceContext(
            text=sentence.text,
            paragraph=sentence.paragraph - doc.title_paragraphs,
            mentions=inside,
            places=self._sentence_places(doc, sentence),
            dates=tuple(find_dates(sentence.text, published)),
            last_alliance=before[-1] if before else main,
            main_alliance=main,
            published=published,
        )

    def _sentence_places(self, doc: _Document, sentence: Sentence) -> tuple[PlaceMention, ...]:
        """Places named in the sentence, plus "the state('s)" standing for the last state named."""
        found = self._places.find(sentence.text)
        if any(p.kind == "state" for p in found) or self.lexicon.place_coref is None:
            return tuple(found)
        earlier = [p for p in doc.places if p.kind == "state" and p.end <= sentence.start
                   and sentence.start - p.end <= self.lexicon.place_coref_chars]
        if not earlier:
            return tuple(found)
        state = earlier[-1].id
        refs = [PlaceMention(state, "state", m.start(), m.end())
                for m in self.lexicon.place_coref.finditer(sentence.text)]
        return tuple(sorted(found + refs, key=lambda p: p.start))

    def _sentence_claims(self, ctx: SentenceContext) -> list[Claim]:
        typed = [dataclasses.replace(c, text=self._normalizer.text(c))
                 for c in self._relations.extract(ctx)]
        if typed:
            return typed
        if not ctx.mentions:
            return []
        entities = tuple(sorted({m.entity for m in ctx.mentions}))
        return [Claim(sentence=ctx.text, entities=entities, paragraph=ctx.paragraph,
                      hedge=self._relations.hedge(ctx.text))]


def mask_datelines(text: str, is_place: Callable[[str], bool] = lambda w: False) -> str:
    """Blank out paragraph datelines, keeping every offset in place."""
    def blank(m: re.Match[str]) -> str:
        where = m.group("where")
        if not (where.isupper() or is_place(where)):
            return m.group(0)
        return " " * len(m.group(0))
    return _DATELINE.sub(blank, text)


def _main_alliance(mentions: Sequence[Mention], info: Mapping[str, object]) -> str | None:
    counts = Counter(m.entity for m in mentions if m.kind == "alliance")
    if not counts:
        return None
    first = {}
    for index, m in enumerate(mentions):
        first.setdefault(m.entity, index)
    return min(counts, key=lambda e: (-counts[e], first[e]))
