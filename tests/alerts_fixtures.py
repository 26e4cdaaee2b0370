"""Fixtures and helpers shared by the ``test_alerts_*`` modules.

``db`` runs a test on a SQLite file and, when ``DATABASE_URL`` names a
PostgreSQL server, on a fresh schema there too. Flags are inserted as rows
(``Flag`` + ``FlagSource``) and enqueued in the same unit of work, the way the
pipeline does it.
"""

from __future__ import annotations

import itertools
import os
import shutil
import ssl
import subprocess
import uuid
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from monitor.alerts import enqueue_flag
from monitor.config import Config, config_from_dict
from smtpserver import SmtpServer
from storage.db import Database
from storage.models import Flag, FlagSource, Outbox

ENTITIES = [
    {"id": "india", "kind": "alliance", "display": "INDIA bloc", "names": ["INDIA bloc"]},
    {"id": "jdu", "kind": "party", "display": "JD(U)", "names": ["JD(U)"]},
    {"id": "inc", "kind": "party", "display": "Congress", "names": ["Congress"]},
]
_keys = itertools.count(1)


def pg_url_with_schema(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


def _pg_database() -> Iterator[Database]:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        pytest.skip("PostgreSQL outbox tests need DATABASE_URL=postgresql://... (not set)")
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://", 1)
    schema = f"t_alerts_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    db = Database(pg_url_with_schema(plain, schema))
    try:
        yield db
    finally:
        db.dispose()
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The outbox's database: a SQLite file, and PostgreSQL when DATABASE_URL is set."""
    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'alerts.db'}")
        try:
            yield database
        finally:
            database.dispose()
    else:
        yield from _pg_database()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'alerts.db'}")
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (made with the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=120)
    return cert, key


def server_tls_context(tls_files: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(tls_files[0]), str(tls_files[1]))
    return context


def email_channel(server: SmtpServer | None = None, **overrides: Any) -> dict[str, Any]:
    channel: dict[str, Any] = {
        "kind": "email", "to": ["desk@example.org"], "sender": "claimwatch@example.org",
        "smtp_host": "127.0.0.1", "smtp_port": server.port if server else 1,
        "security": "none", "timeout": "10s",
    }
    channel.update(overrides)
    return channel


def make_config(*channels: dict[str, Any], max_attempts: int = 8) -> Config:
    return config_from_dict({"entities": ENTITIES,
                             "alerts": {"channels": list(channels),
                                        "max_attempts": max_attempts}})


def add_flag(db: Database, config: Config | None, kind: str = "new", *,
             subject: str | None = "jdu", claim: str = "JD(U) is a member of the INDIA bloc",
             evidence: str = "The JD(U) remains part of the INDIA bloc, its leaders said.",
             baseline: str | None = "The alliance includes the TMC, Congress, JDU and SP.",
             url: str = "https://news.example.org/a/1",
             sources: Sequence[str] = ()) -> int:
    """Insert a flag (and its sources) and, given a config, enqueue it in the same unit."""
    with db.unit_of_work() as session:
        flag = Flag(key=f"k{next(_keys)}-{uuid.uuid4().hex[:8]}", kind=kind, subject=subject,
                    relation="member_of", entities=[subject] if subject else [], claim=claim,
                    evidence=evidence, baseline=baseline, url=url)
        session.add(flag)
        session.flush()
        for i, src in enumerate([url, *sources]):
            session.add(FlagSource(flag_id=flag.id, url=src, evidence=evidence,
                                   seen_at=datetime.now(timezone.utc) + timedelta(seconds=i)))
        if config is not None:
            enqueue_flag(session, config, flag)
        return flag.id


def outbox_rows(db: Database, channel: str | None = None) -> list[Outbox]:
    with db.reading() as session:
        stmt = select(Outbox).order_by(Outbox.id)
        if channel is not None:
            stmt = stmt.where(Outbox.channel == channel)
        rows = list(session.scalars(stmt))
        session.expunge_all()  # keep the loaded values after the session closes
        return rows


def later(seconds: float) -> datetime:
    return datetime.now(timezone.utc) + timedelta(seconds=seconds)
