"""Every tag list, class/id pattern, lexicon and metadata key the extractor uses.

Kept as data in one place so tuning the heuristics never means hunting through
the algorithm code. Patterns are matched against lower-cased ``class`` + ``id``
strings; a leading ``(?<![a-z])`` keeps ``share`` from matching ``timeshares``.
"""

from __future__ import annotations

import re
from typing import Final

# ------------------------------------------------------------------ tags ----

# Subtrees never read: code, media, forms controls and page chrome.
SKIP_TAGS: Final = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
    "embed", "canvas", "video", "audio", "picture", "img", "button", "select",
    "option", "input", "textarea", "head", "title", "meta", "link", "nav",
    "footer", "aside", "dialog", "menu", "map", "source", "track", "figcaption",
})

# Elements that end a line of text: everything else is inline and joins its text.
BLOCK_TAGS: Final = frozenset({
    "p", "div", "section", "article", "main", "header", "hgroup", "h1", "h2", "h3",
    "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure",
    "figcaption", "form", "fieldset", "legend", "address", "hr", "br", "center",
    "details", "summary", "body", "html",
})

# Each of these is scored on its own: a page with several (a story and the
# teasers after it, even nested in it) must not merge them into one text.
ISLAND_TAGS: Final = frozenset({"article"})

# Table cells: a frame each (layout tables hold whole articles in one), but the
# text of a row stays on one line.
CELL_TAGS: Final = frozenset({"td", "th"})

HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Container tags that page templates never use for boilerplate on their own.
NEVER_JUNK_TAGS: Final = frozenset({"html", "body", "main"})

# A pre-parse scan counts these to estimate nesting depth: opening one of them
# makes the HTML tree builder walk the stack of open elements, so a deep pile
# of them costs quadratic time inside the parser.
DEPTH_SCAN_TAGS: Final = (
    "div", "section", "article", "main", "aside", "header", "footer", "nav", "ul",
    "ol", "dl", "blockquote", "form", "fieldset", "figure", "details", "center",
    "address", "menu", "dir", "hgroup", "search", "summary",
)

# ------------------------------------------------------- class/id hints ----

_BOUNDARY = r"(?<![a-z])"  # see _words below

# Class/id names are matched whole-word: ``(?<![a-z])`` before and
# ``(?![a-z])`` after each pattern, so ``pager`` misses ``pagerow`` and
# ``ad`` misses ``header``. Variants are spelled out in the pattern.

# Boilerplate boxes that are never the article: share bars, related links,
# comments, newsletter boxes, ads. A match skips the whole subtree.
JUNK_PATTERNS: Final = (
    r"share(?:bar|tools|this|buttons?|-buttons?|-bar|-tools|-links?|-icons?|-box|-container)?",
    r"sharing", r"social(?:-?(?:share|links|media|icons|buttons|bar|follow|networks?))?",
    r"sociable", r"addthis\w*", r"addtoany", r"a2a_kit", r"shareaholic\w*",
    r"related(?:-?(?:posts?|articles?|stories|links|content|news|items))?", r"relacionad[ao]s?",
    r"recommend(?:ed|ations?)?", r"recirc(?:ulation)?", r"more-?(?:stories|news|from|articles)",
    r"also-?read", r"read-?(?:next|also)", r"up-?next", r"whats-?next", r"trending",
    r"most-?(?:read|viewed|shared|popular)", r"popular(?:-?(?:posts|stories|articles))?",
    r"top-?stories", r"outbrain", r"taboola", r"ob-widget", r"zergnet",
    r"comments?", r"comment-?(?:list|area|section|form|wrap(?:per)?|block|s-section|thread|respond)",
    r"commentlist", r"disqus(?:_thread)?", r"respond", r"discussion", r"reply",
    r"newsletter\w*", r"subscri(?:be|ption)(?:-?\w+)?", r"sign-?up(?:-?\w+)?", r"optin",
    r"mailchimp", r"mc4wp\w*",
    r"adverti[sz]e?(?:ment|ments|ing)?",
    r"ads?-?(?:slot|unit|box|wrap(?:per)?|container|banner|block|label|inline)",
    r"adsense", r"adsbygoogle", r"dfp", r"gpt-?ad", r"dfp-?ad", r"sponsor(?:ed|s)?", r"promo(?:tion)?s?",
    r"inline-?(?:ad|promo|related)", r"jump-?links?",
    r"tags", r"tag-?(?:list|cloud|links)", r"keywords", r"byline", r"bylines",
    r"author-?(?:bio|info|box|card|details)", r"about-?the-?author", r"post-?meta",
    r"entry-?meta", r"article-?meta", r"meta-?(?:data|info)", r"dateline",
    r"cookies?", r"cookie-?\w+", r"consent", r"gdpr", r"skip-?(?:link|to-?content)",
    r"screen-?reader(?:-text)?", r"sr-only", r"visually-?hidden", r"print-?only", r"copyright",
    r"donate", r"donation", r"paywall-?(?:prompt|offer|message)",
    r"next-?(?:article|post)", r"prev(?:ious)?-?(?:article|post)", r"post-?navigation",
    r"rollover-(?:people-)?block", r"hover-?card", r"tooltip", r"popover",
    r"captions?", r"caption-?(?:text|full|truncated|remote|wrap(?:per)?|container)",
    r"wp-caption-text", r"credits?", r"(?:photo|image|img)-?(?:credit|caption)s?",
)

