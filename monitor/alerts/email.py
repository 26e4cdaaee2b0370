"""The ``email`` channel: SMTP (SSL, STARTTLS or plain) run in a worker thread.

SMTP replies decide what happens next: 4xx and a server that cannot be
reached are temporary (``DeliveryError``: retried with backoff); 5xx is
permanent (``PermanentDeliveryError``). Recipients refused while others were
accepted are reported in the result and the message counts as delivered.
Credentials come from the environment variables the config NAMES.
"""

from __future__ import annotations

import asyncio
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime
from typing import Any

from monitor.alerts.digest import (RenderedMail, render_digest_mail, render_immediate_mail,
                                   render_operator_mail)
from monitor.alerts.registry import DIGEST, IMMEDIATE, Channel, Notice, register
from monitor.alerts.safety import header_text
from monitor.errors import DeliveryError, PermanentDeliveryError

log = logging.getLogger(__name__)
#: RFC 5322's hard line limit: Python's folding at 78 adds or drops spaces around
#: encoded words; our subjects are capped far below this, so they stay unfolded.
MAIL_POLICY = SMTP_POLICY.clone(max_line_length=998)


@dataclass(frozen=True, slots=True)
class Envelope:
    sender: str
    recipients: tuple[str, ...]
    data: bytes


@register("email")
class EmailChannel(Channel):
    supports_digest = True

    def mode_for(self, kind: str) -> str:
        return IMMEDIATE if kind in self.settings.immediate else DIGEST

    async def send(self, notice: Notice) -> dict[str, Any]:
        mail = self.render(notice)
        if mail is None:
            return {"skipped": "nothing to send"}
        envelope = Envelope(self.settings.sender, tuple(self.settings.to),
                            build_message(mail, self.settings, notice).as_bytes())
        refused = await asyncio.to_thread(smtp_send, self.settings, envelope)
        accepted = [r for r in envelope.recipients if r not in refused]
        if refused:
            log.warning("channel %s: %s accepted by %d recipient(s), refused by %s",
                        self.name, notice.message_id, len(accepted), ", ".join(refused))
        detail: dict[str, Any] = {"accepted": accepted}
        if refused:
            detail["refused"] = refused
        return detail

    def render(self, notice: Notice) -> RenderedMail | None:
        prefix = self.settings.subject_prefix
        tz = self.settings.timezone
        if notice.operator is not None:
            return render_operator_mail(notice.operator, prefix=prefix)
        if not notice.flags:
            return None
        if notice.digest:
            d = render_digest_mail(notice.flags, self.config, channel=self.name, prefix=prefix,
                                   now=notice.now, tz_name=tz)
            return RenderedMail(d.subject, d.text, d.html)
        return render_immediate_mail(notice.flags[0], self.config, prefix=prefix,
                                     now=notice.now, tz_name=tz)


def build_message(mail: RenderedMail, settings: Any, notice: Notice) -> EmailMessage:
    """A multipart/alternative message whose headers cannot be injected into."""
    msg = EmailMessage(policy=MAIL_POLICY)
    msg["From"] = settings.sender
    msg["To"] = ", ".join(settings.to)
    msg["Subject"] = header_text(mail.subject)
    msg["Date"] = format_datetime(notice.now)
    msg["Message-ID"] = notice.message_id
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Claimwatch-Rows"] = ",".join(str(i) for i in notice.row_ids[:50])
    msg.set_content(mail.text)
    if mail.html is not None:
        msg.add_alternative(mail.html, subtype="html")
    return msg


def smtp_send(settings: Any, envelope: Envelope) -> dict[str, str]:
    """Send one message (blocking); the recipients refused, with the server's reply."""
    credentials = _credentials(settings)
    try:
        client = _connect(settings)
    except (OSError, smtplib.SMTPException) as exc:
        raise _translate(exc, f"cannot reach {settings.smtp_host}:{settings.smtp_port}") from exc
    try:
        if credentials is not None:
            client.login(*credentials)
        refused = client.sendmail(envelope.sender, list(envelope.recipients), envelope.data)
    except (OSError, smtplib.SMTPException) as exc:
        raise _translate(exc, "SMTP") from exc
    finally:
        _close(client)
    return {rcpt: _reply(code, text) for rcpt, (code, text) in refused.items()}


def _connect(settings: Any) -> smtplib.SMTP:
    timeout = settings.timeout
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port, timeout=timeout,
                                context=_tls_context(settings))
    client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=timeout)
    if settings.security == "starttls":
        try:
            client.starttls(context=_tls_context(settings))
        except BaseException:
            _close(client)
            raise
    return client


def _tls_context(settings: Any) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=getattr(settings, "ca_file", None))


def _credentials(settings: Any) -> tuple[str, str] | None:
    if not settings.username_env:
        return None
    user = os.environ.get(settings.username_env)
    password = os.environ.get(settings.password_env or "", "")
    if not user:
        # Not permanent: setting the variable and restarting fixes it.
        raise DeliveryError(f"environment variable {settings.username_env} "
                            "(SMTP user) is not set")
    if settings.password_env and not password:
        raise DeliveryError(f"environment variable {settings.password_env} "
                            "(SMTP password) is not set")
    return user, password


def _close(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return header_text(f"{code} {text}", 300)


def _translate(exc: BaseException, where: str) -> DeliveryError:
    """An smtplib/socket error as our tree: 5xx permanent, everything else temporary."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = {r: _reply(c, t) for r, (c, t) in exc.recipients.items()}
        listed = "; ".join(f"{r}: {m}" for r, m in replies.items())
        permanent = all(c >= 500 for c, _ in exc.recipients.values())
        cls = PermanentDeliveryError if permanent else DeliveryError
        return cls(f"{where}: all recipients refused ({listed})")
    if isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code > 0:
        reply = _reply(exc.smtp_code, exc.smtp_error)
        cls = PermanentDeliveryError if 500 <= exc.smtp_code < 600 else DeliveryError
        return cls(f"{where}: server replied {reply}")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return DeliveryError(f"{where}: {exc} (check 'security')")
    detail = header_text(str(exc) or type(exc).__name__, 300)
    return DeliveryError(f"{where}: {type(exc).__name__}: {detail}")
