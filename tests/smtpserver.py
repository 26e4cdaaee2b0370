"""A real SMTP server (aiosmtpd) on 127.0.0.1 for the alert tests.

Behaviours are switchable while it runs: accept, scripted replies to DATA
(``451`` then accept, ``550``), refuse some recipients, go down and come back
up on the same port, require AUTH, offer STARTTLS or speak implicit TLS.
Everything it receives (and every DATA it refused) is kept for assertions.
"""

from __future__ import annotations

import socket
import ssl
import threading
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=default_policy)  # type: ignore[return-value]


@dataclass
class Handler:
    """The server's behaviour and memory; shared across down/up restarts."""

    replies: list[str] = field(default_factory=list)  # consumed one per DATA; then accept
    refuse: set[str] = field(default_factory=set)
    refuse_reply: str = "550 5.1.1 <{}>: no such user"
    messages: list[Received] = field(default_factory=list)
    rejected: list[Received] = field(default_factory=list)
    data_commands: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return self.refuse_reply.format(address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        login = getattr(session, "auth_data", None)
        got = Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content),
                       login.decode() if isinstance(login, bytes) else login)
        with self.lock:
            self.data_commands += 1
            reply = self.replies.pop(0) if self.replies else "250 2.0.0 accepted"
            (self.messages if reply.startswith("2") else self.rejected).append(got)
        return reply


class Authenticator:
    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password
        self.logins: list[str] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode()
        ok = login == self.user and auth_data.password.decode() == self.password
        if ok:
            self.logins.append(login)
        return AuthResult(success=ok, handled=False, auth_data=login if ok else None)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class SmtpServer:
    def __init__(self, *, auth: tuple[str, str] | None = None,
                 starttls: ssl.SSLContext | None = None,
                 implicit_tls: ssl.SSLContext | None = None) -> None:
        self.handler = Handler()
        self.host = HOST
        self.port = free_port()
        self.authenticator = Authenticator(*auth) if auth else None
        self._starttls = starttls
        self._implicit_tls = implicit_tls
        self._controller: Controller | None = None

    # --- lifecycle -------------------------------------------------------------------
    def start(self) -> "SmtpServer":
        kwargs: dict[str, Any] = {"ready_timeout": 30.0}
        if self.authenticator is not None:
            kwargs.update(authenticator=self.authenticator, auth_required=True,
                          auth_require_tls=False)
        if self._starttls is not None:
            kwargs.update(tls_context=self._starttls, require_starttls=True)
        if self._implicit_tls is not None:
            kwargs.update(ssl_context=self._implicit_tls)
        self._controller = Controller(self.handler, hostname=self.host, port=self.port,
                                      **kwargs)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    down = stop

    def up(self) -> None:
        if self._controller is None:
            self.start()

    # --- behaviours and memory -------------------------------------------------------
    def reply_next(self, *replies: str) -> None:
        """Answer the next DATA commands with these replies, then accept again."""
        with self.handler.lock:
            self.handler.replies.extend(replies)

    def refuse(self, *addresses: str) -> None:
        self.handler.refuse.update(addresses)

    @property
    def messages(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.messages)

    @property
    def rejected(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.rejected)

    @property
    def data_commands(self) -> int:
        with self.handler.lock:
            return self.handler.data_commands