# Page layout: menus, sidebars, headers, footers, pagers. Templates also put
# these words on the wrapper around everything, so a match that holds most of
# the page's text is not skipped.
LAYOUT_PATTERNS: Final = (
    r"sidebar", r"side-?bar", r"widget-?area", r"breadcrumbs?", r"pagination", r"pager",
    r"menu", r"main-?menu", r"masthead", r"toolbar", r"footer", r"site-?footer",
    r"site-?header", r"header-?(?:nav|top|bar)", r"nav", r"navbar", r"navigation", r"login",
    r"modal", r"popup", r"overlay", r"banner", r"ads?", r"gallery", r"slideshow",
    r"carousel", r"slider", r"ticker", r"breaking-?news", r"news-?ticker",
)


# Names that mark content even where a junk word also appears
# ("article-body pagination-first", "social-media-embed").
PROTECT_PATTERNS: Final = (r"embed(?:ded)?", r"tweet", r"instagram-media", r"twitter-tweet")

# Class/id names of article-body containers: a match lifts a candidate's score.
CONTENT_PATTERNS: Final = (
    r"article-?body", r"articlebody", r"article-?content", r"article-?text",
    r"entry-?content", r"post-?(?:content|body|text|entry)", r"story-?(?:body|content|text)",
    r"body-?(?:text|copy|content)", r"content-?body", r"rich-?text", r"main-?content",
    r"article__body", r"articletext", r"text-?content", r"td-post-content",
    r"single-?(?:content|post)", r"blog-?(?:content|post)", r"news-?(?:text|content|body)",
)

CONTENT_RE: Final = re.compile(_BOUNDARY + "(?:" + "|".join(CONTENT_PATTERNS) + ")")


def _words(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_BOUNDARY + "(?:" + "|".join(patterns) + ")(?![a-z])")


# Whole class tokens that hide an element.
# (Bootstrap's "collapse" is hidden until a click adds "show".)
HIDDEN_TOKENS: Final = (r"hidden", r"hide", r"d-none", r"invisible", r"is-hidden", r"collapse")

JUNK_RE: Final = re.compile(
    _words(JUNK_PATTERNS).pattern + "|(?:^|\\s)(?:" + "|".join(HIDDEN_TOKENS) + ")(?:$|\\s)")
LAYOUT_RE: Final = _words(LAYOUT_PATTERNS)
PROTECT_RE: Final = re.compile(
    _BOUNDARY + "(?:" + "|".join(CONTENT_PATTERNS + PROTECT_PATTERNS) + ")")

# Class tokens that describe the page or post (WordPress taxonomy and state
# classes such as ``category-advertising`` or ``comments-open``), not the box.
STATE_TOKEN_RE: Final = re.compile(
    r"(?:^|\s)(?:(?:category|tag|post_tag|format|status|type|has|no|is|with|single"
    r"|page-template|[a-z_]*_category|[a-z_]*_rating|[a-z_]*_tag)[-_]\S*"
    r"|(?:comments|comment|ping)s?-(?:open|closed)(?=\s|$))")

# Multipliers of a candidate container's positive score.
ITEMPROP_BOOST: Final = 1.5
CONTENT_NAME_BOOST: Final = 1.3
ARTICLE_TAG_BOOST: Final = 1.15

# Attribute values that mark the article body outright.
CONTENT_ITEMPROP: Final = frozenset({"articlebody", "text", "reviewbody"})
JUNK_ROLES: Final = frozenset({
    "navigation", "banner", "contentinfo", "complementary", "search", "menu",
    "menubar", "dialog", "alert", "toolbar",
})

# ------------------------------------------------------------- lexicons ----

# Lines that are page furniture even when they sit inside the body.
BOILERPLATE_LINE_RE: Final = re.compile(
    r"^\W*(?:"
    r"(?:also|must|don'?t miss|recommended) read(?:ing)?|read (?:also|more|next|this)|"
    r"see also|related(?: articles?| stories| coverage| content| posts?| news)?|"
    r"more on (?:this|that)|more from|you (?:may|might) (?:also )?like|"
    r"recommended(?: for you)?|(?:click|tap) here|continue reading|keep reading|"
    r"advertisement|sponsored(?: content)?|ad ?feedback|story continues below|"
    r"share (?:this|on|via)|follow us|subscribe|sign up|get our|"
    r"(?:page|p\.) ?\d+ (?:of|/) ?\d+|next page|previous page|"
    r"leia (?:também|mais)|veja também|lee también|lire aussi|à lire aussi|"
    r"lesen sie auch|mehr zum thema|leggi anche|czytaj (?:też|także)|читайте также"
    r")\b",
    re.IGNORECASE,
)

