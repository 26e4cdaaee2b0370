"""Scoring claims and flags on annotated article folders (see tests/corpus-real/README.md).

A folder holds ``articles/*.json`` (or ``*.json`` directly): each article's text and
every fact it states, annotated before the engine ran. The folder's ``config.toml``
(else the project's) names the entities, places and baseline.

- A typed claim is right when subject, relation, object, value, place, polarity and
  modality all match an annotated fact of its article (a symmetric relation either way
  round). Claim precision counts each article's distinct claims once.
- Must-tell recall: the article's must-tell facts found by a right claim.
- A flag is right when the claim that raised it is right and, for a must-tell fact with
  an annotated ``kind``, the kind matches. The kind is annotated against the baseline; a
  fact new against it that changes or reverses an earlier flag judged right in the same
  run ("the TMC goes alone" after "the TMC offers the Congress two seats" was flagged) is
  right as ``changed`` / ``contradicted``: that is what the desk was told before. Must-tell
  facts found by a right flag (a new one, or a source added to one) are the comparison's
  recall.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

from monitor.claims import ClaimExtractor
from monitor.compare import compare
from monitor.config import Config
from monitor.types import Claim, FlagDraft

FACT_FIELDS = ("subject", "relation", "object", "value", "place")


@dataclass(frozen=True)
class Article:
    id: str
    path: Path
    url: str
    published: date | None
    title: str | None
    text: str
    relevant: bool
    facts: tuple[Mapping[str, Any], ...]


def load_articles(folder: Path) -> list[Article]:
    files = sorted((folder / "articles").glob("*.json")) or sorted(folder.glob("*.json"))
    out = []
    for path in files:
        raw = json.loads(path.read_text("utf-8"))
        when = raw.get("published")
        out.append(Article(
            id=str(raw.get("id") or path.stem), path=path, url=str(raw.get("url") or path.name),
            published=date.fromisoformat(when[:10]) if when else None,
            title=raw.get("title"), text=str(raw.get("text") or ""),
            relevant=raw.get("relevant", True) is not False,
            facts=tuple(raw.get("facts") or ())))
    # The order news arrives in: flags depend on what was seen before.
    return sorted(out, key=lambda a: (a.published or date.min, a.id))


def fact_key(item: Any, symmetric: frozenset[str]) -> set[tuple]:
    """The ways a fact (annotation dict or Claim) can be written, both sides if symmetric."""
    get = item.get if isinstance(item, Mapping) else lambda k, d=None: getattr(item, k, d)
    values = [_norm(get(name)) for name in FACT_FIELDS]
    polarity = bool(get("polarity", True))
    modality = _norm(get("modality")) or "asserted"
    keys = {(*values, polarity, modality)}
    if values[1] in symmetric and values[2]:
        keys.add((values[2], values[1], values[0], values[3], values[4], polarity, modality))
    return keys


def _norm(value: Any) -> str:
    if value is None or value is False:
        return ""
    return str(value).strip().lower()


class Judged(NamedTuple):
    draft: FlagDraft
    created: bool           # a flag of its own (else a source added to one)
    right: bool
    fact: int | None        # the annotated fact (index in ``article.facts``) it carries


@dataclass
class ArticleResult:
    article: Article
    relevant: bool
    claims: list[Claim]
    right: list[Claim]
    wrong: list[Claim]
    missed: list[Mapping[str, Any]]          # must-tell facts not found
    must_tell: int
    flags: list[Judged] = field(default_factory=list)
    seconds: float = 0.0
    symmetric: frozenset[str] = frozenset()

    @property
    def flagged(self) -> set[int]:
        """Must-tell facts (by index in ``article.facts``) a right flag of this article carries."""
        return {j.fact for j in self.flags if j.right and j.fact is not None
                and self.article.facts[j.fact].get("must_tell")}


@dataclass
class Metrics:
    name: str
    results: list[ArticleResult]

    @property
    def produced(self) -> int:
        return sum(len(r.right) + len(r.wrong) for r in self.results)

    @property
    def claim_precision(self) -> float:
        right = sum(len(r.right) for r in self.results)
        return right / self.produced if self.produced else 1.0

    @property
    def must_tell(self) -> int:
        return sum(r.must_tell for r in self.results)

    @property
    def recall(self) -> float:
        found = self.must_tell - sum(len(r.missed) for r in self.results)
        return found / self.must_tell if self.must_tell else 1.0

    @property
    def flag_recall(self) -> float:
        """Must-tell facts found by a right flag (created, or a source added to one)."""
        found = sum(len(r.flagged) for r in self.results)
        return found / self.must_tell if self.must_tell else 1.0

    def flag_precision(self, kinds: Iterable[str] | None = None) -> tuple[float, int]:
        wanted = set(kinds) if kinds is not None else None
        made = [(j.draft, j.right) for r in self.results for j in r.flags
                if j.created and (wanted is None or str(j.draft.kind) in wanted)]
        right = sum(1 for _d, ok in made if ok)
        return (right / len(made) if made else 1.0), len(made)

    def per_kind(self) -> dict[str, tuple[int, int]]:
        out: dict[str, list[int]] = {}
        for r in self.results:
            for d, created, ok, _fact in r.flags:
                if created:
                    row = out.setdefault(str(d.kind), [0, 0])
                    row[0] += int(ok)
                    row[1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}

    @property
    def relevant_per_second(self) -> float:
        timed = [r for r in self.results if r.relevant]
        seconds = sum(r.seconds for r in timed)
        return len(timed) / seconds if seconds else 0.0


def run_folder(name: str, config: Config, extractor: ClaimExtractor, articles: Sequence[Article],
               baseline_claims: Sequence[Claim], history: Any) -> Metrics:
    baseline = extractor.baseline_index(baseline_claims)
    symmetric = extractor.lexicon.symmetric
    results = []
    right_keys: set[str] = set()     # flags judged right so far (what the desk was told)
    for article in articles:
        started = time.perf_counter()
        relevance = extractor.relevance(article.text, article.title, article.published)
        claims: list[Claim] = []
        if relevance.relevant:
            claims = extractor.claims(article.text, published=article.published, title=article.title,
                                      check_relevance=False, known=baseline)
        seconds = time.perf_counter() - started
        result = _judge(article, relevance.relevant, [c for c in claims if c.typed], symmetric)
        result.seconds = seconds
        if relevance.relevant:
            # (judged as the pipeline does: as known on the article's day)
            when = datetime.combine(article.published, datetime.min.time(), timezone.utc) if article.published else None
            drafts = compare(claims, baseline, history, alert_hedged=config.claims.alert_hedged, published=when)
            for draft in drafts:
                index = _flag_fact(draft, result, article, symmetric)
                right = index is not None and (_kind_right(draft, article.facts[index])
                                               or _turns_earlier(draft, article.facts[index], right_keys))
                created = history.record(draft)
                if created and right:
                    right_keys.add(draft.key)
                result.flags.append(Judged(draft, created, right, index))
        results.append(result)
    return Metrics(name, results)


def _judge(article: Article, relevant: bool, claims: list[Claim], symmetric: frozenset[str]) -> ArticleResult:
    annotated: dict[tuple, Mapping[str, Any]] = {}
    for fact in article.facts:
        for key in fact_key(fact, symmetric):
            annotated.setdefault(key, fact)
    distinct: dict[tuple, Claim] = {}
    for claim in claims:
        keys = fact_key(claim, symmetric)
        canonical = min(keys)
        distinct.setdefault(canonical, claim)
    right, wrong, hit = [], [], set()
    for claim in distinct.values():
        keys = fact_key(claim, symmetric)
        match = next((annotated[k] for k in keys if k in annotated), None)
        if match is not None:
            right.append(claim)
            hit.add(id(match))
        else:
            wrong.append(claim)
    must = [f for f in article.facts if f.get("must_tell")]
    missed = [f for f in must if id(f) not in hit]
    return ArticleResult(article, relevant, claims, right, wrong, missed, len(must), symmetric=symmetric)


def _flag_fact(draft: FlagDraft, result: ArticleResult, article: Article,
               symmetric: frozenset[str]) -> int | None:
    """The annotated fact (its index) a flag carries, when the claim behind it is right."""
    if draft.fact is None:
        return None
    source = next((c for c in result.claims if c.sentence == draft.evidence
                   and c.slot in (draft.fact.slot, _mirror_slot(draft.fact))), None)
    if source is None or source not in result.right:
        return None
    keys = fact_key(source, symmetric)
    return next((i for i, f in enumerate(article.facts) if fact_key(f, symmetric) & keys), None)


def _kind_right(draft: FlagDraft, fact: Mapping[str, Any]) -> bool:
    """A must-tell fact's annotated kind (against the baseline) must be the flag's."""
    kind = fact.get("kind") if fact.get("must_tell") else None
    return kind is None or str(kind) == str(draft.kind)


def _turns_earlier(draft: FlagDraft, fact: Mapping[str, Any], right_keys: set[str]) -> bool:
    """A fact new against the baseline, or one that returns to it, that changes or reverses an
    earlier flag judged right (the desk was told that news, and this turns it): "changed" /
    "contradicted" is right. (The UML backs the government in March against a baseline where
    it does not; its withdrawal in July confirms the baseline but reverses what the desk heard.)"""
    earlier = draft.detail.get("previous")
    return (str(draft.kind) in ALERTING and fact.get("kind") in ("new", "confirmed")
            and isinstance(earlier, dict) and earlier.get("key") in right_keys)


def _mirror_slot(claim: Claim) -> tuple[str, str, str, str]:
    return (claim.object or "", claim.relation or "", claim.subject or "", claim.place or "")


#: The kinds of flag that alert a desk (a wrong one costs most).
ALERTING = ("changed", "contradicted")


def _wrong_alerts(result: ArticleResult) -> list[Judged]:
    return [j for j in result.flags if j.created and not j.right and str(j.draft.kind) in ALERTING]


def _wrong_alert(judged: Judged, article: Article) -> list[str]:
    """A wrong changed / contradicted flag, why, and what it was compared with."""
    draft = judged.draft
    why = "claim wrong" if judged.fact is None else \
        f"annotated {article.facts[judged.fact].get('kind') or 'not must-tell'}"
    earlier = draft.detail.get("previous")
    against = (earlier.get("evidence") if isinstance(earlier, dict) else None) \
        or draft.detail.get("compared_with") or draft.baseline or ""
    claim = describe(draft.fact) if draft.fact else "-"
    return [f"    WRONG FLAG {draft.kind} ({why}): {claim}  | {draft.evidence[:120]}",
            f"        against: {str(against)[:150]}"]


#: What a near miss may differ in (subject and relation equal), in key order after them.
_NEAR = ("object", "value", "place", "polarity", "modality")


def near_miss(item: Any, others: Iterable[Any], symmetric: frozenset[str]) -> str:
    """Why a claim is wrong, or a must-tell fact missed, by its nearest counterpart: the
    fields it differs in from the closest item of the same subject and relation
    ("place", "modality+value"), else "none" (nothing of that subject and relation)."""
    best: tuple[str, ...] | None = None
    mine = fact_key(item, symmetric)
    for other in others:
        for a in mine:
            for b in fact_key(other, symmetric):
                if a[:2] != b[:2]:
                    continue
                fields = tuple(n for n, x, y in zip(_NEAR, a[2:], b[2:]) if x != y)
                if best is None or len(fields) < len(best):
                    best = fields
    return "+".join(best) if best else "none"


def causes(metrics: Metrics) -> tuple[Counter[str], Counter[str]]:
    """Wrong claims and missed must-tell facts counted by ``near_miss`` (a miss in an
    article judged irrelevant counts as "irrelevant")."""
    wrong: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for r in metrics.results:
        symmetric = r.symmetric
        for claim in r.wrong:
            wrong[near_miss(claim, r.article.facts, symmetric)] += 1
        for fact in r.missed:
            missed[miss_cause(fact, r)] += 1
    return wrong, missed


def miss_cause(fact: Mapping[str, Any], result: ArticleResult) -> str:
    """``near_miss`` of a missed fact; "none" split by whether its evidence sentence gave
    other claims ("none/other": read, but not as this fact) or none ("none/silent")."""
    if not result.relevant:
        return "irrelevant"
    near = near_miss(fact, result.claims, result.symmetric)
    if near != "none":
        return near
    evidence = " ".join(str(fact.get("evidence") or "").split())[:60]
    told = evidence and any(evidence in " ".join(c.sentence.split()) for c in result.claims)
    return "none/other" if told else "none/silent"


def describe(claim: Claim) -> str:
    return (f"{claim.subject} {claim.relation} {claim.object or '-'} v={claim.value or '-'} "
            f"p={claim.place or '-'} {'+' if claim.polarity else '-'} {claim.modality}")


def describe_fact(fact: Mapping[str, Any]) -> str:
    return (f"{fact.get('subject')} {fact.get('relation')} {fact.get('object') or '-'} "
            f"v={fact.get('value') or '-'} p={fact.get('place') or '-'} "
            f"{'+' if fact.get('polarity', True) else '-'} {fact.get('modality') or 'asserted'}")


def report(metrics: Metrics, verbose: bool = False) -> list[str]:
    lines = []
    if verbose:
        for r in metrics.results:
            if not (r.wrong or r.missed or _wrong_alerts(r)) and r.relevant == r.article.relevant:
                continue
            lines.append(f"  {r.article.id} ({r.article.path.name}){'' if r.relevant else ' [judged irrelevant]'}")
            for c in r.wrong:
                near = near_miss(c, r.article.facts, r.symmetric)
                lines.append(f"    x {describe(c)}  [{near}] | {c.sentence[:150]}")
            for f in r.missed:
                near = miss_cause(f, r)
                lines.append(f"    MISSED {describe_fact(f)}  [{near}] | {str(f.get('evidence', ''))[:150]}")
            for judged in _wrong_alerts(r):
                lines += _wrong_alert(judged, r.article)
    flags, made = metrics.flag_precision()
    alerting, alert_made = metrics.flag_precision(ALERTING)
    kinds = ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in metrics.per_kind().items())
    lines.append(f"{metrics.name}: {len(metrics.results)} articles, {metrics.produced} distinct claims, "
                 f"{metrics.must_tell} must-tell facts")
    lines.append(f"  claim precision {metrics.claim_precision:.3f}   must-tell recall {metrics.recall:.3f}   "
                 f"flag precision {flags:.3f} ({made})   changed+contradicted {alerting:.3f} ({alert_made})")
    lines.append(f"  flags by kind (right/made): {kinds or 'none'}   "
                 f"must-tell found by a right flag {metrics.flag_recall:.3f}")
    lines.append(f"  relevant articles per second (claims stage, one core): {metrics.relevant_per_second:.1f}")
    wrong_relations = Counter(c.relation for r in metrics.results for c in r.wrong)
    missed_relations = Counter(str(f.get("relation")) for r in metrics.results for f in r.missed)
    lines.append(f"  wrong claims by relation: {dict(wrong_relations.most_common())}")
    lines.append(f"  missed must-tell by relation: {dict(missed_relations.most_common())}")
    wrong_causes, missed_causes = causes(metrics)
    lines.append(f"  wrong claims by field wrong (none: no such subject and relation): "
                 f"{dict(wrong_causes.most_common())}")
    lines.append(f"  missed must-tell by field wrong: {dict(missed_causes.most_common())}")
    return lines
