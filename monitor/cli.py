"""The ``monitor`` command line (typer). Heavy modules load inside each command."""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone
from pathlib import Path
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Optional, TypeVar

import typer

from monitor.errors import ConfigError, MonitorError

if TYPE_CHECKING:
    from monitor.config import Config
    from storage.db import Database

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="claimwatch: watch a developing story, flag new, changed and "
                       "contradicted claims against a baseline.")
baseline_app = typer.Typer(no_args_is_help=True, help="Show, replace or extend the baseline.")
app.add_typer(baseline_app, name="baseline")

T = TypeVar("T")
EXIT_CONFIG = 2
EXIT_ERROR = 1


class State:
    config_path: Optional[str] = None
    log_format: str = "text"


state = State()


@app.callback()
def _global(
    config: Optional[str] = typer.Option(None, "--config", "-c", envvar="MONITOR_CONFIG",
                                         help="Config file (default: ./config.toml)."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only warnings and errors."),
    log_format: str = typer.Option("text", "--log-format", help="text or json (JSON lines)."),
) -> None:
    from monitor.logs import setup_logging

    if log_format not in ("text", "json"):
        raise typer.BadParameter("--log-format must be text or json")
    state.config_path = config
    state.log_format = log_format
    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO)
    setup_logging(level, log_format)  # type: ignore[arg-type]


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run``, imported on use: asyncio is ~35 ms of ``monitor --help``."""
    import asyncio

    return asyncio.run(coro)


def load() -> Config:
    """The validated config, or exit 2 naming the bad key."""
    from monitor.config import load_config

    from monitor.claims.lexicon import load_lexicon

    try:
        config = load_config(state.config_path)
        # The lexicon is part of the config: a bad one stops every command before any work.
        load_lexicon(config.resolve(config.claims.lexicon) if config.claims.lexicon else None)
        return config
    except ConfigError as exc:
        typer.echo(f"error: bad config: {exc}", err=True)
        raise typer.Exit(EXIT_CONFIG) from None


def open_db(config: Config) -> Database:
    from storage.db import Database

    try:
        return Database(config.database_url)
    except MonitorError as exc:
        fail(str(exc))


def fail(message: str, code: int = EXIT_ERROR) -> Any:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


@app.command()
def fetch(
    source: Optional[str] = typer.Option(None, "--source", "-s", help="Only this source."),
    recheck: bool = typer.Option(False, "--recheck",
                                 help="Also re-fetch every stored article now."),
    as_json: bool = typer.Option(False, "--json", help="Print the cycle report as JSON."),
) -> None:
    """Run one cycle over all (or one) sources. Exit 0 even if some sources failed."""
    from monitor.pipeline import run_cycle
    from monitor.render import CycleProgress, print_cycle

    config = load()
    if source is not None and source not in {s.name for s in config.sources}:
        typer.echo(f"error: bad config: sources: no source named {source!r}", err=True)
        raise typer.Exit(EXIT_CONFIG)
    db = open_db(config)
    show = sys.stderr.isatty() and not as_json
    try:
        with CycleProgress(enabled=show) as progress:
            report = run_async(run_cycle(config, db, source=source, recheck=recheck,
                                         progress=progress))
    except MonitorError as exc:
        fail(str(exc))
    finally:
        db.dispose()
    emit_json(report.to_dict()) if as_json else print_cycle(report)


@app.command()
def run() -> None:
    """The daemon: every source on its schedule, digests, outbox delivery, re-checks."""
    from monitor.daemon import run_daemon

    config = load()
    try:
        code = run_daemon(config, state.config_path)
    except MonitorError as exc:
        fail(str(exc))
    raise typer.Exit(code)


@app.command()
def flags(
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    kind: Optional[str] = typer.Option(None, "--kind", "-k",
                                       help="new, changed, contradicted, confirmed or revised."),
    since: Optional[str] = typer.Option(None, "--since", help="Only flags first seen since "
                                        "this date (YYYY-MM-DD or ISO time)."),
) -> None:
    """What was flagged."""
    from monitor.render import print_flags
    from monitor.types import FlagKind
    from storage.flags import flag_views, query_flags

    if kind is not None and kind not in {k.value for k in FlagKind}:
        fail(f"--kind must be one of {', '.join(k.value for k in FlagKind)}", EXIT_CONFIG)
    config = load()
    db = open_db(config)
    with db.reading() as session:
        views = flag_views(session, query_flags(session, kind=kind, since=_since(since)))
    db.dispose()
    emit_json(views) if as_json else print_flags(views)


@app.command()
def claims(
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    url: Optional[str] = typer.Option(None, "--url", help="Claims of this article."),
    baseline: bool = typer.Option(False, "--baseline", help="The baseline's claims."),
    typed_only: bool = typer.Option(False, "--typed", help="Only claims with a relation."),
) -> None:
    """Stored claims (of one article, of the baseline, or all)."""
    from monitor.baseline_store import refresh_now
    from monitor.render import print_claims
    from storage.queries import claim_views

    config = load()
    db = open_db(config)
    name = config.baseline.name if config.baseline else "baseline"
    try:
        if baseline:
            run_async(refresh_now(config, db))
        with db.reading() as session:
            views = claim_views(session, url=url, baseline=name if baseline else None,
                                typed_only=typed_only)
    except (LookupError, MonitorError) as exc:
        fail(str(exc))
    finally:
        db.dispose()
    emit_json(views) if as_json else print_claims(views)


@app.command()
def digest(
    print_: bool = typer.Option(False, "--print", help="Render the pending digest."),
    send: bool = typer.Option(False, "--send", help="Send the pending digest now."),
    channel: Optional[str] = typer.Option(None, "--channel", help="Only this channel."),
    html: bool = typer.Option(False, "--html", help="With --print: the HTML part."),
) -> None:
    """Render (--print, the default) or send (--send) the pending digest."""
    from monitor.alerts import render_digest, send_digests

    config = load()
    db = open_db(config)
    try:
        if send:
            report = run_async(send_digests(db, config, channel=channel, force=True))
            typer.echo(f"digest: sent {report.sent}, retried {report.retried}, "
                       f"failed {report.failed}")
            for err in report.errors:
                typer.echo(f"  {err}", err=True)
        else:
            rendered = render_digest(db, config, channel)
            typer.echo("nothing to report" if rendered is None else
                       (rendered.html if html else f"Subject: {rendered.subject}\n\n{rendered.text}"))
    except MonitorError as exc:
        fail(str(exc))
    finally:
        db.dispose()


@app.command()
def status(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Sources (last/next check, errors), outbox backlog, counts."""
    from monitor.render import print_status
    from storage.queries import status_view

    config = load()
    db = open_db(config)
    try:
        view = status_view(db, config)
    finally:
        db.dispose()
    emit_json(view) if as_json else print_status(view)


