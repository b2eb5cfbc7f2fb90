"""``netdesk summary``: the one-page brief by default, every interaction with ``--full``."""

import datetime as dt
import shutil
import subprocess

import pytest

from tests.unit.test_cli import run


def test_summary_brief_and_full(tmp_path, qapp):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from netdesk.domain.contact_data import ContactData, InteractionData
    from netdesk.services.context import create_context

    data = tmp_path / "data"
    ctx = create_context(data)
    cid = ctx.contacts.add(ContactData(given_name="Huda", organization="Instabug"))
    start = dt.datetime(2025, 1, 1, 10)
    for n in range(40):
        when = start + dt.timedelta(days=3 * n)
        ctx.interactions.log(InteractionData(when=when, summary=f"Talk {n:02d}"), [cid])
    ctx.close()
    texts = {}
    for flag in ([], ["--full"]):
        pdf = tmp_path / f"out{len(flag)}.pdf"
        out = run(data, "summary", "--id", str(cid), "--pdf", str(pdf), *flag)
        assert out.returncode == 0, out.stderr
        texts[bool(flag)] = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    shown = [n for n in range(40) if f"Talk {n:02d}" in texts[False]]
    assert shown == list(range(40 - len(shown), 40))  # the newest ones
    assert f"and {40 - len(shown)} earlier interactions" in texts[False]
    assert all(f"Talk {n:02d}" in texts[True] for n in range(40))
