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
        capture_output=True,
        text=True,
        timeout=120,
        check=check,
    )


@pytest.fixture
def network(tmp_path, qapp):
    """A small network written through the services, then closed for the subprocesses."""
    import datetime as dt

    from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
    from netdesk.services.context import create_context

    data = tmp_path / "data"
    ctx = create_context(data)
    sara = ctx.contacts.add(
        ContactData(
            given_name="Sara",
            family_name="Ali",
            organization="Careem",
            emails=[Labeled("sara@x.example")],
            circle="mentor",
        )
    )
    ctx.contacts.add(ContactData(given_name="Sara", family_name="Nabil"))
    ahmed = ctx.contacts.add(
        ContactData(given_name="أحمد", family_name="السيد", organization="فودافون")
    )
    old = dt.datetime.combine(dt.date.today() - dt.timedelta(days=45), dt.time(10))
    ctx.interactions.log(InteractionData(when=old, summary="Coffee at Cilantro"), [sara, ahmed])
    ctx.close()
    return data, sara, ahmed


def test_version():
    out = subprocess.run(
        [sys.executable, "-m", "netdesk", "--version"], capture_output=True, text=True, check=True
    )
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
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
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


def _export_json(data_dir):
    return json.loads(run(data_dir, "export", "--format", "json", check=True).stdout)["contacts"]


def _comparable(contacts):
    keys = (
        "display_name",
        "given_name",
        "family_name",
        "organization",
        "title",
        "emails",
        "phones",
        "urls",
        "tags",
        "birthday",
        "notes",
    )
    return sorted(({k: c[k] for k in keys} for c in contacts), key=lambda c: c["display_name"])


ARABIC_VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:السيد;أحمد;;;\r\nFN:أحمد السيد\r\nORG:فودافون مصر\r\n"
    "EMAIL;TYPE=WORK:ahmed@example.com\r\nTEL;TYPE=CELL:+20 100 123 4567\r\n"
    "URL:https://www.linkedin.com/in/ahmed\r\nCATEGORIES:القاهرة,Mentors\r\nBDAY:--0415\r\n"
    "NOTE:التقينا في PyCon\\, القاهرة\\nسطر ثان\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sara Ali\r\nN:Ali;Sara;;;\r\nTITLE:Engineer\r\n"
    "EMAIL:sara@x.example\r\nEND:VCARD\r\n"
)


@pytest.mark.parametrize("fmt", ["vcf", "json", "csv"])
def test_import_export_round_trip(tmp_path, fmt):
    source = tmp_path / "in.vcf"
    source.write_text(ARABIC_VCF, encoding="utf-8", newline="")
    first, second = tmp_path / "a", tmp_path / "b"
    out = run(first, "import", str(source), check=True)
    assert "2 added, 0 merged, 0 skipped" in out.stdout
    exported = tmp_path / f"out.{fmt}"
    run(first, "export", "--format", fmt, "-o", str(exported), check=True)
    run(second, "import", str(exported), check=True)
    original, again = _export_json(first), _export_json(second)
    assert _comparable(again) == _comparable(original)
    ahmed = next(c for c in original if c["given_name"] == "أحمد")
    assert ahmed["birthday"] == "--04-15"
    assert ahmed["notes"] == "التقينا في PyCon, القاهرة\nسطر ثان"
    assert sorted(ahmed["tags"]) == ["Mentors", "القاهرة"]


def test_reimport_merges_instead_of_duplicating(tmp_path):
    source = tmp_path / "in.vcf"
    source.write_text(ARABIC_VCF, encoding="utf-8", newline="")
    data = tmp_path / "d"
    run(data, "import", str(source), check=True)
    out = run(data, "import", str(source), check=True)
    assert "0 added, 2 merged" in out.stdout
    assert len(_export_json(data)) == 2


def test_bad_file_is_refused_and_writes_nothing(tmp_path):
    good = tmp_path / "good.vcf"
    good.write_text(ARABIC_VCF, encoding="utf-8", newline="")
    png = tmp_path / "photo.vcf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    data = tmp_path / "d"
    out = run(data, "import", str(png), str(empty), str(good))
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 2
    assert all(line.startswith("netdesk: ") for line in lines)
    assert "photo.vcf" in lines[0]
    assert "Traceback" not in out.stderr
    assert len(_export_json(data)) == 2


def test_csv_export_neutralises_formulas(tmp_path):
    source = tmp_path / "in.vcf"
    source.write_text(
        'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:=HYPERLINK("http://x")\r\nNOTE:@SUM(A1)\r\nEND:VCARD\r\n',
        encoding="utf-8",
        newline="",
    )
    data = tmp_path / "d"
    run(data, "import", str(source), check=True)
    text = run(data, "export", "--format", "csv", check=True).stdout
    assert "'=HYPERLINK" in text
    assert "'@SUM(A1)" in text


