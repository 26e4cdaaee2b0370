"""Is an article about the watched story? A score from entity mentions and keywords.

Each watched entity adds its kind's weight per mention, up to ``cap``
mentions (one name repeated twenty times is not twenty signals); each config
keyword likewise. Hits in the title count ``title_factor`` times. The article
is relevant when the score reaches ``[relevance] threshold``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from monitor.claims.entities import Mention, PhraseMatcher


class RelevanceScorer:
    def __init__(self, keywords: Iterable[str], settings: Mapping[str, Any],
                 kinds: Mapping[str, str]) -> None:
        self._keywords: PhraseMatcher[str] = PhraseMatcher((k, k.lower()) for k in keywords)
        self._cap = int(settings.get("cap", 3))
        self._title_factor = float(settings.get("title_factor", 2.0))
        self._weights = {k: float(v) for k, v in settings.get("weights", {}).items()}
        self._kinds = kinds
        self._anchor_hows = frozenset(settings.get("anchor_how", ("name",)))
        self._min_anchors = int(settings.get("min_anchors", 1))

    def has_anchor(self, mentions: Iterable[Mention]) -> bool:
        """Enough mentions whose name can only mean a watched actor (an election or another
        topic of kind "other" is shared with every other story)."""
        return sum(1 for m in mentions
                   if m.how in self._anchor_hows and m.kind != "other") >= self._min_anchors

    def score(self, body_mentions: Iterable[Mention], title_mentions: Iterable[Mention],
              body: str, title: str | None) -> tuple[float, dict[str, int]]:
        body_counts = Counter(m.entity for m in body_mentions if m.how != "coref")
        title_counts = Counter(m.entity for m in title_mentions if m.how != "coref")
        score = self._entities(body_counts) + self._title_factor * self._entities(title_counts)
        score += self._keyword_score(body)
        if title:
            score += self._title_factor * self._keyword_score(title)
        mentions = dict(sorted((body_counts + title_counts).items()))
        return round(score, 3), mentions

    def _entities(self, counts: Mapping[str, int]) -> float:
        return sum(min(n, self._cap) * self._weights.get(self._kinds.get(e, "other"), 1.0)
                   for e, n in counts.items())

    def _keyword_score(self, text: str) -> float:
        counts = Counter(hit.payloads[0] for hit in self._keywords.find(text))
        weight = self._weights.get("keyword", 1.0)
        return sum(min(n, self._cap) * weight for n in counts.values())
