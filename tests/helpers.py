"""Helpers for end-to-end tests: a config for the seed story on local sites."""

from __future__ import annotations

import datetime
import os
import re
import shutil
import threading
from collections.abc import Callable
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import quote

from storage.db import normalize_url

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("DATABASE_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL.startswith(("postgres", "postgresql")) else [])
SITES = ROOT / "tests" / "fixtures" / "sites"
SEED = ROOT / "seeds" / "000_5897c1cf81cc3206.txt"


def shipped() -> dict[str, Any]:
    return tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))


def story_config(db_url: str, sources: list[dict[str, Any]], **sections: Any) -> dict[str, Any]:
    """The shipped story (baseline, entities, places, claims, relevance) on the given local sources."""
    base = shipped()
    raw: dict[str, Any] = {
        "storage": {"url": db_url},
        "baseline": {"path": str(SEED), "name": "seed"},
        "fetch": {"per_host_delay": 0, "allow_private_addresses": True, "retries": 0,
                  "deadline": 10, "source_failure_alert_after": 2},
        "sources": sources,
        "entities": base["entities"],
        "places": base["places"],
        "claims": base["claims"],
        "relevance": base["relevance"],
        "alerts": {"channels": [{"kind": "log"}]},
    }
    for key, value in sections.items():
        raw[key] = raw[key] | value if isinstance(raw.get(key), dict) else value
    return raw


def to_toml(raw: dict[str, Any]) -> str:
    """Just enough TOML writing for test configs (tables, arrays of tables, scalars)."""
    lines: list[str] = []

    def scalar(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v)
        if isinstance(v, str):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if isinstance(v, (list, tuple)):
            return "[" + ", ".join(scalar(x) for x in v) + "]"
        if isinstance(v, datetime.date):
            return v.isoformat()        # a TOML local date
        raise TypeError(v)

    def toml_key(k: str) -> str:
        # a bare key, or a quoted one ("Bharat Jodo Nyay Yatra" = "inc")
        return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else scalar(k)

    def table(prefix: str, data: dict[str, Any], array: bool = False) -> None:
        simple = {k: v for k, v in data.items() if not _nested(v)}
        lines.append(f"[[{prefix}]]" if array else f"[{prefix}]")
        lines.extend(f"{toml_key(k)} = {scalar(v)}" for k, v in simple.items())
        for k, v in data.items():
            if isinstance(v, dict):
                table(f"{prefix}.{k}", v)
            elif _nested(v):
                for item in v:
                    table(f"{prefix}.{k}", item, array=True)

    for key, value in raw.items():
        if isinstance(value, dict):
            table(key, value)
        elif _nested(value):
            for item in value:
                table(key, item, array=True)
        else:
            lines.insert(0, f"{key} = {scalar(value)}")
    return "\n".join(lines) + "\n"


def _nested(value: Any) -> bool:
    return isinstance(value, dict) or (isinstance(value, (list, tuple)) and bool(value)
                                       and all(isinstance(x, dict) for x in value))


def copy_sites(tmp_path: Path) -> Path:
    """A private copy of the fixture sites, so a test can edit pages."""
    target = tmp_path / "sites"
    shutil.copytree(SITES, target)
    return target


def pg_schema_url(schema: str) -> str:
    """The DATABASE_URL server, with ``schema`` first on the search path."""
    base = normalize_url(PG_URL)
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}"


def run_in_threads(work: Callable[[int], None], count: int, *,
                   timeout: float = 120) -> list[BaseException]:
    """Run ``work(0) .. work(count - 1)`` at once in threads; what they raised."""
    errors: list[BaseException] = []

    def guarded(n: int) -> None:
        try:
            work(n)
        except BaseException as exc:  # noqa: BLE001 - returned for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=timeout)
    return errors
