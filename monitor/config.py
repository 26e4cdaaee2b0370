"""Configuration: read ``config.toml`` once into frozen, typed objects.

Validation happens here and only here, so a bad key, type or value stops the
program at start with the key's path (``sources[2].every``) and the problem,
never half-way through a cycle.
"""

from __future__ import annotations

import datetime
import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from monitor.errors import ConfigError

CONFIG_ENV = "MONITOR_CONFIG"
DEFAULT_CONFIG = "config.toml"

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0}


def parse_duration(value: object) -> float:
    """Seconds from ``"15m"``, ``"2h"``, ``"1.5d"``, ``"30"`` (seconds) or a number."""
    if isinstance(value, bool):
        raise ValueError("expected a duration like '15m', not a boolean")
    if isinstance(value, (int, float)):
        seconds = float(value)
    elif isinstance(value, str) and (match := _DURATION.match(value)):
        seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2) or "s"]
    else:
        raise ValueError(f"expected a duration like '30s', '15m', '2h' or '1d', got {value!r}")
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    return seconds


Duration = Annotated[float, Field(json_schema_extra={"format": "duration"})]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def _durations(*names: str) -> Any:
    return field_validator(*names, mode="before")(lambda cls, v: parse_duration(v))


class StorageConfig(_Frozen):
    url: str = "sqlite:///monitor.db"


class BaselineConfig(_Frozen):
    path: str
    name: str = "baseline"


class FetchConfig(_Frozen):
    user_agent: str = "claimwatch/0.1 (+https://example.org/contact)"
    per_host_delay: Duration = 2.0
    allow_private_addresses: bool = False
    connect_timeout: Duration = 10.0
    read_timeout: Duration = 20.0
    deadline: Duration = 60.0
    max_bytes: int = Field(default=10_000_000, gt=0)
    max_decoded_bytes: int = Field(default=20_000_000, gt=0)
    max_redirects: int = Field(default=5, ge=0, le=20)
    retries: int = Field(default=3, ge=0, le=10)
    max_retry_after: Duration = 3600.0
    backoff_base: Duration = 1.0
    per_host_jitter: float = Field(default=0.1, ge=0, le=1)
    robots_unreachable_retry: Duration = 600.0
    max_crawl_delay: Duration = 60.0
    robots_ttl: Duration = 86400.0
    concurrency: int = Field(default=8, ge=1, le=256)
    max_articles_per_source: int = Field(default=200, ge=1)
    recheck_first: Duration = 600.0
    recheck_max_interval: Duration = 43200.0
    recheck_stop_after: Duration = 604800.0
    source_failure_alert_after: int = Field(default=3, ge=1)

    _check_durations = _durations(
        "per_host_delay", "connect_timeout", "read_timeout", "deadline", "max_retry_after",
        "backoff_base", "robots_unreachable_retry",
        "max_crawl_delay", "robots_ttl", "recheck_first", "recheck_max_interval",
        "recheck_stop_after",
    )

    @field_validator("user_agent")
    @classmethod
    def _printable_agent(cls, value: str) -> str:
        if not value or any(ord(ch) < 32 for ch in value):
            raise ValueError("must be a non-empty single line")
        return value


SourceKind = Literal["feed", "sitemap", "listing", "page"]


class SourceConfig(_Frozen):
    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    kind: SourceKind
    url: str
    every: Duration = 900.0
    selector: str | None = None
    enabled: bool = True
    max_articles: int | None = Field(default=None, ge=1)
    sitemap_depth: int = Field(default=2, ge=0, le=5)

    _check_every = _durations("every")

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^/\s]+", value, re.IGNORECASE):
            raise ValueError(f"must be an http(s) URL, got {value!r}")
        return value

    @model_validator(mode="after")
    def _listing_needs_selector(self) -> "SourceConfig":
        if self.kind == "listing" and not self.selector:
            raise ValueError("a listing source needs 'selector' (CSS for article links)")
        if self.every < 10:
            raise ValueError("'every' must be at least 10s")
        return self


