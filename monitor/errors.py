"""The exception tree of claimwatch.

Every error the program raises on purpose is a ``MonitorError``. Exceptions
from outside libraries (httpx, SQLAlchemy, smtplib, feedparser, pydantic) are
translated into one of these at the boundary of the module that calls them, so
callers catch one documented tree and never a third-party type.

    MonitorError
    ├── ConfigError            bad config file: names the key and the problem
    ├── StorageError           the database refused or is unreachable
    │   └── AlreadyRunning     another daemon holds the database lock
    ├── FetchError             one URL could not be fetched
    │   ├── BlockedURL         refused before connecting (scheme, SSRF guard, robots.txt)
    │   ├── TransportError     connection, TLS, timeout or deadline
    │   ├── HTTPStatusError    the server answered with an error status
    │   ├── TooLarge           raw or decoded body over the byte cap
    │   ├── TooManyRedirects   redirect chain too long or looping
    │   └── UnsupportedContent not HTML/XML (a PDF, an image)
    ├── DiscoveryError         a feed, sitemap or listing could not be parsed
    ├── ExtractionError        a page could not be turned into an article
    ├── BaselineError          the baseline could not be loaded
    └── DeliveryError          an alert channel did not accept a message
        └── PermanentDeliveryError   retrying will not help (SMTP 5xx, bad address)

In the run loop errors are data: a failing source or article is recorded with
the error's ``str()`` and the cycle goes on.
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base class of every error claimwatch raises on purpose."""


class ConfigError(MonitorError):
    """The configuration is invalid. ``problems`` lists (key path, message)."""

    def __init__(self, problems: list[tuple[str, str]], path: str | None = None) -> None:
        self.problems = problems
        self.path = path
        where = f"{path}: " if path else ""
        lines = [f"{key}: {msg}" if key else msg for key, msg in problems]
        super().__init__(where + "; ".join(lines))


class StorageError(MonitorError):
    """The database could not be opened, migrated or written."""


class AlreadyRunning(StorageError):
    """Another ``monitor run`` already holds this database."""


class FetchError(MonitorError):
    """A URL could not be fetched. ``url`` is the URL that failed."""

    def __init__(self, message: str, url: str | None = None) -> None:
        self.url = url
        super().__init__(f"{message} ({url})" if url else message)


class BlockedURL(FetchError):
    """Refused before any connection: bad scheme, private address or robots.txt."""


class TransportError(FetchError):
    """Connection refused or reset, TLS failure, timeout or overall deadline."""


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(self, message: str, url: str | None = None, status: int = 0,
                 retry_after: float | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        super().__init__(message, url)


class TooLarge(FetchError):
    """The raw or decoded body is over the configured byte cap."""


class TooManyRedirects(FetchError):
    """More redirects than allowed, or a redirect loop."""


class UnsupportedContent(FetchError):
    """The response is not a document we parse (PDF, image, video)."""


class DiscoveryError(MonitorError):
    """A feed, sitemap or listing page could not be parsed into links."""


class ExtractionError(MonitorError):
    """A page could not be turned into an article (too slow, unparseable)."""


class BaselineError(MonitorError):
    """The baseline article could not be read or parsed."""


class DeliveryError(MonitorError):
    """An alert channel did not accept a message; it may succeed later."""


class PermanentDeliveryError(DeliveryError):
    """An alert channel refused a message for good (SMTP 5xx, bad recipient)."""
