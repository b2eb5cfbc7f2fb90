"""Sample summaries shared by the printing tests (and handy for looking at the output)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import Circle, Direction, InteractionKind
from netdesk.printing.summary_data import (
    GiveAndTake,
    KeepInTouch,
    PrintedAsk,
    PrintedEvent,
    SummaryData,
)

TODAY = dt.date(2025, 3, 10)
HOSTILE_NAME = '<b>x</b> <img src="file:///etc/passwd">'
ARABIC_NOTE = "التقينا في مؤتمر PyCon 2024 في القاهرة"


def photo_png() -> bytes:
    """A small portrait-shaped PNG (needs a QGuiApplication)."""
    image = QImage(120, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("#9fb4c7"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#4d6478"))
    painter.drawEllipse(35, 25, 50, 55)
    painter.drawEllipse(15, 90, 90, 90)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes, runtime wants str
    return bytes(data.data())


def _at(days_ago: int) -> dt.datetime:
    return dt.datetime.combine(TODAY, dt.time(10, 0)) - dt.timedelta(days=days_ago)


def _met(days_ago: int, kind: InteractionKind, direction: Direction, text: str) -> InteractionData:
    return InteractionData(_at(days_ago), kind, text, direction=direction)


def english(photo: bytes | None = None) -> SummaryData:
    contact = ContactData(
        given_name="Margaret",
        family_name="Hamilton",
        organization="Massachusetts Institute of Technology",
        job_title="Professor of Computer Science",
        department="CSAIL",
        circle=Circle.PROFESSOR,
        how_met="She taught my software reliability seminar in 2019; I was her TA in 2020.",
        can_help_with="Introductions to the flight-software group; PhD application advice.",
        location="Cambridge, MA",
        birthday=PartialDate(8, 17),
        notes="Prefers email over phone.\nAsk about the new reliability lab.",
        photo=photo,
        emails=[Labeled("m.hamilton@mit.example", "work"), Labeled("maggie@example.org", "home")],
        phones=[Labeled("+1 617 555 0142", "mobile")],
        urls=[Labeled("https://www.linkedin.com/in/mhamilton-example", "linkedin")],
        addresses=[Labeled("32 Vassar Street\nCambridge, MA 02139", "work")],
        tags=["mentor", "research", "Boston"],
    )
    return SummaryData(
        contact=contact,
        keep_in_touch=KeepInTouch(_at(40).date(), 30, _at(10).date(), TODAY),
        interactions=[
            _met(
                40,
                InteractionKind.MEETING,
                Direction.RECEIVED,
                "Coffee at Tatte: talked about PhD plans",
            ),
            _met(95, InteractionKind.EMAIL, Direction.GAVE, "Sent her my thesis draft"),
            _met(200, InteractionKind.EVENT, Direction.MUTUAL, "Saw her keynote at ICSE"),
            _met(
                380,
                InteractionKind.CALL,
                Direction.RECEIVED,
                "Reference call for the Google internship",
            ),
        ],
        balance=GiveAndTake(gave=2, received=3),
        open_asks=[PrintedAsk(_at(20).date(), "Introduction to the NASA JPL team", "open")],
        closed_asks=[
            PrintedAsk(
                _at(380).date(),
                "Reference letter for Google",
                "done",
                "Sent in time; I got the internship",
            )
        ],
        events=[PrintedEvent(_at(200).date(), "ICSE 2024", "Lisbon")],
    )


def arabic(photo: bytes | None = None) -> SummaryData:
    contact = ContactData(
        given_name="ليلى",
        family_name="عبد الرحمن",
        organization="جامعة القاهرة",
        job_title="أستاذة علوم الحاسب",
        circle=Circle.PROFESSOR,
        how_met=ARABIC_NOTE,
        can_help_with="Machine learning reading group",
        notes=ARABIC_NOTE + "\nتفضّل التواصل عبر البريد الإلكتروني.",
        photo=photo,
        emails=[Labeled("layla@cu.example.edu.eg", "work")],
        phones=[Labeled("+20 100 555 0199", "mobile")],
        tags=["ذكاء اصطناعي", "PyCon"],
    )
    return SummaryData(
        contact=contact,
        keep_in_touch=KeepInTouch(_at(12).date(), 60, _at(-48).date(), TODAY),
        interactions=[
            _met(12, InteractionKind.CALL, Direction.RECEIVED, "مكالمة حول مشروع التخرج"),
            _met(70, InteractionKind.MEETING, Direction.MUTUAL, "Lunch after the PyCon Egypt talk"),
            _met(300, InteractionKind.EVENT, Direction.GAVE, "محاضرة عن التعلم العميق"),
        ],
        balance=GiveAndTake(gave=1, received=1),
        events=[PrintedEvent(_at(300).date(), "PyCon 2024", "القاهرة")],
    )


def busy(count: int = 300) -> SummaryData:
    kinds = list(InteractionKind)
    directions = list(Direction)
    interactions = [
        InteractionData(
            _at(3 * i + 1),
            kinds[i % len(kinds)],
            f"Interaction {count - i:03d}: "
            + ("follow-up on the open-source project and the conference talk " * (i % 3)),
            direction=directions[i % len(directions)],
        )
        for i in range(count)
    ]
    contact = ContactData(
        given_name="Busy",
        family_name="Person",
        organization="Example Corp",
        emails=[Labeled("busy@example.com", "work")],
    )
    return SummaryData(
        contact=contact,
        keep_in_touch=KeepInTouch(_at(1).date(), 7, _at(-6).date(), TODAY),
        interactions=interactions,
    )


def hostile() -> SummaryData:
    data = english()
    data.contact.display_name = HOSTILE_NAME
    data.contact.organization = '<a href="https://evil.example">click</a> &amp; co'
    data.contact.notes = '<img src="https://evil.example/pixel.png"> <style>p{}</style>'
    return data


def arabic_busy(count: int = 120) -> SummaryData:
    """Arabic and English summaries alternating, so rows have mixed line heights."""
    data = busy(count)
    for i, item in enumerate(data.interactions):
        if i % 2:
            item.summary = f"لقاء رقم {i} " + "حول المشروع والمؤتمر " * (i % 4)
    return data


_EN_SUMMARIES = (
    "Coffee catch-up",
    "Sent my CV for review",
    "Call about the job opening at the Cairo office and what the team is looking for",
    "Congratulated her on the new role",
    "Lunch near the office; talked about the reliability lab, the grant and next year's "
    "summer school",
    "Quick sync on WhatsApp",
)
_AR_SUMMARIES = (
    "قهوة في الزمالك",
    "أرسلتُ سيرتي الذاتية للمراجعة",
    "مكالمة عن فرصة العمل في مكتب القاهرة وما يبحث عنه الفريق",
    "تهنئة بالمنصب الجديد",
    "غداء قرب المكتب: تحدثنا عن مختبر الموثوقية والمنحة ومدرسة Python الصيفية العام القادم",
    "متابعة سريعة عبر WhatsApp",
)
LATEST_EN = "Latest interaction on record"
LATEST_AR = "أحدث تفاعل مسجل"


def typical(count: int, language: str) -> SummaryData:
    """An everyday contact: a photo, an email and a phone, how we met, two lines of notes,
    an open and a closed ask, an event, and ``count`` interactions."""
    arabic_text = language == "ar"
    data = arabic(photo_png()) if arabic_text else english(photo_png())
    data.interactions = _interactions(count, language)
    data.balance = GiveAndTake(gave=count // 3 + 2, received=count // 3 + 1)
    if arabic_text:
        data.open_asks = [PrintedAsk(_at(9).date(), AR_OPEN_ASK, "open")]
        data.closed_asks = [PrintedAsk(_at(60).date(), AR_CLOSED_ASK, "done", AR_OUTCOME)]
    return data


AR_OPEN_ASK = "تعريفي بفريق البحث في جامعة عين شمس"
AR_CLOSED_ASK = "خطاب توصية للماجستير"
AR_OUTCOME = "وصل الخطاب وقُبلتُ في البرنامج"


def _interactions(count: int, language: str) -> list[InteractionData]:
    """``count`` interactions newest first, the newest one recognisable."""
    texts = _AR_SUMMARIES if language == "ar" else _EN_SUMMARIES
    kinds = list(InteractionKind)
    directions = list(Direction)
    return [
        InteractionData(
            _at(4 * i + 3),  # no other date of the samples falls on these
            kinds[i % len(kinds)],
            (LATEST_AR if language == "ar" else LATEST_EN) if i == 0 else texts[i % len(texts)],
            direction=directions[i % len(directions)],
        )
        for i in range(count)
    ]


def timeline(count: int, language: str) -> SummaryData:
    """A well-filled contact with ``count`` interactions, asks of both kinds and notes.

    The text before the interactions table runs past the first 1,000 characters Qt lays
    out eagerly, as real contacts do (see ``paginate``).
    """
    arabic_text = language == "ar"
    data = arabic(photo_png()) if arabic_text else english(photo_png())
    data.interactions = _interactions(count, language)
    data.balance = GiveAndTake(gave=count // 3 + 2, received=count // 3 + 1)
    if arabic_text:
        data.open_asks = [
            PrintedAsk(_at(9).date(), AR_OPEN_ASK, "open"),
            PrintedAsk(_at(30).date(), "مراجعة مقترح المنحة", "open"),
        ]
        data.closed_asks = [
            PrintedAsk(
                _at(60).date(), "خطاب توصية للماجستير", "done", "وصل الخطاب وقُبلتُ في البرنامج"
            ),
            PrintedAsk(
                _at(150).date(), "إحالة إلى شركة فودافون", "declined", "لا توجد وظائف شاغرة"
            ),
        ]
        data.contact.notes = "\n".join(
            [ARABIC_NOTE] * 3
            + [
                "تفضّل التواصل عبر البريد الإلكتروني.",
                "تشرف على رسائل ماجستير في معالجة اللغة العربية، وتبحث عن طلاب لمشروع "
                "جديد عن التعرف على الكلام باللهجة المصرية يبدأ في الخريف القادم.",
            ]
        )
        data.contact.can_help_with = (
            "مجموعة قراءة في تعلم الآلة، ومراجعة أوراق المؤتمرات قبل إرسالها، والتعريف "
            "بأساتذة قسم علوم الحاسب في جامعات القاهرة والإسكندرية وعين شمس"
        )
    else:
        data.open_asks.append(PrintedAsk(_at(30).date(), "Feedback on my grant proposal", "open"))
        data.closed_asks.append(
            PrintedAsk(_at(150).date(), "Referral to the flight-software group", "declined", "")
        )
        data.contact.notes = "\n".join(
            ["Prefers email over phone.", "Ask about the new reliability lab."] * 2
        )
    return data
