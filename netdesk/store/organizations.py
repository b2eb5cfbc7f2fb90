"""Who I know where: organisations with their current and former people."""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.domain.text import fold


@dataclass(frozen=True, slots=True)
class OrgSummary:
    id: int
    name: str
    current: int
    former: int


_ORGS_SQL = (
    "SELECT o.id, o.name, "
    "(SELECT COUNT(*) FROM contact c WHERE c.organization_id = o.id AND c.deleted_at IS NULL), "
    "(SELECT COUNT(*) FROM past_organization p JOIN contact c ON c.id = p.contact_id "
    " WHERE p.organization_id = o.id AND c.deleted_at IS NULL) "
    "FROM organization o WHERE o.name_key LIKE ? ESCAPE '\\'"
)


def organizations(text: str = "") -> list[OrgSummary]:
    """Organisations whose folded name contains ``text``, with anyone current or former."""
    key = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = database.execute_sql(_ORGS_SQL, (f"%{key}%",)).fetchall()
    return [OrgSummary(r[0], r[1], r[2], r[3]) for r in rows if r[2] or r[3]]


def people_at(organization_id: int) -> tuple[list[int], list[int]]:
    """Ids of the people at an organisation now, and of those who used to be, by name."""
    current = [
        r[0]
        for r in database.execute_sql(
            "SELECT id FROM contact WHERE organization_id = ? AND deleted_at IS NULL "
            "ORDER BY sort_key",
            (organization_id,),
        )
    ]
    former = [
        r[0]
        for r in database.execute_sql(
            "SELECT c.id FROM past_organization p JOIN contact c ON c.id = p.contact_id "
            "WHERE p.organization_id = ? AND c.deleted_at IS NULL ORDER BY c.sort_key",
            (organization_id,),
        )
    ]
    return current, former
