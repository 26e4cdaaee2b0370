"""Channel kinds by name (``@register("email")``) and the channels a config describes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from monitor.config import Config

IMMEDIATE, DIGEST = "immediate", "digest"


@dataclass(frozen=True, slots=True)
class Notice:
    """What one delivery carries: flags (one, or a digest's) or an operator alert.

    ``flags`` are views in the shape of ``storage.flags.load_flag_views``.
    """

    channel: str
    message_id: str
    row_ids: tuple[int, ...]
    digest: bool
    now: datetime
    flags: tuple[dict[str, Any], ...] = ()
    operator: dict[str, str] | None = None


class Channel:
    """One configured alert channel. ``send`` raises ``DeliveryError`` (retry later)
    or ``PermanentDeliveryError`` (never retry) and returns details to store."""

    kind: ClassVar[str] = ""
    #: Whether flags can wait for a scheduled digest on this channel.
    supports_digest: ClassVar[bool] = False
    #: Mark the messages of one claim sent in one write, after sending them all. Only
    #: for a channel where a repeat costs nothing and a send takes microseconds: a
    #: crash in between repeats up to a claim's worth of them, not just one.
    marks_together: ClassVar[bool] = False
    #: A record kept (the log), not a message to a person: a report that is only likely
    #: may go in at once. Elsewhere it waits for a digest, or is not sent at all.
    records: ClassVar[bool] = False

    def __init__(self, name: str, settings: Any, config: Config) -> None:
        self.name = name
        self.settings = settings
        self.config = config

    def wants(self, kind: str) -> bool:
        return kind in self.settings.kinds

    def mode_for(self, kind: str) -> str:
        return IMMEDIATE

    def mode_for_flag(self, kind: str, hedged: bool, confidence: float | None = None) -> str | None:
        """How a flag goes out here; None: not at all. A hedged report ("likely", "reportedly"),
        or one less sure than ``min_confidence``, is never sent at once to a person: it waits
        for the digest where there is one."""
        mode = self.mode_for(kind)
        if mode != IMMEDIATE or self.records:
            return mode
        unsure = confidence is not None and confidence < self.settings.min_confidence
        if not (hedged or unsure):
            return mode
        return DIGEST if self.supports_digest else None

    @property
    def operator(self) -> bool:
        return bool(self.settings.operator)

    async def send(self, notice: Notice) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError


_KINDS: dict[str, type[Channel]] = {}
C = TypeVar("C", bound=type[Channel])


def register(kind: str) -> Callable[[C], C]:
    """Class decorator: make ``cls`` the channel for config entries of ``kind``."""

    def add(cls: C) -> C:
        cls.kind = kind
        _KINDS[kind] = cls
        return cls

    return add


def channel_class(kind: str) -> type[Channel]:
    _load_builtin()
    return _KINDS[kind]


def build_channels(config: Config) -> dict[str, Channel]:
    """Every configured channel by its stable name, in config order."""
    _load_builtin()
    names = config.channel_names()
    return {name: _KINDS[ch.kind](name, ch, config)
            for name, ch in zip(names, config.alerts.channels, strict=True)}


def _load_builtin() -> None:
    # Importing the modules runs their @register; done lazily to avoid import cycles.
    from monitor.alerts import apprise, email, log  # noqa: F401
