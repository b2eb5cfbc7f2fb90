"""Arabic for the job search, relationship strength, outreach and Today (issue 19).

Kept apart from ``translations_ar.py`` (which merges it into ``ARABIC``) so that this
feature's words travel together. The same conventions: Modern Standard Arabic, Qt's six
plural forms in order (zero, one, two, few, many, other), one accelerator per menu or
dialog. "Opening" is فرصة عمل, "referral" ترشيح, "tie" علاقة.
"""

from __future__ import annotations

Forms = tuple[str, str, str, str, str, str]


def _ago(unit: Forms) -> Forms:
    zero, one, two, few, many, other = unit
    return (
        f"آخر حديث قبل %Ln {zero}",
        f"آخر حديث قبل {one}",
        f"آخر حديث قبل {two}",
        f"آخر حديث قبل %Ln {few}",
        f"آخر حديث قبل %Ln {many}",
        f"آخر حديث قبل %Ln {other}",
    )


JOBS: dict[str, str | Forms] = {
    # Menus and actions.
    "&Job Search…": "البحث عن &وظيفة…",
    "&Today…": "ال&يوم…",
    "&Share Something…": "م&شاركة شيء مفيد…",
    "Reach &Out": "مرا&سلة",
    "Reach Out": "مراسلة",
    "Say &Hello…": "إلقاء الت&حية…",
    "&Congratulate…": "&تهنئة…",
    "&Share…": "&مشاركة…",
    "Ask for a &Referral…": "طلب ت&رشيح…",
    "&Thank…": "تقديم ال&شكر…",
    # Stages of an opening.
    "Interested": "مهتم",
    "Asked for a referral": "طلبتُ ترشيحًا",
    "Applied": "تقدّمتُ",
    "Interviewing": "في المقابلات",
    "Closed": "مغلقة",
    # The board.
    "Job Search": "البحث عن وظيفة",
    "&Board": "ال&لوحة",
    "&List": "ال&قائمة",
    "Stage": "المرحلة",
    "Since": "منذ",
    "Found via": "المصدر",
    "&New Opening…": "فرصة &جديدة…",
    "&Target Organisation…": "مؤسسة &مستهدفة…",
    "&Move To": "&نقل إلى",
    "%1 (%2)": "%1 (%2)",
    "%1 at %2": "%1 في %2",
    "Target organisations: %1": "المؤسسات المستهدفة: %1",
    "Target Organisation": "مؤسسة مستهدفة",
    "Organisation you want to work at:": "المؤسسة التي تريد العمل فيها:",
    # Undo steps.
    "Add opening %1": "إضافة فرصة العمل %1",
    "Edit opening %1": "تحرير فرصة العمل %1",
    "Move %1": "نقل %1",
    "Delete opening %1": "حذف فرصة العمل %1",
    "Add target %1": "إضافة المؤسسة المستهدفة %1",
    "Remove target": "إزالة مؤسسة مستهدفة",
    "Ask for a referral for %1": "طلب ترشيح لـ%1",
    "Tie the ask to the opening": "ربط الطلب بفرصة العمل",
    "Share %1": "مشاركة %1",
    # Ties and why someone can help.
    "No tie yet": "لا علاقة بعد",
    "Weak tie": "علاقة ضعيفة",
    "Fair tie": "علاقة متوسطة",
    "Strong tie": "علاقة قوية",
    "Works there": "يعمل هناك",
    "Connected": "على صلة",
    "never in touch": "لم يحدث تواصل بعد",
    "last spoke today": "آخر حديث اليوم",
    "last spoke %n day(s) ago": _ago(("يوم", "يوم واحد", "يومين", "أيام", "يومًا", "يوم")),
    "last spoke %n week(s) ago": _ago(
        ("أسبوع", "أسبوع واحد", "أسبوعين", "أسابيع", "أسبوعًا", "أسبوع")
    ),
    "last spoke %n month(s) ago": _ago(("شهر", "شهر واحد", "شهرين", "أشهر", "شهرًا", "شهر")),
    "last spoke %n year(s) ago": _ago(("سنة", "سنة واحدة", "سنتين", "سنوات", "سنة", "سنة")),
    ", ": "، ",
    "%n interaction(s) this past year": (
        "لا تفاعلات خلال العام الماضي",
        "تفاعل واحد خلال العام الماضي",
        "تفاعلان خلال العام الماضي",
        "%Ln تفاعلات خلال العام الماضي",
        "%Ln تفاعلًا خلال العام الماضي",
        "%Ln تفاعل خلال العام الماضي",
    ),
    "you helped them %n time(s)": (
        "ساعدتَه %Ln مرة",
        "ساعدتَه مرة واحدة",
        "ساعدتَه مرتين",
        "ساعدتَه %Ln مرات",
        "ساعدتَه %Ln مرة",
        "ساعدتَه %Ln مرة",
    ),
    "they helped you %n time(s)": (
        "ساعدك %Ln مرة",
        "ساعدك مرة واحدة",
        "ساعدك مرتين",
        "ساعدك %Ln مرات",
        "ساعدك %Ln مرة",
        "ساعدك %Ln مرة",
    ),
    "%1 (%2 of 100): %3": "%1 (%2 من 100): %3",
    "works at %1": "يعمل في %1",
    "used to work at %1": "عمل سابقًا في %1",
    "introduced to %1 there": "جرى تعريفه بـ%1 هناك",
    "met %1 there at %2": "التقى %1 من هناك في %2",
    "alumni, like %1 there": "من الخريجين، مثل %1 هناك",
    # Today.
    "due today": "حان موعده اليوم",
    "follow up on your ask: %1": "تابِع طلبك: %1",
    "ask for a referral or apply at %1": "اطلب ترشيحًا أو تقدّم في %1",
    "answer the offer from %1": "ردّ على عرض %1",
    "your referral asks are answered: apply at %1": "أُجيبت طلبات الترشيح: تقدّم في %1",
    "works at %1, one of your target organisations": "يعمل في %1، إحدى المؤسسات التي تستهدفها",
    "a strong tie gone quiet for %n day(s)": (
        "علاقة قوية انقطع فيها التواصل منذ %Ln يوم",
        "علاقة قوية انقطع فيها التواصل منذ يوم واحد",
        "علاقة قوية انقطع فيها التواصل منذ يومين",
        "علاقة قوية انقطع فيها التواصل منذ %Ln أيام",
        "علاقة قوية انقطع فيها التواصل منذ %Ln يومًا",
        "علاقة قوية انقطع فيها التواصل منذ %Ln يوم",
    ),
    "Today": "اليوم",
    "Who or which": "من أو ماذا",
    "All Who Are &Due": "كل من &حان موعدهم",
    "Job &Search…": "البحث عن &وظيفة…",
    "Due": "حان الموعد",
    "Opening": "فرصة عمل",
    "Reconnect": "إعادة تواصل",
    "Nothing for today.": "لا شيء لليوم.",
    "This week": "هذا الأسبوع",
    "Weekly goal reached: %1 touches (the goal is %2)": (
        "بلغتَ هدفك الأسبوعي — مرات التواصل: %1 (الهدف %2)"
    ),
    "%1 (%2): %3": "%1 (%2): %3",
    "%1 of %2 touches toward your weekly goal": "مرات التواصل نحو هدفك الأسبوعي: %1 من %2",
    "%n touch(es) this week": (
        "لا تواصل هذا الأسبوع",
        "تواصل واحد هذا الأسبوع",
        "تواصلان هذا الأسبوع",
        "%Ln مرات تواصل هذا الأسبوع",
        "%Ln مرة تواصل هذا الأسبوع",
        "%Ln مرة تواصل هذا الأسبوع",
    ),
    # An opening and who can help.
    "Relation": "الصلة",
    "Tie": "العلاقة",
    "Who can help": "من يستطيع المساعدة",
    "Show &Contact": "عرض &جهة الاتصال",
    "&Edit Opening…": "&تحرير الفرصة…",
    "No opening selected": "لم تُحدَّد فرصة عمل",
    "%1 since %2": "%1 منذ %2",
    "found via %1": "المصدر: %1",
    "Who can help at %1": "من يستطيع المساعدة في %1",
    "No one you know there yet.": "لا تعرف أحدًا هناك بعد.",
    "Edit Opening": "تحرير فرصة عمل",
    "New Opening": "فرصة عمل جديدة",
    "LinkedIn, a friend, the company's site…": "LinkedIn، صديق، موقع الشركة…",
    "&Link:": "ال&رابط:",
    "&Found via:": "الم&صدر:",
    "Give the opening a title and an organisation.": "أدخل مسمى فرصة العمل ومؤسستها.",
    # Reaching out.
    "Said hello": "ألقيتُ التحية",
    "Congratulated": "قدّمتُ التهنئة",
    "Thanked": "قدّمتُ الشكر",
    "Asked for a referral: %1": "طلبتُ ترشيحًا: %1",
    "Shared: %1": "شاركتُ: %1",
    "Shared something": "شاركتُ شيئًا",
    "E-&mail:": "البريد الإل&كتروني:",
    "&Phone:": "ال&هاتف:",
    "S&ubject:": "ال&موضوع:",
    "&Message:": "ال&رسالة:",
    "No particular opening": "دون فرصة بعينها",
    "&Opening:": "ال&فرصة:",
    "&Follow up on:": "موعد الم&تابعة:",
    "Lin&k:": "الرا&بط:",
    "L&ine:": "الس&طر:",
    "Open in &Mail": "فتح في البري&د",
    "Open in &WhatsApp": "فتح في &واتساب",
    "C&opy Text": "&نسخ النص",
    "Cannot Open": "تعذّر الفتح",
    "This phone number cannot be used with WhatsApp.": "لا يمكن استخدام رقم الهاتف هذا مع واتساب.",
    "No program on this computer opens that link.": (
        "لا يوجد على هذا الحاسوب برنامج يفتح هذا الرابط."
    ),
    "Was It Sent?": "هل أُرسلت؟",
    "Log this message to %1 on the timeline once you have sent it?": (
        "هل تسجّل هذه الرسالة إلى %1 في السجل الزمني بعد أن أرسلتها؟"
    ),
    "Log It": "تسجيل",
    # Share something.
    "Share Something": "مشاركة شيء مفيد",
    "Why it is worth reading, in a line": "لماذا يستحق القراءة، في سطر واحد",
    "People who would value it": "من سيقدّره",
    "&Copy and Log as Shared": "&نسخ وتسجيل المشاركة",
    "Who would value it:": "من سيقدّره:",
    "%1 — matches their %2 · %3": "%1 — يطابق %2 · %3",
    "can-help-with": "ما يستطيع المساعدة فيه",
    "tags": "الوسوم",
    "circle": "الدائرة",
    "organisation": "المؤسسة",
    "title": "المسمى الوظيفي",
    "location": "الموقع",
    "&General": "&عام",
    "&Reaching Out": "ال&مراسلة",
    "Type a link and a line to see who would value it.": "اكتب رابطًا وسطرًا لترى من سيقدّره.",
    "Copied; logged as shared with %n person(s).": (
        "نُسخ النص وسُجّلت المشاركة مع %Ln شخص.",
        "نُسخ النص وسُجّلت المشاركة مع شخص واحد.",
        "نُسخ النص وسُجّلت المشاركة مع شخصين.",
        "نُسخ النص وسُجّلت المشاركة مع %Ln أشخاص.",
        "نُسخ النص وسُجّلت المشاركة مع %Ln شخصًا.",
        "نُسخ النص وسُجّلت المشاركة مع %Ln شخص.",
    ),
    # Preferences.
    "No goal": "بلا هدف",
    "Placeholders: %1": "العناصر النائبة: %1",
    "Restore &Default": "استعادة ال&افتراضي",
    "People to reach each &week:": "عدد من تتواصل معهم كل أس&بوع:",
    "Lan&guage:": "لغة ال&قالب:",
    "&Text:": "ال&نص:",
}
