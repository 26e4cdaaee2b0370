"""The command line: contract commands, JSON shapes, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import app
from monitor.sites import StaticSites
from tests.helpers import ROOT, copy_sites, story_config, to_toml

runner = CliRunner()
FLAG_KEYS = {"id", "kind", "subject", "entities", "relation", "claim", "evidence", "baseline",
             "url", "sources", "published", "first_seen"}


@pytest.fixture
def local_config(tmp_path: Path) -> Iterator[Path]:
    with StaticSites(copy_sites(tmp_path)) as sites:
        raw = story_config(f"sqlite:///{tmp_path / 'cli.db'}", [
            {"name": "wire", "kind": "feed", "url": f"{sites.bases['wire']}/feed.xml"}])
        path = tmp_path / "config.toml"
        path.write_text(to_toml(raw))
        yield path


def invoke(config: Path, *args: str) -> tuple[int, str]:
    """Exit code and standard output; errors (stderr) are appended for failing calls."""
    result = runner.invoke(app, ["--config", str(config), *args])
    out = result.stdout if result.exit_code == 0 else result.output
    return result.exit_code, out


def test_fetch_then_flags_json_in_contract_shape(local_config: Path) -> None:
    code, out = invoke(local_config, "fetch")
    assert code == 0, out
    assert "wire:" in out
    code, out = invoke(local_config, "flags", "--json")
    assert code == 0
    flags = json.loads(out)
    assert flags and all(FLAG_KEYS <= set(f) for f in flags)
    assert all(f["kind"] in {"new", "changed", "contradicted", "confirmed", "revised"}
               for f in flags)
    assert any(f["subject"] == "jdu" for f in flags)
    typed = [f for f in flags if f["kind"] != "revised"]
    assert typed and all(0 < f["confidence"] <= 0.99 and f["why"]["modality"] and f["status"] == "open"
                         and isinstance(f["hedged"], bool) for f in typed)
    code, out = invoke(local_config, "flags", "--json", "--kind", "contradicted")
    assert {f["kind"] for f in json.loads(out)} == {"contradicted"}
    code, out = invoke(local_config, "flags", "--json", "--since", "2999-01-01")
    assert json.loads(out) == []


def test_fetch_json_report_and_status(local_config: Path) -> None:
    code, out = invoke(local_config, "fetch", "--json")
    assert code == 0, out
    report = json.loads(out)
    assert report["sources"][0]["name"] == "wire" and report["sources"][0]["new"] == 2
    code, out = invoke(local_config, "status", "--json")
    assert code == 0, out
    status = json.loads(out)
    [wire] = status["sources"]
    assert wire["health"] == "ok" and wire["last_checked"] and wire["next_due"]
    assert status["articles"] == 2 and status["outbox"]


def test_claims_of_baseline_and_article(local_config: Path) -> None:
    invoke(local_config, "fetch")
    code, out = invoke(local_config, "claims", "--baseline", "--json")
    assert code == 0, out
    members = {(c["subject"], c["relation"], c["object"]) for c in json.loads(out)}
    assert {("tmc", "member", "india"), ("inc", "member", "india"),
            ("jdu", "member", "india"), ("sp", "member", "india")} <= members
    code, out = invoke(local_config, "baseline", "show")
    assert code == 0 and "JD(U)" in out


@pytest.mark.parametrize("args", [["fetch"], ["flags"], ["status"], ["claims"]],
                         ids=lambda a: a[0])
def test_bad_config_exits_2_naming_the_key(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[[sources]]\nname = "x"\nkind = "feed"\nurl = "https://e.org/f"\n'
                    'every = "sometimes"\n')
    code, out = invoke(path, *args)
    assert code == 2
    assert "sources[0].every" in out


def test_unknown_source_exits_2(local_config: Path) -> None:
    code, out = invoke(local_config, "fetch", "--source", "nope")
    assert code == 2 and "nope" in out


def test_extract_file_json(tmp_path: Path) -> None:
    page = ROOT / "tests" / "fixtures" / "sites" / "wire" / "politics" / "jdu-quits.html"
    code, out = invoke(tmp_path / "absent.toml", "extract", str(page), "--json")
    assert code == 0, out
    doc = json.loads(out)
    assert doc["title"].startswith("JD(U) quits INDIA bloc")
    assert "Nitish Kumar resigned" in doc["text"] and "Most read" not in doc["text"]


def test_help_lists_contract_commands() -> None:
    out = subprocess.run([sys.executable, "-m", "monitor", "--help"], capture_output=True,
                         text=True, check=True).stdout
    for command in ("fetch", "run", "flags", "claims", "digest", "status", "extract", "demo"):
        assert command in out


def test_demo_runs_offline_and_names_seed_entities() -> None:
    proc = subprocess.run([sys.executable, "-m", "monitor", "demo"], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "flags ==" in out and "digest" in out
    for kind in ("contradicted", "changed", "new", "confirmed"):
        assert f"[{kind}]" in out, kind
    assert any(name in out for name in ("TMC", "JD(U)", "Congress", "SP"))


def test_accept_flag_into_baseline(local_config: Path) -> None:
    invoke(local_config, "fetch")
    code, out = invoke(local_config, "flags", "--json", "--kind", "contradicted")
    exit_flag = next(f for f in json.loads(out) if f["subject"] == "jdu"
                     and f["relation"] == "member" and "india" in f["entities"])
    code, out = invoke(local_config, "baseline", "accept", str(exit_flag["id"]))
    assert code == 0, out
    # Marked as accepted wherever flags are listed.
    code, out = invoke(local_config, "flags")
    assert f"#{exit_flag['id']} [contradicted]" in out
    line = next(x for x in out.splitlines() if x.startswith(f"#{exit_flag['id']} "))
    assert line.endswith("(accepted into the baseline)")
    code, out = invoke(local_config, "flags", "--json")
    accepted = next(f for f in json.loads(out) if f["id"] == exit_flag["id"])
    assert accepted["accepted"] is True and accepted["status"] == "accepted"
    assert {f["status"] for f in json.loads(out) if f["id"] != exit_flag["id"]} == {"open"}
    # The exit replaced the membership, and stays so when the baseline file is
    # read again (by `baseline show` and by every later fetch).
    for command in (("baseline", "show", "--json"), ("fetch",), ("baseline", "show", "--json")):
        code, out = invoke(local_config, *command)
        assert code == 0, out
    jdu_india = [c for c in json.loads(out)
                 if (c["subject"], c["relation"], c["object"]) == ("jdu", "member", "india")]
    assert [c["polarity"] for c in jdu_india] == [False]
    code, out = invoke(local_config, "baseline", "accept", "999999")
    assert code == 1 and "999999" in out


def test_baseline_show_before_any_fetch(local_config: Path) -> None:
    code, out = invoke(local_config, "baseline", "show", "--json")
    assert code == 0, out
    facts = {(c["subject"], c["relation"], c["object"]) for c in json.loads(out)}
    assert ("jdu", "member", "india") in facts
    # Claims quote the sentence as published, never a masked working copy.
    assert all("  " not in c["sentence"] and " ," not in c["sentence"] for c in json.loads(out))


def test_replace_baseline(local_config: Path, tmp_path: Path) -> None:
    seed = tmp_path / "new-seed.txt"
    seed.write_text("date 2024-01-29\nThe JD(U) has quit the INDIA bloc and returned to the "
                    "NDA, ahead of the Lok Sabha elections, Nitish Kumar said.\n")
    code, out = invoke(local_config, "baseline", "replace", str(seed))
    assert code == 0, out
    code, out = invoke(local_config, "claims", "--baseline", "--json")
    facts = {(c["subject"], c["relation"], c["object"], c["polarity"]) for c in json.loads(out)}
    assert ("jdu", "member", "india", False) in facts
    assert ("tmc", "member", "india", True) not in facts
