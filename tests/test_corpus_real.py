"""The real-text corpora are well formed: every annotation can be scored.

A fact naming an entity, place, relation or modality the story does not know, or an
evidence sentence the text does not contain, would count as a miss the engine cannot
avoid (or hide one): the benches would measure the annotation, not the engine.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from monitor.claims.lexicon import load_lexicon
from monitor.claims.schema import MODALITIES
from monitor.config import Config, load_config

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "tests" / "corpus-real"
#: Each story's folder and its config (the INDIA bloc's is the project's own).
STORIES = {"india": ROOT / "config.toml", "nepal": CORPORA / "nepal" / "config.toml",
           "netherlands": CORPORA / "netherlands" / "config.toml"}
KINDS = {"new", "changed", "contradicted", "confirmed"}
FACT_KEYS = {"subject", "relation", "object", "value", "place", "polarity", "modality"}
ARTICLES = sorted((story, path) for story in STORIES for path in (CORPORA / story / "articles").glob("*.json"))


@cache
def _config(story: str) -> Config:
    return load_config(STORIES[story])


@cache
def _relations() -> frozenset[str]:
    return frozenset(load_lexicon().data.relations)


def test_every_story_has_articles() -> None:
    assert {story for story, _path in ARTICLES} == set(STORIES)


@pytest.mark.parametrize("story,path", ARTICLES, ids=[f"{s}/{p.name}" for s, p in ARTICLES])
def test_article_is_well_formed(story: str, path: Path) -> None:
    article: dict[str, Any] = json.loads(path.read_text("utf-8"))
    assert article["text"].strip() and article.get("published")
    config = _config(story)
    entities = {e.id for e in config.entities}
    places = {p.id for p in config.places}
    if article.get("relevant", True) is False:
        assert not article.get("facts"), "an article about something else has no facts"
        return
    for fact in article["facts"]:
        where = f"{path.name}: {fact.get('evidence', '')[:60]!r}"
        assert FACT_KEYS <= fact.keys(), where
        assert fact["subject"] in entities, where
        assert fact["object"] in ("", *entities), where
        assert fact["place"] in ("", *places), where
        assert fact["relation"] in _relations(), where
        assert fact["modality"] in MODALITIES, where
        assert isinstance(fact["polarity"], bool), where
        assert fact["evidence"] in article["text"], where
        if fact.get("must_tell"):
            assert fact.get("kind") in KINDS, where
    for trap in article.get("traps", []):
        assert trap["subject"] in entities and trap["relation"] in _relations(), f"{path.name}: trap {trap}"
