"""One story, one URL: canonical forms of article links.

A story reaches us as ``?utm_source=twitter``, ``#comments``, ``/amp/``,
``amp.`` subdomains, Google's AMP cache, ``:443``, ``EXAMPLE.com``: all of
them map to one canonical URL so the pipeline sees one article. The rules are
data (``TRACKING_*``, ``AMP_*``) so a new tracker is one line.
"""

from __future__ import annotations

import logging
import posixpath
import re
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

log = logging.getLogger(__name__)

#: Query parameters that identify a campaign or a click, never the content.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "gclsrc", "msclkid", "yclid", "twclid",
    "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi",
    "ref", "ref_src", "ref_url", "referrer", "cmpid", "ocid", "ito", "spm", "s_cid",
    "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "sr_share",
    "fb_action_ids", "fb_action_types", "fb_source", "fb_ref", "action_object_map",
    "action_type_map", "action_ref_map", "mkt_tok", "oly_anon_id", "oly_enc_id", "rb_clickid",
    "soc_src", "soc_trk", "wt_mc", "wt.mc_id", "xtor", "trk", "trkid", "share", "sh",
    "amp_js_v", "amp_gsa", "usqp", "__twitter_impression", "guccounter", "guce_referrer",
    "guce_referrer_sig", "via", "campaign_id", "utm",
})
#: Prefixes of tracking parameter families.
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_", "piwik_", "hsa_", "at_", "vero_",
                     "ga_", "stm_", "__hs")
#: Parameters that are tracking only with these values (else they may matter).
TRACKING_VALUES = {"from": frozenset({"mdr", "rss", "feed", "home"}),
                   "outputtype": frozenset({"amp"}), "amp": None, "output": frozenset({"amp"})}

#: AMP variants in the path: a segment, or a suffix of the last segment.
AMP_SEGMENTS = frozenset({"amp"})
AMP_SEGMENT_RENAMES = {"amp_articleshow": "articleshow", "amp_videoshow": "videoshow",
                       "amp_liveblog": "liveblog"}
AMP_SUFFIXES = ((".amp.html", ".html"), (".amp.htm", ".htm"), (".amp", ""))
AMP_HOST_PREFIXES = ("amp.",)
AMP_CACHE_SUFFIX = ".cdn.ampproject.org"

DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = re.compile(r"%([0-9A-Fa-f]{2})")
_SAFE_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


@lru_cache(maxsize=4096)
def canonicalize_url(url: str, base: str | None = None) -> str:
    """The canonical form of ``url`` (resolved against ``base``); never raises.

    Cached: a link is canonicalized when discovered and again once fetched.

    Non-http(s) or unparseable input comes back resolved but otherwise as is.
    """
    url = _clean(url)
    if base:
        try:
            url = urljoin(_clean(base), url)
        except ValueError:
            return url
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS or not parts.hostname:
            return url
        port = parts.port
    except ValueError:
        return url
    host, path = _from_amp_cache(_host(parts.hostname), parts.path)
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if host != _host(parts.hostname):  # the AMP cache serves https originals
        scheme, netloc = "https", host
    return urlunsplit((scheme, netloc, _path(path), _query(parts.query), ""))


def link_url(href: str | None, base: str | None = None) -> str | None:
    """A canonical http(s) article URL from an href, or None (mailto:, #top, junk)."""
    if not href or not href.strip() or href.strip().startswith("#"):
        return None
    url = canonicalize_url(href, base)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in DEFAULT_PORTS or not parts.netloc:
        return None
    return url


def _clean(url: str) -> str:
    # Feeds and HTML carry stray whitespace and control characters in hrefs.
    return "".join(ch for ch in url.strip() if ch >= " " and ch != "\x7f")


def _host(hostname: str) -> str:
    host = hostname.rstrip(".").lower()
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass  # keep it readable; it will fail at fetch time with a clear error
    for prefix in AMP_HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
    return host


def _from_amp_cache(host: str, path: str) -> tuple[str, str]:
    """``x-com.cdn.ampproject.org/c/s/x.com/a`` is really ``x.com/a``."""
    if not host.endswith(AMP_CACHE_SUFFIX):
        return host, path
    segs = path.split("/")
    # /c/s/host/path (https) or /c/host/path; also /v/ for viewer URLs
    if len(segs) >= 4 and segs[1] in ("c", "v"):
        rest = segs[3:] if segs[2] == "s" else segs[2:]
        if rest and "." in rest[0]:
            return _host(rest[0]), "/" + "/".join(rest[1:])
    return host, path


def _path(path: str) -> str:
    if not path:
        return "/"
    trailing = path.endswith("/")
    segments = [s for s in posixpath.normpath(path).split("/")]
    segments = [AMP_SEGMENT_RENAMES.get(s.lower(), s) for s in segments
                if s.lower() not in AMP_SEGMENTS]
    if segments:
        segments[-1] = _strip_amp_suffix(segments[-1])
    out = "/".join(_normalize_escapes(s) for s in segments)
    out = "/" + out.lstrip("/")
    if trailing and not out.endswith("/"):
        out += "/"
    return out


def _strip_amp_suffix(segment: str) -> str:
    lower = segment.lower()
    for suffix, replacement in AMP_SUFFIXES:
        if lower.endswith(suffix) and len(segment) > len(suffix):
            return segment[: -len(suffix)] + replacement
    return segment


def _normalize_escapes(segment: str) -> str:
    """Uppercase percent-escapes, and decode those of unreserved characters."""
    def fix(match: re.Match[str]) -> str:
        ch = chr(int(match.group(1), 16))
        return ch if ch in _SAFE_UNRESERVED else "%" + match.group(1).upper()
    return _UNRESERVED.sub(fix, segment)


def _query(query: str) -> str:
    if not query:
        return ""
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _tracking(k, v)]
    kept.sort(key=lambda kv: kv[0])  # stable: repeated keys keep their order
    return urlencode(kept, quote_via=quote, safe="/:@,")


def _tracking(key: str, value: str) -> bool:
    name = key.strip().lower()
    if name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES):
        return True
    if name in TRACKING_VALUES:
        values = TRACKING_VALUES[name]
        return values is None or unquote(value).strip().lower() in values
    return False
