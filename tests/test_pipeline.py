"""The whole cycle against sites served on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from monitor.config import Config, config_from_dict
from monitor.pipeline import CycleReport, run_cycle
from monitor.sites import StaticSites
from storage.db import Database
from storage.flags import flag_views, query_flags
from storage.models import Article, ClaimRow, Flag, Outbox, Revision
from tests.helpers import copy_sites, story_config

DEAD = "http://127.0.0.1:9/feed.xml"  # discard port: nothing listens


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    root = copy_sites(tmp_path)
    with StaticSites(root, conditional=True) as served:
        yield root, served.bases


def make_config(db: Database, bases: dict[str, str], *, dead: bool = True) -> Config:
    sources = [{"name": "wire", "kind": "feed", "url": f"{bases['wire']}/feed.xml"}]
    if dead:
        sources.append({"name": "dead", "kind": "feed", "url": DEAD})
    return config_from_dict(story_config(db.url, sources))


def cycle(config: Config, db: Database, **kw: object) -> CycleReport:
    return asyncio.run(run_cycle(config, db, **kw))  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_cycle_stores_articles_claims_and_flags(db: Database, sites) -> None:
    _root, bases = sites
    config = make_config(db, bases)
    report = cycle(config, db)
    by_name = {s.name: s for s in report.sources}
    assert by_name["dead"].failed and by_name["dead"].errors
    wire = by_name["wire"]
    assert not wire.failed and wire.found == 3 and wire.new == 2 and wire.irrelevant == 1
    assert len(wire.errors) == 1 and "missing.html" in wire.errors[0]
    with db.reading() as s:
        views = flag_views(s, query_flags(s))
        irrelevant = s.scalars(select(Article).where(Article.relevant.is_(False))).all()
        assert [a.canonical_url.endswith("cricket.html") for a in irrelevant] == [True]
        cricket_claims = s.scalar(select(func.count()).select_from(ClaimRow)
                                  .where(ClaimRow.article_id == irrelevant[0].id))
    assert cricket_claims == 0
    exit_flags = [v for v in views if v["subject"] == "jdu" and v["kind"] == "contradicted"]
    assert exit_flags, views
    flag = exit_flags[0]
    assert flag["url"] == f"{bases['wire']}/politics/jdu-quits.html"
    assert flag["baseline"] and "JDU" in flag["baseline"]
    assert "Nitish" in flag["evidence"] or "JD(U)" in flag["evidence"]
    assert count(db, Outbox) == len(views)  # one log channel: one row per flag


def test_second_cycle_adds_nothing(db: Database, sites) -> None:
    _root, bases = sites
    config = make_config(db, bases, dead=False)
    cycle(config, db)
    before = (count(db, Article), count(db, Revision), count(db, ClaimRow), count(db, Flag),
              count(db, Outbox))
    again = cycle(config, db, recheck=True)
    assert again.flags == 0
    assert (count(db, Article), count(db, Revision), count(db, ClaimRow), count(db, Flag),
            count(db, Outbox)) == before


def _add_paragraph(page: Path) -> None:
    page.write_text(page.read_text().replace(
        "</article>", "<p>The RJD said it would contest 26 seats in Bihar.</p></article>"))


def test_edited_article_gives_revised_flag(db: Database, sites) -> None:
    root, bases = sites
    config = make_config(db, bases, dead=False)
    cycle(config, db)
    _add_paragraph(root / "wire" / "politics" / "jdu-quits.html")
    report = cycle(config, db, recheck=True)
    assert report.rechecked.revised == 1
    with db.reading() as s:
        revised = flag_views(s, query_flags(s, kind="revised"))
    assert len(revised) == 1 and revised[0]["url"].endswith("jdu-quits.html")
    assert revised[0]["subject"] is None and revised[0]["detail"]
    assert count(db, Revision) == 3  # two texts of the edited page, one of the cricket page


def test_failing_source_alerts_once_then_recovers(db: Database, sites, tmp_path: Path) -> None:
    _root, bases = sites
    config = make_config(db, bases)  # alert after 2 failures (tests.helpers)
    for _ in range(4):
        cycle(config, db, source="dead")
    with db.reading() as s:
        events = list(s.scalars(select(Outbox.event).where(Outbox.event.like("source-%"))))
    assert len(events) == 1 and events[0].startswith("source-down:dead:")
    healed = config_from_dict(story_config(db.url, [
        {"name": "dead", "kind": "feed", "url": f"{bases['wire']}/feed.xml"}]))
    cycle(healed, db, source="dead")
    cycle(healed, db, source="dead")
    with db.reading() as s:
        events = sorted(s.scalars(select(Outbox.event).where(Outbox.event.like("source-%"))))
    assert [e.split(":")[0] for e in events] == ["source-down", "source-up"]


def test_failed_processing_does_not_hide_the_edit(db: Database, sites,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A body the pipeline could not use must be fetched in full next time, not as a 304."""
    import monitor.extract
    from monitor.errors import ExtractionError

    root, bases = sites
    config = make_config(db, bases, dead=False)
    cycle(config, db)
    page = root / "wire" / "politics" / "jdu-quits.html"
    page.write_text(page.read_text().replace("</article>", "<p>The CPI(M) said it would field candidates in all twenty seats in Kerala.</p></article>"))

    def broken(*args: object, **kwargs: object) -> None:
        raise ExtractionError("parser gave up")

    with monkeypatch.context() as patch:
        patch.setattr(monitor.extract, "extract", broken)
        failed = cycle(config, db, recheck=True)
    assert failed.rechecked.errors and failed.rechecked.revised == 0
    healed = cycle(config, db, recheck=True)
    assert healed.rechecked.revised == 1


