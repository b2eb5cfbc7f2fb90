"""Checks on a built bundle and on the PDF its self-test wrote (run by .ci/run).

python packaging/check_bundle.py contents [dist/NetDesk]
    Qt translations only for Arabic and English, no unused Qt modules or plugins, no
    dangling links, and every third-party Python distribution inside the bundle named
    in resources/licenses/THIRD-PARTY.md (what About shows).
python packaging/check_bundle.py pdf OUTDIR/summary-ar.pdf
    pdffonts lists the Noto fonts as embedded; pdftotext finds the Arabic contact's
    name (compared after NFKC, as extracted Arabic comes back in presentation forms)
    and her email.
python packaging/check_bundle.py platform-libs [dist/NetDesk]
    The Qt xcb platform plugin, loaded as the bundle loads it, finds everything but the
    libraries every X desktop has (libc, libxcb, the GL driver) inside the bundle: so the
    installed app does not need packaging/linux/packages-run.txt (xcb-cursor and others).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from app_meta import APP_NAME, ROOT

LICENCES = ROOT / "resources" / "licenses" / "THIRD-PARTY.md"
QT_TRANSLATIONS = {"qtbase_ar.qm", "qtbase_en.qm"}
UNWANTED_QT = ("Qml", "Quick", "Pdf", "Sql", "Test", "Designer", "VirtualKeyboard", "WebEngine")
ARABIC_NAME = "ليلى حداد"
ARABIC_EMAIL = "layla.haddad@example.edu"
# Directional marks and embeddings pdftotext wraps right-to-left lines in.
BIDI_CONTROLS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def bundled_modules(bundle: Path) -> set[str]:
    """Top-level modules in the bundle's PYZ archive and beside it."""
    # PyInstaller has no type hints, and is installed only with the "bundle" extra.
    from PyInstaller.archive.readers import (  # type: ignore[import-untyped, import-not-found, unused-ignore]
        CArchiveReader,
        ZlibArchiveReader,
    )

    exe = bundle / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    archive = CArchiveReader(str(exe))
    names = {name.split(".")[0] for name in archive.toc}
    for name in archive.toc:
        if name.endswith(".pyz"):
            with tempfile.TemporaryDirectory() as temp:
                path = Path(temp, "PYZ.pyz")
                path.write_bytes(archive.extract(name))
                names |= {module.split(".")[0] for module in ZlibArchiveReader(str(path)).toc}
    internal = bundle / "_internal"
    if internal.is_dir():
        names |= {p.name.split(".")[0] for p in internal.iterdir()}
    return names


def shipped_distributions(bundle: Path) -> set[str]:
    """Third-party distributions (not the standard library, not NetDesk) in the bundle."""
    owners = importlib.metadata.packages_distributions()
    found: set[str] = set()
    for module in bundled_modules(bundle):
        if module in sys.stdlib_module_names:
            continue
        for distribution in owners.get(module, []):
            if _normalise(distribution) != "netdesk":
                found.add(distribution)
    return found


def check_contents(bundle: Path) -> list[str]:
    problems: list[str] = []
    if not bundle.is_dir():
        return [f"{bundle} is not a one-folder bundle"]
    for path in bundle.rglob("*"):
        if path.is_symlink() and not path.exists():
            problems.append(f"dangling link {path.relative_to(bundle)}")
        parts = path.parts
        qt_translation = "translations" in parts and "PySide6" in parts and path.suffix == ".qm"
        if qt_translation and path.name not in QT_TRANSLATIONS:
            problems.append(f"Qt translation not wanted: {path.name}")
        if any(f"Qt6{name}" in path.name or f"Qt{name}." in path.name for name in UNWANTED_QT):
            problems.append(f"unused Qt part shipped: {path.relative_to(bundle)}")
    for required in (
        "resources/fonts/NotoSansArabic-Regular.ttf",
        "resources/fonts/OFL.txt",
        "resources/icons/netdesk.svg",
        "resources/icons/lucide/users.svg",
        "resources/icons/lucide/LICENSE",
        "resources/translations/netdesk_en.qm",
        "resources/samples/sample-contacts.vcf",
        "resources/licenses/THIRD-PARTY.md",
    ):
        if not any(bundle.rglob(required.split("/")[-1])):
            problems.append(f"missing {required}")
    notice = _normalise(LICENCES.read_text(encoding="utf-8"))
    for distribution in sorted(shipped_distributions(bundle)):
        if _normalise(distribution) not in notice:
            problems.append(f"{distribution} is shipped but not named in {LICENCES.name}")
    return problems


# Libraries the bundle may take from the system: the C library, the X connection and the GL
# driver, which must match the machine's own. Everything else comes with the bundle.
SYSTEM_LIBRARIES = re.compile(
    r"^(linux-vdso|ld-linux[\w-]*|libc|libm|libdl|libpthread|librt|libxcb|libX11|libGL|libGLX"
    r"|libGLdispatch|libEGL|libOpenGL)\.so"
)


def check_platform_libs(bundle: Path) -> list[str]:
    plugins = sorted(bundle.rglob("platforms/libqxcb.so"))
    if not plugins:
        return [f"no libqxcb.so in {bundle}"]
    internal = plugins[0].parents[4]  # _internal/PySide6/Qt/plugins/platforms
    output = subprocess.run(
        ["ldd", str(plugins[0])],
        capture_output=True,
        text=True,
        check=True,
        env={"LD_LIBRARY_PATH": str(internal), "PATH": "/usr/bin:/bin"},
    ).stdout
    problems = []
    for line in output.splitlines():
        name, _, where = line.strip().partition(" => ")
        if "not found" in where:
            problems.append(f"libqxcb.so needs {name}, which is not in the bundle")
        elif where and not where.startswith(str(internal)) and not SYSTEM_LIBRARIES.match(name):
            problems.append(f"libqxcb.so takes {name} from the system ({where.split()[0]})")
    if not problems:
        print(f"{plugins[0].name}: every library but the system's own is in the bundle")
    return problems


def check_pdf(pdf: Path) -> list[str]:
    problems: list[str] = []
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:] if line.strip()]
    embedded = {row[0].split("+")[-1] for row in rows if len(row) >= 5 and "yes" in row[-5:-3]}
    for family in ("NotoSans-Regular", "NotoSansArabic-Regular"):
        if family not in embedded:
            problems.append(f"{family} is not embedded (pdffonts: {sorted(embedded)})")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    plain = unicodedata.normalize("NFKC", text).translate(BIDI_CONTROLS)
    if unicodedata.normalize("NFKC", ARABIC_NAME) not in plain:
        problems.append(f"pdftotext does not find {ARABIC_NAME!r}")
    if ARABIC_EMAIL not in plain:
        problems.append(f"pdftotext does not find {ARABIC_EMAIL}")
    if not problems:
        print(f"{pdf.name}: embeds {', '.join(sorted(embedded))}; text has the name and email")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    contents = sub.add_parser("contents")
    contents.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / APP_NAME)
    pdf = sub.add_parser("pdf")
    pdf.add_argument("pdf", type=Path)
    libs = sub.add_parser("platform-libs")
    libs.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / APP_NAME)
    args = parser.parse_args()
    if args.what == "platform-libs":
        problems = check_platform_libs(args.bundle.resolve())
    elif args.what == "contents":
        problems = check_contents(args.bundle)
        if not problems:
            shipped = sorted(shipped_distributions(args.bundle))
            print(f"{args.bundle.name}: contents fine; licences listed for {', '.join(shipped)}")
    else:
        problems = check_pdf(args.pdf)
    for problem in problems:
        print(f"check_bundle: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
