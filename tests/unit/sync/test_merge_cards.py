"""The three-way merge and the vCard glue, without a server."""

from __future__ import annotations

import base64
import copy

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.sync.cards import foreign_lines, normalised, parse_card, render, resource_name
from netdesk.sync.merge import merge, same_fields


def _base() -> ContactData:
    return normalised(
        ContactData(
            given_name="Sara",
            family_name="Adel",
            job_title="Engineer",
            circle="coworker",
            emails=[Labeled("sara@work.example", "work")],
            tags=["Cairo"],
        )
    )


def test_one_sided_changes_merge_without_conflict() -> None:
    base = _base()
    local, remote = copy.deepcopy(base), copy.deepcopy(base)
    local.job_title = "Lead"
    remote.circle = "friend"
    remote.emails.append(Labeled("sara@home.example", "home"))
    local.tags.append("Python")
    result = merge(base, local, remote)
    assert result.conflicts == []
    assert (result.merged.job_title, result.merged.circle) == ("Lead", "friend")
    assert [e.value for e in result.merged.emails] == ["sara@work.example", "sara@home.example"]
    assert result.merged.tags == ["Cairo", "Python"]
    assert sorted(result.taken) == ["circle", "emails"]


def test_same_field_both_sides_keeps_local_and_reports_remote() -> None:
    base = _base()
    local, remote = copy.deepcopy(base), copy.deepcopy(base)
    local.job_title, remote.job_title = "Lead", "Manager"
    result = merge(base, local, remote)
    assert result.merged.job_title == "Lead"
    assert [(c.field, c.local, c.remote) for c in result.conflicts] == [
        ("job_title", "Lead", "Manager")
    ]


def test_removal_on_one_side_applies() -> None:
    base = _base()
    local, remote = copy.deepcopy(base), copy.deepcopy(base)
    remote.tags = []
    local.emails.append(Labeled("s@x.example", ""))
    result = merge(base, local, remote)
    assert result.merged.tags == []
    assert len(result.merged.emails) == 2


def test_without_base_gaps_fill_and_differences_conflict() -> None:
    local = _base()
    remote = copy.deepcopy(local)
    local.location = ""
    remote.location = "Giza"
    remote.job_title = "Architect"
    result = merge(None, local, remote)
    assert result.merged.location == "Giza"
    assert [c.field for c in result.conflicts] == ["job_title"]


def test_render_keeps_other_clients_lines_and_drops_stale_own_ones() -> None:
    server = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:Old Name\r\nN:Name;Old;;;\r\n"
        "item1.TEL:+1 555\r\nitem1.X-ABLabel:Gym\r\nitem2.X-ABDATE:2020-01-01\r\n"
        "item2.X-ABLabel:_$!<Anniversary>!$_\r\nX-NETDESK-CIRCLE:old\r\n"
        "IMPP:xmpp:a@b.example\r\nX-LONG:" + "x" * 90 + "\r\nEND:VCARD\r\n"
    )
    assert foreign_lines(server) == [
        "item2.X-ABDATE:2020-01-01",
        "item2.X-ABLabel:_$!<Anniversary>!$_",
        "IMPP:xmpp:a@b.example",
        "X-LONG:" + "x" * 90,
    ]
    card = render(ContactData(uid="u1", given_name="New", circle="friend"), "3.0", server)
    assert card.endswith("X-LONG:" + "x" * 68 + "\r\n " + "x" * 22 + "\r\nEND:VCARD\r\n")
    assert "X-NETDESK-CIRCLE:friend" in card
    assert "old" not in card.replace("\r\n ", "")
    parsed = parse_card(card)
    assert parsed is not None
    assert (parsed.given_name, parsed.uid, parsed.phones) == ("New", "u1", [])


def test_same_fields_ignores_what_a_round_trip_changes() -> None:
    data = ContactData(uid="x", given_name="Ali", display_name="Ali")
    assert same_fields(normalised(data), normalised(ContactData(uid="x", given_name="Ali")))


def test_resource_names_are_safe_paths() -> None:
    assert resource_name("4f1c-9a") == "4f1c-9a.vcf"
    odd = resource_name("urn:uuid:a/b?c")
    assert odd.endswith(".vcf")
    assert "/" not in odd
    assert ":" not in odd


def _jpeg(size: int, colour: str) -> bytes:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.11 takes the format as str at run time, whatever its stubs say.
    image.save(buffer, "JPEG", 95)  # type: ignore[call-overload]
    return bytes(QByteArray(buffer.data()).data())


def test_the_servers_full_size_photo_is_not_replaced_by_the_thumbnail() -> None:
    photo = _jpeg(800, "teal")
    line = "PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(photo).decode()
    server = f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:p\r\nFN:P\r\n{line}\r\nEND:VCARD\r\n"
    pulled = parse_card(server)
    assert pulled is not None
    assert pulled.photo is not None
    assert len(pulled.photo) < len(photo)  # what NetDesk stores: a thumbnail
    card = render(pulled, "3.0", server)
    assert line in card.replace("\r\n ", "")
    assert card.count("PHOTO") == 1
    changed = copy.deepcopy(pulled)
    changed.photo = _jpeg(64, "red")
    card = render(changed, "3.0", server)
    assert line not in card.replace("\r\n ", "")
    assert card.count("PHOTO") == 1
