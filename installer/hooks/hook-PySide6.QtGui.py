"""PyInstaller's own QtGui hook, less the Qt plugins the client does not load
(installer/bundle_filter.py), so that what only those plugins link is not collected either."""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bundle_filter import wanted

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in binaries if wanted(f"{folder}/{Path(source).name}")]
datas = [(source, folder) for source, folder in datas if wanted(f"{folder}/{Path(source).name}")]
