"""Digest grouping and rendering, and the sanitising helpers (no database, no SMTP)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from alerts_fixtures import ENTITIES, make_config
from monitor.alerts.digest import (BRIEF_LIMIT, group_flags, render_digest_mail,
                                   render_immediate_mail, story_label)
from monitor.alerts.registry import build_channels
from monitor.alerts.safety import SUBJECT_LIMIT, clean_text, header_text, message_id, safe_url
from monitor.config import config_from_dict

NOW = datetime(2024, 1, 5, 7, 0, tzinfo=timezone.utc)
CONFIG = make_config({"kind": "log"})


def view(i: int, kind: str, subject: str | None = "jdu", **extra: Any) -> dict[str, Any]:
    base = {"id": i, "kind": kind, "subject": subject, "claim": f"claim {i}",
            "evidence": f"evidence {i}", "baseline": None, "url": f"https://n.example.org/{i}",
            "sources": [f"https://n.example.org/{i}"], "title": None, "published": None}
    return {**base, **extra}


def test_kinds_in_attention_order_and_subjects_in_config_order() -> None:
    views = [view(1, "new", "inc"), view(2, "confirmed"), view(3, "revised", None),
             view(4, "changed", "inc"), view(5, "contradicted", "inc"),
             view(6, "contradicted", "jdu"), view(7, "new", "india"), view(8, "new", None),
             view(9, "new", "unknown-entity")]
    groups = group_flags(views, CONFIG)
    assert [g.kind for g in groups] == ["contradicted", "changed", "new", "revised", "confirmed"]
    new = groups[2]
    assert [s.label for s in new.subjects] == ["INDIA bloc", "Congress", "unknown-entity",
                                               "Other"]
    assert [s.label for s in groups[0].subjects] == ["JD(U)", "Congress"]


def test_reported_news_has_its_own_group_after_the_new() -> None:
    views = [view(1, "new"), view(2, "contradicted", hedged=True), view(3, "new", hedged=True),
             view(4, "confirmed", hedged=True), view(5, "contradicted")]
    groups = group_flags(views, CONFIG)
    assert [(g.kind, g.count) for g in groups] == [("contradicted", 1), ("new", 1), ("reported", 2),
                                                   ("confirmed", 1)]
    assert groups[2].label == "Reported, not confirmed"
    mail = render_digest_mail(views, CONFIG, channel="email", prefix="[cw]", now=NOW)
    assert "REPORTED, NOT CONFIRMED (2)" in mail.text and "Reported, not confirmed" in mail.html


def test_withdrawn_flags_are_listed_last_under_their_own_heading() -> None:
    views = [view(1, "contradicted", status="withdrawn"), view(2, "new"), view(3, "confirmed")]
    groups = group_flags(views, CONFIG)
    assert [(g.kind, g.label) for g in groups] == [("new", "New"), ("confirmed", "Confirmed"),
                                                   ("withdrawn", "Withdrawn")]


def test_confirmed_is_a_count_and_a_short_list() -> None:
    views = [view(i, "confirmed") for i in range(1, BRIEF_LIMIT + 4)]
    (group,) = group_flags(views, CONFIG)
    assert group.brief and group.count == BRIEF_LIMIT + 3
    assert len(group.shown) == BRIEF_LIMIT and group.more == 3
    mail = render_digest_mail(views, CONFIG, channel="email", prefix="[cw]", now=NOW)
    assert "and 3 more" in mail.text and "and 3 more" in mail.html
    assert "evidence 1" not in mail.text  # brief: claims only


@pytest.mark.parametrize("views, subject", [
    ([view(1, "contradicted"), view(2, "contradicted"), view(3, "changed"), view(4, "new")],
     "[claimwatch] 2 contradicted, 1 changed, 1 new — INDIA bloc"),
    ([view(1, "confirmed")], "[claimwatch] 1 confirmed — INDIA bloc"),
], ids=["mixed", "confirmed-only"])
def test_digest_subject(views: list[dict[str, Any]], subject: str) -> None:
    mail = render_digest_mail(views, CONFIG, channel="email", prefix="[claimwatch]", now=NOW)
    assert mail.subject == subject
    assert mail.flag_ids == tuple(v["id"] for v in views)


@pytest.mark.parametrize("entities, baseline, label", [
    (ENTITIES, None, "INDIA bloc"),
    ([e for e in ENTITIES if e["kind"] != "alliance"], {"path": "b.txt", "name": "dec-7"},
     "dec-7"),
    ([], None, ""),
], ids=["alliance", "baseline-name", "nothing"])
def test_story_label(entities: list[dict[str, Any]], baseline: dict[str, str] | None,
                     label: str) -> None:
    raw: dict[str, Any] = {"entities": entities}
    if baseline:
        raw["baseline"] = baseline
    assert story_label(config_from_dict(raw)) == label


def test_digest_time_is_shown_in_the_channel_timezone() -> None:
    mail = render_digest_mail([view(1, "new")], CONFIG, channel="email", prefix="[cw]", now=NOW,
                              tz_name="Asia/Kolkata")
    assert "05 Jan 2024 12:30 IST" in mail.text


def test_immediate_mail_shows_claim_evidence_baseline_and_sources() -> None:
    v = view(1, "contradicted", baseline="the alliance includes JDU",
             sources=["https://n.example.org/1", "https://m.example.com/2"], title="JD(U) exits")
    mail = render_immediate_mail(v, CONFIG, prefix="[claimwatch]", now=NOW)
    assert mail.subject == "[claimwatch] Contradicted: claim 1"
    assert mail.html is not None
    for part in (mail.text, mail.html):
        assert "evidence 1" in part and "the alliance includes JDU" in part
        assert "2 sources" in part and "https://m.example.com/2" in part
    assert '<a href="https://n.example.org/1"' in mail.html and ">JD(U) exits</a>" in mail.html


def test_sources_that_only_report_it_as_likely_are_marked() -> None:
    v = view(1, "contradicted", sources=["https://n.example.org/1", "https://m.example.com/2",
                                         "https://r.example.net/3"],
             hedged_sources={"https://m.example.com/2": "likely",
                             "https://r.example.net/3": "reportedly"})
    mail = render_immediate_mail(v, CONFIG, prefix="[claimwatch]", now=NOW)
    assert mail.html is not None
    assert "3 sources, 2 of them only as likely or as reported:" in mail.text
    assert "https://m.example.com/2 (only as likely)" in mail.text
    assert "https://r.example.net/3 (only as reported)" in mail.text
    assert "https://n.example.org/1\n" in mail.text  # the outright report carries no note
    assert ">m.example.com</a> <span style=\"color:#777777;\">(only as likely)</span>" in mail.html


@pytest.mark.parametrize("url, expected", [
    ("https://ok.example.org/a?b=1&c=2", "https://ok.example.org/a?b=1&c=2"),
    ("HTTP://OK.example.org/", "HTTP://OK.example.org/"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    (" javascript:alert(1)", None),
    ("data:text/html,<script>", None),
    ("//evil.example.org/x", None),
    ("https://evil.example.org/\r\nX: y", None),
    ("https://a.example.org/" + "x" * 3000, None),
    ("https:///nohost", None),
    (None, None),
], ids=["https", "upper-http", "javascript", "mixed-case-js", "leading-space-js", "data",
        "scheme-relative", "crlf", "huge", "no-host", "none"])
def test_safe_url(url: Any, expected: str | None) -> None:
    assert safe_url(url) == expected


@pytest.mark.parametrize("raw, expected", [
    ("a\r\nBcc: x@y", "a Bcc: x@y"),
    ("tab\tand\u2028line", "tab and line"),
    ("bidi \u202eevil\u202c", "bidi evil"),
    ("  many   spaces ", "many spaces"),
    (None, ""),
], ids=["crlf", "separators", "bidi", "spaces", "none"])
def test_clean_text(raw: Any, expected: str) -> None:
    assert clean_text(raw, 100) == expected


def test_header_text_is_capped() -> None:
    out = header_text("x" * 10_000)
    assert len(out) == SUBJECT_LIMIT and out.endswith("…")


@pytest.mark.parametrize("channel, ids, digest, expected", [
    ("email", (7,), False, "<outbox-7.email@claimwatch>"),
    ("email", (9, 7, 8), True, "<outbox-7-d3.email@claimwatch>"),
    ("desk mail <x>", (1,), False, "<outbox-1.desk-mail-x@claimwatch>"),
], ids=["immediate", "digest", "odd-channel-name"])
def test_message_id_is_derived_from_rows(channel: str, ids: tuple[int, ...], digest: bool,
                                         expected: str) -> None:
    assert message_id(channel, ids, digest) == expected


@pytest.mark.parametrize("channel, kind, mode", [
    ({"kind": "log"}, "new", "immediate"),
    ({"kind": "apprise", "urls_env": "X"}, "confirmed", "immediate"),
    ({"kind": "email", "to": ["a@b.org"], "sender": "c@d.org"}, "contradicted", "digest"),
    ({"kind": "email", "to": ["a@b.org"], "sender": "c@d.org", "immediate": ["contradicted"]},
     "contradicted", "immediate"),
], ids=["log", "apprise", "email-digest", "email-immediate"])
def test_registry_builds_channels_with_their_modes(channel: dict[str, Any], kind: str,
                                                   mode: str) -> None:
    (built,) = build_channels(make_config(channel)).values()
    assert built.kind == channel["kind"] and built.mode_for(kind) == mode