EntityKind = Literal["party", "person", "alliance", "other"]


class EntityConfig(_Frozen):
    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    kind: EntityKind
    names: tuple[str, ...] = Field(min_length=1)
    #: Names that also mean something else (Congress, Banerjee, "the alliance"):
    #: they count only when the article also names the entity unambiguously or
    #: one of ``context`` appears.
    ambiguous: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    party: str | None = None
    display: str | None = None
    #: Who "she" and "he" can be (persons only).
    gender: Literal["female", "male"] | None = None
    #: Phrases that, in the same sentence, mean an ambiguous name is someone else
    #: ("US Congress", "Senate" for the Indian party "Congress").
    block: tuple[str, ...] = ()
    #: A regional alliance's or party's home (a ``[[places]]`` id): where its seat shares,
    #: deals and going alone are when its sentence names no place ("the MVA: Sena 21,
    #: Congress 17"; "the TMC will go it alone" is about West Bengal).
    place: str | None = None
    #: The party this one split from (an entity id): once a text names this faction, the
    #: other's plain name later in it means the faction ("Shiv Sena (UBT) leader Sanjay Raut
    #: ... Shiv Sena will contest 23 seats").
    faction_of: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> "EntityConfig":
        unknown = [n for n in self.ambiguous if n not in self.names]
        if unknown:
            raise ValueError(f"these ambiguous names are not among 'names': {', '.join(unknown)}")
        if self.party is not None and self.kind != "person":
            raise ValueError("'party' is only for person entities")
        if self.gender is not None and self.kind != "person":
            raise ValueError("'gender' is only for person entities")
        if self.place is not None and self.kind not in ("alliance", "party"):
            raise ValueError("'place' is only for alliance and party entities")
        if self.faction_of is not None and (self.kind != "party" or self.faction_of == self.id):
            raise ValueError("'faction_of' is only for a party, naming another party")
        return self

    @property
    def label(self) -> str:
        return self.display or self.names[0]


class RelevanceConfig(_Frozen):
    threshold: float = Field(default=3.0, ge=0)
    keywords: tuple[str, ...] = ()
    #: The story's window: an article published before ``since`` (or after ``until``) is an
    #: archive page of another race with the same parties ("Lok Sabha 2019: DMK to contest 21
    #: seats"), not news of this story. An article with no known date is judged on its text.
    since: datetime.date | None = None
    until: datetime.date | None = None

    @model_validator(mode="after")
    def _window(self) -> RelevanceConfig:
        if self.since is not None and self.until is not None and self.until < self.since:
            raise ValueError(f"until ({self.until}) is before since ({self.since})")
        return self

    def in_window(self, published: datetime.date | None) -> bool:
        return published is None or ((self.since is None or published >= self.since)
                                     and (self.until is None or published <= self.until))


PlaceKind = Literal["state", "city", "region", "country", "venue"]


class PlaceConfig(_Frozen):
    """A place the story's facts can be about ("17 seats in Uttar Pradesh")."""

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    kind: PlaceKind
    names: tuple[str, ...] = Field(min_length=1)
    display: str | None = None
    #: The place this one lies in (a ``[[places]]`` id): a venue stands for its city
    #: ("a rally at Shivaji Park" is in Mumbai), a dateline city for its state.
    within: str | None = None

    @property
    def label(self) -> str:
        return self.display or self.names[0]


_WORD_ID = r"^[a-z][a-z0-9_]*$"


class HeadOfGovernment(_Frozen):
    """Who heads the government from a day on: whose "the government" is when an article
    names no head of its own ("the JSP withdrew its support from the government")."""

    person: str = Field(min_length=1)
    since: datetime.date


