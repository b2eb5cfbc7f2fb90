"""What every package format says about NetDesk, derived from ``netdesk.__version__``.

Imported by the PyInstaller spec, the build scripts and the packaging tests, so the
name, identifier and version given to PyInstaller, the macOS Info.plist, the Windows
version resource and installer, the Linux desktop entry and AppStream data cannot drift.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "NetDesk"
APP_ID = "io.netdesk.NetDesk"  # reverse-DNS id: AppStream, macOS bundle, icon name
DESKTOP_FILE = "netdesk.desktop"  # matches QGuiApplication.setDesktopFileName("netdesk")
PUBLISHER = "NetDesk contributors"
LICENSE = "GPL-3.0-or-later"
LANGUAGES = ("ar", "en")  # user-interface languages: NetDesk's .qm files and Qt's qtbase_*.qm

#: What the bundle carries besides code: (glob relative to the checkout, folder in the
#: bundle). The layout of ``resources/`` is kept, which ``netdesk.resources`` relies on.
DATA_FILES = (
    ("resources/fonts/*.ttf", "resources/fonts"),
    ("resources/fonts/OFL.txt", "resources/fonts"),
    ("resources/fonts/README.md", "resources/fonts"),
    ("resources/icons/netdesk.svg", "resources/icons"),
    ("resources/icons/SOURCES.md", "resources/icons"),
    ("resources/icons/lucide/*", "resources/icons/lucide"),
    ("resources/samples/*", "resources/samples"),
    ("resources/licenses/*", "resources/licenses"),
)
#: Compiled by `make translations` from resources/translations/netdesk_<lang>.ts; English
#: is required, the other languages are bundled when their .ts exists.
TRANSLATION = "resources/translations/netdesk_{lang}.qm"


def bundle_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` for the checkout at ``root``.

    Raises:
        SystemExit: the English translation has not been compiled (`make translations`).
    """
    datas = [(str(root / pattern), target) for pattern, target in DATA_FILES]
    for lang in LANGUAGES:
        qm = root / TRANSLATION.format(lang=lang)
        if qm.exists():
            datas.append((str(qm), str(Path(TRANSLATION).parent)))
        elif lang == "en":
            raise SystemExit(f"{qm.relative_to(root)} is missing: run `make translations`")
    return datas


def read_version(root: Path = ROOT) -> str:
    """``netdesk.__version__``, read without importing the package (no Qt needed)."""
    tree = ast.parse((root / "netdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit("netdesk/__init__.py defines no __version__")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3rc1"`` -> ``(1, 2, 3, 0)``: the four numbers Windows version resources hold."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d*", part)
        numbers.append(int(digits.group()) if digits and digits.group() else 0)
        if not part.isdigit():
            break
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def info_plist(version: str) -> dict[str, object]:
    """The macOS bundle's Info.plist entries (PyInstaller adds the executable's own)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleIconFile": "netdesk.icns",
        "CFBundlePackageType": "APPL",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        "NSHumanReadableCopyright": f"{PUBLISHER}; {LICENSE}",
        # Finder's "Open With" and a drop on the Dock icon: the files arrive as QFileOpenEvents
        # (netdesk/ui/open_files.py) and go to the import preview.
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "vCard",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.vcard"],
                "CFBundleTypeExtensions": ["vcf", "vcard"],
            },
            {
                "CFBundleTypeName": "Contacts CSV or LDIF",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.comma-separated-values-text"],
                "CFBundleTypeExtensions": ["csv", "ldif", "ldi"],
            },
        ],
    }
