from PySide6.QtCore import Qt

from netdesk.domain.contact_data import ContactData
from netdesk.models.organizations import OrganizationTableModel, OrgColumn, OrgRole


def test_qtmodeltester(qtmodeltester, context, people):
    model = OrganizationTableModel()
    model.refresh()
    qtmodeltester.check(model, force_py=True)


def test_rows_filter_and_counts(context, people):
    context.contacts.add(ContactData(given_name="Hany", organization="Careem"))
    model = OrganizationTableModel()
    model.refresh()
    names = [model.index(r, OrgColumn.NAME).data() for r in range(model.rowCount())]
    assert names == ["Careem", "Vodafone"]
    assert model.index(0, OrgColumn.CURRENT).data() == "2"
    assert model.index(0, OrgColumn.NAME).data(OrgRole.ID) is not None
    model.set_filter("voda")
    assert model.rowCount() == 1
    assert model.headerData(1, Qt.Orientation.Horizontal) == "People there"
