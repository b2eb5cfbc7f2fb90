"""Build the PyInstaller bundle and the Linux tarball; report build time and size.

    python packaging/build_bundle.py                 # dist/NetDesk/ (make bundle)
    NETDESK_ONEFILE=1 python packaging/build_bundle.py   # dist/onefile/NetDesk[.exe]
    python packaging/build_bundle.py --tarball-only  # dist/NetDesk-<version>-linux-<arch>.tar.gz

Writes ``dist/build-info.json`` (version, seconds, bytes) for CI notes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from app_meta import APP_ID, APP_NAME, DESKTOP_FILE, ROOT, read_version

DIST = ROOT / "dist"
LINUX_FILES = ("install.sh", DESKTOP_FILE, f"{APP_ID}.metainfo.xml")


def tree_size(path: Path) -> int:
    """Bytes of every regular file under ``path`` (symlinks not followed)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(onefile: bool) -> dict[str, object]:
    distpath = DIST / "onefile" if onefile else DIST
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(distpath),
        "--workpath",
        str(ROOT / "build" / ("pyinstaller-onefile" if onefile else "pyinstaller")),
        str(ROOT / "packaging" / "netdesk.spec"),
    ]
    env = {**os.environ, "NETDESK_ONEFILE": "1" if onefile else "0"}
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    seconds = time.monotonic() - started
    exe = ".exe" if sys.platform == "win32" else ""
    if sys.platform == "darwin":
        target = distpath / f"{APP_NAME}.app"
    elif onefile:
        target = distpath / f"{APP_NAME}{exe}"
    else:
        target = distpath / APP_NAME
    if not target.exists():
        raise SystemExit(f"PyInstaller did not produce {target}")
    size = tree_size(target)
    info: dict[str, object] = {
        "version": read_version(),
        "target": str(target.relative_to(ROOT)),
        "onefile": onefile,
        "build_seconds": round(seconds, 1),
        "size_bytes": size,
        "size_mib": round(size / 2**20, 1),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.machine()}",
    }
    DIST.mkdir(exist_ok=True)
    (DIST / ("build-info-onefile.json" if onefile else "build-info.json")).write_text(
        json.dumps(info, indent=2) + "\n"
    )
    print(f"built {info['target']} in {seconds:.0f} s: {info['size_mib']} MiB")
    return info


def tarball() -> Path:
    """dist/NetDesk-<version>-linux-<arch>.tar.gz: the bundle, install.sh, desktop files, icons."""
    bundle = DIST / APP_NAME
    if not (bundle / APP_NAME).is_file():
        raise SystemExit(f"{bundle} is missing: run `make bundle` first")
    icons = ROOT / "build" / "icons" / "hicolor"
    if not icons.is_dir():
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "make_icons.py")],
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.DEVNULL,
        )
    version = read_version()
    top = f"{APP_NAME}-{version}"
    target = DIST / f"{APP_NAME}-{version}-linux-{platform.machine()}.tar.gz"
    temp = target.with_name(target.name + ".part")

    def anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(temp, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{top}/{APP_NAME}", filter=anonymous)
        for name in LINUX_FILES:
            path = ROOT / "packaging" / "linux" / name
            tar.add(path, arcname=f"{top}/{name}", filter=anonymous)
        tar.add(icons, arcname=f"{top}/icons/hicolor", filter=anonymous)
    temp.replace(target)
    print(f"wrote {target.relative_to(ROOT)}: {target.stat().st_size / 2**20:.1f} MiB")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", action="store_true", help="also write the Linux tarball")
    parser.add_argument(
        "--tarball-only", action="store_true", help="only write the tarball of dist/NetDesk"
    )
    args = parser.parse_args()
    if not args.tarball_only:
        build(os.environ.get("NETDESK_ONEFILE", "") == "1")
    if args.tarball or args.tarball_only:
        tarball()
    return 0


if __name__ == "__main__":
    sys.exit(main())
