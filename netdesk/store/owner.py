"""Which contact is the user ("me"): one row of the ``owner`` table."""

from __future__ import annotations

from netdesk.db.connection import database


def owner_id() -> int | None:
    """The contact marked as the user, unless it is in the trash."""
    row = database.execute_sql(
        'SELECT o."contact_id" FROM "owner" o JOIN "contact" c ON c."id" = o."contact_id" '
        'WHERE o."id" = 1 AND c."deleted_at" IS NULL'
    ).fetchone()
    return int(row[0]) if row else None


def set_owner(contact_id: int | None) -> None:
    with database.atomic():
        database.execute_sql('DELETE FROM "owner"')
        if contact_id is not None:
            database.execute_sql(
                'INSERT INTO "owner" ("id", "contact_id") VALUES (1, ?)', (contact_id,)
            )
