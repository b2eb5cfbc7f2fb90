"""The packaging files agree with each other and with the code; the self-test passes.

No bundle is built here (CI does that in .ci/run); these checks read the spec's inputs,
the Linux desktop entry and AppStream data, the Inno Setup script and the macOS Info.plist
and run the self-test from source.
"""

import configparser
import importlib.metadata
import importlib.util
import json
import os
import plistlib
import re
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import netdesk
from netdesk.licenses import third_party_text

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"


def _load(name: str) -> ModuleType:
    """A module from packaging/ (not a package: the name would clash with PyPI's)."""
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # make_icons imports app_meta
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


meta = _load("app_meta")
VERSION = netdesk.__version__


def test_the_version_is_defined_once():
    assert meta.read_version() == VERSION
    assert meta.APP_NAME == netdesk.APP_NAME
    for path in [*PACKAGING.rglob("*"), REPO / "Makefile"]:
        if path.is_file() and path.suffix in {".spec", ".iss", ".ps1", ".sh", ".desktop", ""}:
            text = path.read_text(encoding="utf-8")
            assert not re.search(rf"(?<![\d.]){re.escape(VERSION)}(?![\d.])", text), path


def test_numeric_version_for_windows_resources():
    assert meta.numeric_version("0.1.0") == (0, 1, 0, 0)
    assert meta.numeric_version("1.2.3rc1") == (1, 2, 3, 0)
    assert meta.numeric_version("10.4.1.7") == (10, 4, 1, 7)


def test_everything_the_spec_bundles_exists():
    spec = (PACKAGING / "netdesk.spec").read_text(encoding="utf-8")
    assert "bundle_datas(ROOT)" in spec
    for pattern, target in meta.DATA_FILES:
        assert sorted(REPO.glob(pattern)), pattern
        assert target.startswith("resources/")
    # The .qm files are compiled by `make translations` from the .ts sources.
    assert (REPO / meta.TRANSLATION.format(lang="en")).with_suffix(".ts").is_file()
    assert "resources/translations/%.qm: resources/translations/%.ts" in (
        REPO / "Makefile"
    ).read_text(encoding="utf-8")
    launcher = PACKAGING / "launcher.py"
    assert "launcher.py" in spec
    assert "from netdesk.app import main" in launcher.read_text(encoding="utf-8")
    for sample in ("sample-contacts.vcf", "linkedin-connections.csv"):
        assert (REPO / "resources" / "samples" / sample).is_file()


def test_the_spec_keeps_what_netdesk_uses():
    spec = (PACKAGING / "netdesk.spec").read_text(encoding="utf-8")
    used = set(
        re.findall(
            r"PySide6\.(Qt\w+)", "".join(p.read_text() for p in (REPO / "netdesk").rglob("*.py"))
        )
    )
    assert {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport"} <= used
    excluded = set(re.findall(r'"(Qt\w+)"', spec.split("EXCLUDED_QT", 1)[1].split("]", 1)[0]))
    assert not used & excluded, "the spec excludes a Qt module NetDesk imports"
    assert '"printsupport": None' in spec
    assert '"iconengines": {"qsvgicon"}' in spec
    assert "console=False" in spec
    assert "strip=IS_LINUX" in spec


def test_icons_are_generated_for_every_platform(qapp, tmp_path):
    make_icons = _load("make_icons")
    written = {p.relative_to(tmp_path).as_posix() for p in make_icons.make_icons(tmp_path)}
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert f"hicolor/{size}x{size}/apps/{meta.APP_ID}.png" in written
    assert f"hicolor/scalable/apps/{meta.APP_ID}.svg" in written
    ico = (tmp_path / "netdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    icns = (tmp_path / "netdesk.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    types = []
    offset = 8
    while offset < len(icns):
        types.append(icns[offset : offset + 4])
        offset += struct.unpack(">I", icns[offset + 4 : offset + 8])[0]
    assert offset == len(icns)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(types)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(LINUX / meta.DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_matches_the_app():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == meta.APP_NAME
    assert entry["Icon"] == meta.APP_ID
    assert entry["Exec"] == f"{meta.APP_NAME} %F"
    assert entry["TryExec"] == meta.APP_NAME
    mime_types = entry["MimeType"].rstrip(";").split(";")
    assert {"text/vcard", "text/x-vcard", "text/directory", "text/csv", "text/x-ldif"} <= set(
        mime_types
    )
    assert entry["StartupWMClass"] == meta.APP_NAME  # Qt's WM_CLASS is the application name
    assert entry["Terminal"] == "false"
    assert "Office;" in entry["Categories"]
    # Wayland matches the window to the entry through QGuiApplication.desktopFileName.
    # ui/startup.application() is the QApplication of both the app and its self-test.
    app_source = (REPO / "netdesk" / "ui" / "startup.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{Path(meta.DESKTOP_FILE).stem}")' in app_source
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(LINUX / meta.DESKTOP_FILE)], check=True)


def test_appstream_metainfo_matches_the_app():
    path = LINUX / f"{meta.APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == meta.APP_ID
    assert root.findtext("name") == meta.APP_NAME
    assert root.findtext("project_license") == meta.LICENSE
    assert root.findtext("launchable[@type='desktop-id']") == meta.DESKTOP_FILE
    assert root.findtext("icon[@type='stock']") == meta.APP_ID
    releases = root.findall("releases/release")
    assert releases, "no release listed"
    assert releases[0].get("version") == VERSION, "add a <release> for the new version"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")
    if shutil.which("appstreamcli"):
        subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)],
            check=True,
            capture_output=True,
        )


