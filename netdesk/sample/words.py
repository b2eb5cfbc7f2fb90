"""Vocabulary of the sample network: real names, organisations and phrases in both languages.

Names come with a Latin spelling for e-mail addresses and profile links. Compact
space-separated strings keep the lists readable; ``_`` joins the words of one entry.
"""

from __future__ import annotations

from netdesk.domain.enums import EventKind, InteractionKind


def _pairs(text: str) -> list[tuple[str, str]]:
    """``"محمد:mohamed عبد_الله:abdallah"`` -> ``[("محمد", "mohamed"), ("عبد الله", ...)]``."""
    out = []
    for item in text.split():
        arabic, latin = item.split(":")
        out.append((arabic.replace("_", " "), latin))
    return out


def _words(text: str) -> list[str]:
    return [w.replace("_", " ") for w in text.split()]


AR_MALE = _pairs(
    "محمد:mohamed أحمد:ahmed عمر:omar يوسف:youssef مصطفى:mostafa خالد:khaled علي:ali "
    "حسن:hassan كريم:karim طارق:tarek إبراهيم:ibrahim عبد_الله:abdallah "
    "عبد_الرحمن:abdelrahman سامي:sami فادي:fadi رامي:rami وليد:walid ياسر:yasser "
    "هشام:hisham أسامة:osama زياد:ziad مازن:mazen فيصل:faisal سلطان:sultan ماجد:majed "
    "شريف:sherif تامر:tamer باسل:basel جمال:gamal سعيد:saeed حمزة:hamza أنس:anas "
    "مروان:marwan نبيل:nabil عادل:adel"
)
AR_FEMALE = _pairs(
    "فاطمة:fatma مريم:mariam نور:nour ليلى:laila سارة:sara هدى:hoda رنا:rana دينا:dina "
    "منى:mona ياسمين:yasmin سلمى:salma آية:aya إيمان:eman رشا:rasha نادين:nadine لينا:lina "
    "ريم:reem هبة:heba شيماء:shaimaa جنى:jana ملك:malak زينب:zeinab أمل:amal نهى:noha "
    "رحاب:rehab لمى:lama دعاء:doaa"
)
AR_FAMILY = _pairs(
    "السيد:elsayed حسن:hassan الخطيب:elkhatib منصور:mansour القحطاني:alqahtani "
    "عبد_الرحمن:abdelrahman الشامي:elshamy المصري:elmasry حداد:haddad نصر:nasr "
    "إبراهيم:ibrahim عثمان:osman الزهراني:alzahrani الحربي:alharbi العتيبي:alotaibi "
    "خوري:khoury فرح:farah سليمان:soliman عبد_العزيز:abdelaziz النجار:elnaggar "
    "الشريف:elsherif مصطفى:mostafa عيسى:issa الحسيني:elhusseini البنا:elbanna يوسف:youssef "
    "جابر:gaber المهيري:almheiri الكعبي:alkaabi الدوسري:aldosari الأنصاري:elansary "
    "عبد_الله:abdallah سلامة:salama"
)
EN_GIVEN = _words(
    "James Sarah Michael Emily David Olivia Daniel Sophie Thomas Hannah Lucas Mia Noah Chloé "
    "Adam Grace Ethan Laura Ryan Anna Marco Elena Pierre Camille Jonas Priya Arjun Wei Yuki "
    "Carlos Sofía Liam José Zoë Émilie Björn Aisha Kofi"
)
EN_FAMILY = _words(
    "Smith Johnson Brown Williams Taylor Anderson Clark Lewis Walker Hall Young King Wright "
    "Scott Green Baker Müller Schmidt Rossi Dubois García Martínez Patel Sharma Chen Wang "
    "Tanaka Kowalski O'Brien Novak Okafor Lindqvist"
)
# (name, e-mail domain)
ORGANIZATIONS = [
    ("Vodafone Egypt", "vodafone.com.eg"),
    ("أرامكو السعودية", "aramco.com"),
    ("Microsoft", "microsoft.com"),
    ("جامعة القاهرة", "cu.edu.eg"),
    ("Careem", "careem.com"),
    ("Fawry", "fawry.com"),
    ("Instabug", "instabug.com"),
    ("Swvl", "swvl.com"),
    ("Valeo", "valeo.com"),
    ("IBM", "ibm.com"),
    ("Google", "google.com"),
    ("Amazon", "amazon.com"),
    ("البنك الأهلي المصري", "nbe.com.eg"),
    ("Orange Egypt", "orange.eg"),
    ("e& UAE", "eand.com"),
    ("Emirates NBD", "emiratesnbd.com"),
    ("stc", "stc.com.sa"),
    ("الجامعة الأمريكية بالقاهرة", "aucegypt.edu"),
    ("Noon", "noon.com"),
    ("Talabat", "talabat.com"),
    ("Siemens", "siemens.com"),
    ("Dell Technologies", "dell.com"),
    ("وزارة الاتصالات وتكنولوجيا المعلومات", "mcit.gov.eg"),
    ("Paymob", "paymob.com"),
    ("جامعة الملك سعود", "ksu.edu.sa"),
    ("Accenture", "accenture.com"),
    ("PwC Middle East", "pwc.com"),
    ("مستشفى دار الفؤاد", "daralfouad.org"),
    ("Deloitte", "deloitte.com"),
    ("مدرسة الأمل", "alamal.edu.eg"),
]
TITLES_EN = _words(
    "Software_Engineer Senior_Software_Engineer Engineering_Manager Product_Manager "
    "Data_Scientist HR_Business_Partner Talent_Acquisition_Specialist Recruiter "
    "Marketing_Manager Sales_Director Financial_Analyst Teaching_Assistant Professor "
    "Associate_Professor CTO Founder UX_Designer DevOps_Engineer Consultant Account_Manager"
)
TITLES_AR = _words(
    "مهندس_برمجيات مدير_مشروعات أستاذ_مساعد معيد محاسب مدير_الموارد_البشرية مسؤول_توظيف "
    "محلل_بيانات مدير_تسويق طبيب صيدلي مدير_مبيعات مستشار رئيس_قسم مدرس"
)
LOCATIONS = _words(
    "Cairo Giza Alexandria القاهرة الإسكندرية المنصورة Riyadh الرياض Jeddah Dubai دبي "
    "Abu_Dhabi Amman عمّان Beirut بيروت Doha London Berlin Toronto"
)
TAGS = _words(
    "LinkedIn Cairo Python توظيف جامعة Mentor Startup AI Conference Dubai زمالة عمل_سابق "
    "Volunteering Football PhD Freelance"
)
HOW_MET = _words(
    "PyCon_Egypt University Former_team Via_LinkedIn Friend's_wedding RiseUp_Summit الجامعة "
    "العمل_السابق مؤتمر عن_طريق_صديق"
)
HELP = _words(
    "Job_referrals CV_review Interview_prep Fundraising_advice توصية_عمل مراجعة_السيرة_الذاتية "
    "نصائح_عن_الدراسات_العليا"
)
EN_NOTES = [
    "Prefers WhatsApp over e-mail.",
    "Moving to Dubai next year; ask about the team there.",
    "Daughter started university this autumn.",
    "Great at system design interviews. Offered to do a mock interview.",
    "Runs a monthly Python meetup.",
    "Knows everyone in fintech in Cairo.",
]
AR_NOTES = [
    "يفضّل التواصل عبر واتساب.",
    "زميل دراسة من كلية الهندسة.",
    "يبحث عن فرصة عمل في الخليج.",
    "ساعدني في التحضير للمقابلة الشخصية.",
    "تحب القراءة وتدير نادي كتاب شهري.",
    "صديق العائلة منذ سنوات.",
]
INTERACTION_NOTES = [
    "Follow up next month.",
    "Send the slides.",
    "سأرسل له السيرة الذاتية.",
    "متابعة بعد العيد.",
]
# (kind, English summary, Arabic summary)
SUMMARIES = [
    (InteractionKind.MEETING, "Coffee catch-up", "قهوة في الزمالك"),
    (InteractionKind.CALL, "Call about the job opening", "مكالمة بخصوص فرصة عمل"),
    (InteractionKind.EMAIL, "Sent my CV for review", "أرسلت السيرة الذاتية للمراجعة"),
    (InteractionKind.MEETING, "Lunch near the office", "غداء بالقرب من المكتب"),
    (InteractionKind.MESSAGE, "Congratulated on the new role", "تهنئة بالوظيفة الجديدة"),
    (InteractionKind.MESSAGE, "Eid greetings", "تهنئة بالعيد"),
    (InteractionKind.EVENT, "Met at the conference", "تعارف على هامش المؤتمر"),
    (InteractionKind.CALL, "Asked for a referral", "طلب توصية"),
    (InteractionKind.MESSAGE, "Birthday wishes", "تهنئة بعيد الميلاد"),
    (InteractionKind.MEETING, "Discussed the project proposal", "مناقشة مقترح المشروع"),
    (InteractionKind.SOCIAL, "Shared an article on LinkedIn", "مشاركة مقال على لينكدإن"),
    (InteractionKind.CALL, "Mock interview", "مقابلة تجريبية"),
    (InteractionKind.INTRODUCTION, "Intro to a hiring manager", "تعريف بمدير التوظيف"),
    (InteractionKind.MESSAGE, "Quick sync on WhatsApp", "رسالة على واتساب"),
    (InteractionKind.MEETING, "Iftar in Ramadan", "عزومة إفطار في رمضان"),
    (InteractionKind.EVENT, "Alumni gathering", "لقاء الخريجين"),
    (InteractionKind.OTHER, "Helped with a visa letter", "مساعدة في خطاب التأشيرة"),
]
# (name, place, kind): held once a year
EVENTS = [
    ("PyCon Egypt", "Cairo", EventKind.CONFERENCE),
    ("RiseUp Summit", "Cairo", EventKind.CONFERENCE),
    ("GITEX Global", "Dubai", EventKind.CONFERENCE),
    ("LEAP", "Riyadh", EventKind.CONFERENCE),
    ("DevFest Cairo", "Cairo", EventKind.MEETUP),
    ("AUC Career Fair", "New Cairo", EventKind.JOB_FAIR),
    ("ملتقى التوظيف", "جامعة القاهرة", EventKind.JOB_FAIR),
    ("لقاء خريجي هندسة القاهرة", "الجيزة", EventKind.ALUMNI),
]
NICKNAMES = ["Mido", "Nono", "Zizo", "Sami", "Lulu", "أبو علي", "Bob"]
