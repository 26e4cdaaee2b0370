"""The log channel, the apprise channel, and channels failing independently."""

from __future__ import annotations

import json
import logging
import sys
import types
from typing import Any

import pytest

from alerts_fixtures import (add_flag, email_channel, make_config, outbox_rows,  # noqa: F401
                             smtp, sqlite_db)
from monitor.alerts import deliver_pending, enqueue_operator
from smtpserver import SmtpServer
from storage.db import Database

LOGGER = "monitor.alerts.log"


def _lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER]


async def test_log_text_line_has_kind_subject_claim_evidence_url(
        sqlite_db: Database, caplog: pytest.LogCaptureFixture) -> None:
    config = make_config({"kind": "log"})
    add_flag(sqlite_db, config, "contradicted", claim="JD(U) is not a member of the INDIA bloc",
             evidence="JD(U) quit.\nFAKE second line", url="https://news.example.org/x",
             sources=["https://b.example.org/y"])
    caplog.set_level(logging.INFO, logger=LOGGER)

    assert (await deliver_pending(sqlite_db, config)).sent == 1

    (record,) = _lines(caplog)
    line = record.getMessage()
    assert line.startswith("contradicted ")
    assert 'subject="jdu"' in line
    assert 'claim="JD(U) is not a member of the INDIA bloc"' in line
    assert 'evidence="JD(U) quit. FAKE second line"' in line
    assert 'url="https://news.example.org/x"' in line and "sources=2" in line
    assert "\n" not in line
    assert outbox_rows(sqlite_db)[0].status == "sent"


async def test_log_json_lines(sqlite_db: Database, caplog: pytest.LogCaptureFixture) -> None:
    config = make_config({"kind": "log", "format": "json"})
    first = add_flag(sqlite_db, config, "new", claim="one")
    second = add_flag(sqlite_db, config, "changed", claim='two "quoted"', baseline=None)
    caplog.set_level(logging.INFO, logger=LOGGER)

    assert (await deliver_pending(sqlite_db, config)).sent == 2

    parsed = [json.loads(r.getMessage()) for r in _lines(caplog)]
    assert [(p["id"], p["kind"], p["claim"]) for p in parsed] == [
        (first, "new", "one"), (second, "changed", 'two "quoted"')]
    assert parsed[1]["baseline"] is None and parsed[0]["url"] == "https://news.example.org/a/1"
    assert all(p["event"] == "flag" and p["sources"] == 1 for p in parsed)
    assert all(p["hedged_sources"] is None for p in parsed)  # every source states it outright


async def test_operator_alert_is_a_warning_line(sqlite_db: Database,
                                                caplog: pytest.LogCaptureFixture) -> None:
    config = make_config({"kind": "log", "format": "json"})
    with sqlite_db.unit_of_work() as session:
        enqueue_operator(session, config, "source-up:feed-a:1", "source feed-a recovered",
                         "feed-a answers again.")
    caplog.set_level(logging.INFO, logger=LOGGER)
    assert (await deliver_pending(sqlite_db, config)).sent == 1
    (record,) = _lines(caplog)
    assert record.levelno == logging.WARNING
    assert json.loads(record.getMessage())["alert"] == "source-up:feed-a:1"


async def test_a_failing_channel_does_not_block_the_others(
        sqlite_db: Database, smtp: SmtpServer, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "apprise", None)  # not installed
    monkeypatch.setenv("CW_APPRISE_URLS", "json://127.0.0.1:9/")
    smtp.down()
    config = make_config({"kind": "log"},
                         email_channel(smtp, immediate=["contradicted"]),
                         {"kind": "apprise", "urls_env": "CW_APPRISE_URLS"})
    add_flag(sqlite_db, config, "contradicted")
    caplog.set_level(logging.INFO, logger=LOGGER)

    report = await deliver_pending(sqlite_db, config)

    assert (report.sent, report.retried) == (1, 2)
    assert len(_lines(caplog)) == 1
    status = {r.channel: r.status for r in outbox_rows(sqlite_db)}
    assert status == {"log": "sent", "email": "pending", "apprise": "pending"}
    apprise_error = next(e for e in report.errors if e.startswith("apprise:"))
    assert "pip install 'claimwatch[apprise]'" in apprise_error


class _FakeApprise:
    sent: list[tuple[str, str]] = []

    def __init__(self) -> None:
        self.urls: list[str] = []

    def add(self, url: str) -> bool:
        self.urls.append(url)
        return url.startswith("json://")

    def notify(self, title: str, body: str) -> bool:
        _FakeApprise.sent.append((title, body))
        return "fail" not in title


@pytest.fixture
def fake_apprise(monkeypatch: pytest.MonkeyPatch) -> type[_FakeApprise]:
    module: Any = types.ModuleType("apprise")
    module.Apprise = _FakeApprise
    _FakeApprise.sent = []
    monkeypatch.setitem(sys.modules, "apprise", module)
    return _FakeApprise


@pytest.mark.parametrize("urls, claim, outcome", [
    ("json://a.example/ json://b.example/", "JD(U) quits", "sent"),
    ("", "JD(U) quits", "pending"),
    ("mailto-bad://x", "JD(U) quits", "pending"),
    ("json://a.example/", "this will fail", "pending"),
], ids=["delivered", "env-var-missing", "bad-url", "target-refused"])
async def test_apprise_channel(sqlite_db: Database, fake_apprise: type[_FakeApprise],
                               monkeypatch: pytest.MonkeyPatch, urls: str, claim: str,
                               outcome: str) -> None:
    monkeypatch.setenv("CW_APPRISE_URLS", urls)
    config = make_config({"kind": "apprise", "urls_env": "CW_APPRISE_URLS"})
    add_flag(sqlite_db, config, "contradicted", claim=claim)
    report = await deliver_pending(sqlite_db, config)
    (row,) = outbox_rows(sqlite_db)
    assert row.status == outcome
    if outcome == "sent":
        (title, body), = fake_apprise.sent
        assert title == f"[claimwatch] Contradicted: {claim}" and "news.example.org" in body
    else:
        assert report.retried == 1 and row.last_error
