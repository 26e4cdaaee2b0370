"""Claims benchmark: claims and flags on real-text corpora, and flags on the test corpus.

    python3 bench/claims.py [--verbose] [--real DIR[=CONFIG] ...] [--corpus tests/corpus]

Real text (the measure that counts): every folder of annotated articles given with
``--real`` (default: tests/corpus-real/india, .../nepal and .../netherlands, our own
rewrites of real coverage; add a folder of real articles kept outside the repository,
e.g. ``--real /tmp/cw-real/india --real /tmp/cw-real/nepal=tests/corpus-real/nepal/config.toml``).
Each prints claim precision, must-tell recall, flag precision (overall and for changed +
contradicted) and relevant articles per second; see bench/realtext.py for the rules.

The follow-up corpus (``--corpus``, HTML pages with expected flags) is scored as before:

Loads every page of ``tests/corpus/pages`` in name order, extracts its text
(``monitor.extract``; a crude tag strip if that package is not importable),
runs relevance, claims and comparison against the configured baseline with
an in-memory history (a ``NAME.v2.html`` page is a revision of ``NAME.html``:
it replaces it and also yields a ``revised`` flag), and scores the flags
against ``tests/corpus/expectations.toml``.

A produced flag matches an expected one on kind, subject, relation, object,
value, place and polarity (a missing field or "" means none, polarity true), and
``hedged`` (true: the flag is marked reported, not confirmed);
expected kind ``source`` means the claim must map onto a flag that already
exists (same key). Precision counts every draft that creates a flag; a draft
whose key already exists only adds the article's URL to that flag, so an
unlisted one is neither right nor wrong there ("strict precision" counts it
as wrong). Any draft matching a ``must_not`` entry is a violation, and so is
any flag from a page marked ``relevant = false``.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "bench"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from monitor.baseline import load_baseline_file  # noqa: E402
from monitor.claims import ClaimExtractor  # noqa: E402
from monitor.claims.lexicon import load_lexicon  # noqa: E402
from monitor.compare import BaselineIndex, KnownFact, compare  # noqa: E402
from monitor.config import Config, load_config  # noqa: E402
from monitor.diff import revised_flag  # noqa: E402
from monitor.types import Claim, FlagDraft  # noqa: E402

import realtext  # noqa: E402

_SITE = re.compile(r"\{\{site:([\w.-]+)\}\}")
_FIELDS = ("subject", "relation", "object", "value", "place")


# --- in-memory history ----------------------------------------------------------

@dataclass
class MemoryHistory:
    """``monitor.compare.History`` over a dict, as storage would index it."""

    by_key: dict[str, KnownFact] = field(default_factory=dict)
    by_fact: dict[str, KnownFact] = field(default_factory=dict)
    by_slot: dict[str, list[KnownFact]] = field(default_factory=dict)

    def flags_in_slot(self, slot_key: str) -> Sequence[KnownFact]:
        return list(self.by_slot.get(slot_key, ()))

    def flags_in_slots(self, slot_keys: Sequence[str]) -> dict[str, Sequence[KnownFact]]:
        return {key: self.flags_in_slot(key) for key in slot_keys}

    def flag_for_fact(self, fact_key: str) -> KnownFact | None:
        return self.by_fact.get(fact_key)

    def record(self, draft: FlagDraft) -> bool:
        """Store a draft; False when its key already exists (a source is added)."""
        if draft.key in self.by_key:
            return False
        claim = draft.fact or Claim(sentence=draft.evidence, text=draft.claim)
        known = KnownFact(key=draft.key, claim=claim, kind=draft.kind, order=len(self.by_key) + 1)
        self.by_key[draft.key] = known
        if draft.fact is not None:
            self.by_fact.setdefault(draft.fact.fact_key, known)
            self.by_slot.setdefault(draft.fact.slot_key, []).append(known)
        return True


# --- corpus ---------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    name: str               # the article id: file name without .html / .v2
    path: Path
    revision: int           # 1, or 2 for NAME.v2.html
    spec: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Text:
    title: str | None
    body: str
    published: date | None
    url: str


def pages(corpus: Path, expectations: Mapping[str, Any] | None = None) -> list[Page]:
    """The pages in the order the expectations list them, then any others by name."""
    specs = {a["page"]: a for a in (expectations or {}).get("article", [])}
    order = {name: i for i, name in enumerate(specs)}
    out = []
    for path in (corpus / "pages").glob("*.html"):
        stem = path.name[: -len(".html")]
        spec = specs.get(path.name, {})
        revision_of = str(spec.get("revision_of") or "")
        revision = 2 if revision_of or stem.endswith(".v2") else 1
        name = revision_of.removesuffix(".html") if revision_of else stem.removesuffix(".v2")
        out.append(Page(name, path, revision, spec))
    return sorted(out, key=lambda p: (order.get(p.path.name, len(order)), p.path.name))


def site_url(text: str) -> str:
    return _SITE.sub(lambda m: f"https://{m.group(1)}.example", text)


def page_text(page: Page) -> Text:
    raw = site_url(page.path.read_text("utf-8"))
    url = site_url(str(page.spec.get("url") or f"https://corpus.example/{page.name}.html"))
    try:
        from monitor.extract import extract
    except ImportError:
        extract = None  # type: ignore[assignment]
    if extract is not None:
        article = extract(raw, url)
        published = getattr(article, "published", None)
        day = published.date() if isinstance(published, datetime) else published
        text = Text(getattr(article, "title", None), article.text, day, url)
    else:
        text = _crude(raw, url)
    if page.spec.get("published"):
        # The article's own calendar date; a UTC timestamp can fall on the day before.
        text = Text(text.title, text.body, date.fromisoformat(str(page.spec["published"])), text.url)
    return text


def _crude(raw: str, url: str) -> Text:
    """A temporary stand-in for monitor.extract: drop chrome, keep block text."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(raw)
    title_node = tree.css_first("h1")
    title = title_node.text(strip=True) if title_node else None
    meta = tree.css_first('meta[property="article:published_time"]')
    published = None
    if meta is not None and meta.attributes.get("content"):
        published = date.fromisoformat(meta.attributes["content"][:10])
    for node in tree.css("script, style, nav, header, footer, aside, h1, figure, form"):
        node.decompose()
    html = tree.body.html if tree.body else raw
    html = re.sub(r"(?i)<br\s*/?>\s*<br\s*/?>|</?(?:p|div|li|h[2-6]|section|article)[^>]*>", "\n\n", html)
    text = LexborHTMLParser(html).text(separator=" ")
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    body = "\n\n".join(p for p in paragraphs if len(p) > 40)
    return Text(title, body, published, url)