@app.command()
def extract(
    target: str = typer.Argument(..., help="An HTML file or an http(s) URL."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Extract one page (title, dates, authors, text) for debugging."""
    from monitor.extract import extract as run_extract
    from monitor.fetch_one import fetch_bytes

    try:
        body, url, charset = run_async(fetch_bytes(target, state.config_path))
        doc = run_extract(body, url, charset=charset)
    except ConfigError as exc:
        fail(f"bad config: {exc}", EXIT_CONFIG)
    except (MonitorError, OSError) as exc:
        fail(str(exc))
    if as_json:
        emit_json(doc.to_dict())
        return
    typer.echo(f"title:     {doc.title}\npublished: {doc.published}\nauthors:   "
               f"{', '.join(doc.authors)}\ncanonical: {doc.canonical_url}\n")
    typer.echo(doc.text)


@app.command()
def demo(
    keep: Optional[Path] = typer.Option(None, "--keep", help="Keep the demo database here."),
) -> None:
    """The whole pipeline offline, on bundled sample sites served on 127.0.0.1."""
    from monitor.demo import run_demo

    try:
        run_demo(keep)
    except MonitorError as exc:
        fail(str(exc))


@baseline_app.command("show")
def baseline_show(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List the baseline's claims."""
    claims(as_json=as_json, url=None, baseline=True, typed_only=False)


@baseline_app.command("replace")
def baseline_replace(
    target: str = typer.Argument(..., help="Seed file, HTML file or URL of the new baseline."),
) -> None:
    """Replace the baseline now (claims re-derived; accepted flags kept)."""
    from monitor.baseline_store import replace_now

    config = load()
    db = open_db(config)
    try:
        count = run_async(replace_now(config, db, target))
    except MonitorError as exc:
        fail(str(exc))
    finally:
        db.dispose()
    typer.echo(f"baseline replaced from {target}: {count} claims")


@baseline_app.command("accept")
def baseline_accept(flag_id: int = typer.Argument(..., help="The flag's id.")) -> None:
    """Accept a flag's fact into the baseline, so it is no longer news."""
    from storage.baselines import accept_flag

    config = load()
    db = open_db(config)
    name = config.baseline.name if config.baseline else "baseline"
    try:
        with db.unit_of_work() as session:
            claim, dropped = accept_flag(session, name, flag_id)
    except LookupError as exc:
        fail(str(exc))
    finally:
        db.dispose()
    typer.echo(f"accepted into the baseline: {claim.text}")
    if dropped:
        typer.echo(f"{dropped} alert{'s' if dropped != 1 else ''} not yet sent dropped")


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        fail(f"--since: not a date: {value!r} (use YYYY-MM-DD)", EXIT_CONFIG)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
