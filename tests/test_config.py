"""Config: parsed once into frozen objects; a bad key names itself and its problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from monitor.config import Config, config_from_dict, load_config, parse_duration
from monitor.errors import ConfigError

FEED = {"name": "a", "kind": "feed", "url": "https://example.org/feed"}


@pytest.mark.parametrize("text, seconds", [
    ("30s", 30), ("15m", 900), ("2h", 7200), ("1d", 86400), ("1.5h", 5400), ("45", 45),
    (10, 10), (2.5, 2.5), ("250ms", 0.25), ("1w", 604800),
], ids=lambda v: str(v))
def test_durations(text: object, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("bad", ["often", "-5m", "5 minutes", True, None, "m"],
                         ids=lambda v: repr(v))
def test_bad_durations(bad: object) -> None:
    with pytest.raises(ValueError):
        parse_duration(bad)


BAD_CONFIGS = [
    ("unknown-top-key", {"bogus": 1}, "bogus", "unknown key"),
    ("unknown-fetch-key", {"fetch": {"per_host_dely": 2}}, "fetch.per_host_dely", "unknown key"),
    ("bad-duration", {"sources": [dict(FEED, every="often")]}, "sources[0].every",
     "expected a duration"),
    ("bad-kind", {"sources": [dict(FEED, kind="rss")]}, "sources[0].kind", "'feed'"),
    ("bad-url", {"sources": [dict(FEED, url="ftp://x/feed")]}, "sources[0].url",
     "http(s) URL"),
    ("listing-needs-selector", {"sources": [dict(FEED, kind="listing")]}, "sources[0]",
     "selector"),
    ("too-frequent", {"sources": [dict(FEED, every="1s")]}, "sources[0]", "at least 10s"),
    ("duplicate-source", {"sources": [FEED, FEED]}, "", "duplicate names ['a']"),
    ("wrong-type", {"fetch": {"allow_private_addresses": "perhaps"}},
     "fetch.allow_private_addresses", "boolean"),
    ("negative-cap", {"fetch": {"max_bytes": 0}}, "fetch.max_bytes", "greater than 0"),
    ("entity-no-names", {"entities": [{"id": "x", "kind": "party", "names": []}]},
     "entities[0].names", "at least 1"),
    ("entity-bad-kind", {"entities": [{"id": "x", "kind": "union", "names": ["X"]}]},
     "entities[0].kind", "'party'"),
    ("entity-unknown-party", {"entities": [{"id": "p", "kind": "person", "names": ["P"],
                                            "party": "nope"}]}, "", "unknown entity id 'nope'"),
    ("entity-unknown-faction", {"entities": [{"id": "p", "kind": "party", "names": ["P"],
                                              "faction_of": "nope"}]}, "", "unknown entity id 'nope'"),
    ("faction-of-a-person", {"entities": [{"id": "p", "kind": "person", "names": ["P"],
                                           "faction_of": "p"}]}, "entities[0]", "'faction_of' is only for a party"),
    ("ambiguous-not-a-name", {"entities": [{"id": "x", "kind": "party", "names": ["X"],
                                            "ambiguous": ["Y"]}]}, "entities[0]",
     "not among 'names'"),
    ("channel-confidence-out-of-range", {"alerts": {"channels": [{"kind": "log", "min_confidence": 1.5}]}},
     "alerts.channels[0].min_confidence", "less than or equal to 1"),
    ("channel-unknown-kind", {"alerts": {"channels": [{"kind": "pager"}]}},
     "alerts.channels[0]", "unknown kind 'pager'"),
    ("email-bad-address", {"alerts": {"channels": [{"kind": "email", "to": ["desk"],
                                                    "sender": "a@b.c"}]}},
     "alerts.channels[0].to", "not an email address"),
    ("email-bad-cron", {"alerts": {"channels": [{"kind": "email", "to": ["d@b.c"],
                                                 "sender": "a@b.c", "digest": "daily"}]}},
     "alerts.channels[0].digest", "not a cron expression"),
    ("email-secret-in-file", {"alerts": {"channels": [{"kind": "email", "to": ["d@b.c"],
                                                       "sender": "a@b.c",
                                                       "password_env": "hunter2!"}]}},
     "alerts.channels[0].password_env", "NAME of an environment variable"),
    ("email-bad-security", {"alerts": {"channels": [{"kind": "email", "to": ["d@b.c"],
                                                     "sender": "a@b.c", "security": "tls"}]}},
     "alerts.channels[0].security", "'starttls'"),
    ("duplicate-channels", {"alerts": {"channels": [{"kind": "log", "name": "x"},
                                                    {"kind": "log", "name": "x"}]}},
     "alerts", "unique"),
    ("place-within-unknown", {"places": [{"id": "patna", "kind": "city", "names": ["Patna"],
                                          "within": "bihar"}]}, "", "places[0].within: unknown place id 'bihar'"),
    ("venue-needs-within", {"places": [{"id": "maidan", "kind": "venue", "names": ["Gandhi Maidan"]}]},
     "", "places[0].within: a venue needs the place it is in"),
    ("place-bad-kind", {"places": [{"id": "x", "kind": "district", "names": ["X"]}]},
     "places[0].kind", "'state'"),
    ("alliance-home-unknown", {"entities": [{"id": "mva", "kind": "alliance", "names": ["MVA"],
                                             "place": "maharashtra"}]}, "", "entities[0].place: unknown place id"),
    ("home-only-for-alliances-and-parties", {"entities": [{"id": "kharge", "kind": "person", "names": ["Kharge"],
                                                          "place": "up"}],
                                            "places": [{"id": "up", "kind": "state", "names": ["UP"]}]},
     "entities[0]", "'place' is only for alliance and party entities"),
    ("event-owner-unknown", {"claims": {"event_owners": {"Bharat Jodo Nyay Yatra": "congress"}}},
     "", "claims.event_owners.Bharat Jodo Nyay Yatra: unknown entity id 'congress'"),
    ("results-day-not-a-date", {"claims": {"results_from": "June"}}, "claims.results_from", "date"),
    ("window-not-a-date", {"relevance": {"since": "last summer"}}, "relevance.since", "date"),
    ("window-ends-before-it-starts", {"relevance": {"since": "2024-06-01", "until": "2024-01-01"}},
     "relevance", "until (2024-01-01) is before since (2024-06-01)"),
    ("head-of-government-not-a-person", {"entities": [{"id": "uml", "kind": "party", "names": ["UML"]}],
                                         "claims": {"heads_of_government": [{"person": "uml", "since": "2024-07-15"}]}},
     "", "claims.heads_of_government[0].person: 'uml' is not a person entity"),
    ("heads-of-government-out-of-order",
     {"entities": [{"id": "oli", "kind": "person", "names": ["Oli"]},
                   {"id": "dahal", "kind": "person", "names": ["Dahal"]}],
      "claims": {"heads_of_government": [{"person": "oli", "since": "2024-07-15"},
                                         {"person": "dahal", "since": "2022-12-26"}]}},
     "claims.heads_of_government", "list the heads in order"),
    ("head-of-government-without-a-day", {"claims": {"heads_of_government": [{"person": "oli"}]}},
     "claims.heads_of_government[0].since", "Field required"),
]


@pytest.mark.parametrize("raw, key, message", [c[1:] for c in BAD_CONFIGS],
                         ids=[c[0] for c in BAD_CONFIGS])
def test_bad_config_names_key_and_problem(raw: dict, key: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        config_from_dict(raw)
    problems = info.value.problems
    assert any(k == key and message in m for k, m in problems), problems


def test_config_is_frozen() -> None:
    config = config_from_dict({"sources": [FEED]})
    with pytest.raises(ValidationError):
        config.sources[0].url = "https://evil.example/"  # type: ignore[misc]
    assert isinstance(config.sources, tuple)


def test_relative_paths_resolve_against_config_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    cfg = tmp_path / "sub" / "config.toml"
    cfg.write_text('[storage]\nurl = "sqlite:///data/m.db"\n[baseline]\npath = "seeds/b.txt"\n')
    config = load_config(cfg)
    assert config.database_url == f"sqlite:///{tmp_path / 'sub' / 'data' / 'm.db'}"
    assert config.resolve(config.baseline.path) == tmp_path / "sub" / "seeds" / "b.txt"


@pytest.mark.parametrize("text, problem", [
    ("[storage\nurl=1", "not valid TOML"),
    (None, "config file not found"),
], ids=["broken-toml", "missing-file"])
def test_unreadable_config(tmp_path: Path, text: str | None, problem: str) -> None:
    path = tmp_path / "config.toml"
    if text is not None:
        path.write_text(text)
    with pytest.raises(ConfigError, match=problem):
        load_config(path)


def test_config_env_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "elsewhere.toml"
    path.write_text('[[sources]]\nname = "x"\nkind = "page"\nurl = "https://e.org/a"\n')
    monkeypatch.setenv("MONITOR_CONFIG", str(path))
    assert load_config().sources[0].name == "x"


def test_channel_names() -> None:
    config = config_from_dict({"alerts": {"channels": [
        {"kind": "log"}, {"kind": "email", "to": ["d@b.c"], "sender": "a@b.c"},
        {"kind": "email", "to": ["e@b.c"], "sender": "a@b.c"}]}})
    assert config.channel_names() == ["log", "email-1", "email-2"]


def test_shipped_config_watches_the_seed_story(project_root: Path) -> None:
    config = load_config(project_root / "config.toml")
    ids = {e.id for e in config.entities}
    assert {"india", "nda", "inc", "tmc", "jdu", "sp", "aap", "dmk", "rjd", "shs-ubt", "ncp-sp",
            "jmm", "cpim", "cpi", "bjp", "tdp"} <= ids
    assert {"mamata-banerjee", "rahul-gandhi", "mallikarjun-kharge", "nitish-kumar",
            "akhilesh-yadav", "derek-obrien", "revanth-reddy", "arvind-kejriwal"} <= ids
    persons = [e for e in config.entities if e.kind == "person"]
    assert persons and all(p.party in ids for p in persons)
    assert len([s for s in config.sources if s.kind in ("feed", "sitemap")]) >= 5
    assert config.baseline is not None
    assert config.resolve(config.baseline.path).is_file()
    assert isinstance(config, Config)
