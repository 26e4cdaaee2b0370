"""Email delivery against a real SMTP server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import re
from email.message import EmailMessage

import pytest

from alerts_fixtures import (add_flag, db, email_channel, later, make_config,  # noqa: F401
                             outbox_rows, server_tls_context, smtp, sqlite_db, tls_files)
from monitor.alerts import (deliver_pending, enqueue_operator, outbox_status, render_digest,
                            send_digests)
from monitor.errors import ConfigError, StorageError
from smtpserver import SmtpServer
from storage import outbox as store
from storage.db import Database


EXPECTED_HEADERS = ["From", "To", "Subject", "Date", "Message-ID", "Auto-Submitted",
                    "X-Claimwatch-Rows", "MIME-Version", "Content-Type"]


def _parts(msg: EmailMessage) -> tuple[str, str]:
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    return plain.get_content(), html.get_content()


def _order(text: str, *needles: str) -> list[int]:
    positions = [text.index(n) for n in needles]
    assert positions == sorted(positions), f"{needles} out of order"
    return positions


async def test_digest_has_both_parts_headers_and_grouping(sqlite_db: Database,
                                                          smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp))
    add_flag(sqlite_db, config, "new", subject="inc", claim="Congress contests 17 seats in UP",
             evidence="Congress will contest 17 seats in Uttar Pradesh.",
             sources=["https://other.example.com/up", "https://third.example.net/c"])
    add_flag(sqlite_db, config, "confirmed", claim="TMC is a member of the INDIA bloc")
    add_flag(sqlite_db, config, "changed", claim="The bloc meets on December 19",
             evidence="The meeting moved to December 19.",
             baseline="a crucial meeting in mid-December")
    add_flag(sqlite_db, config, "contradicted", subject="inc",
             claim="Congress is not in the alliance")
    add_flag(sqlite_db, config, "contradicted", subject="jdu",
             claim="JD(U) is not a member of the INDIA bloc",
             evidence="JD(U) walked out of the INDIA bloc on Sunday.")
    add_flag(sqlite_db, config, "new", subject="jdu", claim="JD(U) leads seat talks in Bihar")

    report = await send_digests(sqlite_db, config)

    assert (report.sent, report.failed, report.retried) == (1, 0, 0)
    (got,) = smtp.messages
    msg = got.message
    assert msg.get_content_type() == "multipart/alternative"
    assert msg["Subject"] == ("[claimwatch] 2 contradicted, 1 changed, 2 new, 1 confirmed"
                              " — INDIA bloc")
    assert msg["From"] == "claimwatch@example.org" and msg["To"] == "desk@example.org"
    assert got.rcpt_tos == ["desk@example.org"]
    assert re.fullmatch(r"<outbox-\d+-d6\.email@claimwatch>", msg["Message-ID"])
    assert msg["Date"]
    text, html = _parts(msg)
    for part in (text, html):
        # kinds in attention order, subjects in config order (JD(U) before Congress)
        _order(part, "Contradicted (2)" if part is html else "CONTRADICTED (2)",
               "Changed (1)" if part is html else "CHANGED (1)",
               "New (2)" if part is html else "NEW (2)",
               "Confirmed (1)" if part is html else "CONFIRMED (1)")
        _order(part, "JD(U) is not a member", "Congress is not in the alliance",
               "The bloc meets on December 19", "JD(U) leads seat talks", "Congress contests 17")
        assert "JD(U) walked out of the INDIA bloc on Sunday." in part
        assert "a crucial meeting in mid-December" in part
        assert "3 sources" in part and "https://third.example.net/c" in part
    assert '<a href="https://other.example.com/up"' in html
    assert "max-width:640px" in html and "<link" not in html and "<img" not in html
    rows = outbox_rows(sqlite_db, "email")
    assert {r.status for r in rows} == {"sent"}
    assert {r.message_id for r in rows} == {msg["Message-ID"]}


async def test_immediate_kind_goes_out_alone_and_skips_the_digest(sqlite_db: Database,
                                                                  smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp, immediate=["contradicted"]))
    add_flag(sqlite_db, config, "contradicted", claim="JD(U) is not a member of the INDIA bloc")
    add_flag(sqlite_db, config, "new", claim="JD(U) leads seat talks in Bihar")

    report = await deliver_pending(sqlite_db, config)

    assert report.sent == 1
    (got,) = smtp.messages
    msg = got.message
    assert msg["Subject"] == "[claimwatch] Contradicted: JD(U) is not a member of the INDIA bloc"
    text, html = _parts(msg)
    assert "CONTRADICTED: JD(U)" in text and "seat talks" not in text
    assert "Baseline:" in html and "seat talks" not in html
    digest = await send_digests(sqlite_db, config)
    assert digest.sent == 1 and len(smtp.messages) == 2
    assert smtp.messages[1].message["Subject"].startswith("[claimwatch] 1 new")
    assert "not a member" not in _parts(smtp.messages[1].message)[0]


async def test_server_down_then_back_delivers_once_later(db: Database, smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp, immediate=["contradicted"]))
    add_flag(db, config, "contradicted")
    smtp.down()

    first = await deliver_pending(db, config)
    assert (first.sent, first.retried) == (0, 1)
    assert "cannot reach 127.0.0.1" in first.errors[0]
    (row,) = outbox_rows(db)
    assert row.status == "pending" and row.attempts == 1

    smtp.up()
    assert (await deliver_pending(db, config)).sent == 0  # still backing off
    second = await deliver_pending(db, config, now=later(61))
    third = await deliver_pending(db, config, now=later(3600))
    assert (second.sent, third.sent) == (1, 0)
    assert len(smtp.messages) == 1
    (row,) = outbox_rows(db)
    assert row.status == "sent" and row.sent_at is not None


async def test_a_down_server_is_tried_once_per_run(sqlite_db: Database, smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp, immediate=["new"]))
    for i in range(3):
        add_flag(sqlite_db, config, "new", claim=f"claim {i}")
    smtp.down()
    report = await deliver_pending(sqlite_db, config)
    assert (report.sent, report.retried) == (0, 1)
    assert sorted(r.attempts for r in outbox_rows(sqlite_db)) == [0, 0, 1]
    smtp.up()
    assert (await deliver_pending(sqlite_db, config, now=later(61))).sent == 3


async def test_451_then_accept(db: Database, smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp, immediate=["contradicted"]))
    add_flag(db, config, "contradicted")
    smtp.reply_next("451 4.3.0 try again later")

    first = await deliver_pending(db, config)
    assert (first.sent, first.retried, first.failed) == (0, 1, 0)
    (row,) = outbox_rows(db)
    assert row.status == "pending" and "451" in (row.last_error or "")
    assert later(50) < row.next_attempt < later(70)  # first backoff step: one minute
    second = await deliver_pending(db, config, now=later(61))
    assert second.sent == 1
    assert len(smtp.rejected) == 1 and len(smtp.messages) == 1
    assert smtp.rejected[0].message["Message-ID"] == smtp.messages[0].message["Message-ID"]


async def test_550_fails_for_good_with_the_reason(db: Database, smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp, immediate=["contradicted"]))
    add_flag(db, config, "contradicted")
    smtp.reply_next("550 5.7.1 message rejected as spam")

    report = await deliver_pending(db, config)
    assert (report.sent, report.retried, report.failed) == (0, 0, 1)
    (row,) = outbox_rows(db)
    assert row.status == "failed"
    assert "550" in (row.last_error or "") and "rejected as spam" in (row.last_error or "")
    await deliver_pending(db, config, now=later(86400 * 30))
    assert smtp.data_commands == 1  # never retried
    (status,) = outbox_status(db)
    assert status.failed == 1 and "rejected as spam" in (status.last_error or "")


async def test_partial_recipient_refusal_is_recorded_per_recipient(
        sqlite_db: Database, smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp, to=["desk@example.org", "gone@example.org"],
                                       immediate=["contradicted"]))
    add_flag(sqlite_db, config, "contradicted")
    smtp.refuse("gone@example.org")

    report = await deliver_pending(sqlite_db, config)

    assert report.sent == 1
    assert smtp.messages[0].rcpt_tos == ["desk@example.org"]
    (row,) = outbox_rows(sqlite_db)
    assert row.status == "sent"
    assert row.detail["accepted"] == ["desk@example.org"]
    assert row.detail["refused"]["gone@example.org"].startswith("550")


async def test_all_recipients_refused_is_permanent(sqlite_db: Database, smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp, immediate=["contradicted"]))
    add_flag(sqlite_db, config, "contradicted")
    smtp.refuse("desk@example.org")
    report = await deliver_pending(sqlite_db, config)
    assert report.failed == 1
    (row,) = outbox_rows(sqlite_db)
    assert row.status == "failed" and "desk@example.org: 550" in (row.last_error or "")


class Crash(BaseException):
    """The process dies: nothing below the send gets to run."""


@pytest.mark.parametrize("failure", [Crash("killed"), StorageError("database is locked")],
                         ids=["process-crash", "db-error"])
async def test_crash_between_send_and_mark_resends_same_message_id(
        db: Database, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch,
        failure: BaseException) -> None:
    config = make_config(email_channel(smtp, immediate=["contradicted"]))
    add_flag(db, config, "contradicted")
    real_mark = store.mark_sent

    def crash(*args: object, **kwargs: object) -> None:
        raise failure

    monkeypatch.setattr(store, "mark_sent", crash)
    if isinstance(failure, Crash):
        with pytest.raises(Crash):
            await deliver_pending(db, config)
    else:
        assert (await deliver_pending(db, config)).sent == 0
    monkeypatch.setattr(store, "mark_sent", real_mark)
    assert len(smtp.messages) == 1
    assert (await deliver_pending(db, config, now=later(60))).sent == 0  # leased still

    after_lease = await deliver_pending(db, config, now=later(store.LEASE.total_seconds() + 5))

    assert after_lease.sent == 1
    first, second = smtp.messages
    assert first.message["Message-ID"] == second.message["Message-ID"]
    assert (await deliver_pending(db, config, now=later(86400))).sent == 0
    assert len(smtp.messages) == 2


async def test_two_digest_runs_in_a_row_send_once(db: Database, smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp))
    add_flag(db, config, "new")
    add_flag(db, config, "changed")
    first = await send_digests(db, config)
    second = await send_digests(db, config, force=True)
    assert (first.sent, second.sent) == (1, 0)
    assert len(smtp.messages) == 1
    assert render_digest(db, config) is None


async def test_nothing_pending_sends_nothing(sqlite_db: Database, smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp, immediate=["contradicted"]))
    assert render_digest(sqlite_db, config) is None
    assert (await send_digests(sqlite_db, config, force=True)).sent == 0
    assert (await deliver_pending(sqlite_db, config)).sent == 0
    assert smtp.data_commands == 0


async def test_a_failed_digest_is_retried_as_the_same_message(sqlite_db: Database,
                                                              smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp))
    add_flag(sqlite_db, config, "new", claim="first")
    smtp.reply_next("452 4.3.1 insufficient storage")
    assert (await send_digests(sqlite_db, config)).retried == 1
    add_flag(sqlite_db, config, "new", claim="second")  # arrives after the failed attempt

    retry = await deliver_pending(sqlite_db, config, now=later(61))

    assert retry.sent == 1
    (rejected,), (sent,) = smtp.rejected, smtp.messages
    assert rejected.message["Message-ID"] == sent.message["Message-ID"]
    assert "second" not in _parts(sent.message)[0]
    rendered = render_digest(sqlite_db, config)
    assert rendered is not None and rendered.subject.startswith("[claimwatch] 1 new")


async def test_a_failing_digest_releases_the_digests_behind_it(sqlite_db: Database,
                                                               smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp))
    add_flag(sqlite_db, config, "new", claim="first")
    smtp.reply_next("451 busy")
    await send_digests(sqlite_db, config)
    add_flag(sqlite_db, config, "new", claim="second")
    smtp.reply_next("451 still busy")

    report = await send_digests(sqlite_db, config, force=True)

    assert (report.sent, report.retried) == (0, 1)
    rows = {r.id: r for r in outbox_rows(sqlite_db)}
    fresh = max(rows.values(), key=lambda r: r.id)
    assert (fresh.status, fresh.attempts, fresh.message_id) == ("pending", 0, None)
    assert (await send_digests(sqlite_db, config, force=True)).sent == 2


async def test_hostile_text_cannot_inject_headers_markup_or_links(sqlite_db: Database,
                                                                  smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp, immediate=["contradicted"]))
    add_flag(sqlite_db, config, "contradicted",
             claim="Bloc splits\r\nBcc: victim@example.net\r\n\r\n<b>body</b>" + "x" * 5000,
             evidence='<script>alert("x")</script><a href="javascript:alert(1)">click</a>'
                      + "y" * 100_000,
             url="javascript:alert(document.cookie)",
             sources=["https://ok.example.org/a", "data:text/html,<script>1</script>",
                      "http://evil.example.org/\r\nX-Injected: 1"])
    add_flag(sqlite_db, config, "new", claim='"><img src=x onerror=alert(1)>',
             evidence="</div><style>body{display:none}</style>")

    assert (await deliver_pending(sqlite_db, config)).sent == 1
    assert (await send_digests(sqlite_db, config)).sent == 1

    for got in smtp.messages:
        msg = got.message
        head = got.data.split(b"\r\n\r\n", 1)[0].decode().split("\r\n")
        assert [h for h in head if h.lower().startswith(("bcc:", "x-injected:", "<b>"))] == []
        assert sorted(set(msg.keys())) == sorted(set(EXPECTED_HEADERS))
        assert msg["Bcc"] is None and got.rcpt_tos == ["desk@example.org"]
        subject = msg["Subject"]
        assert "\n" not in subject and "\r" not in subject and len(subject) <= 180
        text, html = _parts(msg)
        assert "<script" not in html and "<img" not in html and "<style" not in html
        assert 'href="javascript:' not in html and "href='javascript:" not in html
        hrefs = re.findall(r'href="([^"]*)"', html)
        assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)
        assert "data:text/html" not in hrefs and len(text) < 20_000
    immediate = smtp.messages[0].message
    assert "&lt;script&gt;" in _parts(immediate)[1]
    assert "Bcc: victim@example.net" in immediate["Subject"]  # kept as harmless text


def _auth_server() -> SmtpServer:
    return SmtpServer(auth=("mailer", "s3cret")).start()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
async def test_credentials_come_from_the_named_env_vars(sqlite_db: Database,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    server = _auth_server()
    try:
        config = make_config(email_channel(server, immediate=["contradicted"],
                                           username_env="CW_SMTP_USER",
                                           password_env="CW_SMTP_PASS"))
        add_flag(sqlite_db, config, "contradicted")
        monkeypatch.delenv("CW_SMTP_USER", raising=False)
        missing = await deliver_pending(sqlite_db, config)
        assert missing.retried == 1 and "CW_SMTP_USER" in missing.errors[0]

        monkeypatch.setenv("CW_SMTP_USER", "mailer")
        monkeypatch.setenv("CW_SMTP_PASS", "s3cret")
        ok = await deliver_pending(sqlite_db, config, now=later(61))
        assert ok.sent == 1
        assert server.authenticator is not None and server.authenticator.logins == ["mailer"]
        assert server.messages[0].login == "mailer"
    finally:
        server.stop()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
async def test_wrong_password_is_permanent(sqlite_db: Database,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    server = _auth_server()
    try:
        config = make_config(email_channel(server, immediate=["contradicted"],
                                           username_env="CW_SMTP_USER",
                                           password_env="CW_SMTP_PASS"))
        add_flag(sqlite_db, config, "contradicted")
        monkeypatch.setenv("CW_SMTP_USER", "mailer")
        monkeypatch.setenv("CW_SMTP_PASS", "wrong")
        report = await deliver_pending(sqlite_db, config)
        assert report.failed == 1 and "535" in report.errors[0]
        assert server.messages == []
    finally:
        server.stop()


@pytest.mark.parametrize("security", ["starttls", "ssl"])
async def test_tls_modes(sqlite_db: Database, tls_files, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                         security: str) -> None:
    context = server_tls_context(tls_files)
    server = (SmtpServer(starttls=context) if security == "starttls"
              else SmtpServer(implicit_tls=context)).start()
    try:
        # The client verifies the server: trust the test certificate as a CA.
        monkeypatch.setenv("SSL_CERT_FILE", str(tls_files[0]))
        config = make_config(email_channel(server, security=security,
                                           immediate=["contradicted"]))
        add_flag(sqlite_db, config, "contradicted")
        report = await deliver_pending(sqlite_db, config)
        assert report.sent == 1, report.errors
        assert len(server.messages) == 1
    finally:
        server.stop()


async def test_starttls_required_but_not_offered_is_retried(sqlite_db: Database,
                                                            smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp, security="starttls", immediate=["contradicted"]))
    add_flag(sqlite_db, config, "contradicted")
    report = await deliver_pending(sqlite_db, config)
    assert report.retried == 1 and "STARTTLS" in report.errors[0]
    assert smtp.messages == []


async def test_operator_alert_mail(sqlite_db: Database, smtp: SmtpServer) -> None:
    config = make_config(email_channel(smtp))
    with sqlite_db.unit_of_work() as session:
        enqueue_operator(session, config, "source-down:feed-a:3", "source feed-a is failing",
                         "feed-a failed 3 times in a row;\nlast error: HTTP 503")
    assert (await deliver_pending(sqlite_db, config)).sent == 1
    msg = smtp.messages[0].message
    assert msg["Subject"] == "[claimwatch] source feed-a is failing"
    assert "last error: HTTP 503" in msg.get_content()


async def test_unknown_digest_channel_is_a_config_error(sqlite_db: Database) -> None:
    config = make_config(email_channel())
    with pytest.raises(ConfigError, match="no channel named 'nope'"):
        await send_digests(sqlite_db, config, channel="nope")


def test_render_digest_prints_the_pending_digest(sqlite_db: Database) -> None:
    config = make_config(email_channel(subject_prefix="[desk]"))
    flag_id = add_flag(sqlite_db, config, "changed", claim="The bloc meets on December 19")
    rendered = render_digest(sqlite_db, config)
    assert rendered is not None
    assert rendered.subject == "[desk] 1 changed — INDIA bloc"
    assert rendered.flag_ids == (flag_id,)
    assert "The bloc meets on December 19" in rendered.text
    assert rendered.html.lstrip().startswith("<!DOCTYPE html>")
    assert outbox_rows(sqlite_db)[0].status == "pending"  # printing claims nothing

