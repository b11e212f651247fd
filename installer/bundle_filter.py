"""Which Qt plugins and translations the bundle keeps (installer/enquiry-desk.spec and
installer/hooks/hook-PySide6.QtGui.py): what the client loads on Linux, Windows and macOS.

A plugin left out here also leaves out what it alone links: the PDF image plugin brings QtPdf,
the virtual keyboard QtQuick and QtQml, the GTK theme the GTK/cairo/pango stack, Wayland its
client libraries.
"""

from __future__ import annotations

from pathlib import PurePath

# Per plugin folder the plugins kept (by name: libqxcb.so, qwindows.dll, libqcocoa.dylib -> "xcb",
# "windows", "cocoa"); a folder not named here is kept whole (styles: the native looks of Windows
# and macOS; iconengines: the SVG icon engine; accessiblebridge; platforms/darwin).
KEEP_PLUGINS = {
    # offscreen: --screenshot and CI; minimal: headless use; xcb (X11, and XWayland on a Wayland
    # desktop), windows and cocoa: the desktops. eglfs, linuxfb, vnc, Wayland: left out.
    "platforms": {"xcb", "offscreen", "minimal", "windows", "cocoa"},
    # svg: the app icon; jpeg: photos in the PDF export (PNG is built into QtGui).
    "imageformats": {"svg", "jpeg"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "platformthemes": {"xdgdesktopportal"},
}
DROP_PLUGINS = {
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "tls",
    "sqldrivers",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
}
LANGUAGES = ("de", "it", "en")
# Python's codecs for Chinese, Japanese and Korean encodings (0.9 MB): the client and the demo
# server only read and write UTF-8 (JSON, SQLite, the e-mails the server builds) and ASCII, and
# Qt decodes a pasted page in such an encoding with ICU's converters, which stay. Without them
# "x".encode("shift_jis") raises LookupError (unknown encoding), as for any encoding Python lacks.
PYTHON_CJK_CODECS = (
    "_codecs_cn.",
    "_codecs_hk.",
    "_codecs_iso2022.",
    "_codecs_jp.",
    "_codecs_kr.",
    "_codecs_tw.",
    "_multibytecodec.",
)
# Windows: Qt's software OpenGL and Direct3D shader compiler serve QML/Quick, not widgets.
DROP_FILES = {"opengl32sw.dll", "d3dcompiler_47.dll"}
# Linux: the desktop's own libraries, which the PySide6 wheels do not carry either (Qt's pip
# install takes them from the system: scripts/system-deps.sh lists their Debian packages). A copy
# from the build machine would only shadow the target's own (fontconfig, GLib, D-Bus and X11 must
# match the running desktop) and add ~10 MB. Kept: what Python itself and the Python packages
# link (OpenSSL, SQLite, libffi, libstdc++), and the X11 utility libraries that desktops often lack
# (xcb-cursor, -icccm, -image, -keysyms, -render-util, -util).
LINUX_SYSTEM_LIBS = (
    "libX11.so",
    "libX11-xcb.so",
    "libXau.so",
    "libXdmcp.so",
    "libXext.so",
    "libXrender.so",
    "libxcb-glx.so",
    "libxcb-randr.so",
    "libxcb-render.so",
    "libxcb-shape.so",
    "libxcb-shm.so",
    "libxcb-sync.so",
    "libxcb-xfixes.so",
    "libxcb-xkb.so",
    "libxkbcommon.so",
    "libxkbcommon-x11.so",
    "libfontconfig.so",
    "libfreetype.so",
    "libpng16.so",
    "libexpat.so",
    "libbrotlicommon.so",
    "libbrotlidec.so",
    "libz.so",
    "libbz2.so",
    "liblzma.so",
    "liblz4.so",
    "libzstd.so",
    "libglib-2.0.so",
    "libgobject-2.0.so",
    "libgio-2.0.so",
    "libgmodule-2.0.so",
    "libgthread-2.0.so",
    "libpcre2-8.so",
    "libdbus-1.so",
    "libsystemd.so",
    "libgcrypt.so",
    "libgpg-error.so",
    "libcap.so",
    "libbsd.so",
    "libmd.so",
    "libuuid.so",
    "libmount.so",
    "libblkid.so",
    "libselinux.so",
)


def plugin_of(dest: str) -> tuple[str, str] | None:
    """(folder, plugin name) of a Qt plugin's place in the bundle, e.g. ("platforms", "xcb")."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) < at + 3:
        return None
    folder = parts[at + 1]
    stem = parts[-1].split(".")[0].removeprefix("lib")
    if folder != "platforminputcontexts" and stem.startswith("q"):
        stem = stem[1:]
    return folder, stem


def wanted(dest: str, *, linux: bool = False) -> bool:
    """Whether the file bundled at `dest` (a TOC entry's destination) stays."""
    dest = dest.replace("\\", "/")
    name = PurePath(dest).name
    if name.lower() in DROP_FILES or name.startswith(PYTHON_CJK_CODECS):
        return False
    if linux and "/" not in dest and name.startswith(LINUX_SYSTEM_LIBS):
        return False
    if name == "RECORD" and PurePath(dest).parent.name.endswith(".dist-info"):
        return False  # the wheel's list of installed files: not what the bundle holds
    if PurePath(dest).parent.name == "sboms" and ".dist-info/" in dest:
        # The wheels' software bills of materials (platformdirs' alone 0.5 MB): importlib.metadata
        # and the About dialog read METADATA and the licence files, which stay; nothing reads these.
        return False
    found = plugin_of(dest)
    if found is not None:
        folder, name = found
        if folder in DROP_PLUGINS:
            return False
        return name in KEEP_PLUGINS[folder] if folder in KEEP_PLUGINS else True
    if dest.endswith(".qm") and "PySide6" in dest and "/translations/" in dest:
        return any(dest.endswith(f"_{lang}.qm") for lang in LANGUAGES)
    return True
