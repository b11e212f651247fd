"""Mail outbox end to end: a real SMTP server on loopback, SQLite and (when reachable) PostgreSQL.

Time is never waited for: every run gets an explicit ``now``.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import socket
import ssl
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from central.jobs import mailer
from central.jobs.mailer import SendReport, retry_delay, send_due_mail
from central.mail import smtp as smtp_module
from central.mail.outbox import MailMessage, enqueue
from central.mail.smtp import SmtpSettings
from central.store.base import Base
from tests.databases import private_database

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
NOTHING = SendReport(sent=0, failed=0, retried=0)
SessionFactory = Callable[[], Session]


# --------------------------------------------------------------------------------------------
# A real SMTP server on loopback


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class RecordingHandler:
    """aiosmtpd handler: records accepted messages; can answer 451 instead."""

    received: list[Received] = field(default_factory=list)
    deliveries: Counter[str] = field(default_factory=Counter)  # DATA commands per recipient
    reject_first: set[str] = field(default_factory=set)  # 451 once for these recipients
    reject_all: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        rcpt = envelope.rcpt_tos[0]
        with self.lock:
            self.deliveries[rcpt] += 1
            if self.reject_all or rcpt in self.reject_first:
                self.reject_first.discard(rcpt)
                return "451 try later"
            message = BytesParser(policy=policy.default).parsebytes(envelope.content)
            assert isinstance(message, EmailMessage)
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 OK"

    def message_ids(self) -> Counter[str]:
        with self.lock:
            return Counter(str(r.message["Message-ID"]) for r in self.received)

    def recipients(self) -> Counter[str]:
        with self.lock:
            return Counter(r.rcpt_tos[0] for r in self.received)


def free_port() -> int:
    # aiosmtpd's Controller cannot listen on port 0, so ask the OS for a free port first.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LoopbackSmtp:
    def __init__(self) -> None:
        self.port = free_port()
        self.handler = RecordingHandler()
        self.controller: Controller | None = None

    def start(self, **smtp_kwargs: Any) -> None:
        assert self.controller is None
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **smtp_kwargs)
        self.controller.start()  # returns once the server answers: the only wait in this module

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def settings(self, **changes: Any) -> SmtpSettings:
        values: dict[str, Any] = {
            "host": "127.0.0.1",
            "port": self.port,
            "tls": "none",
            "user": None,
            "password": None,
            "mail_from": "Enquiry Desk <desk@enquiry-desk.test>",
        }
        values.update(changes)
        return SmtpSettings(**values)


@pytest.fixture
def smtp() -> Iterator[LoopbackSmtp]:
    server = LoopbackSmtp()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp_down() -> Iterator[LoopbackSmtp]:
    """A port with nobody listening; the test may start the server later."""
    server = LoopbackSmtp()
    yield server
    server.stop()


# --------------------------------------------------------------------------------------------
# Databases: SQLite file always, PostgreSQL when reachable (and always in CI)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a private database holding only the mail outbox table."""
    backend = "postgresql" if request.param == "postgres" else request.param
    with private_database(backend, tmp_path, "mail.db") as url:
        eng = create_engine(url)
        try:
            Base.metadata.create_all(eng, tables=[Base.metadata.tables[MailMessage.__tablename__]])
            yield eng
        finally:
            eng.dispose()


@pytest.fixture
def sessions(engine: Engine) -> SessionFactory:
    return sessionmaker(engine)


def enqueue_many(sessions: SessionFactory, count: int, *, now: datetime = T0, prefix: str = "p") -> list[str]:
    with sessions() as session, session.begin():
        return [
            enqueue(
                session,
                to_address=f"{prefix}{i}@example.test",
                to_name=f"Person {i}",
                subject=f"Enquiry E-2026-{i:04d} handed to you",
                body_text=f"Hello Person {i},\nplease take care of enquiry E-2026-{i:04d}.\n",
                kind="external_assignment",
                enquiry_id=f"E-2026-{i:04d}",
                now=now,
            )
            for i in range(count)
        ]


