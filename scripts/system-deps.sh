#!/usr/bin/env bash
# Install the Debian packages Enquiry Desk needs (Qt's runtime libraries, fonts, Xvfb for
# screenshots). Skips what is already there; uses sudo when not root. Safe to run repeatedly.
set -euo pipefail
packages=(python3-venv libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
          libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0 fonts-dejavu-core xvfb xauth
          binutils)  # binutils: PyInstaller (objdump) and the bundle's ICU data (as, ld, readelf)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Please install these packages with your system's package manager: ${missing[*]}" >&2
  exit 0
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing Debian packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
