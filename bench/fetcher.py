"""Politeness and throughput of the Fetcher, against a local many-host server.

One HTTP server on 127.0.0.1 plays H virtual hosts (``site-N.bench.test``,
told apart by the Host header; a custom resolver maps every name to
127.0.0.1). The Fetcher gets N pages spread over them with ``per_host_delay``
and the table shows what the server saw: wall time, how many hosts were in
flight at once, and the smallest gap between two requests to one host, which
must never be below delay x (1 - jitter). A naive serial fetch of the same
pages (no robots, no pauses) is the baseline for the ratio.

    .venv/bin/python bench/fetcher.py --hosts 20 --per-host 5 --delay 0.5

Exit status 1 if any host saw two requests closer than the allowed minimum.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from monitor.config import FetchConfig  # noqa: E402
from monitor.net import Fetcher  # noqa: E402
from netserver import NetServer, Reply, Seen  # noqa: E402


def host_name(i: int) -> str:
    return f"site-{i}.bench.test"


async def resolver(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]


def serve(srv: NetServer, hosts: int, per_host: int, latency: float) -> list[str]:
    def page(req: Seen) -> Reply:
        time.sleep(latency)  # a server that takes a moment, like a real one
        return Reply(200, b"<html><body><p>story</p></body></html>",
                     {"Content-Type": "text/html; charset=utf-8"})

    urls = []
    for h in range(hosts):
        for p in range(per_host):
            path = f"/story-{p}.html"
            srv.route(path, page, host=host_name(h))
            urls.append(srv.url(path, host=host_name(h)))
    return urls


async def polite(urls: list[str], cfg: FetchConfig, jitter: float) -> tuple[float, int]:
    started = time.perf_counter()
    errors = 0
    async with Fetcher(cfg, resolver=resolver, jitter=jitter) as fetcher:
        results = await asyncio.gather(*(fetcher.get(u) for u in urls), return_exceptions=True)
    errors = sum(1 for r in results if isinstance(r, BaseException))
    return time.perf_counter() - started, errors


async def naive_serial(srv: NetServer, urls: list[str]) -> float:
    """The same pages, one after another, no robots, no pauses: the rude baseline."""
    started = time.perf_counter()
    async with httpx.AsyncClient() as client:
        for url in urls:
            host = url.split("//", 1)[1].split(":", 1)[0]
            await client.get(srv.url(url.split(str(srv.port), 1)[1]), headers={"Host": host})
    return time.perf_counter() - started


def gaps(requests: list[Seen]) -> tuple[float, float]:
    """Smallest start-to-start and end-to-start gap between requests to one host."""
    by_host: dict[str, list[Seen]] = defaultdict(list)
    for r in requests:
        by_host[r.host].append(r)
    start_gap = end_gap = float("inf")
    for seen in by_host.values():
        seen.sort(key=lambda r: r.started)
        for a, b in zip(seen, seen[1:]):
            start_gap = min(start_gap, b.started - a.started)
            end_gap = min(end_gap, b.started - (a.ended or a.started))
    return start_gap, end_gap


def max_hosts_in_flight(requests: list[Seen]) -> int:
    events = []
    for r in requests:
        events.append((r.started, 1, r.host))
        events.append((r.ended or r.started, -1, r.host))
    events.sort(key=lambda e: (e[0], e[1]))
    active: dict[str, int] = defaultdict(int)
    most = 0
    for _, step, host in events:
        active[host] += step
        most = max(most, sum(1 for v in active.values() if v > 0))
    return most


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--per-host", type=int, default=5)
    ap.add_argument("--delay", type=float, default=0.5)
    ap.add_argument("--jitter", type=float, default=0.1)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--latency", type=float, default=0.02, help="server time per page")
    args = ap.parse_args()

    cfg = FetchConfig(per_host_delay=args.delay, concurrency=args.concurrency,
                      allow_private_addresses=True, retries=0)
    with NetServer() as srv:
        urls = serve(srv, args.hosts, args.per_host, args.latency)
        wall, errors = asyncio.run(polite(urls, cfg, args.jitter))
        seen = list(srv.requests)
        in_flight = max_hosts_in_flight(seen)
        start_gap, end_gap = gaps(seen)
        serial = asyncio.run(naive_serial(srv, urls))

    floor = args.delay * (1 - args.jitter)
    rows = [
        ("hosts", f"{args.hosts}"),
        ("pages requested", f"{len(urls)} ({errors} errors)"),
        ("requests seen (incl. robots.txt)", f"{len(seen)}"),
        ("per_host_delay / jitter", f"{args.delay:g}s / ±{args.jitter:.0%}"),
        ("concurrency", f"{args.concurrency}"),
        ("wall time, polite", f"{wall:.2f}s"),
        ("max hosts in flight", f"{in_flight}"),
        ("min gap one host, start->start", f"{start_gap:.3f}s"),
        ("min gap one host, end->start", f"{end_gap:.3f}s (floor {floor:.3f}s)"),
        ("polite-serial lower bound", f"{len(seen) * floor:.2f}s"),
        ("speed-up vs polite serial", f"{len(seen) * floor / wall:.1f}x"),
        ("wall time, naive serial (rude)", f"{serial:.2f}s"),
        ("polite / naive", f"{wall / serial:.1f}x"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"{'metric':<{width}}  value")
    print(f"{'-' * width}  {'-' * 28}")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    ok = end_gap >= floor - 1e-3 and errors == 0
    print("\npoliteness: " + ("OK" if ok else "VIOLATED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
