"""`enquiry-desk`: the desktop client.

enquiry-desk                       sign in to the configured server and open the window
enquiry-desk --demo [--as LOGIN]   embedded demo server with the demo data, signed in (default anna)
enquiry-desk --screenshot FILE     render the main window after the first sync and exit
enquiry-desk --server URL --as LOGIN   sign in without the dialog (password: ENQUIRY_DESK_PASSWORD)
enquiry-desk --automation FILE     run FILE's `drive(window)` in the app once the window is shown
enquiry-desk sync --server URL --login LOGIN [--data-dir DIR]   headless sync (see sync_cli)
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    from desktop import sync_cli

    parser = argparse.ArgumentParser(prog="enquiry-desk", description="Enquiry Desk desktop client")
    parser.add_argument(
        "--demo", action="store_true", help="start the embedded demo server with the demo data"
    )
    parser.add_argument(
        "--as", dest="login", default="anna@hq.example", help="demo login (default: anna@hq.example)"
    )
    parser.add_argument(
        "--screenshot", metavar="FILE", help="render the main window after the first sync and exit"
    )
    parser.add_argument("--lang", choices=("en", "de", "it"), help="language for this run")
    parser.add_argument(
        "--server", metavar="URL", help="sign in to URL as --as, the password from ENQUIRY_DESK_PASSWORD"
    )
    parser.add_argument(
        "--automation",
        metavar="FILE",
        help="a Python file whose drive(window) runs in the app once the window is shown (scripted checks)",
    )
    parser.add_argument("--enquiries", type=int, default=300, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    sync_cli.add_parser(sub)
    args = parser.parse_args(argv)
    if args.command == "sync":
        return int(args.run(args))
    from desktop.views.app import run

    return run(
        demo=args.demo,
        login=args.login,
        screenshot=args.screenshot,
        language=args.lang,
        enquiries=args.enquiries,
        server=args.server,
        automation=args.automation,
    )


if __name__ == "__main__":
    sys.exit(main())
