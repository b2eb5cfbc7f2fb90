#!/bin/sh
# CI for the installed app (the end of .ci/run, after `make test`):
#   1. build dist/NetDesk with PyInstaller (`make bundle`), timing it;
#   2. run the frozen app's --self-test offscreen and under Xvfb (the real xcb platform);
#   3. check both PDFs with pdffonts/pdftotext and the bundle's contents and licences;
#   4. measure start-up, frozen against source, in this same run;
#   5. build the tarball (`make dist`), install it for a throw-away user, run the installed
#      copy's self-test, validate the installed desktop entry and AppStream data, uninstall.
# Prints the numbers for the release note; the Xvfb screenshots are dist/ci/main-window-xvfb*.png.
set -eu
cd "$(dirname "$0")/.."
PY=.venv/bin/python
APP=dist/NetDesk/NetDesk
OFFSCREEN=/tmp/netdesk-selftest-offscreen
XVFB=/tmp/netdesk-selftest-xvfb
rm -rf dist/ci "$OFFSCREEN" "$XVFB" "$XVFB-ar"

echo "== make bundle"
make bundle
mkdir -p dist/ci

echo "== frozen self-test, offscreen"
QT_QPA_PLATFORM=offscreen "$APP" --self-test "$OFFSCREEN"

echo "== frozen self-test, Xvfb"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --self-test "$XVFB"
grep -q '"platform_name": "xcb"' "$XVFB/selftest.json"
cp "$XVFB/main-window.png" dist/ci/main-window-xvfb.png
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --self-test "$XVFB-ar" --lang ar
cp "$XVFB-ar/main-window.png" dist/ci/main-window-xvfb-ar.png

echo "== PDF and bundle contents"
$PY packaging/check_bundle.py pdf "$OFFSCREEN/summary-ar.pdf"
$PY packaging/check_bundle.py pdf "$XVFB/summary-ar.pdf"
pdffonts "$XVFB/summary-ar.pdf"
$PY packaging/check_bundle.py contents dist/NetDesk
$PY packaging/check_bundle.py platform-libs dist/NetDesk

echo "== start-up, frozen against source (median of 3, same run)"
QT_QPA_PLATFORM=offscreen $PY packaging/measure_startup.py --runs 3 --out dist/ci/startup-offscreen.json
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
  $PY packaging/measure_startup.py --runs 3 --out dist/ci/startup-xvfb.json

echo "== tarball and per-user install"
make dist
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
tar -xzf dist/NetDesk-*-linux-*.tar.gz -C "$home"
HOME=$home XDG_DATA_HOME= "$home"/NetDesk-*/install.sh
desktop=$home/.local/share/applications/netdesk.desktop
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$desktop"; fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$home/.local/share/metainfo/io.netdesk.NetDesk.metainfo.xml"
fi
exec_path=$(sed -n 's/^Exec="\{0,1\}\([^"]*\)"\{0,1\} %F$/\1/p' "$desktop")
test -n "$exec_path"
HOME=$home QT_QPA_PLATFORM=offscreen "$exec_path" --self-test "$home/selftest" >/dev/null
HOME=$home XDG_DATA_HOME= "$home"/NetDesk-*/install.sh --uninstall
test ! -e "$exec_path"

echo "== summary"
$PY - <<'EOF'
import json
from pathlib import Path

info = json.loads(Path("dist/build-info.json").read_text())
print(f"bundle {info['target']}: {info['size_mib']} MiB, built in {info['build_seconds']} s")
for tar in sorted(Path("dist").glob("NetDesk-*.tar.gz")):
    print(f"tarball {tar}: {tar.stat().st_size / 2**20:.1f} MiB")
for name in ("offscreen", "xvfb"):
    data = json.loads(Path(f"dist/ci/startup-{name}.json").read_text())
    for app, median in data["median"].items():
        print(
            f"start-up {name:9} {app:6}: first paint {median['first_paint_s']} s, "
            f"to --screenshot exit {median['screenshot_exit_s']} s"
        )
print("screenshots of the frozen app under Xvfb: dist/ci/main-window-xvfb.png, -ar.png")
EOF
