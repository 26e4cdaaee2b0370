"""ETag / Last-Modified per URL, for conditional GET.

Read through ``DbValidatorCache`` (``monitor.net.ValidatorCache``) when a
request goes out; written with ``remember_validators`` inside the unit of work
that keeps what was made of the body (see ``monitor.types.Validators``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from monitor.types import Validators
from storage.db import Database
from storage.models import HttpCache, utcnow
from storage.upsert import upsert

log = logging.getLogger(__name__)

#: The column is String(2048): longer URLs are simply not cached.
MAX_URL = 2048


class DbValidatorCache:
    """Validators in the ``http_cache`` table, one indexed read per request."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, url: str) -> tuple[str | None, str | None] | None:
        if len(url) > MAX_URL:
            return None
        with self._db.reading() as session:
            row = session.execute(
                select(HttpCache.etag, HttpCache.last_modified).where(HttpCache.url == url)
            ).first()
        return None if row is None else (row.etag, row.last_modified)


def remember_validators(session: Session, validators: Iterable[Validators | None]) -> None:
    """Store what the next conditional GETs should send; a response without any
    validator clears the URL's old ones (they describe a body we no longer have)."""
    now = utcnow()
    for item in validators:
        if item is None:
            continue
        if len(item.url) > MAX_URL:
            log.debug("URL too long to cache validators for: %.80s...", item.url)
            continue
        if item.etag is None and item.last_modified is None:
            session.execute(delete(HttpCache).where(HttpCache.url == item.url))
            continue
        upsert(session, HttpCache,
               {"url": item.url, "etag": item.etag, "last_modified": item.last_modified,
                "checked_at": now},
               key=["url"], update=["etag", "last_modified", "checked_at"])
