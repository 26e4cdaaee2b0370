"""Generate news sites about the seed story, for the pipeline benchmark and the
concurrency tests: H hosts, each with an RSS feed and its article pages.

Facts repeat across articles and hosts on purpose (one fact, many sources), so
a run exercises both new flags and sources added to existing ones.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

PARTIES = ["Samajwadi Party", "Congress", "RJD", "DMK", "JMM", "AAP", "Shiv Sena (UBT)",
           "NCP (SP)", "CPI(M)", "TMC"]
STATES = ["Uttar Pradesh", "Bihar", "Tamil Nadu", "Jharkhand", "Delhi", "Maharashtra",
          "Kerala", "West Bengal", "Punjab", "Haryana"]
LEADERS = ["Mallikarjun Kharge", "Rahul Gandhi", "Akhilesh Yadav", "Tejashwi Yadav",
           "Sharad Pawar", "Uddhav Thackeray", "M K Stalin", "Hemant Soren"]
CITIES = ["New Delhi", "Mumbai", "Patna", "Kolkata", "Bengaluru"]

FILLER = [
    "Leaders of the opposition parties said the talks were held in a cordial atmosphere and "
    "that more meetings would follow over the coming weeks.",
    "Political observers said the arithmetic of the Lok Sabha polls would depend on how well "
    "the partners transfer votes to one another in the key states.",
    "The ruling party dismissed the exercise, saying voters would judge the alliance by its "
    "record rather than by its seat arithmetic.",
    "Party workers gathered outside the venue with flags and banners, and the police made "
    "arrangements to manage the traffic in the area.",
]


def _facts(rng: random.Random, day: date) -> list[str]:
    party, state = rng.choice(PARTIES), rng.choice(STATES)
    meet = day + timedelta(days=rng.randint(3, 20))
    return [
        f"The {party} will contest {rng.choice([5, 9, 17, 21, 26])} seats in {state} under "
        f"the seat-sharing arrangement, its leaders said.",
        f"The INDIA bloc will meet on {meet:%B} {meet.day} in {rng.choice(CITIES)} to discuss "
        f"seat sharing, {rng.choice(LEADERS)} said.",
        f"{rng.choice(LEADERS)} attended the INDIA bloc meeting along with leaders of the "
        f"{rng.choice(PARTIES)}.",
    ]


def article_html(title: str, day: date, paragraphs: list[str], url: str) -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="canonical" href="{url}">
<meta property="article:published_time" content="{day.isoformat()}T09:00:00+05:30">
<meta name="author" content="Staff Reporter"></head>
<body><nav><a href="/">Home</a> <a href="/politics/">Politics</a> <a href="/sport/">Sport</a></nav>
<main><article><h1>{escape(title)}</h1>
{body}
</article></main>
<aside><h3>Trending</h3><ul><li><a href="/x">Markets close higher</a></li></ul></aside>
<footer>About us · Contact · Privacy</footer></body></html>
"""


def feed_xml(host: str, items: list[tuple[str, str, date]]) -> str:
    entries = "\n".join(
        f"<item><title>{escape(t)}</title><link>{u}</link>"
        f"<pubDate>{d:%a, %d %b %Y} 09:00:00 +0530</pubDate></item>" for t, u, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{host}</title><link>{{{{site:{host}}}}}/</link><description>politics"
            f"</description>\n{entries}\n</channel></rss>\n")


def generate(root: Path, hosts: int, per_host: int, seed: int = 7) -> list[str]:
    """Write ``hosts`` site folders under ``root``; returns the site keys."""
    rng = random.Random(seed)
    start = date(2023, 12, 10)
    keys = []
    for h in range(hosts):
        key = f"site{h:02d}"
        keys.append(key)
        folder = root / key / "politics"
        folder.mkdir(parents=True, exist_ok=True)
        items = []
        for i in range(per_host):
            day = start + timedelta(days=rng.randint(0, 90))
            title = f"INDIA bloc talks: update {h}-{i}"
            path = f"/politics/story-{i:04d}.html"
            url = f"{{{{site:{key}}}}}{path}"
            paragraphs = _facts(rng, day) + rng.sample(FILLER, 2)
            rng.shuffle(paragraphs)
            (folder / f"story-{i:04d}.html").write_text(article_html(title, day, paragraphs, url))
            items.append((title, url, day))
        (root / key / "feed.xml").write_text(feed_xml(key, items))
    return keys
