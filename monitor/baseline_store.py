"""Keep the stored baseline in step with the configured one."""

from __future__ import annotations

import logging
from datetime import datetime, time, timezone
from typing import TYPE_CHECKING

from monitor.types import Claim, text_hash

if TYPE_CHECKING:
    from monitor.claims import ClaimExtractor
    from monitor.compare import BaselineIndex
    from monitor.config import Config
    from monitor.net import Fetcher
    from storage.db import Database

log = logging.getLogger(__name__)


async def ensure_baseline(config: Config, db: Database, extractor: ClaimExtractor,
                          fetcher: Fetcher | None = None, *, replace: str | None = None
                          ) -> BaselineIndex:
    """Load the baseline, store it when it changed, and index its claims.

    ``replace`` (``monitor baseline replace``) installs another baseline; it
    stays active until replaced again, whatever the config says. Otherwise the
    configured file is re-read, so edits to it take effect. The claims are
    derived again each time (a newer claim engine must not compare with what
    an older one stored); flags accepted into the baseline are carried over.
    """
    if config.baseline is None and replace is None:
        return extractor.baseline_index([])
    return extractor.baseline_index(await _current_claims(config, db, extractor, fetcher,
                                                          replace))


async def _current_claims(config: Config, db: Database, extractor: ClaimExtractor,
                          fetcher: Fetcher | None, replace: str | None) -> list[Claim]:
    from monitor.baseline import BaselineDoc, load_baseline
    from storage.baselines import (active_baseline, baseline_claims, lock_baseline,
                                   replace_baseline)

    name = config.baseline.name if config.baseline else "baseline"
    configured = _origin(config) if config.baseline else None
    with db.reading() as session:
        active = active_baseline(session, name)
        kept = None if active is None else (active.origin, active.text, active.published)
    if replace is None and kept is not None and kept[0] != configured:
        doc = BaselineDoc(text=kept[1], published=kept[2].date() if kept[2] else None,
                          origin=kept[0], sources=())
    else:
        doc = await load_baseline(replace or configured, fetch=fetcher.get if fetcher else None)
    # The baseline is the story by definition: no relevance gate for it.
    claims = extractor.claims(doc.text, published=doc.published, check_relevance=False)
    digest = text_hash(doc.text)
    with db.unit_of_work() as session:
        lock_baseline(session, name)
        active = active_baseline(session, name)
        stored = baseline_claims(session, active.id) if active else []
        own = {c.claim_key for c in stored if c.paragraph >= 0}
        accepted = [c for c in stored if c.paragraph < 0]
        claims = superseded_by(accepted, claims)
        if active is None or active.text_hash != digest or own != {c.claim_key for c in claims}:
            log.info("storing baseline %s from %s (%d claims)", name, doc.origin, len(claims))
            baseline_id = replace_baseline(session, name=name, origin=doc.origin, text=doc.text,
                                           text_hash=digest, published=_as_datetime(doc.published),
                                           claims=[*claims, *accepted])
            stored = baseline_claims(session, baseline_id)
    return stored


def superseded_by(accepted: list[Claim], claims: list[Claim]) -> list[Claim]:
    """The baseline's own claims less those an accepted flag replaced (same slot, other fact)."""
    taken = {(c.slot_key, c.fact_key) for c in accepted}
    slots = {slot for slot, _fact in taken}
    return [c for c in claims if c.slot_key not in slots or (c.slot_key, c.fact_key) in taken]


def _origin(config: Config) -> str:
    assert config.baseline is not None
    path = config.baseline.path
    if path.startswith(("http://", "https://")):
        return path
    return str(config.resolve(path))


def _as_datetime(day: object) -> datetime | None:
    if day is None:
        return None
    if isinstance(day, datetime):
        return day
    return datetime.combine(day, time(0, 0), tzinfo=timezone.utc)  # type: ignore[arg-type]


async def replace_now(config: Config, db: Database, target: str) -> int:
    """``monitor baseline replace``: load ``target`` as the new baseline; its claim count."""
    return len(await _stored_now(config, db, target))


async def refresh_now(config: Config, db: Database) -> int:
    """Store the active baseline if it is missing or its file changed; its claim count.

    ``monitor baseline show`` needs no fetch cycle first: the baseline is the
    user's own file, and they want to see what it says before anything runs.
    """
    if config.baseline is None:
        return 0
    return len(await _stored_now(config, db, None))


async def _stored_now(config: Config, db: Database, target: str | None) -> list[Claim]:
    from monitor.claims import ClaimExtractor
    from monitor.net import Fetcher

    async with Fetcher(config.fetch) as fetcher:
        return await _current_claims(config, db, ClaimExtractor(config), fetcher, target)