def test_backup_and_restore(network, tmp_path):
    data, _sara, _ahmed = network
    copy = tmp_path / "copy.sqlite3"
    out = run(data, "backup", "-o", str(copy), check=True)
    assert out.stdout.strip() == str(copy)
    source = tmp_path / "more.vcf"
    source.write_text(ARABIC_VCF, encoding="utf-8", newline="")
    run(data, "import", str(source), check=True)
    assert len(_export_json(data)) == 4  # Sara Ali merged by her email
    out = run(data, "restore", str(copy))
    assert out.returncode == 0, out.stderr
    assert len(_export_json(data)) == 3
    assert any(p.name.startswith("pre-restore-") for p in (data / "backups").iterdir())
    assert any(p.name.startswith("pre-import-") for p in (data / "backups").iterdir())
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all")
    out = run(data, "restore", str(bad))
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert len(_export_json(data)) == 3


def test_import_refused_while_app_holds_the_folder(network, tmp_path, qapp):
    from netdesk.single_instance import SingleInstance

    data, _s, _a = network
    source = tmp_path / "x.vcf"
    source.write_text(ARABIC_VCF, encoding="utf-8", newline="")
    lock = SingleInstance()
    assert lock.acquire(data)
    try:
        out = run(data, "import", str(source))
    finally:
        lock.release()
    assert out.returncode == 2
    assert "NetDesk is running" in out.stderr
    assert len(_export_json(data)) == 3


def test_import_names_possible_duplicates_and_adds_them(tmp_path):
    """The same name at the same organisation is not proof: added, and said so."""
    namesakes = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:أحمد;محمد;;;\r\nORG:أرامكو\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:أحمد;محمد;;;\r\nORG:أرامكو\r\nEND:VCARD\r\n"
    )
    source = tmp_path / "namesakes.vcf"
    source.write_text(namesakes, encoding="utf-8", newline="")
    data = tmp_path / "d"
    out = run(data, "import", str(source), check=True)
    assert "2 added, 0 merged, 0 skipped" in out.stdout
    assert "add: محمد أحمد — possible duplicate of محمد أحمد (same name and organisation)" in (
        out.stdout
    )
    assert len(_export_json(data)) == 2


def test_import_gives_circle_and_cadence_so_people_come_due(tmp_path):
    import datetime as dt
    import sqlite3

    source = tmp_path / "in.vcf"
    source.write_text(ARABIC_VCF, encoding="utf-8", newline="")
    data = tmp_path / "d"
    out = run(data, "import", str(source), "--circle", "friend", "--cadence", "21")
    assert out.returncode == 0, out.stderr
    people = _export_json(data)
    assert [(c["circle"], c["cadence_days"]) for c in people] == [("friend", 21)] * 2
    with sqlite3.connect(data / "netdesk.sqlite3") as db:
        due = {row[0] for row in db.execute("SELECT next_due FROM contact")}
    assert due == {str(dt.date.today() + dt.timedelta(days=21))}
    bad = run(data, "import", str(source), "--cadence", "soon")
    assert bad.returncode == 2 and "--cadence" in bad.stderr


# --- the database is guarded on every command (issue 14, items 2, 3, 7) ------------


def one_line_refusal(out):
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    return lines[0]


def files_of(folder):
    """Every file's bytes; not the -shm, SQLite's scratch index that any reader may create."""
    return {
        p.name: p.read_bytes()
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith("-shm")
    }


@pytest.mark.parametrize(
    "command",
    [["due"], ["export", "--format", "vcf"], ["import", "IN"], ["backup"], ["sync"]],
)
def test_a_zero_byte_database_is_never_replaced(network, tmp_path, command):
    data, _s, _a = network
    (data / "netdesk.sqlite3").write_bytes(b"")
    source = tmp_path / "in.vcf"
    source.write_text(ARABIC_VCF, encoding="utf-8", newline="")
    out = run(data, *[str(source) if a == "IN" else a for a in command])
    assert "is empty" in one_line_refusal(out)
    assert (data / "netdesk.sqlite3").read_bytes() == b""
    assert not (data / "netdesk.sqlite3-wal").exists()