class ClaimsConfig(_Frozen):
    #: Any installed spaCy pipeline with a tagger and a parser.
    model: str = Field(default="en_core_web_sm", min_length=1)
    #: Extra lexicon (TOML) merged over the shipped one; relative to the config.
    lexicon: str | None = None
    #: Claims hedged as denials or rumours are kept but never contradict.
    alert_hedged: bool = True
    #: The story's own alliance: what "going it alone" leaves, whose meetings
    #: "the meeting" means. Default: the first alliance entity.
    default_alliance: str | None = None
    #: The alliance that governs, if the story has one: what "the government" and "the
    #: cabinet" mean ("the RSP will join the government").
    government: str | None = None
    #: Role names of this story, added to the shipped ones (id = names).
    roles: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    #: Event names of this story ("yatra"), added to the shipped ones.
    events: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    #: Words that make seats not the story's ("assembly" seats in a national election).
    seat_exclude: tuple[str, ...] = ()
    #: The story's houses ("assembly", "Lok Sabha"), beside the lexicon's: "the meeting held in
    #: the Provincial Assembly" is the house's sitting, no alliance's meeting.
    houses: tuple[str, ...] = ()
    #: Whose a named event is when the sentence does not say ("Bharat Jodo Nyay Yatra" =
    #: "inc"): event name -> entity id.
    event_owners: dict[str, str] = Field(default_factory=dict)
    #: The day the election's results came out: in articles from then on, seats a party got,
    #: won or secured are results, not seats it will contest.
    results_from: datetime.date | None = None
    #: Heads of government in order, each from a day on (a person entity id each).
    heads_of_government: tuple[HeadOfGovernment, ...] = ()

    @field_validator("heads_of_government")
    @classmethod
    def _in_order(cls, value: tuple[HeadOfGovernment, ...]) -> tuple[HeadOfGovernment, ...]:
        for before, after in zip(value, value[1:]):
            if after.since <= before.since:
                raise ValueError(f"{after.person!r} since {after.since}: list the heads in order, "
                                 f"each later than the one before ({before.person!r} since {before.since})")
        return value

    def head_of_government(self, day: datetime.date | None) -> str | None:
        """Who headed the government on the day (none before the first, or without a day)."""
        if day is None:
            return None
        return next((h.person for h in reversed(self.heads_of_government) if h.since <= day), None)

    @field_validator("roles", "events")
    @classmethod
    def _ids(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for key, names in value.items():
            if not re.match(_WORD_ID, key):
                raise ValueError(f"{key!r}: an id is lower case letters, digits and _")
            if not names or any(not n.strip() for n in names):
                raise ValueError(f"{key}: give at least one non-empty name")
        return value


class _Channel(_Frozen):
    name: str | None = None
    #: Flag kinds this channel receives; all by default.
    kinds: tuple[Literal["new", "changed", "contradicted", "confirmed", "revised"], ...] = (
        "new", "changed", "contradicted", "confirmed", "revised")
    #: Operator alerts (a source down, then back) go to this channel too.
    operator: bool = True
    #: Flags below this confidence never go out at once here: they wait for the digest
    #: (or, on a channel without one, are not sent). Measured on real text (README): at
    #: 0.85 or more, 6 in 11 changed/contradicted flags were right; below it, 15 in 44.
    min_confidence: float = Field(default=0.85, ge=0.0, le=1.0)


class LogChannelConfig(_Channel):
    kind: Literal["log"]
    format: Literal["text", "json"] = "text"


class EmailChannelConfig(_Channel):
    kind: Literal["email"]
    to: tuple[str, ...] = Field(min_length=1)
    sender: str
    smtp_host: str = "localhost"
    smtp_port: int = Field(default=587, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] = "starttls"
    username_env: str | None = None
    password_env: str | None = None
    timeout: Duration = 30.0
    digest: str = "0 7 * * *"
    timezone: str = "UTC"
    immediate: tuple[Literal["new", "changed", "contradicted", "confirmed", "revised"], ...] = ()
    subject_prefix: str = "[claimwatch]"
    #: A private CA bundle (PEM) for the SMTP server's certificate; relative to the config.
    ca_file: str | None = None

    _check_timeout = _durations("timeout")

    @field_validator("to", "sender")
    @classmethod
    def _addresses(cls, value: Any) -> Any:
        for addr in (value,) if isinstance(value, str) else value:
            if not re.match(r"^[^@\s<>\r\n]+@[^@\s<>\r\n]+$", addr):
                raise ValueError(f"not an email address: {addr!r}")
        return value

    @field_validator("digest")
    @classmethod
    def _cron(cls, value: str) -> str:
        from apscheduler.triggers.cron import CronTrigger

        try:
            CronTrigger.from_crontab(value)
        except ValueError as exc:
            raise ValueError(f"not a cron expression ({exc})") from None
        return value

    @field_validator("username_env", "password_env")
    @classmethod
    def _env_name(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", value):
            raise ValueError("must be the NAME of an environment variable, never the secret")
        return value


class AppriseChannelConfig(_Channel):
    kind: Literal["apprise"]
    urls_env: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")


ChannelConfig = Annotated[
    Union[LogChannelConfig, EmailChannelConfig, AppriseChannelConfig], Field(discriminator="kind")
]


class AlertsConfig(_Frozen):
    channels: tuple[ChannelConfig, ...] = (LogChannelConfig(kind="log"),)
    max_attempts: int = Field(default=8, ge=1)
    #: What the story is called in digest subjects; default: the first alliance's name.
    story: str | None = None

    @model_validator(mode="after")
    def _unique_names(self) -> "AlertsConfig":
        names = [channel_name(ch, i, self.channels) for i, ch in enumerate(self.channels)]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"channel names must be unique: {dupes}")
        return self


def channel_name(channel: _Channel, index: int, all_channels: tuple[_Channel, ...]) -> str:
    """A channel's stable name: its ``name``, else its kind (kind-N if repeated)."""
    if channel.name:
        return channel.name
    kind = getattr(channel, "kind")
    same = [c for c in all_channels if getattr(c, "kind") == kind and not c.name]
    return kind if len(same) == 1 else f"{kind}-{same.index(channel) + 1}"


class Config(_Frozen):
    storage: StorageConfig = StorageConfig()
    baseline: BaselineConfig | None = None
    fetch: FetchConfig = FetchConfig()
    sources: tuple[SourceConfig, ...] = ()
    entities: tuple[EntityConfig, ...] = ()
    places: tuple[PlaceConfig, ...] = ()
    relevance: RelevanceConfig = RelevanceConfig()
    claims: ClaimsConfig = ClaimsConfig()
    alerts: AlertsConfig = AlertsConfig()
    #: Folder of the config file: relative paths resolve against it.
    root: str = "."

    @model_validator(mode="after")
    def _cross_checks(self) -> "Config":
        _unique("sources", [s.name for s in self.sources])
        ids = [e.id for e in self.entities]
        _unique("entities", ids)
        for i, ent in enumerate(self.entities):
            if ent.party is not None and ent.party not in ids:
                raise ValueError(f"entities[{i}].party: unknown entity id {ent.party!r}")
            if ent.faction_of is not None and ent.faction_of not in ids:
                raise ValueError(f"entities[{i}].faction_of: unknown entity id {ent.faction_of!r}")
        places = [p.id for p in self.places]
        _unique("places", places)
        for i, place in enumerate(self.places):
            if place.within is not None and (place.within not in places or place.within == place.id):
                raise ValueError(f"places[{i}].within: unknown place id {place.within!r}")
            if place.kind == "venue" and place.within is None:
                raise ValueError(f"places[{i}].within: a venue needs the place it is in")
        for i, ent in enumerate(self.entities):
            if ent.place is not None and ent.place not in places:
                raise ValueError(f"entities[{i}].place: unknown place id {ent.place!r}")
        for name, owner in self.claims.event_owners.items():
            if owner not in ids:
                raise ValueError(f"claims.event_owners.{name}: unknown entity id {owner!r}")
        people = {e.id for e in self.entities if e.kind == "person"}
        for i, head in enumerate(self.claims.heads_of_government):
            if head.person not in people:
                raise ValueError(f"claims.heads_of_government[{i}].person: {head.person!r} is not a person entity")
        alliances = {e.id for e in self.entities if e.kind == "alliance"}
        for key in ("default_alliance", "government"):
            alliance = getattr(self.claims, key)
            if alliance is not None and alliance not in alliances:
                raise ValueError(f"claims.{key}: {alliance!r} is not an alliance entity")
        return self

    @property
    def main_alliance(self) -> str | None:
        """The story's own alliance: configured, else the first alliance entity."""
        if self.claims.default_alliance:
            return self.claims.default_alliance
        return next((e.id for e in self.entities if e.kind == "alliance"), None)

    def resolve(self, path: str) -> Path:
        p = Path(path).expanduser()
        return p if p.is_absolute() else Path(self.root) / p

    def source(self, name: str) -> SourceConfig:
        for src in self.sources:
            if src.name == name:
                return src
        raise ConfigError([("sources", f"no source named {name!r}")])

    def channel_names(self) -> list[str]:
        chans = self.alerts.channels
        return [channel_name(ch, i, chans) for i, ch in enumerate(chans)]

    @property
    def database_url(self) -> str:
        return resolve_database_url(self.storage.url, Path(self.root))


def _unique(section: str, names: list[str]) -> None:
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValueError(f"{section}: duplicate names {dupes}")


def resolve_database_url(url: str, root: Path) -> str:
    """Make a relative SQLite path absolute against the config's folder."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != prefix + ":memory:":
        rest = url[len(prefix):]
        if rest:
            return prefix + str((root / rest).resolve())
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def find_config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The config path: ``--config``, else ``$MONITOR_CONFIG``, else ./config.toml."""
    chosen = explicit or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG
    return Path(chosen).expanduser()


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate a config file; raise ``ConfigError`` naming each bad key."""
    cfg_path = find_config_path(path)
    try:
        raw = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError([("", "config file not found")], str(cfg_path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([("", f"cannot read: {exc}")], str(cfg_path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([("", f"not valid TOML: {exc}")], str(cfg_path)) from None
    return config_from_dict(raw, root=cfg_path.resolve().parent, origin=str(cfg_path))


def config_from_dict(raw: dict[str, Any], root: Path | str = ".", origin: str | None = None) -> Config:
    """Validate an already-parsed config mapping (used by tests and the demo)."""
    if "root" in raw:
        raise ConfigError([("root", "unknown key")], origin)
    try:
        return Config.model_validate({**_with_absolute_files(raw, Path(root)), "root": str(root)})
    except ValidationError as exc:
        raise ConfigError(_problems(exc), origin) from None


def _with_absolute_files(raw: dict[str, Any], root: Path) -> dict[str, Any]:
    """Channel file paths (``ca_file``) resolved against the config's folder."""
    alerts = raw.get("alerts")
    if not isinstance(alerts, dict) or not isinstance(alerts.get("channels"), list):
        return raw
    channels = [
        {**ch, "ca_file": str(root / ch["ca_file"])}
        if isinstance(ch, dict) and isinstance(ch.get("ca_file"), str)
        and not Path(ch["ca_file"]).is_absolute() else ch
        for ch in alerts["channels"]
    ]
    return {**raw, "alerts": {**alerts, "channels": channels}}


def _problems(exc: ValidationError) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for err in exc.errors():
        key = _key_path(err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif err["type"] == "union_tag_invalid":
            msg = f"unknown kind {err.get('input', {}).get('kind')!r}" if isinstance(
                err.get("input"), dict) else msg
        problems.append((key, msg))
    return problems


def _key_path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("log", "email", "apprise") and out.endswith("]"):
            continue  # pydantic adds the union member's tag; the user never wrote it
        else:
            out += ("." if out else "") + str(part)
    return out