def test_inno_setup_script_matches_the_bundle():
    iss = (PACKAGING / "windows" / "netdesk.iss").read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', iss, re.MULTILINE))
    assert defines["AppName"] == meta.APP_NAME
    assert defines["AppExeName"] == f"{meta.APP_NAME}.exe"
    assert "#ifndef AppVersion" in iss
    assert "#error" in iss
    assert "AppVersion={#AppVersion}" in iss
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", iss, re.MULTILINE)
    # The installer takes the one-folder bundle and the icon make_icons writes.
    assert f'Source: "{{#Root}}\\dist\\{meta.APP_NAME}\\*"' in iss
    assert "SetupIconFile={#Root}\\build\\icons\\netdesk.ico" in iss
    make_icons = (PACKAGING / "make_icons.py").read_text(encoding="utf-8")
    assert '"netdesk.ico"' in make_icons
    assert '"netdesk.icns"' in make_icons
    assert re.search(r"^Name: \"\{autoprograms\}\\\{#AppName\}\"", iss, re.MULTILINE)
    build = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert '"/DAppVersion=$version"' in build
    assert "netdesk\\__init__.py" in build


def test_macos_info_plist():
    plist = meta.info_plist(VERSION)
    assert plist["CFBundleName"] == meta.APP_NAME
    assert plist["CFBundleIdentifier"] == meta.APP_ID
    assert plist["CFBundleShortVersionString"] == VERSION
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSApplicationCategoryType"] == "public.app-category.productivity"
    assert plist["CFBundleIconFile"] == "netdesk.icns"
    assert plistlib.loads(plistlib.dumps(plist)) == plist
    spec = (PACKAGING / "netdesk.spec").read_text(encoding="utf-8")
    assert "info_plist=info_plist(VERSION)" in spec
    assert "bundle_identifier=APP_ID" in spec
    assert 'icon=str(ICON_DIR / "netdesk.icns")' in spec


def test_about_licences_name_every_runtime_dependency():
    """Each library in pyproject's dependencies is in the notice About shows.

    Their own dependencies are checked against the built bundle's real contents by
    ``packaging/check_bundle.py contents`` in CI.
    """
    text = third_party_text()
    normalised = re.sub(r"[-_.]+", "-", text).lower()
    assert "LGPL-3.0" in text
    assert "OFL-1.1" in text
    direct = {
        re.sub(r"[-_.]+", "-", re.split(r"[\s<>=!~;\[(]", r, maxsplit=1)[0]).lower()
        for r in importlib.metadata.requires("netdesk") or []
        if "extra ==" not in r
    }
    assert "peewee" in direct
    missing = sorted(name for name in direct if name not in normalised)
    assert not missing, f"add to resources/licenses/THIRD-PARTY.md: {missing}"


@pytest.mark.skipif(sys.platform == "win32", reason="install.sh is for Linux")
def test_install_script_installs_and_uninstalls(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    program = bundle / "NetDesk"
    program.write_text("#!/bin/sh\necho NetDesk\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    icons = tmp_path / "icons"
    for size in ("48x48", "scalable"):
        (icons / size / "apps").mkdir(parents=True)
        (icons / size / "apps" / f"{meta.APP_ID}.png").write_bytes(b"png")
    home = tmp_path / "home with space"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": ""}
    script = str(LINUX / "install.sh")
    subprocess.run(
        [script, "--bundle", str(bundle), "--icons", str(icons)],
        check=True,
        env=env,
        capture_output=True,
    )
    installed = home / ".local" / "opt" / "NetDesk" / "NetDesk"
    assert installed.is_file()
    desktop = home / ".local" / "share" / "applications" / meta.DESKTOP_FILE
    text = desktop.read_text(encoding="utf-8")
    # Quoted only because this home has a space (xdg-open's generic launcher cannot run a
    # quoted program; see test_open_files for a home without one).
    assert f'Exec="{installed}" %F' in text
    assert f"TryExec={installed}" in text
    assert (home / ".local/share/icons/hicolor/48x48/apps" / f"{meta.APP_ID}.png").is_file()
    assert (home / ".local/share/metainfo" / f"{meta.APP_ID}.metainfo.xml").is_file()
    assert (home / ".local/bin/netdesk").resolve() == installed.resolve()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    data = home / ".local/share/NetDesk"
    data.mkdir()
    subprocess.run([script, "--uninstall"], check=True, env=env, capture_output=True)
    assert not installed.exists()
    assert not desktop.exists()
    assert not (home / ".local/bin/netdesk").exists()
    assert data.is_dir(), "uninstalling must keep the user's data"


def test_make_targets_exist():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for target in ("bundle", "dist", "install-desktop"):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target
    assert "packaging/build_bundle.py" in makefile


@pytest.mark.slow
def test_self_test_passes_from_source(tmp_path):
    out = tmp_path / "out"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("NETDESK_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "netdesk", "--self-test", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((out / "selftest.json").read_text(encoding="utf-8"))
    assert report["ok"] is True
    assert report["version"] == VERSION
    names = {check["name"] for check in report["checks"]}
    assert {"import-vcf", "main-window", "summary-pdf", "fonts", "translations"} <= names
    assert (out / "summary-ar.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "main-window.png").stat().st_size > 10_000
    assert len(result.stdout.strip().splitlines()) == len(report["checks"]) + 1


def test_license_is_an_spdx_expression():
    # A TOML table here is deprecated by setuptools and warns on every install.
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later"
