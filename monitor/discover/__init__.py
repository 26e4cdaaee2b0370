"""Source discovery: article links from feeds, sitemaps, listing pages, single pages.

``discover(source, fetcher)`` dispatches on ``source.kind`` through a plain
registry (``@register("feed")``); ``canonicalize_url`` gives every URL of one
story the same form.
"""

from monitor.discover.registry import Discovery, discover, register, registered_kinds
from monitor.discover.urls import canonicalize_url, link_url

# Imported for their @register side effect: each module adds its kind.
from monitor.discover import feeds, listing, page, sitemaps  # noqa: E402,F401  isort:skip

__all__ = ["Discovery", "discover", "register", "registered_kinds", "canonicalize_url",
           "link_url"]
