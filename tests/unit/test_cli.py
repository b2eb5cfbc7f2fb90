"""The headless commands, run as a user would: a separate process per command."""

import json
import shutil
import subprocess
import sys
import unicodedata

import pytest

from netdesk import __version__


def run(data_dir, *args, check=False):
    return subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=120, check=check,
    )


@pytest.fixture
def network(tmp_path, qapp):
    """A small network written through the services, then closed for the subprocesses."""
    import datetime as dt

    from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
    from netdesk.services.context import create_context

    data = tmp_path / "data"
    ctx = create_context(data)
    sara = ctx.contacts.add(ContactData(given_name="Sara", family_name="Ali",
                                        organization="Careem", emails=[Labeled("sara@x.example")],
                                        circle="mentor"))
    ctx.contacts.add(ContactData(given_name="Sara", family_name="Nabil"))
    ahmed = ctx.contacts.add(ContactData(given_name="أحمد", family_name="السيد",
                                         organization="فودافون"))
    old = dt.datetime.combine(dt.date.today() - dt.timedelta(days=45), dt.time(10))
    ctx.interactions.log(InteractionData(when=old, summary="Coffee at Cilantro"), [sara, ahmed])
    ctx.close()
    return data, sara, ahmed


def test_version():
    out = subprocess.run([sys.executable, "-m", "netdesk", "--version"], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == f"NetDesk {__version__}"


def test_due_json(network):
    data, sara, _ahmed = network
    out = run(data, "due", "--json", check=True)
    rows = json.loads(out.stdout)
    assert [r["id"] for r in rows] == [sara]
    assert rows[0]["days_overdue"] == 15
    assert rows[0]["display_name"] == "Sara Ali"
    assert rows[0]["last_contact"] is not None


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return unicodedata.normalize("NFKC", out)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) missing")
def test_summary_by_email_and_id(network, tmp_path):
    data, _sara, ahmed = network
    pdf = tmp_path / "sara.pdf"
    out = run(data, "summary", "sara@x.example", "--pdf", str(pdf))
    assert out.returncode == 0, out.stderr
    text = pdf_text(pdf)
    assert "Sara Ali" in text
    assert "Careem" in text
    assert "Coffee at Cilantro" in text
    pdf_ar = tmp_path / "ahmed.pdf"
    out = run(data, "summary", "--id", str(ahmed), "--pdf", str(pdf_ar), "--lang", "ar")
    assert out.returncode == 0, out.stderr
    # Extracted right-to-left text may come back in visual order; compare without spaces.
    squeezed = pdf_text(pdf_ar).replace(" ", "")
    assert "فودافون" in squeezed or "فودافون"[::-1] in squeezed


def test_summary_refuses_ambiguous_and_unknown(network, tmp_path):
    data, _s, _a = network
    out = run(data, "summary", "Sara", "--pdf", str(tmp_path / "x.pdf"))
    assert out.returncode == 2
    assert "2 contacts match 'Sara'" in out.stderr
    out = run(data, "summary", "--id", "999", "--pdf", str(tmp_path / "x.pdf"))
    assert out.returncode == 2
    assert "no contact has id 999" in out.stderr
    assert not (tmp_path / "x.pdf").exists()
