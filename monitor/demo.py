"""``monitor demo``: the whole pipeline offline on the bundled sample sites."""

from __future__ import annotations

import asyncio
import logging
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import typer

from monitor.errors import ConfigError

log = logging.getLogger(__name__)

PROJECT = Path(__file__).resolve().parents[1]


def demo_root() -> Path:
    """The project folder holding ``seeds/`` and ``config.toml`` (checkout or cwd)."""
    for base in (PROJECT, Path.cwd()):
        if (base / "seeds" / "demo" / "sites").is_dir() and (base / "config.toml").is_file():
            return base
    raise ConfigError([("", "cannot find seeds/demo/sites and config.toml: run the demo "
                            "from the claimwatch checkout")])


def demo_config(root: Path, bases: dict[str, str], db_path: Path) -> dict[str, Any]:
    """The shipped config's story (baseline, entities, places, claims, relevance) on the local sites."""
    shipped = tomllib.loads((root / "config.toml").read_text(encoding="utf-8"))
    return {
        "storage": {"url": f"sqlite:///{db_path}"},
        "baseline": shipped["baseline"],
        "fetch": {"user_agent": "claimwatch-demo/0.1 (+https://example.org/contact)",
                  "per_host_delay": 0, "allow_private_addresses": True, "retries": 0},
        "sources": [{"name": f"demo-{key}", "kind": "feed", "url": f"{base}/feed.xml",
                     "every": "15m"} for key, base in sorted(bases.items())],
        "entities": shipped.get("entities", []),
        "places": shipped.get("places", []),
        "claims": shipped.get("claims", {}),
        "relevance": shipped.get("relevance", {}),
        "alerts": {"channels": [{"kind": "email", "name": "desk", "to": ["desk@example.org"],
                                 "sender": "claimwatch@example.org", "smtp_host": "127.0.0.1",
                                 "security": "none", "immediate": []}]},
    }


def run_demo(keep: Path | None = None) -> None:
    from monitor.alerts import render_digest
    from monitor.config import config_from_dict
    from monitor.pipeline import run_cycle
    from monitor.render import print_cycle, print_flags
    from monitor.sites import StaticSites
    from storage.db import Database
    from storage.flags import flag_views, query_flags

    root = demo_root()
    with tempfile.TemporaryDirectory(prefix="claimwatch-demo-") as tmp, \
            StaticSites(root / "seeds" / "demo" / "sites") as sites:
        db_path = (keep or Path(tmp) / "demo.db").resolve()
        config = config_from_dict(demo_config(root, sites.bases, db_path), root=root)
        db = Database(config.database_url)
        typer.echo(f"serving {len(sites.bases)} demo sites on 127.0.0.1; database {db_path}\n")
        report = asyncio.run(run_cycle(config, db, deliver=False))
        print_cycle(report)
        with db.reading() as session:
            views = flag_views(session, query_flags(session))
        typer.echo(f"\n== {len(views)} flags ==")
        print_flags(views)
        rendered = render_digest(db, config, "desk")
        typer.echo("\n== the digest the desk would get ==")
        typer.echo("nothing to report" if rendered is None else
                   f"Subject: {rendered.subject}\n\n{rendered.text}")
        db.dispose()
