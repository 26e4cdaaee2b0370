"""Shared pieces of the benchmarks: generated sites served by another process,
configs for them, memory figures and table printing.

The sites run in a child process so that serving pages never competes with
the measured pipeline for this process's GIL or shows up in its CPU time.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (str(ROOT), str(ROOT / "bench")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

PYTHON = sys.executable


class ServedSites:
    """``python bench/serve_sites.py ROOT`` as a context manager; ``bases`` maps key -> URL."""

    def __init__(self, root: Path, *, conditional: bool = True) -> None:
        self.root = root
        self.conditional = conditional
        self.bases: dict[str, str] = {}
        self._proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> "ServedSites":
        args = [PYTHON, str(ROOT / "bench" / "serve_sites.py"), str(self.root)]
        if not self.conditional:
            args.append("--unconditional")
        self._proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      text=True, cwd=ROOT)
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError("the site server did not start")
        self.bases = json.loads(line)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._proc is None:
            return
        assert self._proc.stdin is not None
        self._proc.stdin.close()  # the server exits when its stdin closes
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()


def feed_sources(bases: dict[str, str]) -> list[dict[str, Any]]:
    return [{"name": key, "kind": "feed", "url": f"{base}/feed.xml"}
            for key, base in sorted(bases.items())]


def bench_config_dict(db_url: str, bases: dict[str, str], *, concurrency: int | None = None,
                      max_articles: int = 10_000) -> dict[str, Any]:
    """The seed story on the generated feeds: no politeness delay, loopback allowed."""
    from tests.helpers import story_config

    fetch: dict[str, Any] = {"max_articles_per_source": max_articles, "retries": 0,
                             "deadline": 30}
    if concurrency is not None:
        fetch["concurrency"] = concurrency
    return story_config(db_url, feed_sources(bases), fetch=fetch)


def peak_rss_mb() -> float:
    """Peak resident set of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    try:
        import psutil
    except ImportError:  # the bench extra is missing: read /proc instead
        with open(f"/proc/{os.getpid()}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return psutil.Process().memory_info().rss / 2**20


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(h) for h in headers]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in
                       enumerate(zip(row, widths))) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    return str(value)


def verdict(goal: str, met: bool, detail: str) -> str:
    return f"{'MET    ' if met else 'NOT MET'}  {goal}: {detail}"
