"""Run the server's jobs (deadline expiry, offer reminders, notification digests and retention, mail
outbox, head office's per-day report figures) on a schedule inside every server process.

Several processes may run it at once: every job claims its rows with `SKIP LOCKED`, so the
schedule needs no leader election. `run_once` is what `enquiry-server run-jobs --now` calls.
Reminders and digests run before the mail job, so their mails leave in the same run.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import datetime

from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from central.clock import now_of
from central.config import Settings
from central.jobs.deadlines import ExpiryReport, expire_due_offers
from central.jobs.digests import send_digests
from central.jobs.mailer import SendReport, send_due_mail
from central.jobs.notification_retention import prune_old_notifications
from central.jobs.reminders import send_offer_reminders
from central.jobs.report_days import refresh_report_days
from central.jobs.retention import erase_expired
from central.mail.smtp import SmtpSettings
from central.store.admin_companies import forward_inactive_offers

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobsReport:
    expiry: ExpiryReport
    mail: SendReport
    reminders: int = 0  # offer rounds reminded
    digests: int = 0  # digest mails queued
    erased: int = 0  # enquiries whose personal data the retention period erased
    report_days: int = 0  # days of head office's report figures made again (report_cube)


def smtp_settings(settings: Settings) -> SmtpSettings:
    return SmtpSettings(
        host=settings.smtp_host,
        port=settings.smtp_port,
        tls=settings.smtp_tls,  # type: ignore[arg-type]
        user=settings.smtp_user,
        password=settings.smtp_password,
        mail_from=settings.mail_from,
    )


def run_once(factory: sessionmaker[Session], settings: Settings, *, now: datetime) -> JobsReport:
    expiry = expire_due_offers(factory, now=now)
    forward_inactive_offers(factory, now=now)  # offers a deactivation left behind (crash, race)
    reminders = send_offer_reminders(factory, now=now)
    digests = send_digests(factory, now=now)
    prune_old_notifications(factory, now=now)
    erased = erase_expired(factory, now=now, days=settings.retention_days)
    mail = send_due_mail(factory, smtp_settings(settings), now=now)
    report_days = refresh_report_days(factory)  # last: the jobs before it change facts too
    return JobsReport(expiry, mail, reminders, digests, erased, report_days)


@asynccontextmanager
async def jobs_hook(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    if not settings.jobs_enabled:
        yield
        return

    async def loop() -> None:
        while True:
            try:
                await asyncio.to_thread(run_once, app.state.session_factory, settings, now=now_of(app)())
            except Exception:  # a failing job must not stop the schedule; it is logged and retried
                log.exception("scheduled jobs failed")
            await asyncio.sleep(settings.jobs_interval_seconds)

    task = asyncio.create_task(loop())
    try:
        yield
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
