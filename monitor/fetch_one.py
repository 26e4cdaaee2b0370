"""Read one page for ``monitor extract``: a local file, or a URL through the polite fetcher."""

from __future__ import annotations

from pathlib import Path


async def fetch_bytes(target: str, config_path: str | None) -> tuple[bytes, str | None, str | None]:
    """(body, URL, charset hint) of a file or an http(s) URL."""
    if not target.startswith(("http://", "https://")):
        return Path(target).read_bytes(), None, None
    from monitor.config import FetchConfig, find_config_path, load_config
    from monitor.net import Fetcher

    fetch_cfg = load_config(config_path).fetch if find_config_path(config_path).exists() \
        else FetchConfig()
    async with Fetcher(fetch_cfg) as fetcher:
        fetched = await fetcher.get(target, kind="page", conditional=False)
    return fetched.body, fetched.final_url, fetched.charset
