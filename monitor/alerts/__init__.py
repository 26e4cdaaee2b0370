"""Alerts: an outbox written with each flag, delivered once per channel.

Channels (``log``, ``email``, ``apprise``) are registered by kind in
``registry``; ``outbox`` enqueues and delivers; ``digest`` groups and renders;
``safety`` keeps web text out of headers, markup and links.
"""

from __future__ import annotations

from monitor.alerts.digest import RenderedDigest
from monitor.alerts.outbox import (DeliveryReport, deliver_pending, enqueue_flag,
                                   enqueue_operator, outbox_status, render_digest, send_digests)
from monitor.alerts.registry import Channel, Notice, build_channels, register
from storage.outbox import ChannelStatus

__all__ = [
    "Channel", "ChannelStatus", "DeliveryReport", "Notice", "RenderedDigest", "build_channels",
    "deliver_pending", "enqueue_flag", "enqueue_operator", "outbox_status", "register",
    "render_digest", "send_digests",
]
