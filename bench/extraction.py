"""Article-extraction benchmark: monitor.extract beside trafilatura, in one run.

Usage (from the repository root):

    .venv/bin/python bench/extraction.py [--data DIR] [--rounds 3] [--n-bootstrap 200]

The pages and ground truth are NOT in this repository: they live in the shared
benchmark directory beside it (``../shared/extraction-bench``), or wherever
``CLAIMWATCH_EXTRACTION_BENCH`` points. Its ``evaluate.py`` supplies the metric
(4-gram shingles, macro precision/recall), the data loader and the timed runner,
so the figures here are the benchmark's own.

Goals checked (exit status 1 if missed): F1 at least trafilatura's best, no
page with empty text, and at least 5x the pages/second of trafilatura
``fast=True``. Speed is the best of ``--rounds`` interleaved rounds per
extractor, since a shared machine adds noise to any single round.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "extraction-bench"
SPEED_GOAL = 5.0

Extractor = Callable[[str, "str | None"], str]


@dataclass
class Result:
    name: str
    f1: float
    precision: float
    recall: float
    f1_std: float
    empty: int
    errors: int
    pages_per_s: float


def load_evaluate(data_dir: Path) -> ModuleType:
    """Import the benchmark's own evaluate.py by path."""
    path = data_dir / "evaluate.py"
    if not path.is_file():
        raise SystemExit(f"no benchmark at {data_dir} (set CLAIMWATCH_EXTRACTION_BENCH or --data)")
    spec = importlib.util.spec_from_file_location("extraction_bench_evaluate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extractors() -> dict[str, Extractor]:
    sys.path.insert(0, str(REPO))
    from monitor.extract import article_text

    found: dict[str, Extractor] = {"monitor.extract": article_text}
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed: no reference to compare with", file=sys.stderr)
        return found

    def traf_default(html: str, url: str | None) -> str:
        return trafilatura.extract(html, url=url, include_comments=False) or ""

    def traf_fast(html: str, url: str | None) -> str:
        return trafilatura.extract(html, url=url, include_comments=False, fast=True) or ""

    found["trafilatura"] = traf_default
    found["trafilatura fast=True"] = traf_fast
    return found


def measure(ev: ModuleType, gt: dict[str, dict[str, str]], pages: list[tuple[str, str, str]],
            funcs: dict[str, Extractor], rounds: int, n_bootstrap: int) -> list[Result]:
    best_time = {name: float("inf") for name in funcs}
    first: dict[str, tuple[dict[str, dict[str, str]], int]] = {}
    for _ in range(rounds):
        for name, func in funcs.items():
            pred, times, errors = ev.run(func, pages)
            best_time[name] = min(best_time[name], sum(times))
            first.setdefault(name, (pred, errors))
    results = []
    for name in funcs:
        pred, errors = first[name]
        m = ev.evaluate(gt, pred, n_bootstrap=n_bootstrap)
        results.append(Result(name, m["f1"], m["precision"], m["recall"], m.get("f1_std", 0.0),
                              m["n_empty_pred"], errors, len(pages) / best_time[name]))
    return results


def report(results: list[Result]) -> bool:
    print(f"{'extractor':<24} {'F1':>12} {'precision':>9} {'recall':>7} {'empty':>5} "
          f"{'errors':>6} {'pages/s':>8}")
    for r in results:
        print(f"{r.name:<24} {r.f1:.3f} ±{r.f1_std:.3f} {r.precision:>9.3f} {r.recall:>7.3f} "
              f"{r.empty:>5} {r.errors:>6} {r.pages_per_s:>8.1f}")
    by_name = {r.name: r for r in results}
    ours = by_name["monitor.extract"]
    refs = [r for r in results if r is not ours]
    if not refs:
        return ours.empty == 0
    best_ref = max(refs, key=lambda r: r.f1)
    fast = by_name.get("trafilatura fast=True", best_ref)
    ratio = ours.pages_per_s / fast.pages_per_s
    quality_ok = ours.f1 >= best_ref.f1 and ours.empty == 0
    speed_ok = ratio >= SPEED_GOAL
    print(f"\nspeed ratio monitor.extract / {fast.name}: {ratio:.1f}x "
          f"(goal {SPEED_GOAL:.0f}x) {'OK' if speed_ok else 'MISSED'}")
    print(f"F1 {ours.f1:.3f} vs best reference {best_ref.f1:.3f} ({best_ref.name}), "
          f"{ours.empty} empty pages: {'OK' if quality_ok else 'MISSED'}")
    return quality_ok and speed_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get("CLAIMWATCH_EXTRACTION_BENCH", DEFAULT_DATA)))
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds, best one counts")
    parser.add_argument("--n-bootstrap", type=int, default=200)
    parser.add_argument("--only-ours", action="store_true", help="skip trafilatura")
    args = parser.parse_args()

    ev = load_evaluate(args.data)
    gt, pages = ev.load_dataset(args.data)
    funcs = extractors()
    if args.only_ours:
        funcs = {"monitor.extract": funcs["monitor.extract"]}
    print(f"{len(pages)} pages from {args.data}, {args.rounds} round(s)\n")
    ok = report(measure(ev, gt, pages, funcs, max(1, args.rounds), args.n_bootstrap))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
