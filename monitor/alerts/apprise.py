"""The optional ``apprise`` channel: chat and push targets through the Apprise library.

Apprise is an extra (``pip install 'claimwatch[apprise]'``), imported only
when a message is sent. Its target URLs hold secrets, so the config names an
environment variable that holds them (whitespace- or comma-separated).
"""

from __future__ import annotations

import asyncio
import importlib
import os
import re
from typing import Any

from monitor.alerts.digest import render_immediate_mail, render_operator_mail
from monitor.alerts.registry import Channel, Notice, register
from monitor.alerts.safety import EVIDENCE_LIMIT, truncate
from monitor.errors import DeliveryError

_SPLIT = re.compile(r"[\s,]+")
BODY_LIMIT = 4 * EVIDENCE_LIMIT


@register("apprise")
class AppriseChannel(Channel):
    async def send(self, notice: Notice) -> dict[str, Any]:
        messages = _messages(notice, self)
        if not messages:
            return {"skipped": "nothing to send"}
        urls = _target_urls(self.settings.urls_env)
        for title, body in messages:
            await asyncio.to_thread(_notify, urls, title, body)
        return {"targets": len(urls), "messages": len(messages)}


def _messages(notice: Notice, channel: AppriseChannel) -> list[tuple[str, str]]:
    if notice.operator is not None:
        mail = render_operator_mail(notice.operator, prefix="[claimwatch]")
        return [(mail.subject, truncate(mail.text, BODY_LIMIT))]
    out = []
    for view in notice.flags:
        mail = render_immediate_mail(view, channel.config, prefix="[claimwatch]", now=notice.now)
        out.append((mail.subject, truncate(mail.text, BODY_LIMIT)))
    return out


def _target_urls(env_name: str) -> list[str]:
    raw = os.environ.get(env_name, "")
    urls = [u for u in _SPLIT.split(raw) if u]
    if not urls:
        raise DeliveryError(f"environment variable {env_name} (Apprise URLs) is not set")
    return urls


def _load_apprise() -> Any:
    try:
        return importlib.import_module("apprise")
    except ImportError:
        raise DeliveryError("the apprise channel needs the 'apprise' package: "
                            "pip install 'claimwatch[apprise]'") from None


def _notify(urls: list[str], title: str, body: str) -> None:
    apprise = _load_apprise()
    client = apprise.Apprise()
    for url in urls:
        if not client.add(url):
            raise DeliveryError("an Apprise URL was not understood (check the variable's value)")
    try:
        ok = client.notify(title=title, body=body)
    except Exception as exc:  # Apprise plugins raise anything; translate at our boundary
        raise DeliveryError(f"apprise failed: {type(exc).__name__}: {exc}") from exc
    if not ok:
        raise DeliveryError("apprise: a target did not accept the notification")