def test_a_foreign_wal_is_never_written_into_the_database(network, tmp_path):
    import sqlite3

    data, _s, _a = network
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("PRAGMA journal_mode=WAL").fetchall()
    connection.execute("PRAGMA wal_autocheckpoint=0").fetchall()
    connection.execute("CREATE TABLE junk(x)")
    connection.executemany("INSERT INTO junk VALUES (?)", [("x" * 300,)] * 100)
    connection.commit()
    shutil.copyfile(f"{other}-wal", data / "netdesk.sqlite3-wal")
    connection.close()
    before = files_of(data)
    for command in (["due"], ["export", "--format", "json"], ["backup"]):
        assert "belongs to another database" in one_line_refusal(run(data, *command))
    assert files_of(data) == before
    (data / "netdesk.sqlite3-wal").unlink()  # the user moves it away, as told
    assert [r["id"] for r in json.loads(run(data, "due", "--json", check=True).stdout)]


def _newer(db):
    import sqlite3

    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA user_version = 999")


def _folder(db):
    db.unlink()
    db.mkdir()


def _text(db):
    db.write_text("Sara 0100 555\n", encoding="utf-8")


@pytest.mark.parametrize("damage", [_newer, _folder, _text])
@pytest.mark.parametrize("command", ["due", "export", "summary", "import", "backup", "restore"])
def test_every_command_refuses_a_bad_database_in_one_line(network, tmp_path, damage, command):
    data, sara, _a = network
    backup = tmp_path / "good.sqlite3"
    run(data, "backup", "-o", str(backup), check=True)
    damage(data / "netdesk.sqlite3")
    source = tmp_path / "in.vcf"
    source.write_text(ARABIC_VCF, encoding="utf-8", newline="")
    args = {
        "due": ["due"],
        "export": ["export", "--format", "csv", "-o", str(tmp_path / "out.csv")],
        "summary": ["summary", "--id", str(sara), "--pdf", str(tmp_path / "out.pdf")],
        "import": ["import", str(source)],
        "backup": ["backup"],
        "restore": ["restore", str(backup)],
    }[command]
    before = files_of(data)
    out = run(data, *args)
    if command == "restore" and damage is not _folder:
        assert out.returncode == 0, out.stderr  # restoring is the cure; the file is kept
        (kept,) = (data / "backups").glob("pre-restore-*.sqlite3")
        assert damage is _newer or kept.read_bytes() == b"Sara 0100 555\n"
        return
    one_line_refusal(out)
    assert files_of(data) == before
    assert not (tmp_path / "out.csv").exists()


def test_data_dir_that_is_a_file(tmp_path):
    (tmp_path / "data").write_text("x")
    assert "is a file, not a folder" in one_line_refusal(run(tmp_path / "data", "due"))


def test_a_partly_damaged_database_is_not_exported(network, tmp_path):
    import sqlite3

    data, _s, _a = network
    db = data / "netdesk.sqlite3"
    with sqlite3.connect(db) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name='contact'"
        ).fetchone()
        page = connection.execute("PRAGMA page_size").fetchone()[0]
    raw = bytearray(db.read_bytes())
    raw[(root - 1) * page : root * page] = b"\xa5" * page
    db.write_bytes(bytes(raw))
    out = run(data, "export", "--format", "json", "-o", str(tmp_path / "out.json"))
    assert "is damaged" in one_line_refusal(out)
    assert not (tmp_path / "out.json").exists()
    assert "failed" in one_line_refusal(run(data, "due"))  # found while reading, not before


def test_bad_arguments_are_one_line(network, tmp_path):
    data, _s, _a = network
    pdf = str(tmp_path / "x.pdf")
    out = run(data, "summary", "--id", "99999999999999999999", "--pdf", pdf)
    assert "no contact has id 99999999999999999999" in one_line_refusal(out)
    netdesk = [sys.executable, "-m", "netdesk", "--data-dir", str(data)]
    out = subprocess.run(
        [*netdesk, "summary", b"\xc3(", "--pdf", pdf],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "is not UTF-8 text" in one_line_refusal(out)
    (data / "sync-accounts.json").write_text('{"accounts": [1, "x", null]}', encoding="utf-8")
    out = run(data, "sync")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


def test_an_unforeseen_error_is_one_line(monkeypatch, capsys, tmp_path):
    from netdesk import app, cli

    def broken(args):
        raise ZeroDivisionError("deep\ninside")

    monkeypatch.setattr(cli, "_handlers", lambda: {"due": broken})
    assert app.main(["--data-dir", str(tmp_path), "due"]) == 2
    err = capsys.readouterr().err
    assert err == "netdesk: unexpected error (ZeroDivisionError): deep inside\n"

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_handlers", lambda: {"due": interrupted})
    assert app.main(["--data-dir", str(tmp_path), "due"]) == 130
    assert capsys.readouterr().err == "netdesk: interrupted\n"
