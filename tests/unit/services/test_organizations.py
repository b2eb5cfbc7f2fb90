from netdesk.domain.contact_data import ContactData
from netdesk.store import contact_store
from netdesk.store.organizations import organizations, people_at


def test_moving_jobs_keeps_the_former_organisation(contacts):
    sara = contacts.add(ContactData(given_name="Sara", organization="Fawry"))
    omar = contacts.add(ContactData(given_name="Omar", organization="fawry"))
    data = contacts.get(sara)
    data.organization = "Careem"
    contacts.update(sara, data)
    by_name = {o.name: o for o in organizations()}
    assert (by_name["Fawry"].current, by_name["Fawry"].former) == (1, 1)
    assert (by_name["Careem"].current, by_name["Careem"].former) == (1, 0)
    now, before = people_at(by_name["Fawry"].id)
    assert (now, before) == ([omar], [sara])
    # Undoing the edit puts the history back exactly: no invented move.
    contacts.undo_stack.undo()
    assert contact_store.past_organizations(sara) == []
    assert {o.name for o in organizations()} == {"Fawry"}
    contacts.undo_stack.redo()
    assert [o for o, _d in contact_store.past_organizations(sara)] == [by_name["Fawry"].id]


def test_coming_back_makes_it_current_again(contacts):
    sara = contacts.add(ContactData(given_name="Sara", organization="Fawry"))
    for org in ("Careem", "Fawry"):
        data = contacts.get(sara)
        data.organization = org
        contacts.update(sara, data)
    fawry = next(o for o in organizations() if o.name == "Fawry")
    assert people_at(fawry.id) == ([sara], [])


def test_search_is_arabic_aware(contacts):
    contacts.add(ContactData(given_name="Nour", organization="جامعة القاهرة"))
    contacts.add(ContactData(given_name="Ali", organization="Vodafone"))
    assert [o.name for o in organizations("جامعه")] == ["جامعة القاهرة"]
    assert [o.name for o in organizations("VODA")] == ["Vodafone"]
    assert organizations("50%_off") == []