def _page(title: str, day: str, sentence: str) -> str:
    return (f'<html><head><title>{title}</title><meta property="article:published_time" '
            f'content="{day}T10:00:00+05:30"></head><body><article><h1>{title}</h1>'
            f"<p>Lucknow: {sentence} The INDIA bloc partners said seat-sharing talks for the "
            f"Lok Sabha elections were going well, Akhilesh Yadav said.</p>"
            f"<p>The Samajwadi Party chief said the alliance would take on the BJP in every "
            f"constituency of the state, and that candidates would be named soon.</p>"
            f"</article></body></html>")


def test_articles_are_judged_in_publication_order(db: Database, tmp_path: Path) -> None:
    """The feed lists the newest first; the older report must still be the one the
    newer is compared with (11 seats, then 17: the 17 is a change)."""
    site = tmp_path / "order" / "up"
    site.mkdir(parents=True)
    (site / "old.html").write_text(_page("SP offers Congress 11 seats", "2024-01-27",
                                         "Congress will contest 11 seats in Uttar Pradesh."))
    (site / "new.html").write_text(_page("SP, Congress seal deal", "2024-02-21",
                                         "Congress will contest 17 seats in Uttar Pradesh."))
    (site / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>up</title>'
        "<link>{{site:up}}/</link><description>d</description>"
        "<item><title>new</title><link>{{site:up}}/new.html</link></item>"
        "<item><title>old</title><link>{{site:up}}/old.html</link></item>"
        "</channel></rss>")
    with StaticSites(tmp_path / "order") as served:
        config = config_from_dict(story_config(db.url, [
            {"name": "up", "kind": "feed", "url": f"{served.bases['up']}/feed.xml"}]))
        cycle(config, db)
    assert _seat_kinds(db) == {"11": "new", "17": "changed"}



# (cycles run, each over all sources (None) or one, -> the kind of each seat count's flag)
ORDER_CASES = [
    # the newer report on site a, the older on site b, read in one cycle: the older is
    # still the one the newer is compared with, as a day-by-day run would do
    ("one-cycle-one-order", [None], {"11": "new", "17": "changed"}),
    # site b read a cycle after site a, but its report is older: news of its own day, not
    # a change from what a published later
    ("older-read-late-is-judged-as-of-its-day", ["a", "b"], {"17": "new", "11": "new"}),
]


@pytest.mark.parametrize("runs, expected", [c[1:] for c in ORDER_CASES], ids=[c[0] for c in ORDER_CASES])
def test_judged_as_known_at_publication(db: Database, tmp_path: Path, runs: list[str | None],
                                        expected: dict[str, str]) -> None:
    root = tmp_path / "two"
    for site, name, day, seats in (("a", "new", "2024-02-21", 17), ("b", "old", "2024-01-27", 11)):
        (root / site).mkdir(parents=True)
        (root / site / f"{name}.html").write_text(_page(f"Congress gets {seats}", day,
                                                        f"Congress will contest {seats} seats in Uttar Pradesh."))
        (root / site / "feed.xml").write_text(_feed(site, [name]))
    with StaticSites(root) as served:
        config = config_from_dict(story_config(db.url, [
            {"name": site, "kind": "feed", "url": f"{served.bases[site]}/feed.xml"} for site in ("a", "b")]))
        for source in runs:
            cycle(config, db, source=source)
    assert _seat_kinds(db) == expected


