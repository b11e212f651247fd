"""The bundled client's entry point (installer/enquiry-desk.spec): `enquiry-desk` without Python."""

from __future__ import annotations

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
