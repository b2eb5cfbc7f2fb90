"""Field extraction from the lines of a business card (no OCR involved)."""

from netdesk.domain.card_fields import CardLine, clean_text, find_phones, read_card


def line(text: str, y: int, height: int = 30, x: int = 40, image: int = 0) -> CardLine:
    return CardLine(text, (x, y, 400, height), image)


def test_an_english_card_gives_each_field_and_where_it_was() -> None:
    reading = read_card(
        [
            line("Layla Haddad", 40, height=60),
            line("Senior Software Engineer", 120),
            line("Gulf Data Systems LLC", 160),
            line("E: layla.haddad @ gulfdata.com", 400),
            line("Mob: 050 123 4567", 440),
            line("www.gulfdata.com", 480),
            line("Office 12, Tower B, Sheikh Zayed Road", 520),
        ],
        region="AE",
    )
    c = reading.contact
    assert (c.given_name, c.family_name, c.display_name) == ("Layla", "Haddad", "Layla Haddad")
    assert c.job_title == "Senior Software Engineer"
    assert c.organization == "Gulf Data Systems LLC"
    assert [(e.value, e.label) for e in c.emails] == [("layla.haddad@gulfdata.com", "work")]
    assert [(p.value, p.label) for p in c.phones] == [("+971 50 123 4567", "mobile")]
    assert [u.value for u in c.urls] == ["https://www.gulfdata.com"]
    assert [a.value for a in c.addresses] == ["Office 12, Tower B, Sheikh Zayed Road"]
    assert reading.regions["display_name"].box == (40, 40, 400, 60)
    assert reading.regions["phones.0"].box == (40, 440, 400, 30)


def test_a_bilingual_card_keeps_both_names_the_preferred_script_first() -> None:
    lines = [
        line("Omar Nasr", 40, height=60),
        line("Engineering Manager", 110),
        line("عمر نصر", 40, height=64, x=600),
        line("مدير الهندسة", 110, x=600),
        line("شركة الدلتا للهندسة", 150, x=600),
        line("+20 100 123 4567", 400),
    ]
    english = read_card(lines, "EG").contact
    assert (english.display_name, english.second_name) == ("Omar Nasr", "عمر نصر")
    assert english.job_title == "Engineering Manager"
    # The organisation is only in Arabic on this card: taken as it is.
    assert english.organization == "شركة الدلتا للهندسة"
    assert "مدير الهندسة" in english.notes
    arabic = read_card(lines, "EG", prefer_arabic=True).contact
    assert (arabic.display_name, arabic.second_name) == ("عمر نصر", "Omar Nasr")
    assert (arabic.given_name, arabic.family_name) == ("عمر", "نصر")
    assert arabic.job_title == "مدير الهندسة"


def test_front_and_back_repeating_contacts_give_them_once() -> None:
    lines = [
        line("Sara Ali", 40, height=60),
        line("sara@x.example", 400),
        line("+971 50 123 4567", 440),
        line("سارة علي", 40, height=60, image=1),
        line("sara@x.example", 400, image=1),
        line("+971 50 123 4567", 440, image=1),
    ]
    reading = read_card(lines, "AE")
    assert len(reading.contact.emails) == 1 and len(reading.contact.phones) == 1
    assert reading.regions["second_name"].image == 1


def test_an_organisation_without_a_company_word_is_the_line_after_the_name() -> None:
    c = read_card(
        [
            line("Karim Nabil", 40, height=60),
            line("Red Sea Logistics", 130),
            line("k@r.example", 400),
        ]
    ).contact
    assert (c.display_name, c.organization) == ("Karim Nabil", "Red Sea Logistics")


def test_phones_use_the_region_and_keep_a_foreign_local_number_as_printed() -> None:
    assert find_phones("T: 050 123 4567", "AE") == [("+971 50 123 4567", "work")]
    assert find_phones("Fax +966 11 234 5678", "") == [("+966 11 234 5678", "fax")]
    assert find_phones("هاتف: ٠١٠٠ ١٢٣ ٤٥٦٧", "EG") == [("+20 10 01234567", "work")]
    assert find_phones("0100 877 8623", "") == [("0100 877 8623", "work")]


def test_clean_text_drops_direction_marks_and_reads_an_undotted_final_ya() -> None:
    assert clean_text("\u200flayla@x.example\u200e") == "layla@x.example"
    assert clean_text("بنك دبى الوطنى") == "بنك دبي الوطني"
    # Words that do end in alef maqsura keep it.
    assert clean_text("مستشفى ليلى") == "مستشفى ليلى"