def _seat_kinds(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {v["evidence"].split(" seats")[0][-2:]: v["kind"]
                for v in flag_views(s, query_flags(s)) if v["relation"] == "seats"}


def test_a_reversal_is_flagged_and_names_what_it_reverses(db: Database, tmp_path: Path) -> None:
    """The RLD's exit is flagged; a later report that it stays after all is a flag of its
    own ("contradicted"), naming the exit flag, not a silent source of an old one."""
    root = _rld_site(tmp_path, [("exit", "2024-02-09", "The RLD has quit the INDIA bloc."),
                                ("stays", "2024-02-12", "The RLD remains part of the INDIA bloc.")])
    with StaticSites(root) as served:
        cycle(_rld_config(db, served), db)
    with db.reading() as s:
        views = [v for v in flag_views(s, query_flags(s))
                 if v["subject"] == "rld" and v["relation"] == "member"]
    exit_flag = next(v for v in views if "quit" in v["evidence"])
    stays = next(v for v in views if "remains" in v["evidence"])
    assert stays["kind"] == "contradicted" and exit_flag["previous"] is None
    assert stays["previous"] == {"id": exit_flag["id"], "claim": exit_flag["claim"],
                                 "evidence": exit_flag["evidence"]}



def test_a_hedged_first_report_is_flagged_then_upgraded(db: Database, tmp_path: Path) -> None:
    """"Likely to quit" raises the flag, marked hedged; the later report that states it
    upgrades that same flag (no second flag) and says so."""
    root = _rld_site(tmp_path, [("likely", "2024-02-07", "The RLD is likely to quit the INDIA bloc, sources said."),
                                ("quits", "2024-02-09", "The RLD has quit the INDIA bloc.")])
    (root / "up" / "feed.xml").write_text(_feed("up", ["likely"]))
    with StaticSites(root) as served:
        config = _rld_config(db, served)
        cycle(config, db)
        first = _rld_exit(db)
        assert first["hedged"] is True and len(first["sources"]) == 1
        (root / "up" / "feed.xml").write_text(_feed("up", ["likely", "quits"]))
        cycle(config, db)
    after = _rld_exit(db)
    assert after["id"] == first["id"] and after["hedged"] is False
    assert "likely" in first["claim"] and "likely" not in after["claim"]
    assert after["detail"]["asserted"]["was"] in ("likely", "reportedly")
    assert len(after["sources"]) == 2
    with db.reading() as s:
        events = set(s.scalars(select(Outbox.event)))
    assert {f"flag:{first['id']}", f"flag:{first['id']}:asserted"} <= events


def test_an_edit_that_drops_the_sentence_withdraws_the_source(db: Database, tmp_path: Path) -> None:
    """The flag follows its evidence: an edit that no longer states the fact withdraws the
    article as a source; the flag cites the other source, and with none left it is
    withdrawn (listed once more, never as news)."""
    exit_ = "The RLD has quit the INDIA bloc."
    root = _rld_site(tmp_path, [("first", "2024-02-09", exit_), ("second", "2024-02-10", exit_)])
    with StaticSites(root) as served:
        config = _rld_config(db, served)
        cycle(config, db)
        flag = _rld_exit(db)
        assert len(flag["sources"]) == 2 and flag["url"].endswith("first.html")
        (root / "up" / "first.html").write_text(_page("RLD first", "2024-02-09", "The RLD met in Lucknow."))
        cycle(config, db, recheck=True)
        cited_elsewhere = _rld_exit(db)
        assert cited_elsewhere["status"] == "open" and cited_elsewhere["url"].endswith("second.html")
        assert cited_elsewhere["sources"] == [cited_elsewhere["url"]]
        (root / "up" / "second.html").write_text(_page("RLD second", "2024-02-10", "The RLD met in Agra."))
        cycle(config, db, recheck=True)
    gone = _rld_exit(db)
    assert gone["status"] == "withdrawn" and gone["sources"] == []
    assert [s["url"].rsplit("/", 1)[1] for s in gone["detail"]["withdrawn_sources"]] == ["first.html",
                                                                                        "second.html"]
    with db.reading() as s:
        events = set(s.scalars(select(Outbox.event)))
    assert f"flag:{gone['id']}:withdrawn" in events


def _rld_site(tmp_path: Path, pages: list[tuple[str, str, str]]) -> Path:
    """One site "up" with a page per (name, day, sentence), all in its feed."""
    root = tmp_path / "rld"
    (root / "up").mkdir(parents=True)
    for name, day, sentence in pages:
        (root / "up" / f"{name}.html").write_text(_page(f"RLD {name}", day, sentence))
    (root / "up" / "feed.xml").write_text(_feed("up", [name for name, _d, _s in pages]))
    return root


def _rld_config(db: Database, served: StaticSites) -> Config:
    return config_from_dict(story_config(db.url, [
        {"name": "up", "kind": "feed", "url": f"{served.bases['up']}/feed.xml"}]))


def _rld_exit(db: Database) -> dict:
    with db.reading() as s:
        (view,) = [v for v in flag_views(s, query_flags(s)) if v["subject"] == "rld"
                   and v["relation"] == "member" and not v["detail"]["polarity"]]
    return view


# --- validators are kept with what was made of the body -----------------------------

def test_edit_fetched_but_not_stored_is_seen_next_time(db: Database, sites,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A run killed between fetching an edited page and storing it (here: it never
    stores) must leave no validators behind that would turn the next re-check into a 304."""
    from monitor.pipeline import Cycle

    root, bases = sites
    config = make_config(db, bases, dead=False)
    cycle(config, db)
    _add_paragraph(root / "wire" / "politics" / "jdu-quits.html")
    with monkeypatch.context() as patch:
        patch.setattr(Cycle, "store_in_order", lambda self, items: None)
        assert cycle(config, db, recheck=True).rechecked.revised == 0
    assert cycle(config, db, recheck=True).rechecked.revised == 1


def _feed(site: str, names: list[str]) -> str:
    items = "".join(f"<item><title>{n}</title><link>{{{{site:{site}}}}}/{n}.html</link>"
                    f"<pubDate>Sun, 28 Jan 2024 0{i}:00:00 +0530</pubDate></item>"
                    for i, n in enumerate(names))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{site}</title>'
            f"<link>{{{{site:{site}}}}}/</link><description>d</description>{items}"
            f"</channel></rss>")


def _feed_validators(db: Database, url: str) -> int:
    from storage.models import HttpCache

    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(HttpCache).where(HttpCache.url == url)) or 0


@pytest.fixture
def up_site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    site = tmp_path / "live" / "up"
    site.mkdir(parents=True)
    (site / "feed.xml").write_text(_feed("up", ["old", "new"]))
    (site / "old.html").write_text(_page("SP offers Congress 11 seats", "2024-01-27",
                                         "Congress will contest 11 seats in Uttar Pradesh."))
    with StaticSites(tmp_path / "live", conditional=True) as served:
        yield site, served.bases["up"]


def test_feed_validators_kept_only_when_every_link_was_stored(
        db: Database, up_site: tuple[Path, str]) -> None:
    """A link a run failed on is taken up by the next run: the feed is read in full,
    not answered with a 304, until every link it gives was stored."""
    site, base = up_site
    source = {"name": "up", "kind": "feed", "url": f"{base}/feed.xml"}
    config = config_from_dict(story_config(db.url, [source]))
    first = cycle(config, db)  # new.html does not exist yet: a 404
    assert first.sources[0].new == 1 and first.sources[0].errors
    assert _feed_validators(db, source["url"]) == 0
    (site / "new.html").write_text(_page("SP, Congress seal deal", "2024-02-21",
                                         "Congress will contest 17 seats in Uttar Pradesh."))
    second = cycle(config, db)
    assert second.sources[0].new == 1 and not second.sources[0].errors
    assert _feed_validators(db, source["url"]) == 1  # settled: the next run may get a 304
    assert count(db, Article) == 2


def test_validators_roundtrip_through_the_article_transaction(db: Database, sites) -> None:
    from storage.models import HttpCache

    _root, bases = sites
    cycle(make_config(db, bases, dead=False), db)
    with db.reading() as s:
        cached = set(s.scalars(select(HttpCache.url)))
    page = f"{bases['wire']}/politics/jdu-quits.html"
    assert page in cached
    again = cycle(make_config(db, bases, dead=False), db, recheck=True)
    assert again.rechecked.unchanged >= 1 and again.rechecked.revised == 0


def test_one_article_failing_to_store_leaves_the_rest_of_its_window(
        db: Database, up_site: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    import storage.articles
    from monitor.errors import StorageError

    site, base = up_site
    (site / "new.html").write_text(_page("SP, Congress seal deal", "2024-02-21",
                                         "Congress will contest 17 seats in Uttar Pradesh."))
    real = storage.articles.store_claims

    def store_claims(session, claims, **kw):  # type: ignore[no-untyped-def]
        if any("17 seats" in c.sentence for c in claims):
            raise StorageError("database write failed: disk I/O error")
        return real(session, claims, **kw)

    monkeypatch.setattr(storage.articles, "store_claims", store_claims)
    config = config_from_dict(story_config(db.url, [
        {"name": "up", "kind": "feed", "url": f"{base}/feed.xml"}]))
    report = cycle(config, db).sources[0]
    assert report.new == 1 and len(report.errors) == 1 and "new.html" in report.errors[0]
    with db.reading() as s:
        urls = set(s.scalars(select(Article.canonical_url)))
        revisions = s.scalar(select(func.count()).select_from(Revision))
    assert urls == {f"{base}/old.html"} and revisions == 1  # nothing of new.html was kept
