"""Files handed to NetDesk by the desktop end in the running window's import preview."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from netdesk.app import files_to_open
from netdesk.single_instance import SingleInstance
from netdesk.ui import import_flow
from netdesk.ui.import_dialog import ImportPreviewDialog
from netdesk.ui.open_files import FileRequests

REPO = Path(__file__).resolve().parents[2]
VCF = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hany Adel\r\nN:Adel;Hany;;;\r\nEND:VCARD\r\n"


@pytest.fixture
def previews(monkeypatch):
    seen: list[str] = []

    class AutoPreview(ImportPreviewDialog):
        def exec(self) -> int:
            seen.append(self.windowTitle())
            self.accept()
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(import_flow, "ImportPreviewDialog", AutoPreview)
    return seen


def test_files_on_the_command_line_are_files_to_open(tmp_path, monkeypatch):
    card = tmp_path / "card one.vcf"
    card.write_text(VCF, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert files_to_open(["card one.vcf"]) == [str(card)]
    assert files_to_open([card.as_uri()]) == [str(card)]
    # Commands and mistyped commands are not files: argparse answers those.
    assert files_to_open(["import", "card one.vcf"]) == []
    assert files_to_open(["exprot"]) == []
    assert files_to_open(["card one.vcf", "missing.vcf"]) == []


def test_a_second_start_hands_its_files_to_the_first(qtbot, tmp_path, monkeypatch):
    first, second = SingleInstance(), SingleInstance()
    assert first.acquire(tmp_path)
    try:
        monkeypatch.chdir(tmp_path)
        with qtbot.wait_signal(first.files_received, timeout=3000) as got:
            assert second.notify_running(tmp_path, files=["a.vcf", "sub/b.csv"])
        assert got.args == [[str(tmp_path / "a.vcf"), str(tmp_path / "sub" / "b.csv")]]
    finally:
        first.release()


def test_requests_wait_for_an_open_dialog(qtbot, make_window, tmp_path, previews):
    window = make_window()
    card = tmp_path / "c.vcf"
    card.write_text(VCF, encoding="utf-8")
    blocker = QDialog(window)
    blocker.setModal(True)
    blocker.show()
    requests = FileRequests(window)
    requests.open([str(card)])
    qtbot.wait(400)
    assert previews == [] and requests.pending() == [str(card)]
    blocker.close()
    qtbot.wait_until(lambda: window.contacts.rowCount() == 1, timeout=5000)
    assert len(previews) == 1


@pytest.mark.xvfb
@pytest.mark.skipif(not shutil.which("xdg-open"), reason="xdg-utils is not installed")
def test_xdg_open_on_a_vcard_reaches_the_import_preview(
    qtbot, make_window, tmp_path, previews, xvfb_display
):
    """install.sh's menu entry, xdg-open and the single-instance channel, end to end."""
    window = make_window()
    data = window.context.data_dir
    lock = SingleInstance()
    assert lock.acquire(data)
    requests = FileRequests(window)
    lock.files_received.connect(requests.open)
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    program = bundle / "NetDesk"
    # The installed program, standing in for the PyInstaller bundle: NetDesk from source.
    program.write_text(
        f'#!/bin/sh\nexec "{sys.executable}" -m netdesk --data-dir "{data}" "$@"\n',
        encoding="utf-8",
    )
    program.chmod(0o755)
    home = tmp_path / "home"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("XDG_")},
        "HOME": str(home),
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(REPO),
    }
    env.pop("WAYLAND_DISPLAY", None)
    subprocess.run(
        [str(REPO / "packaging/linux/install.sh"), "--bundle", str(bundle)],
        env=env,
        check=True,
        capture_output=True,
    )
    card = tmp_path / "Hany Adel.vcf"
    card.write_text(VCF, encoding="utf-8")
    log = tmp_path / "xdg-open.log"
    with log.open("wb") as errors:
        opener = subprocess.Popen(["xdg-open", str(card)], env=env, stderr=errors)
        try:
            qtbot.wait_until(lambda: window.contacts.rowCount() == 1, timeout=30000)
        finally:
            opener.wait(timeout=30)
            lock.release()
    assert len(previews) == 1
    assert opener.returncode == 0, log.read_text(errors="replace")


def test_a_macos_file_open_event_reaches_the_preview(qtbot, qapp, make_window, tmp_path, previews):
    from PySide6.QtGui import QFileOpenEvent

    window = make_window()
    card = tmp_path / "dock.vcf"
    card.write_text(VCF, encoding="utf-8")
    requests = FileRequests(window)
    assert requests.eventFilter(qapp, QFileOpenEvent(str(card)))
    qtbot.wait_until(lambda: window.contacts.rowCount() == 1, timeout=5000)
    assert len(previews) == 1