# Bylines and date stamps: dropped where they open or close the text.
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_NAMES = r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}"
EDGE_LINE_RE: Final = re.compile(
    r"^\W*(?:"
    r"(?-i:[Bb][Yy]\s*" + _NAMES + r"(?:\s*(?:,|and|&)\s*" + _NAMES + r")*"
    r"(?:\s*[-|–—•,]\s*.*)?$)|"
    r"(?:published|updated|posted|last updated|modified)\b|"
    r"(?:\w+,?\s+)?" + _MONTH + r"\s+\d{1,2},?\s+\d{4}\b|"
    r"\d{1,2}\s+" + _MONTH + r"\s+\d{4}\b|"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"
    r")",
    re.IGNORECASE,
)
EDGE_LINE_MAX: Final = 100

# Whole lines dropped only when short (a long line starting so is prose).
SHORT_BOILERPLATE_MAX: Final = 160

# ------------------------------------------------------------- metadata ----

# Lower value = more specific, preferred when a page carries several objects.
JSONLD_TYPE_RANK: Final = {
    "newsarticle": 0, "reportage": 0, "analysisnewsarticle": 0, "opinionnewsarticle": 0,
    "reviewnewsarticle": 0, "backgroundnewsarticle": 0, "askpublicnewsarticle": 0,
    "satiricalarticle": 0, "blogposting": 1, "liveblogposting": 1, "article": 1,
    "scholarlyarticle": 1, "techarticle": 1, "socialmediaposting": 1, "report": 1,
    "review": 2, "videoobject": 3, "podcastepisode": 3, "creativework": 3,
    "webpage": 4, "itempage": 4, "medicalwebpage": 4,
}

META_TITLE: Final = ("og:title", "twitter:title", "dc.title", "dcterms.title", "title",
                     "sailthru.title", "parsely-title")
META_PUBLISHED: Final = (
    "article:published_time", "og:article:published_time", "article.published",
    "datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "dcterms.created", "dc.date.created", "pubdate", "publishdate", "publish-date",
    "sailthru.date", "parsely-pub-date", "date", "og:published_time", "article_date_original",
    "cxenseparse:recs:publishtime", "originalpublicationdate",
)
META_MODIFIED: Final = (
    "article:modified_time", "og:updated_time", "og:article:modified_time",
    "datemodified", "dcterms.modified", "dc.date.modified", "last-modified",
    "lastmod", "article.updated",
)
META_AUTHOR: Final = ("author", "article:author", "dc.creator", "dcterms.creator",
                      "sailthru.author", "parsely-author", "byl")
META_SITE_NAME: Final = ("og:site_name", "application-name", "twitter:site", "dc.publisher",
                         "dcterms.publisher")
META_LANGUAGE: Final = ("og:locale", "dc.language", "dcterms.language", "content-language",
                        "language", "inlanguage")
META_URL: Final = ("og:url", "twitter:url")

# CSS queries for metadata, run once each on the parsed page.
CSS_JSONLD: Final = 'script[type*="ld+json" i]'
CSS_META: Final = "meta"
CSS_CANONICAL: Final = 'link[rel~="canonical" i][href]'
CSS_TITLE: Final = "title"
CSS_HEADLINE: Final = "h1"
CSS_HTML: Final = "html"
# <time> elements in order of trust, after an element marked with the itemprop.
CSS_TIMES: Final = ("time[pubdate][datetime]", "article time[datetime]")
CSS_ANY_TIME: Final = "time[datetime]"
# Attributes that name a <meta> element's key.
META_KEY_ATTRS: Final = ("property", "name", "itemprop", "http-equiv")

# " | Site Name" and friends at the end of titles.
TITLE_SEPARATORS: Final = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")
AUTHOR_PREFIX_RE: Final = re.compile(r"^(?:by|von|por|par|di|door|av)\s+", re.IGNORECASE)
AUTHOR_SPLIT_RE: Final = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*")

# Meta author values that name no person.
AUTHOR_STOPWORDS: Final = frozenset({
    "admin", "administrator", "staff", "editor", "editors", "redaction", "redacción",
    "redação", "newsroom", "unknown", "anonymous",
})

# Dates in the URL path: /2023/12/19/, /2023-12-19/, /20231219/
URL_DATE_RE: Final = re.compile(
    r"/((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
    r"|/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)

HIDDEN_STYLE_RE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")

# English month names for dates written out in words.
MONTHS: Final = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
    ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
    ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}

# Charset labels the HTML Standard reads as windows-1252, which Python (and
# selectolax) would take literally as stricter codecs.
WINDOWS_1252_LABELS: Final = frozenset({
    "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
    "iso_8859-1", "cp819", "ibm819", "x-cp1252", "windows-1252", "cp1252",
})
