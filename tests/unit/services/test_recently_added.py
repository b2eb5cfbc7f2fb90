"""Recently added: contacts added in the last ``RECENT_DAYS``, counted and listed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData
from netdesk.services.contacts import ContactService
from netdesk.services.queries import ContactQuery, recent_cutoff
from netdesk.store.due import RECENT_DAYS


def _added(contacts: ContactService, name: str, days_ago: int) -> int:
    cid = contacts.add(ContactData(given_name=name))
    when = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    database.execute_sql(
        "UPDATE contact SET created_at = ? WHERE id = ?",
        (str(when - dt.timedelta(days=days_ago)), cid),
    )
    return cid


def test_recently_added_lists_and_counts_only_the_last_days(contacts: ContactService) -> None:
    new = _added(contacts, "New", 0)
    month = _added(contacts, "Month", RECENT_DAYS - 1)
    _added(contacts, "Old", RECENT_DAYS + 1)
    gone = _added(contacts, "Gone", 1)
    contacts.delete([gone])
    since = recent_cutoff(dt.datetime.now(dt.UTC))
    assert sorted(contacts.query_ids(ContactQuery(added_since=since))) == sorted([new, month])
    assert contacts.facets().recent == 2
    assert contacts.facets().total == 3
    # The filter holds with a search and on a name prefix too.
    assert contacts.query_ids(ContactQuery(text="Mon", added_since=since)) == [month]
    assert contacts.query_ids(ContactQuery(text="Ol", added_since=since)) == []


def test_recent_cutoff_is_utc_days_back() -> None:
    now = dt.datetime(2026, 3, 31, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert recent_cutoff(now) == dt.datetime(2026, 3, 30, 22, 30) - dt.timedelta(days=RECENT_DAYS)


def test_the_photo_is_read_apart(contacts: ContactService) -> None:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"jpg")).write(image)
    cid = contacts.add(ContactData(given_name="P", photo=bytes(buffer.data().data())))
    other = contacts.add(ContactData(given_name="Q"))
    assert contacts.photo(cid) == contacts.get(cid).photo is not None
    assert contacts.photo(other) is None
    rows = contacts.rows([cid, other])
    assert rows[cid].has_photo and not rows[other].has_photo