# --- run ------------------------------------------------------------------------

@dataclass
class Produced:
    draft: FlagDraft
    created: bool           # False: the key existed, the article only adds a source


@dataclass
class ArticleRun:
    page: Page
    relevant: bool
    score: float
    claims: list[Claim]
    flags: list[Produced]


def run_corpus(config: Config, corpus: Path,
               expectations: Mapping[str, Any] | None = None) -> Iterator[ArticleRun]:
    extractor = ClaimExtractor(config)
    assert config.baseline is not None
    seed = load_baseline_file(config.resolve(config.baseline.path))
    baseline = extractor.baseline_index(
        extractor.claims(seed.text, published=seed.published, check_relevance=False))
    history = MemoryHistory()
    previous: dict[str, str] = {}
    for page in pages(corpus, expectations if expectations is not None else load_expectations(corpus)):
        yield _run_page(extractor, baseline, history, previous, page, config)


def _run_page(extractor: ClaimExtractor, baseline: BaselineIndex, history: MemoryHistory,
              previous: dict[str, str], page: Page, config: Config) -> ArticleRun:
    text = page_text(page)
    relevance = extractor.relevance(text.body, text.title, text.published)
    claims: list[Claim] = []
    drafts: list[FlagDraft] = []
    if relevance.relevant:
        claims = extractor.claims(text.body, published=text.published, title=text.title, known=baseline)
        # (judged as the pipeline does: as known on the article's day)
        when = datetime.combine(text.published, datetime.min.time(), timezone.utc) if text.published else None
        drafts = compare(claims, baseline, history, alert_hedged=config.claims.alert_hedged, published=when)
    old = previous.get(page.name)
    if old is not None and old != text.body and relevance.relevant:
        drafts.append(revised_flag(text.url, old, text.body, page.name))
    previous[page.name] = text.body
    produced = [Produced(d, history.record(d)) for d in drafts]
    return ArticleRun(page, relevance.relevant, relevance.score, claims, produced)


