"""`enquiry-desk sync`: sign in, sync once, say what changed and what is still waiting.

For scripts and for field staff about to go offline. Exit status 0 when everything the server
could take was sent and the cache is current, 1 on any failure (with a sentence saying why).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from pathlib import Path

from desktop.models.cache import cache_path
from desktop.sync import credentials
from desktop.sync.session import open_session
from desktop.sync.transport import Offline, Rejected, SignedOut, TransportError

PASSWORD_ENV = "ENQUIRY_DESK_PASSWORD"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", help="sign in, sync once and report (no window)")
    p.add_argument("--server", required=True, help="server address, e.g. https://desk.example.com")
    p.add_argument("--login", required=True, help="your login (e-mail address)")
    p.add_argument("--data-dir", type=Path, default=None, help="where the local cache lives")
    p.add_argument("--remember", action="store_true", help="keep the sign-in in the system keyring")
    p.add_argument(
        "--allow-insecure-keyring",
        action="store_true",
        help="with --remember: also store it in an unencrypted keyring",
    )
    p.set_defaults(run=run)


def _password(args: argparse.Namespace) -> str | None:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if credentials.load(args.server, args.login):
        return None  # use the stored sign-in
    if not sys.stdin.isatty():
        raise SystemExit(f"enquiry-desk sync: no password: set {PASSWORD_ENV} or run it in a terminal.")
    return getpass.getpass(f"Password for {args.login}: ")


def _remember(args: argparse.Namespace) -> bool:
    if not args.remember:
        return False
    state = credentials.status()
    if state.secure or (state.available and args.allow_insecure_keyring):
        return True
    print(f"Note: {state.message}", file=sys.stderr)
    if state.available:
        print("The sign-in was not stored; add --allow-insecure-keyring to store it anyway.", file=sys.stderr)
    return False


def _kept(args: argparse.Namespace, password: str | None) -> str:
    """' N change(s) are kept ...' when the cache holds unsent changes (read only; never creates it)."""
    from desktop.models.cache import open_reader
    from desktop.sync.cache_unlock import existing_key

    path = cache_path(args.server, args.login, args.data_dir)
    if not path.exists():
        return ""
    reader = open_reader(path, existing_key(path, password))
    if reader is None:
        return ""
    with contextlib.closing(reader):
        pending = int(reader.execute("SELECT count(*) FROM outbox").fetchone()[0])
    return f" {pending} change(s) are kept on this computer and will be sent later." if pending else ""


def run(args: argparse.Namespace) -> int:
    password = _password(args)
    try:
        session = open_session(
            args.server, args.login, password, data_dir=args.data_dir, remember=_remember(args)
        )
    except SignedOut as exc:
        if not exc.wipes:  # no stored sign-in, or a cache locked with the password: nothing removed
            print(f"Sign in again: {exc}", file=sys.stderr)
            return 1
        print(
            f"Signed out: {exc} The local data of this sign-in was removed from this computer.",
            file=sys.stderr,
        )
        return 1
    except Offline as exc:
        print(f"Cannot sign in: {exc}{_kept(args, password)}", file=sys.stderr)
        return 1
    except Rejected as exc:
        print(f"Sign-in refused: {exc}{_kept(args, password)}", file=sys.stderr)
        return 1
    try:
        before = session.sync.pending_count()
        report = session.sync.sync_once(
            lambda n, more: print(f"  received {n} changes...", file=sys.stderr) if more else None
        )
    except SignedOut as exc:
        if not exc.wipes:  # no usable sign-in on this run: ask again, keep every edit
            print(f"Sign in again: {exc}{_kept(args, password)}", file=sys.stderr)
            return 1
        session.signed_out()
        print(
            f"Signed out: {exc} The local data of this sign-in was removed from this computer.",
            file=sys.stderr,
        )
        return 1
    except TransportError as exc:
        pending = session.sync.pending_count()
        print(
            f"Sync failed: {exc} {pending} change(s) are kept on this computer and will be sent later.",
            file=sys.stderr,
        )
        return 1
    finally:
        session.close()
    print(
        f"Synced with {args.server} as {args.login}: sent {report.pushed} change(s) of {before} waiting, "
        f"received {report.pulled} update(s) and {report.deleted} removal(s)."
    )
    if report.refused:
        print(f"The server refused {report.refused} change(s); the app shows why.")
    print(f"Still waiting to be sent: {report.pending}.")
    return 0 if report.pending == 0 else 1