def rows(sessions: SessionFactory) -> dict[str, MailMessage]:
    with sessions() as session:
        result = {row.id: row for row in session.scalars(select(MailMessage))}
        session.expunge_all()
        return result


# --------------------------------------------------------------------------------------------
# (1) + (2): one run sends each message once, with a stable Message-ID; a second run nothing


def test_one_run_sends_every_message_exactly_once(sessions: SessionFactory, smtp: LoopbackSmtp) -> None:
    ids = enqueue_many(sessions, 20)

    report = send_due_mail(sessions, smtp.settings(), now=T0)

    assert report == SendReport(sent=20, failed=0, retried=0)
    assert len(smtp.handler.received) == 20
    assert smtp.handler.message_ids() == Counter({f"<{row_id}@enquiry-desk>": 1 for row_id in ids})
    stored = rows(sessions)
    for got in smtp.handler.received:
        message_id = str(got.message["Message-ID"])
        row_id = message_id.removeprefix("<").removesuffix("@enquiry-desk>")
        row = stored[row_id]
        assert got.rcpt_tos == [row.to_address]
        assert got.mail_from == "desk@enquiry-desk.test"
        assert got.message["To"].addresses[0].addr_spec == row.to_address
        assert got.message["To"].addresses[0].display_name == row.to_name
        assert got.message["Subject"] == row.subject
        assert got.message["Auto-Submitted"] == "auto-generated"
        assert got.message["Date"].datetime == row.created_at
        assert got.message.get_content().replace("\r\n", "\n") == row.body_text
    for row in stored.values():
        assert row.sent_at == T0
        assert (row.attempts, row.claimed_until, row.claim_token, row.failed_at) == (0, None, None, None)


def test_running_again_sends_nothing_more(sessions: SessionFactory, smtp: LoopbackSmtp) -> None:
    enqueue_many(sessions, 20)
    assert send_due_mail(sessions, smtp.settings(), now=T0).sent == 20

    assert send_due_mail(sessions, smtp.settings(), now=T0) == NOTHING
    assert send_due_mail(sessions, smtp.settings(), now=T0 + timedelta(days=30)) == NOTHING
    assert len(smtp.handler.received) == 20
    assert set(smtp.handler.recipients().values()) == {1}


def test_small_batches_drain_the_whole_queue(sessions: SessionFactory, smtp: LoopbackSmtp) -> None:
    ids = enqueue_many(sessions, 23)

    assert send_due_mail(sessions, smtp.settings(), now=T0, batch=5) == SendReport(sent=23)
    assert smtp.handler.message_ids() == Counter({f"<{row_id}@enquiry-desk>": 1 for row_id in ids})


def test_message_id_is_the_same_on_every_attempt(sessions: SessionFactory, smtp: LoopbackSmtp) -> None:
    [row_id] = enqueue_many(sessions, 1)
    row = rows(sessions)[row_id]
    first = mailer.build_email(smtp.settings(), row)
    again = mailer.build_email(smtp.settings(), row)
    assert first["Message-ID"] == again["Message-ID"] == row.message_id == f"<{row_id}@enquiry-desk>"
    assert first.as_bytes() == again.as_bytes()


# --------------------------------------------------------------------------------------------
# (3) temporary rejection, (4) server down


