"""Polite, hardened fetching: see ``monitor.net.client.Fetcher``.

Modules: ``client`` (Fetcher), ``guard`` (SSRF guard at the connection),
``robots`` (robots.txt), ``hosts`` (per-host pacing), ``retry`` (backoff and
Retry-After), ``body`` (capped streaming decode), ``content`` (media types).
"""

from monitor.net.client import Fetched, Fetcher, FetchKind, ValidatorCache

__all__ = ["Fetched", "Fetcher", "FetchKind", "ValidatorCache"]
