"""The ``log`` channel: one line per flag (or operator alert) on ``monitor.alerts.log``.

Every value is cleaned to one line and quoted, so a sentence with a newline
cannot forge a second log line.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from monitor.alerts.registry import Channel, Notice, register
from monitor.alerts.safety import CLAIM_LIMIT, EVIDENCE_LIMIT, clean_text, safe_url

log = logging.getLogger("monitor.alerts.log")


@register("log")
class LogChannel(Channel):
    # A log line is written in microseconds and costs nothing to repeat; marking
    # each one sent on its own cost more than writing it.
    marks_together = True
    records = True

    async def send(self, notice: Notice) -> dict[str, Any]:
        as_json = self.settings.format == "json"
        if notice.operator is not None:
            fields = _operator_fields(notice.operator)
            log.warning("%s", _render(fields, as_json))
        for flag in notice.flags:
            log.info("%s", _render(_flag_fields(flag), as_json))
        return {"logged": len(notice.flags) + (notice.operator is not None)}


def _flag_fields(flag: dict[str, Any]) -> dict[str, Any]:
    return {
        "event": "flag",
        "id": flag.get("id"),
        "kind": flag.get("kind"),
        "subject": clean_text(flag.get("subject"), 100) or None,
        "claim": clean_text(flag.get("claim"), CLAIM_LIMIT),
        "evidence": clean_text(flag.get("evidence"), EVIDENCE_LIMIT),
        "baseline": clean_text(flag.get("baseline"), EVIDENCE_LIMIT) or None,
        "url": safe_url(flag.get("url")) or clean_text(flag.get("url"), 300),
        "sources": len(flag.get("sources") or ()),
        # Of those, the ones that report the fact only as likely or as reported.
        "hedged_sources": len(flag.get("hedged_sources") or {}) or None,
        "hedged": True if flag.get("hedged") else None,        # reported, not confirmed
        "status": flag.get("status") if flag.get("status") not in (None, "open") else None,
    }


def _operator_fields(op: dict[str, str]) -> dict[str, Any]:
    return {"event": "operator", "alert": clean_text(op.get("event"), 300),
            "subject": clean_text(op.get("subject"), 300),
            "detail": clean_text(op.get("body"), EVIDENCE_LIMIT)}


def _render(fields: dict[str, Any], as_json: bool) -> str:
    if as_json:
        return json.dumps(fields, ensure_ascii=False)
    head = fields.get("kind") or fields["event"]
    rest = " ".join(f"{k}={_quote(v)}" for k, v in fields.items()
                    if k not in ("event", "kind") and v is not None)
    return f"{head} {rest}"


def _quote(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