def test_temporary_rejection_is_retried_after_backoff(sessions: SessionFactory, smtp: LoopbackSmtp) -> None:
    ids = enqueue_many(sessions, 10)
    rejected = {f"p{i}@example.test" for i in range(0, 10, 2)}
    smtp.handler.reject_first = set(rejected)

    assert send_due_mail(sessions, smtp.settings(), now=T0) == SendReport(sent=5, retried=5)

    stored = rows(sessions)
    for row in stored.values():
        if row.to_address in rejected:
            assert row.sent_at is None
            assert row.attempts == 1
            assert row.last_error is not None and "451" in row.last_error
            assert row.next_attempt_at == T0 + timedelta(minutes=1)
            assert (row.claimed_until, row.claim_token, row.failed_at) == (None, None, None)
        else:
            assert (row.sent_at, row.attempts, row.last_error) == (T0, 0, None)

    # Not yet due: the backoff holds.
    assert send_due_mail(sessions, smtp.settings(), now=T0 + timedelta(seconds=59)) == NOTHING

    later = T0 + timedelta(minutes=1)
    assert send_due_mail(sessions, smtp.settings(), now=later) == SendReport(sent=5)
    assert send_due_mail(sessions, smtp.settings(), now=later + timedelta(hours=2)) == NOTHING

    assert smtp.handler.recipients() == Counter({f"p{i}@example.test": 1 for i in range(10)})
    assert smtp.handler.message_ids() == Counter({f"<{row_id}@enquiry-desk>": 1 for row_id in ids})
    assert {a: n for a, n in smtp.handler.deliveries.items() if n == 2} == dict.fromkeys(rejected, 2)
    for row in rows(sessions).values():
        assert row.sent_at == (later if row.to_address in rejected else T0)
        assert row.last_error is None


def test_server_down_keeps_messages_until_it_is_back(
    sessions: SessionFactory, smtp_down: LoopbackSmtp
) -> None:
    ids = enqueue_many(sessions, 3)

    assert send_due_mail(sessions, smtp_down.settings(), now=T0) == SendReport(retried=3)
    for row in rows(sessions).values():
        assert row.sent_at is None
        assert row.attempts == 1
        assert row.last_error is not None and "refused" in row.last_error.lower()
        assert row.next_attempt_at == T0 + timedelta(minutes=1)

    # Still down at the next due time: second attempt, doubled backoff.
    assert send_due_mail(sessions, smtp_down.settings(), now=T0 + timedelta(minutes=1)) == SendReport(
        retried=3
    )
    assert {row.attempts for row in rows(sessions).values()} == {2}
    assert {row.next_attempt_at for row in rows(sessions).values()} == {T0 + timedelta(minutes=3)}

    smtp_down.start()
    assert send_due_mail(sessions, smtp_down.settings(), now=T0 + timedelta(minutes=2)) == NOTHING
    assert send_due_mail(sessions, smtp_down.settings(), now=T0 + timedelta(minutes=3)) == SendReport(sent=3)
    assert send_due_mail(sessions, smtp_down.settings(), now=T0 + timedelta(hours=5)) == NOTHING

    assert smtp_down.handler.message_ids() == Counter({f"<{row_id}@enquiry-desk>": 1 for row_id in ids})
    assert {row.sent_at for row in rows(sessions).values()} == {T0 + timedelta(minutes=3)}


# --------------------------------------------------------------------------------------------
# (5) several senders at once


