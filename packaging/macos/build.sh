#!/bin/sh
# Build NetDesk.app for macOS: translations, the PyInstaller bundle (with Info.plist and
# netdesk.icns, from packaging/netdesk.spec and packaging/app_meta.py), its self-test, and a
# compressed disk image dist/NetDesk-<version>-macos-<arch>.dmg.
#
#   packaging/macos/build.sh        (from a checkout where `make test` has created .venv)
#
# Signing and notarisation are not done here: without them Gatekeeper asks the user to
# open the app with right-click > Open the first time.
set -eu
cd "$(dirname "$0")/../.."
make translations
.venv/bin/python -m pip install --quiet -e '.[bundle]'
.venv/bin/python packaging/build_bundle.py
app=dist/NetDesk.app
plutil -lint "$app/Contents/Info.plist"
"$app/Contents/MacOS/NetDesk" --self-test "${TMPDIR:-/tmp}/netdesk-selftest"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' netdesk/__init__.py)
dmg="dist/NetDesk-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -volname NetDesk -srcfolder "$app" -ov -format UDZO "$dmg"
echo "$dmg"
