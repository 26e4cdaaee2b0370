"""Daemon memory benchmark: is resident memory flat over many cycles in one process?

    .venv/bin/python bench/daemon_memory.py [--cycles 1000] [--hosts 2] [--per-host 5]
                                            [--edit-every 10]

Serves ``hosts x per_host`` generated articles from a child process and runs
``run_cycle`` ``--cycles`` times in this process with one long-lived Runtime
(``open_runtime``: fetcher, robots cache, host gates, connections, claim
extractor), the way ``monitor run`` does. Every cycle re-checks every stored
article (``recheck=True``: conditional GETs, mostly 304s); every
``--edit-every`` cycles one article gets a new paragraph, so revisions, claims,
flags and alerts keep flowing too. RSS is sampled along the way; the goal is
RSS at the end within 10% of RSS after cycle 50 (the warm-up: imports,
caches, the compiled-statement cache filling).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ServedSites, bench_config_dict, rss_mb, table, verdict  # noqa: E402

GROWTH_GOAL = 0.10
WARM_CYCLE = 50
NEWS = ["The {party} will contest {n} seats in Bihar under the seat-sharing arrangement, "
        "its leaders said on day {i}.",
        "The INDIA bloc will meet on February {day} in Patna to discuss seat sharing, "
        "Rahul Gandhi said."]
PARTIES = ["Congress", "RJD", "JMM", "AAP", "DMK"]


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cycles", type=int, default=1000)
    p.add_argument("--hosts", type=int, default=2)
    p.add_argument("--per-host", type=int, default=5)
    p.add_argument("--edit-every", type=int, default=10, help="0: never edit a page")
    p.add_argument("--sample-every", type=int, default=100)
    return p.parse_args()


def edit_page(sites: Path, cycle: int, hosts: int, per_host: int) -> None:
    """Give one article a new last paragraph with a (usually) new fact."""
    host, story = cycle % hosts, (cycle // hosts) % per_host
    page = sites / f"site{host:02d}" / "politics" / f"story-{story:04d}.html"
    template = NEWS[cycle % len(NEWS)]
    text = template.format(party=PARTIES[cycle % len(PARTIES)], n=cycle % 40 + 1,
                           i=cycle, day=cycle % 28 + 1)
    html = page.read_text(encoding="utf-8")
    # Replace the previous update: pages keep their size, as edited news pages do.
    start = html.find('<p class="update">')
    if start >= 0:
        html = html[:start] + html[html.index("</p>\n", start) + 5:]
    page.write_text(html.replace("</article>", f'<p class="update">{text}</p>\n</article>'),
                    encoding="utf-8")


async def run(args: argparse.Namespace, config: Any, sites: Path) -> list[dict[str, Any]]:
    from monitor.pipeline import open_runtime, run_cycle
    from storage.db import Database

    db = Database(config.database_url)
    samples: list[dict[str, Any]] = []
    totals = {"articles": 0, "flags": 0, "unchanged": 0, "errors": 0}
    started = time.perf_counter()
    try:
        async with open_runtime(config, db) as runtime:
            for n in range(1, args.cycles + 1):
                if args.edit_every and n > 1 and n % args.edit_every == 0:
                    edit_page(sites, n, args.hosts, args.per_host)
                report = await run_cycle(config, db, runtime=runtime, recheck=True)
                _add(totals, report)
                if n in (1, WARM_CYCLE) or n % args.sample_every == 0 or n == args.cycles:
                    gc.collect()
                    samples.append({"cycle": n, "rss": rss_mb(), "objects": len(gc.get_objects()),
                                    "seconds": time.perf_counter() - started, **totals})
    finally:
        db.dispose()
    return samples


def _add(totals: dict[str, int], report: Any) -> None:
    totals["articles"] += report.articles
    totals["flags"] += report.flags
    totals["unchanged"] += report.rechecked.unchanged
    totals["errors"] += sum(len(s.errors) for s in report.sources) + len(report.rechecked.errors)


def main() -> int:
    args = parse_args()
    from bench.sitegen import generate
    from monitor.config import config_from_dict
    from monitor.logs import setup_logging

    setup_logging(logging.WARNING, "text")
    with tempfile.TemporaryDirectory(prefix="claimwatch-daemon-mem-") as tmp:
        workdir = Path(tmp)
        generate(workdir / "sites", hosts=args.hosts, per_host=args.per_host)
        with ServedSites(workdir / "sites") as served:
            raw = bench_config_dict(f"sqlite:///{workdir / 'daemon.db'}", served.bases)
            samples = asyncio.run(run(args, config_from_dict(raw), workdir / "sites"))
    print(f"{args.cycles} cycles, {args.hosts} hosts x {args.per_host} articles, every stored "
          f"article re-checked each cycle, one page edited every {args.edit_every} cycles\n")
    print(table(["after cycle", "RSS MB", "gc objects", "seconds", "articles stored",
                 "flags", "304s", "errors"],
                [[s["cycle"], s["rss"], s["objects"], s["seconds"], s["articles"], s["flags"],
                  s["unchanged"], s["errors"]] for s in samples]))
    warm = next(s for s in samples if s["cycle"] == min(WARM_CYCLE, args.cycles))
    end = samples[-1]
    growth = (end["rss"] - warm["rss"]) / warm["rss"]
    per_cycle = 1000 * end["seconds"] / args.cycles
    print(f"\n{per_cycle:.1f} ms per cycle; RSS {warm['rss']:.1f} MB after cycle {warm['cycle']}, "
          f"{end['rss']:.1f} MB after cycle {end['cycle']} ({100 * growth:+.1f}%), gc objects "
          f"{warm['objects']} -> {end['objects']}\n")
    checks = [(f"RSS at the end within {GROWTH_GOAL:.0%} of RSS after cycle {warm['cycle']}",
               growth <= GROWTH_GOAL, f"{100 * growth:+.1f}%"),
              ("no errors", end["errors"] == 0, f"{end['errors']} errors")]
    for goal, met, detail in checks:
        print(verdict(goal, met, detail))
    return 0 if all(met for _g, met, _d in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
