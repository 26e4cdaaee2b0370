"""The claims engine over the follow-up corpus: precision and recall of flags >= 0.9.

Same run as ``bench/claims.py`` (see its docstring for how flags are matched).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from monitor.config import load_config

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_claims", ROOT / "bench" / "claims.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_claims", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def score():
    if not (CORPUS / "expectations.toml").exists():
        pytest.skip("no corpus expectations")
    bench = _bench()
    runs = list(bench.run_corpus(load_config(ROOT / "config.toml"), CORPUS))
    return bench.score_runs(runs)


def test_corpus_is_there(score) -> None:
    assert len(score.rows) >= 28 and score.expected >= 28


def test_precision(score) -> None:
    assert score.precision >= 0.9, f"precision {score.precision:.3f}"


def test_recall(score) -> None:
    assert score.recall >= 0.9, f"recall {score.recall:.3f}"


def test_no_must_not_violations(score) -> None:
    assert score.violations == []
