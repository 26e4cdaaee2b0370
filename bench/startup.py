"""Startup benchmark: how long ``monitor --help`` takes, and which imports cost most.

    .venv/bin/python bench/startup.py [--runs 15] [--top 15]

Times ``python -m monitor --help`` and the ``monitor`` console script (median
and best of N fresh processes; the first run warms the bytecode cache and is
not counted), then runs ``python -X importtime -m monitor --help`` and lists
the heaviest imports by cumulative time (a package's own time plus what it
pulls in) with their own time. Goal: median under 300 ms.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, table, verdict  # noqa: E402

GOAL_MS = 300.0
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")


def timed(cmd: list[str], runs: int) -> list[float]:
    subprocess.run(cmd, capture_output=True, cwd=ROOT, check=True)  # warm .pyc files
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=ROOT, check=True)
        out.append(1000 * (time.perf_counter() - started))
    return out


def heaviest(top: int) -> tuple[list[tuple[str, float, float, int]], float]:
    """(module, cumulative ms, self ms, depth) of the top imports, and the total ms."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "monitor", "--help"],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    rows = []
    for line in proc.stderr.splitlines():
        m = _LINE.match(line)
        if m:
            own, cumulative, indent, name = m.groups()
            rows.append((name, int(cumulative) / 1000, int(own) / 1000, len(indent) // 2))
    total = sum(r[1] for r in rows if r[3] == 0)
    return sorted(rows, key=lambda r: -r[1])[:top], total


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--top", type=int, default=15)
    args = p.parse_args()
    script = str(Path(sys.executable).with_name("monitor"))
    bare = timed([sys.executable, "-c", "pass"], args.runs)
    results = {
        "python -c pass (interpreter floor)": bare,
        "python -m monitor --help": timed([sys.executable, "-m", "monitor", "--help"], args.runs),
        "monitor --help": timed([script, "--help"], args.runs),
    }
    print(f"{args.runs} runs each, wall ms\n")
    print(table(["command", "median", "best", "worst"],
                [[name, statistics.median(v), min(v), max(v)] for name, v in results.items()]))
    rows, total = heaviest(args.top)
    print(f"\nheaviest imports of `python -m monitor --help` (-X importtime, one run; all "
          f"top-level imports together: {total:.0f} ms)\n")
    print(table(["module", "cumulative ms", "self ms", "depth"],
                [[("  " * depth) + name, cum, own, depth] for name, cum, own, depth in rows]))
    print()
    checks = [(f"{name} < {GOAL_MS:.0f} ms", statistics.median(v) < GOAL_MS,
               f"median {statistics.median(v):.0f} ms")
              for name, v in results.items() if "monitor" in name]
    for goal, met, detail in checks:
        print(verdict(goal, met, detail))
    return 0 if all(met for _g, met, _d in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
