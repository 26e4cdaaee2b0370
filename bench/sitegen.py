"""Generate news sites about the seed story, for the pipeline benchmark and the
concurrency tests: H hosts, each with an RSS feed and its article pages.

Facts repeat across articles and hosts on purpose (one fact, many sources), so
a run exercises both new flags and sources added to existing ones.
"""

from __future__ import annotations

import json
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


SECTIONS = ["India", "World", "Business", "Markets", "Technology", "Science", "Sport",
            "Cricket", "Football", "Entertainment", "Lifestyle", "Health", "Education",
            "Opinion", "Editorials", "Videos", "Photos", "Podcasts", "Elections", "Cities"]


def article_html(title: str, day: date, paragraphs: list[str], url: str,
                 rng: random.Random | None = None) -> str:
    """The article page: bare, or (given ``rng``) inside a news site's usual chrome."""
    if rng is not None:
        return news_page(title, day, paragraphs, url, rng)
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


def news_page(title: str, day: date, paragraphs: list[str], url: str,
              rng: random.Random) -> str:
    """About 100 KB, the median of real news pages (../shared/extraction-bench): the
    article is a few KB inside menus, scripts, styles, ad slots, share bars, a related
    box about the same story, "most read", comments and a footer."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    teaser = lambda: escape(f"{rng.choice(PARTIES)} and {rng.choice(PARTIES)} leaders meet "  # noqa: E731
                            f"in {rng.choice(CITIES)} over seats in {rng.choice(STATES)}")
    menu = "".join(f'<li class="nav-item"><a href="/{s.lower()}/">{s}</a><ul class="sub">'
                   + "".join(f'<li><a href="/{s.lower()}/{t.lower().replace(" ", "-")}/">{t}</a>'
                             f"</li>" for t in rng.sample(STATES + CITIES, 12))
                   + "</ul></li>" for s in SECTIONS)
    related = "".join(f'<li class="story-card"><a href="/politics/related-{rng.randint(1, 9999)}'
                      f'.html"><img src="/img/{rng.randint(1, 999)}.jpg" alt=""><h4>{teaser()}'
                      f'</h4></a><p class="dek">{escape(rng.choice(FILLER))}</p></li>'
                      for _ in range(12))
    most_read = "".join(f'<li><a href="/india/story-{rng.randint(1, 9999)}.html">{teaser()}</a>'
                        f"</li>" for _ in range(10))
    comments = "".join(f'<div class="comment"><span class="user">reader{rng.randint(1, 999)}'
                       f'</span><p>{escape(rng.choice(FILLER))} {teaser()}.</p>'
                       f'<a class="reply" href="#">Reply</a></div>' for _ in range(8))
    footer = "".join(f'<a href="/{s.lower()}/{i}">{s} {i}</a> ' for s in SECTIONS
                     for i in range(6))
    state = {"page": {"section": "politics", "tags": rng.sample(STATES + CITIES, 8)},
             "ads": [{"slot": f"div-gpt-{i}", "sizes": [[300, 250], [728, 90]],
                      "targeting": {"kw": rng.sample(PARTIES, 3)}} for i in range(80)],
             "tracking": "".join(rng.choice("abcdef0123456789") for _ in range(6000))}
    css = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i:06x}}}"
                  for i in range(1200))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | Politics News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{escape(title)}"><meta property="og:type" content="article">
<meta property="article:published_time" content="{day.isoformat()}T09:00:00+05:30">
<meta name="author" content="Staff Reporter"><style>{css}</style>
<script>window.__STATE__ = {json.dumps(state)};</script>
<script async src="/static/js/vendor.bundle.js"></script></head>
<body><div class="top-ad" id="div-gpt-top"></div>
<header><a class="logo" href="/">The Daily</a><nav class="mega-menu"><ul>{menu}</ul></nav>
<form class="search"><input name="q" placeholder="Search"></form></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/india/">India</a> &gt; Politics</div>
<main><article class="story"><h1>{escape(title)}</h1>
<div class="byline">By Staff Reporter | Updated {day.isoformat()}</div>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div>
<div class="story-body">{body}
<div class="inline-ad" id="div-gpt-inline"></div>
<div class="also-read"><strong>Also read:</strong> <a href="/x.html">{teaser()}</a></div>
</div>
<div class="newsletter"><h3>Get the morning briefing</h3><form><input name="email">
<button>Subscribe</button></form></div>
</article>
<section class="related"><h3>Related stories</h3><ul>{related}</ul></section>
<section class="comments"><h3>Comments</h3>{comments}</section></main>
<aside class="sidebar"><h3>Most read</h3><ol>{most_read}</ol>
<div class="ad" id="div-gpt-side"></div></aside>
<footer><div class="links">{footer}</div><p>&copy; The Daily. All rights reserved.</p>
</footer></body></html>
"""


def feed_xml(host: str, items: list[tuple[str, str, date]]) -> str:
    entries = "\n".join(
        f"<item><title>{escape(t)}</title><link>{u}</link>"
        f"<pubDate>{d:%a, %d %b %Y} 09:00:00 +0530</pubDate></item>" for t, u, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{host}</title><link>{{{{site:{host}}}}}/</link><description>politics"
            f"</description>\n{entries}\n</channel></rss>\n")


def generate(root: Path, hosts: int, per_host: int, seed: int = 7, *,
             news_chrome: bool = False) -> list[str]:
    """Write ``hosts`` site folders under ``root``; returns the site keys.

    ``news_chrome`` wraps each article in a real-sized page (``news_page``); the
    articles themselves, their facts and the feeds are the same either way.
    """
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
            page = article_html(title, day, paragraphs, url,
                                random.Random(f"{seed}-{h}-{i}") if news_chrome else None)
            (folder / f"story-{i:04d}.html").write_text(page)
            items.append((title, url, day))
        (root / key / "feed.xml").write_text(feed_xml(key, items))
    return keys
