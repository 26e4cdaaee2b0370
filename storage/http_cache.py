"""ETag / Last-Modified per URL, for conditional GET (``monitor.net.ValidatorCache``)."""

from __future__ import annotations

import logging

from sqlalchemy import delete, select

from storage.db import Database
from storage.models import HttpCache, utcnow
from storage.upsert import upsert

log = logging.getLogger(__name__)

#: The column is String(2048): longer URLs are simply not cached.
MAX_URL = 2048


class DbValidatorCache:
    """Validators in the ``http_cache`` table; one upsert per fetched URL."""

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

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        if len(url) > MAX_URL:
            log.debug("URL too long to cache validators for: %.80s...", url)
            return
        with self._db.unit_of_work() as session:
            if etag is None and last_modified is None:
                session.execute(delete(HttpCache).where(HttpCache.url == url))
                return
            upsert(session, HttpCache,
                   {"url": url, "etag": etag, "last_modified": last_modified,
                    "checked_at": utcnow()},
                   key=["url"], update=["etag", "last_modified", "checked_at"])