def test_concurrent_senders_deliver_each_message_once(sessions: SessionFactory, smtp: LoopbackSmtp) -> None:
    ids = enqueue_many(sessions, 120)
    senders = 4
    barrier = threading.Barrier(senders)
    reports: list[SendReport] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            barrier.wait(timeout=30)
            reports.append(send_due_mail(sessions, smtp.settings(), now=T0, batch=5))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(senders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not errors
    assert len(reports) == senders
    assert sum(r.sent for r in reports) == 120
    assert sum(r.retried + r.failed for r in reports) == 0
    assert smtp.handler.message_ids() == Counter({f"<{row_id}@enquiry-desk>": 1 for row_id in ids})
    assert send_due_mail(sessions, smtp.settings(), now=T0 + timedelta(hours=1)) == NOTHING
    assert all(row.sent_at == T0 for row in rows(sessions).values())


# --------------------------------------------------------------------------------------------
# (6) giving up


def test_gives_up_after_max_attempts(sessions: SessionFactory, smtp: LoopbackSmtp) -> None:
    enqueue_many(sessions, 2)
    smtp.handler.reject_all = True

    assert send_due_mail(sessions, smtp.settings(), now=T0, max_attempts=3) == SendReport(retried=2)
    second = T0 + timedelta(minutes=1)
    assert send_due_mail(sessions, smtp.settings(), now=second, max_attempts=3) == SendReport(retried=2)
    third = second + timedelta(minutes=2)
    assert send_due_mail(sessions, smtp.settings(), now=third, max_attempts=3) == SendReport(failed=2)

    for row in rows(sessions).values():
        assert (row.failed_at, row.attempts, row.sent_at, row.claimed_until) == (third, 3, None, None)
        assert row.last_error is not None and "451" in row.last_error

    smtp.handler.reject_all = False  # even a healthy server gets no further try
    for later in (third + timedelta(hours=1), third + timedelta(days=30)):
        assert send_due_mail(sessions, smtp.settings(), now=later, max_attempts=3) == NOTHING
    assert smtp.handler.deliveries == Counter({"p0@example.test": 3, "p1@example.test": 3})
    assert smtp.handler.received == []


def test_retry_delay_doubles_up_to_one_hour() -> None:
    assert [retry_delay(n) for n in range(1, 9)] == [
        timedelta(minutes=m) for m in (1, 2, 4, 8, 16, 32, 60, 60)
    ]
    assert retry_delay(10_000) == timedelta(hours=1)


# --------------------------------------------------------------------------------------------
# (7) the transactional outbox guarantee


def test_enqueue_in_rolled_back_transaction_is_never_sent(
    sessions: SessionFactory, smtp: LoopbackSmtp
) -> None:
    with sessions() as session, pytest.raises(RuntimeError), session.begin():
        enqueue(
            session,
            to_address="external@example.test",
            to_name="External",
            subject="Enquiry handed to you",
            body_text="...",
            kind="external_assignment",
            enquiry_id="E-1",
            now=T0,
        )
        session.flush()  # the row really reached the database inside the transaction
        raise RuntimeError("the business change was refused")
    with sessions() as session:
        session.begin()
        enqueue(
            session,
            to_address="other@example.test",
            to_name="",
            subject="s",
            body_text="b",
            kind="external_assignment",
            now=T0,
        )
        session.flush()
        session.rollback()

    for now in (T0, T0 + timedelta(days=1)):
        assert send_due_mail(sessions, smtp.settings(), now=now) == NOTHING
    assert smtp.handler.received == []
    assert smtp.handler.deliveries == Counter()
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(MailMessage)) == 0


def test_enqueue_only_adds_to_the_callers_session(sessions: SessionFactory, smtp: LoopbackSmtp) -> None:
    with sessions() as session, session.begin():
        row_id = enqueue(
            session,
            to_address="external@example.test",
            to_name="",
            subject="s",
            body_text="b",
            kind="external_assignment",
            now=T0,
        )
        assert row_id in {obj.id for obj in session.new if isinstance(obj, MailMessage)}
        # Not visible to anybody else (not even a sender) before the caller commits.
        assert send_due_mail(sessions, smtp.settings(), now=T0) == NOTHING
    assert send_due_mail(sessions, smtp.settings(), now=T0) == SendReport(sent=1)
    assert smtp.handler.message_ids() == Counter({f"<{row_id}@enquiry-desk>": 1})
    assert smtp.handler.received[0].message["To"] == "external@example.test"


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"to_address": "no-at-sign"}, "to_address"),
        ({"to_address": "a@b.test\r\nBcc: x@evil.test"}, "to_address"),
        ({"to_address": "A <a@b.test>"}, "to_address"),
        ({"subject": "hi\nBcc: x@evil.test"}, "subject"),
        ({"to_name": "Eve\r\n"}, "to_name"),
        ({"now": datetime(2026, 3, 2, 8, 0)}, "timezone"),
        ({"kind": ""}, "kind"),
    ],
)
def test_enqueue_refuses_what_could_never_be_sent(changes: dict[str, Any], problem: str) -> None:
    values: dict[str, Any] = {
        "to_address": "a@b.test",
        "to_name": "A",
        "subject": "s",
        "body_text": "b",
        "kind": "external_assignment",
        "now": T0,
    }
    values.update(changes)
    session = Session()
    with pytest.raises(ValueError, match=problem):
        enqueue(session, **values)
    assert not session.new