# --- scoring ----------------------------------------------------------------------

@dataclass
class Score:
    expected: int = 0
    found: int = 0
    produced: int = 0          # every draft
    counted: int = 0           # drafts that create a flag, plus the expected sources
    correct: int = 0
    violations: list[str] = field(default_factory=list)
    rows: list[tuple[str, int, int, int, int, int]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.counted if self.counted else 1.0

    @property
    def strict_precision(self) -> float:
        return self.correct / self.produced if self.produced else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def load_expectations(corpus: Path) -> dict[str, Any]:
    path = corpus / "expectations.toml"
    if not path.exists():
        return {}
    return tomllib.loads(path.read_text("utf-8"))


def matches(flag: Produced, want: Mapping[str, Any], *, must_not: bool = False) -> bool:
    """Does a produced flag match an expected one ("" and a missing field mean none)?

    A ``must_not`` entry ignores the kind and checks value/place (and ``hedged``) only when
    given.
    """
    draft = flag.draft
    if must_not and "hedged" in want and bool(want["hedged"]) != bool(draft.detail.get("hedged")):
        return False
    if not must_not:
        kind = str(want.get("kind", ""))
        if kind == "source":
            if flag.created:
                return False
        elif kind != str(draft.kind):
            return False
        # "hedged = true": reported, not confirmed (a flag marked so); else stated outright
        if bool(want.get("hedged", False)) != bool(draft.detail.get("hedged")):
            return False
    fact = draft.fact
    polarity = fact.polarity if fact is not None else True
    if bool(want.get("polarity", True)) != polarity:
        return False
    return any(_same_fields(fact or draft, side, must_not) for side in _sides(want))


def _same_fields(got: Any, want: Mapping[str, Any], must_not: bool) -> bool:
    return all(_norm(want.get(name)) == _norm(getattr(got, name, None))
               for name in _FIELDS if not (must_not and name not in want))


def _sides(want: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The expected fact, and for a symmetric relation the same fact from the other side."""
    if str(want.get("relation", "")) not in load_lexicon().symmetric or not want.get("object"):
        return [want]
    return [want, {**want, "subject": want.get("object"), "object": want.get("subject")}]


def _norm(value: Any) -> str:
    if value is None or value is False:
        return ""
    return str(value).strip().lower()


def score_runs(runs: Sequence[ArticleRun]) -> Score:
    score = Score()
    for run in runs:
        wanted = list(run.page.spec.get("flags", []))
        forbidden = list(run.page.spec.get("must_not", []))
        used: set[int] = set()
        for want in wanted:
            hit = next((i for i, f in enumerate(run.flags) if i not in used and matches(f, want)), None)
            if hit is not None:
                used.add(hit)
        bad = [f"{run.page.path.name}: {describe(f)}  <- must_not: {b.get('because', '')}"
               for f in run.flags for b in forbidden if matches(f, b, must_not=True)]
        if run.page.spec.get("relevant") is False and run.flags:
            bad.append(f"{run.page.path.name}: irrelevant page produced {len(run.flags)} flags")
        score.violations += bad
        score.expected += len(wanted)
        score.found += len(used)
        score.produced += len(run.flags)
        score.counted += sum(1 for i, f in enumerate(run.flags) if f.created or i in used)
        score.correct += len(used)
        score.rows.append((run.page.path.name, len(wanted), len(used), len(run.flags), len(used), len(bad)))
    return score


def describe(flag: Produced) -> str:
    d = flag.draft
    f = d.fact
    what = f"{d.kind}{'' if flag.created else '(source)'}"
    if f is None:
        return f"{what} {d.claim}"
    return (f"{what} {f.subject} {f.relation} {f.object or '-'} value={f.value or '-'} "
            f"place={f.place or '-'} {'+' if f.polarity else '-'}{' ' + f.hedge if f.hedge else ''}"
            f"  | {d.claim}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--config", type=Path, default=ROOT / "config.toml")
    parser.add_argument("--real", action="append", default=None, metavar="DIR[=CONFIG]")
    parser.add_argument("--no-corpus", action="store_true", help="only the real-text folders")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    folders = args.real if args.real is not None else [
        str(p) for p in (ROOT / "tests" / "corpus-real" / story for story in ("india", "nepal", "netherlands"))
        if p.exists()]
    for spec in folders:
        folder, _, config_path = spec.partition("=")
        for line in score_real(Path(folder), Path(config_path) if config_path else None, args.config,
                               args.verbose):
            print(line)
        print()
    if args.no_corpus:
        return 0
    config = load_config(args.config)
    runs = list(run_corpus(config, args.corpus))
    score = score_runs(runs)
    print(f"{'article':58} {'exp':>4} {'hit':>4} {'made':>5} {'ok':>4} {'bad':>4}")
    for row, run in zip(score.rows, runs):
        print(f"{row[0][:58]:58} {row[1]:>4} {row[2]:>4} {row[3]:>5} {row[4]:>4} {row[5]:>4}"
              f"{'' if run.relevant else '  (irrelevant, score %.1f)' % run.score}")
        if args.verbose:
            _explain(run, run.page.spec)
    print(f"\nflags expected {score.expected}, found {score.found}; drafts {score.produced} "
          f"({score.counted} creating a flag or expected), correct {score.correct}; "
          f"must_not violations {len(score.violations)}")
    print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  "
          f"(strict precision, unlisted sources counted as wrong: {score.strict_precision:.3f})")
    for line in score.violations:
        print("  VIOLATION", line)
    return 0


def score_real(folder: Path, config_path: Path | None, default_config: Path,
               verbose: bool) -> list[str]:
    """Claims and flags of one annotated folder (its own config.toml when it has one)."""
    chosen = config_path or (folder / "config.toml" if (folder / "config.toml").exists() else default_config)
    config = load_config(chosen)
    extractor = ClaimExtractor(config)
    assert config.baseline is not None
    seed = load_baseline_file(config.resolve(config.baseline.path))
    baseline_claims = extractor.claims(seed.text, published=seed.published, check_relevance=False)
    articles = realtext.load_articles(folder)
    metrics = realtext.run_folder(str(folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder),
                                  config, extractor, articles, baseline_claims, MemoryHistory())
    return realtext.report(metrics, verbose)


def _explain(run: ArticleRun, spec: Mapping[str, Any]) -> None:
    for flag in run.flags:
        ok = any(matches(flag, w) for w in spec.get("flags", []))
        print(f"      {'+' if ok else 'x'} {describe(flag)}")
    for want in spec.get("flags", []):
        if not any(matches(f, want) for f in run.flags):
            fields = " ".join(f"{k}={want.get(k, '')}" for k in ("kind", *_FIELDS, "polarity") if k in want)
            print(f"      MISSING {fields}  ({want.get('because', '')[:70]})")


if __name__ == "__main__":
    raise SystemExit(main())
