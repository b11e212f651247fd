#!/usr/bin/env bash
# The macOS disk image: dist/Enquiry Desk.app -> dist/enquiry-desk-<version>-macos-<arch>.dmg
#
#   python installer/build.py          # the .app (signed by PyInstaller when MACOS_SIGNING_IDENTITY is set)
#   installer/macos/make-dmg.sh
#
# The image holds the app and a link to /Applications (drag to install). Signing and
# notarisation run only when their secrets are there, and are skipped with a note otherwise:
#   MACOS_SIGNING_IDENTITY   "Developer ID Application: ... (TEAMID)", in the keychain; the .app is
#                            then signed by PyInstaller (installer/enquiry-desk.spec), the image here
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   an app-specific password: notarise and staple
set -euo pipefail
cd "$(dirname "$0")/../.."

APP="dist/Enquiry Desk.app"
PY="${PYTHON:-.venv/bin/python}"
VERSION="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
DMG="dist/enquiry-desk-$VERSION-macos-$(uname -m).dmg"

[ -d "$APP" ] || { echo "no $APP: run python installer/build.py first" >&2; exit 1; }
plutil -lint "$APP/Contents/Info.plist"
shown="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
[ "$shown" = "$VERSION" ] || { echo "Info.plist says $shown, pyproject.toml $VERSION" >&2; exit 1; }

if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "MACOS_SIGNING_IDENTITY not set: the app and the image stay unsigned (Gatekeeper will warn)"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$APP" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
hdiutil create -volname "Enquiry Desk $VERSION" -srcfolder "$staging" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$DMG"

if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  codesign --sign "$MACOS_SIGNING_IDENTITY" --timestamp "$DMG"
  if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
  else
    echo "APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not set: signed, not notarised"
  fi
fi
hdiutil verify "$DMG"
echo "$DMG: $(du -h "$DMG" | cut -f1)"
