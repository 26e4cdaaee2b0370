"""Human-readable output of the CLI (rich on a terminal, plain text otherwise)."""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from monitor.pipeline import CycleReport


def _quote(text: str | None, width: int = 300) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return "“" + (text if len(text) <= width else text[: width - 1] + "…") + "”"


def _source_count(view: dict[str, Any]) -> str:
    count, hedged = len(view["sources"]), len(view.get("hedged_sources") or {})
    if count <= 1:
        return ""
    return f"  ({count} sources" + (f", {hedged} only as likely or as reported)" if hedged
                                    else ")")


_STATUS_NOTES = {"accepted": " (accepted into the baseline)",
                 "withdrawn": " (withdrawn: no source states it any more)"}


def print_flags(views: Sequence[dict[str, Any]]) -> None:
    if not views:
        typer.echo("no flags")
        return
    for view in views:
        status = _STATUS_NOTES.get(str(view.get("status")), "")
        typer.echo(f"#{view['id']} [{view['kind']}] {view['claim']}{_source_count(view)}{status}")
        if view["evidence"]:
            typer.echo(f"    {_quote(view['evidence'])}")
        if view["baseline"]:
            typer.echo(f"    baseline: {_quote(view['baseline'])}")
        if view.get("previous"):
            earlier = view["previous"]
            verb = "changes" if view["kind"] == "changed" else "contradicts"
            typer.echo(f"    {verb} #{earlier['id']}: {earlier['claim']}")
        typer.echo(f"    {view['url']}")


def print_claims(views: Sequence[dict[str, Any]]) -> None:
    if not views:
        typer.echo("no claims")
        return
    for view in views:
        label = view["claim"] or "(no typed relation)"
        hedge = f" [{view['hedge']}]" if view.get("hedge") else ""
        typer.echo(f"- {label}{hedge}\n    {_quote(view['sentence'])}")


def print_cycle(report: CycleReport) -> None:
    for src in [*report.sources, report.rechecked]:
        if src.name == "recheck" and not (src.found or src.revised or src.unchanged
                                          or src.errors):
            continue
        state = "FAILED" if src.failed else "ok"
        typer.echo(f"{src.name}: {state}, {src.found} links, {src.new} new, {src.revised} "
                   f"revised, {src.flags} flags, {len(src.errors)} errors ({src.seconds:.1f}s)")
        for err in src.errors[:5]:
            typer.echo(f"    {err}")
        if len(src.errors) > 5:
            typer.echo(f"    … and {len(src.errors) - 5} more")
    typer.echo(f"cycle: {report.articles} articles stored, {report.flags} flags, "
               f"{report.delivered} alerts delivered in {report.seconds:.1f}s")


def print_status(view: dict[str, Any]) -> None:
    typer.echo(f"database: {view['database']}")
    typer.echo(f"articles: {view['articles']}  flags: {view['flags']}  "
               f"baseline claims: {view['baseline_claims']}")
    typer.echo("sources:")
    for src in view["sources"]:
        err = f"  last error: {src['last_error']}" if src["last_error"] else ""
        typer.echo(f"  {src['name']:<32} {src['health']:<8} last {src['last_checked'] or '-'}"
                   f"  next {src['next_due'] or '-'}  failures {src['consecutive_failures']}{err}")
    typer.echo("outbox:")
    for ch in view["outbox"]:
        last = f"  last failure: {ch['last_error']} at {ch['last_error_at']}" \
            if ch.get("last_error") else ""
        typer.echo(f"  {ch['channel']:<16} pending {ch['pending']}  digest {ch['digest_pending']}"
                   f"  failed {ch['failed']}  sent {ch['sent']}{last}")


class CycleProgress:
    """A rich progress bar for ``monitor fetch`` on a terminal; silent otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._progress: Any = None
        self._tasks: dict[str, Any] = {}

    def __enter__(self) -> "CycleProgress":
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self._progress = Progress(TextColumn("{task.description:<32}"), BarColumn(),
                                      MofNCompleteColumn(), transient=True)
            self._progress.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()

    def __call__(self, event: str, data: dict[str, Any]) -> None:
        if self._progress is None:
            return
        name = data.get("source", "")
        if event == "source-links":
            self._tasks[name] = self._progress.add_task(name, total=data["total"] or 1)
            if not data["total"]:
                self._progress.update(self._tasks[name], completed=1)
        elif event == "article-done" and name in self._tasks:
            self._progress.advance(self._tasks[name])