# --------------------------------------------------------------------------------------------
# Crashes: an abandoned claim, and the one documented duplicate window


def test_claim_of_a_crashed_sender_is_taken_over_after_it_expires(
    sessions: SessionFactory, smtp: LoopbackSmtp
) -> None:
    ids = enqueue_many(sessions, 3)
    _token, seen, claimed = mailer._claim(sessions, now=T0, batch=50)  # ... and then the process dies
    assert (seen, len(claimed)) == (3, 3)

    assert send_due_mail(sessions, smtp.settings(), now=T0 + timedelta(minutes=4)) == NOTHING
    assert send_due_mail(sessions, smtp.settings(), now=T0 + mailer.CLAIM_FOR) == NOTHING
    taken_over = T0 + mailer.CLAIM_FOR + timedelta(seconds=1)
    assert send_due_mail(sessions, smtp.settings(), now=taken_over) == SendReport(sent=3)
    assert smtp.handler.message_ids() == Counter({f"<{row_id}@enquiry-desk>": 1 for row_id in ids})


def test_crash_after_smtp_accept_resends_with_the_same_message_id(
    sessions: SessionFactory, smtp: LoopbackSmtp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window written down in central.jobs.mailer: delivered, but not recorded as sent."""
    [row_id] = enqueue_many(sessions, 1)

    def database_gone(*args: Any, **kwargs: Any) -> None:
        raise OperationalError("UPDATE mail_outbox", {}, Exception("server closed the connection"))

    with monkeypatch.context() as patch:
        patch.setattr(mailer, "_mark_sent", database_gone)
        with pytest.raises(OperationalError):
            send_due_mail(sessions, smtp.settings(), now=T0)
    assert rows(sessions)[row_id].sent_at is None
    assert len(smtp.handler.received) == 1

    assert send_due_mail(sessions, smtp.settings(), now=T0 + timedelta(minutes=1)) == NOTHING  # claim holds
    resend_at = T0 + mailer.CLAIM_FOR + timedelta(seconds=1)
    assert send_due_mail(sessions, smtp.settings(), now=resend_at) == SendReport(sent=1)

    # Two copies, but one Message-ID (and Date): a de-duplicating receiver shows it once.
    assert smtp.handler.message_ids() == Counter({f"<{row_id}@enquiry-desk>": 2})
    first, second = (r.message for r in smtp.handler.received)
    assert first["Date"] == second["Date"]
    assert rows(sessions)[row_id].sent_at == resend_at


def test_run_out_of_time_releases_the_rest_of_the_batch(
    sessions: SessionFactory, smtp: LoopbackSmtp, monkeypatch: pytest.MonkeyPatch
) -> None:
    enqueue_many(sessions, 4)
    clock = iter([0.0, 1.0, 1.0 + mailer.SEND_BUDGET_SECONDS + 1])  # claim, 1st send, 2nd send
    monkeypatch.setattr(mailer, "monotonic", lambda: next(clock))

    assert send_due_mail(sessions, smtp.settings(), now=T0) == SendReport(sent=1)
    waiting = [row for row in rows(sessions).values() if row.sent_at is None]
    assert len(waiting) == 3
    assert all((r.claimed_until, r.claim_token, r.attempts) == (None, None, 0) for r in waiting)

    monkeypatch.undo()
    assert send_due_mail(sessions, smtp.settings(), now=T0) == SendReport(sent=3)
    assert set(smtp.handler.recipients().values()) == {1}


# --------------------------------------------------------------------------------------------
# SMTP transport: login and TLS against the loopback server


def _authenticator(expected: tuple[bytes, bytes]) -> Callable[..., AuthResult]:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == expected
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 235/535

    return check


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_login_when_a_user_is_configured(engine: Engine, smtp_down: LoopbackSmtp) -> None:
    sessions = sessionmaker(engine)
    smtp_down.start(
        authenticator=_authenticator((b"desk", b"s3cret")),
        auth_require_tls=False,
        auth_required=True,
    )
    enqueue_many(sessions, 1)

    wrong = smtp_down.settings(user="desk", password="wrong")
    assert send_due_mail(sessions, wrong, now=T0) == SendReport(retried=1)
    [row] = rows(sessions).values()
    assert row.last_error is not None and row.last_error.startswith("SMTPAuthenticationError")

    right = smtp_down.settings(user="desk", password="s3cret")
    assert send_due_mail(sessions, right, now=T0 + timedelta(minutes=1)) == SendReport(sent=1)
    assert len(smtp_down.handler.received) == 1


@dataclass
class Certificate:
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert_file))


@pytest.fixture
def certificate(tmp_path: Path) -> Certificate:
    pytest.importorskip("cryptography", reason="cryptography is needed to make a test certificate")
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(dt.datetime.now(UTC) - timedelta(days=1))
        .not_valid_after(dt.datetime.now(UTC) + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    result = Certificate(tmp_path / "cert.pem", tmp_path / "key.pem")
    result.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    result.key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return result


def _one_message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "desk@enquiry-desk.test"
    msg["To"] = "someone@example.test"
    msg["Subject"] = "tls"
    msg.set_content("over TLS")
    return msg


def test_starttls_verifies_the_certificate(
    smtp_down: LoopbackSmtp, certificate: Certificate, monkeypatch: pytest.MonkeyPatch
) -> None:
    smtp_down.start(tls_context=certificate.server_context(), require_starttls=True)
    settings = smtp_down.settings(tls="starttls")

    with pytest.raises(ssl.SSLCertVerificationError):  # self-signed: not in the system trust store
        smtp_module.send_message(settings, _one_message())
    assert smtp_down.handler.received == []

    monkeypatch.setattr(smtp_module, "_tls_context", certificate.client_context)
    smtp_module.send_message(settings, _one_message())
    assert [r.message["Subject"] for r in smtp_down.handler.received] == ["tls"]


def test_implicit_tls(
    smtp_down: LoopbackSmtp, certificate: Certificate, monkeypatch: pytest.MonkeyPatch
) -> None:
    smtp_down.start(ssl_context=certificate.server_context())
    monkeypatch.setattr(smtp_module, "_tls_context", certificate.client_context)
    smtp_module.send_message(smtp_down.settings(tls="ssl"), _one_message())
    assert len(smtp_down.handler.received) == 1


def test_plain_server_refuses_when_starttls_is_required(smtp: LoopbackSmtp) -> None:
    with pytest.raises(smtplib.SMTPNotSupportedError):
        smtp_module.send_message(smtp.settings(tls="starttls"), _one_message())


# --------------------------------------------------------------------------------------------
# Settings


def test_settings_from_env() -> None:
    settings = SmtpSettings.from_env(
        {
            "SMTP_HOST": "mail.example.com",
            "SMTP_PORT": "2525",
            "SMTP_TLS": "SSL",
            "SMTP_USER": "desk",
            "SMTP_PASSWORD": "s3cret",
            "MAIL_FROM": "Enquiry Desk <desk@example.com>",
        }
    )
    assert settings == SmtpSettings(
        "mail.example.com", 2525, "ssl", "desk", "s3cret", "Enquiry Desk <desk@example.com>"
    )
    assert "s3cret" not in repr(settings)


def test_settings_defaults() -> None:
    assert SmtpSettings.from_env({}) == SmtpSettings(
        "localhost", 587, "starttls", None, None, "enquiry-desk@localhost"
    )
    assert SmtpSettings.from_env({"SMTP_TLS": "none"}).port == 25
    assert SmtpSettings.from_env({"SMTP_TLS": "ssl"}).port == 465


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({"SMTP_TLS": "tls"}, "SMTP_TLS"),
        ({"SMTP_PORT": "smtp"}, "SMTP_PORT"),
        ({"SMTP_PORT": "70000"}, "port"),
        ({"MAIL_FROM": "nobody"}, "MAIL_FROM"),
    ],
)
def test_settings_refuse_invalid_values(env: dict[str, str], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        SmtpSettings.from_env(env)
