"""NetDesk's Arabic translation, kept as data so `make translations-update` can re-apply it.

``packaging/translations.py`` runs lupdate into ``resources/translations/netdesk_ar.ts``
and fills every message from here; a message found in the code but not here stops it.

Conventions (Modern Standard Arabic, as major apps word their UI):

* Terms match the printed summary (``netdesk/printing/labels.py``): جهة اتصال، الدائرة،
  الوسوم، المؤسسة، البقاء على تواصل، وتيرة التواصل، الموعد التالي، فعالية، طلب، عرض.
  Messages whose source text the printing layer also translates fall back to its words.
* Plurals give Qt's six Arabic forms in Qt's order: zero (0), one (1), two (2),
  few (n % 100 in 3..10), many (n % 100 in 11..99), other (100, 101, 102, 200 ...).
  Counts use ``%Ln`` so they come out in the locale's digits, like dates do.
* Menus and labels keep one accelerator on an Arabic letter, unique within a menu or
  dialog. Ellipses stay at the logical end (they show on the left in right-to-left).
* File names, paths and other text of unknown direction are wrapped in first-strong
  isolates (U+2068 ... U+2069) so a Latin path does not reorder the Arabic around it.
"""

from __future__ import annotations

Forms = tuple[str, str, str, str, str, str]
Translation = str | Forms

PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")

# First-strong isolate around text whose direction is not known in advance.
FSI, PDI = "\u2068", "\u2069"


def _iso(text: str) -> str:
    return f"{FSI}{text}{PDI}"


def _same(text: str) -> Forms:
    """One wording for every count (a heading with the count in brackets, a label)."""
    return (text, text, text, text, text, text)


def _counted(
    template: str, zero: str, one: str, two: str, few: str, many: str, other: str = ""
) -> Forms:
    """``template`` with ``{}`` replaced by each form of a counted noun phrase.

    ``other`` (100, 101 ...) takes the genitive singular; it defaults to ``many`` for
    nouns whose accusative and genitive look alike (جهة اتصال).
    """
    f = template.format
    return (f(zero), f(one), f(two), f(few), f(many), f(other or many))


# "n contacts" as subject (nominative) and after a verb or preposition (oblique).
def _contacts(template: str) -> Forms:
    return _counted(
        template,
        "%Ln جهة اتصال",
        "جهة اتصال واحدة",
        "جهتا اتصال",
        "%Ln جهات اتصال",
        "%Ln جهة اتصال",
    )


def _contacts_oblique(template: str) -> Forms:
    return _counted(
        template,
        "%Ln جهة اتصال",
        "جهة اتصال واحدة",
        "جهتي اتصال",
        "%Ln جهات اتصال",
        "%Ln جهة اتصال",
    )


def _interactions(template: str) -> Forms:
    return _counted(
        template,
        "لا تفاعلات",
        "تفاعل واحد",
        "تفاعلان",
        "%Ln تفاعلات",
        "%Ln تفاعلًا",
        "%Ln تفاعل",
    )


# Source text -> translation, for every context that uses the source text.
ARABIC: dict[str, Translation] = {
    # Menus and actions -------------------------------------------------------------------
    "&File": "&ملف",
    "&Edit": "&تحرير",
    "&Contacts": "&جهات الاتصال",
    "&Network": "ال&شبكة",
    "&Help": "م&ساعدة",
    "&View": "&عرض",
    "Title and Organisation Under the &Name": "المسمى الوظيفي والمؤسسة تحت ال&اسم",
    # The sidebar's sections and views.
    "Views": "طرق العرض",
    "Recently added": "أُضيفت حديثًا",
    "Show all…": "عرض الكل…",
    "Show fewer": "عرض أقل",
    "collapsed": "مطويّ",
    # The contact card's header and sections.
    "Photo": "الصورة",
    "Send Email": "إرسال بريد إلكتروني",
    "Time until the next catch-up": "الوقت المتبقي حتى التواصل التالي",
    "How we know each other": "كيف نعرف بعضنا",
    "Contact details": "بيانات الاتصال",
    "Balance": "الميزان",
    "Events": "الفعاليات",
    "&New Contact…": "جهة اتصال &جديدة…",
    "&Import…": "ا&ستيراد…",
    "&Export…": "&تصدير…",
    "&Print Contact Summary…": "&طباعة ملخص جهة الاتصال…",
    "Export Summary as P&DF…": "تصدير ال&ملخص بصيغة PDF…",
    "Print &List…": "طباعة ال&قائمة…",
    "&Back Up Now…": "&نسخ احتياطي الآن…",
    "&Restore from Backup…": "است&عادة من نسخة احتياطية…",
    "&Quit": "&خروج",
    "&Undo": "&تراجع",
    "&Redo": "إ&عادة",
    "Select &All": "تحديد ال&كل",
    "&Delete": "&حذف",
    "&Preferences…": "ت&فضيلات…",
    "&Edit Contact…": "&تحرير جهة الاتصال…",
    "&Log Interaction…": "تسجيل ت&فاعل…",
    "&Tag Selected…": "&وسم المحدد…",
    "Toggle &Favourite": "تبديل ال&مفضلة",
    "Find &Duplicates…": "البحث عن الت&كرارات…",
    "&Reached Out": "توا&صلتُ",
    "Log that you reached out, and reset the reminder": "سجّل أنك تواصلت، وأعد ضبط التذكير",
    "&Snooze": "تأ&جيل",
    "For a Week": "لمدة أسبوع",
    "For a Month": "لمدة شهر",
    "Wake Up": "إلغاء التأجيل",
    "Set &Circle": "تعيين ال&دائرة",
    "&About NetDesk": "&حول NetDesk",
    "Who Is &Due…": "&من حان موعد التواصل معه…",
    "Met People at an &Event…": "تعرّفتُ على أشخاص في &فعالية…",
    "Record an &Ask…": "تسجيل &طلب…",
    "Record an &Offer…": "تسجيل &عرض…",
    "&Give and Ask…": "العطاء و&الطلب…",
    "Network &Health…": "&صحة الشبكة…",
    "Export Follow-ups to &Calendar…": "تصدير المتابعات إلى ال&تقويم…",
    # Main window ----------------------------------------------------------------------------
    "Circles, tags and organisations": "الدوائر والوسوم والمؤسسات",
    "Main": "الرئيسي",
    "Search names, organisations, emails, tags…": "ابحث في الأسماء والمؤسسات والبريد والوسوم…",
    "Timeline": "الخط الزمني",
    "No interactions yet.\nLog a call, a meeting or a message to start this timeline.": (
        "لا تفاعلات بعد.\nسجّل مكالمة أو لقاءً أو رسالة لتبدأ هذا الخط الزمني."
    ),
    "All contacts": "كل جهات الاتصال",
    "Due to reach out": "حان موعد التواصل",
    "Favourites": "المفضلة",
    "Circles": "الدوائر",
    "Organisations": "المؤسسات",
    "Show Them": "اعرضهم",
    "Dismiss": "إخفاء",
    "Your network starts here": "شبكتك تبدأ من هنا",
    "NetDesk keeps the people you know — how you met, where they work, what they can help "
    "with — and every call, meeting and message on a timeline.": (
        "يحفظ NetDesk الأشخاص الذين تعرفهم — كيف تعارفتم، وأين يعملون، وفيمَ يمكنهم المساعدة — "
        "وكل مكالمة ولقاء ورسالة على خط زمني."
    ),
    "It tells you who is due for a catch-up and prints a one-page brief before you meet someone.": (
        "ويذكّرك بمن حان موعد التواصل معه، ويطبع لك ملخصًا من صفحة واحدة قبل أن تلتقي بأحد."
    ),
    "Explore a Sample Network": "استكشاف شبكة تجريبية",
    "Opens made-up people apart from your own data; leave it in one click.": (
        "يفتح أشخاصًا وهميين بمعزل عن بياناتك، وتغادره بنقرة واحدة."
    ),
    "%1 — Sample Network": "%1 — شبكة تجريبية",
    "Sample network: made-up people to look around with. Your own contacts are kept apart; "
    "leaving removes the sample.": (
        "شبكة تجريبية: أشخاص وهميون للتجربة. جهات اتصالك محفوظة بمعزل عنها، "
        "ومغادرتها تحذف الشبكة التجريبية."
    ),
    "Leave Sample": "مغادرة الشبكة التجريبية",
    "What you added or changed in the sample network is removed with it. Your own contacts "
    "are not affected.": ("ما أضفته أو غيّرته في الشبكة التجريبية يُحذف معها. جهات اتصالك لا تتأثر."),
    "The sample network could not be made: %1": "تعذّر إنشاء الشبكة التجريبية: %1",
    "Same as the system": "مثل النظام",
    "Light": "فاتح",
    "Dark": "داكن",
    "&Appearance:": "ال&مظهر:",
    "Columns of the file": "أعمدة الملف",
    "Possible duplicates": "التكرارات المحتملة",
    "Contacts in the file": "جهات الاتصال في الملف",
    "Selected contact": "جهة الاتصال المحددة",
    "Search contacts": "البحث في جهات الاتصال",
    "Find an organisation": "البحث عن مؤسسة",
    "Add a participant": "إضافة مشارك",
    "Participants": "المشاركون",
    "Add a Contact…": "إضافة جهة اتصال…",
    "Import Contacts…": "استيراد جهات الاتصال…",
    "Show NetDesk": "إظهار NetDesk",
    "Who Is Due": "من حان موعد التواصل معه",
    "Quit": "خروج",
    # Contact card ----------------------------------------------------------------------------
    "Edit…": "تحرير…",
    "Log interaction…": "تسجيل تفاعل…",
    "No contact selected": "لم تُحدَّد أي جهة اتصال",
    "Profiles": "الحسابات",
    "Give and ask": "العطاء والطلب",
    "I gave %1 · I received %2 · offers %3 · open asks %4": (
        "قدّمتُ %1 · تلقّيتُ %2 · عروض %3 · طلبات مفتوحة %4"
    ),
    "Events together": "فعاليات حضرناها معًا",
    "last contact %1": "آخر تواصل %1",
    "never contacted": "لم يُتواصل معه بعد",
    "next due %1": "الموعد التالي %1",
    # Contact editor ---------------------------------------------------------------------------
    "Edit Contact": "تحرير جهة الاتصال",
    "New Contact": "جهة اتصال جديدة",
    "(none)": "(بلا)",
    "e.g. referral at Vodafone, résumé review": "مثلًا: ترشيح في Vodafone، مراجعة السيرة الذاتية",
    "YYYY-MM-DD, or --MM-DD without the year": (
        f"{_iso('YYYY-MM-DD')}، أو {_iso('--MM-DD')} من دون السنة"
    ),
    "No reminder": "بلا تذكير",
    " days": " يومًا",
    "Favourite": "مفضلة",
    "Comma-separated": "مفصولة بفواصل",
    "Web or profile link": "رابط موقع أو حساب",
    "&Given name:": "الاسم ال&أول:",
    "&Family name:": "اسم ال&عائلة:",
    "&Display name:": "الاسم ال&ظاهر:",
    "&Nickname:": "&اللقب:",
    "&Organisation:": "ال&مؤسسة:",
    "&Title:": "المسمى ال&وظيفي:",
    "Department:": "القسم:",
    "&Circle:": "ال&دائرة:",
    "How we met:": "كيف تعارفنا:",
    "Can help with:": "يمكنه المساعدة في:",
    "Location:": "الموقع:",
    "Birthday:": "تاريخ الميلاد:",
    "Keep in touch every:": "البقاء على تواصل كل:",
    "Tags:": "الوسوم:",
    "Emails:": "البريد الإلكتروني:",
    "Phones:": "الهواتف:",
    "Links:": "الروابط:",
    "Addresses:": "العناوين:",
    "Person": "الشخص",
    "The birthday is not a date (YYYY-MM-DD or --MM-DD).": (
        f"تاريخ الميلاد ليس تاريخًا صالحًا ({_iso('YYYY-MM-DD')} أو {_iso('--MM-DD')})."
    ),
    "A contact needs a name, an email or a phone number.": (
        "تحتاج جهة الاتصال إلى اسم أو بريد إلكتروني أو رقم هاتف."
    ),
    "This does not look like an email address: %1": (
        f"لا يبدو هذا عنوان بريد إلكتروني: {_iso('%1')}"
    ),
    "Label": "التسمية",
    "Add": "إضافة",
    "Remove": "إزالة",
    # Undo stack texts (services) --------------------------------------------------------------
    "Add %1": f"إضافة {_iso('%1')}",
    "Edit %1": f"تحرير {_iso('%1')}",
    "Log %1": f"تسجيل {_iso('%1')}",
    "Delete interaction": "حذف تفاعل",
    "Import %1": f"استيراد {_iso('%1')}",
    "Import": "استيراد",
    "Record offer": "تسجيل عرض",
    "Record ask": "تسجيل طلب",
    "Update ask": "تحديث الطلب",
    "Met people at %1": f"تعارف في {_iso('%1')}",
    # Table columns -----------------------------------------------------------------------------
    "Organisation": "المؤسسة",
    "Title": "المسمى الوظيفي",
    # CSV mapping -------------------------------------------------------------------------------
    "Match Columns": "مطابقة الأعمدة",
    "Given name": "الاسم الأول",
    "Middle name": "الاسم الأوسط",
    "Family name": "اسم العائلة",
    "Full name": "الاسم الكامل",
    "Nickname": "اللقب",
    "Department": "القسم",
    "(do not import)": "(لا تستورده)",
    "%1 is a CSV file NetDesk does not recognise. Say what each column holds; NetDesk "
    "guessed from the headers and the values.": (
        f"{_iso('%1')} ملف CSV لا يتعرّف عليه NetDesk. حدّد ما يحويه كل عمود؛ وقد خمّن"
        " NetDesk ذلك من العناوين والقيم."
    ),
    "Column": "العمود",
    "Examples": "أمثلة",
    "Import as": "الاستيراد كـ",
    "Column %1": "العمود %1",
    # Dashboard ---------------------------------------------------------------------------------
    "Network Health": "صحة الشبكة",
    "Contacts by circle": "جهات الاتصال حسب الدائرة",
    "Interactions per month, last 12 months": "التفاعلات شهريًا، آخر ١٢ شهرًا",
    "No circle": "بلا دائرة",
    "No contacts yet.": "لا جهات اتصال بعد.",
    "Nothing recorded yet: mark interactions as given or received and record your asks to "
    "see the balance.": (
        "لم يُسجَّل شيء بعد: حدّد التفاعلات بأنها عطاء أو تلقٍّ، وسجّل طلباتك لترى التوازن."
    ),
    "You have given more than you asked — a good time to ask.": (
        "قدّمتَ أكثر مما طلبت — إنه وقت مناسب للطلب."
    ),
    "You have asked more than you gave lately — share something useful.": (
        "طلبتَ مؤخرًا أكثر مما قدّمت — شارك شيئًا مفيدًا."
    ),
    "Give and take are in balance.": "العطاء والأخذ متوازنان.",
    "Interactions per month": "التفاعلات شهريًا",
    # Duplicates ----------------------------------------------------------------------------------
    "Find Duplicates": "البحث عن التكرارات",
    "No likely duplicates.": "لا تكرارات محتملة.",
    "Looking for duplicates…": "جارٍ البحث عن التكرارات…",
    # Work on a worker thread ---------------------------------------------------------------------
    "Working": "جارٍ العمل",
    "Cancelling…": "جارٍ الإلغاء…",
    "Exporting…": "جارٍ التصدير…",
    "These contacts look like the same person. Checked groups are merged into the contact "
    "marked “kept”: empty fields are filled, emails, phones, links, tags and timelines are "
    "combined, and nothing you wrote is overwritten. Click a person to keep them instead. "
    "Groups that only may be one person (the same name at the same organisation, say) are "
    "left unchecked: check them if they are. Edit → Undo reverses the merge.": (
        "تبدو جهات الاتصال هذه للشخص نفسه. تُدمج المجموعات المحددة في جهة الاتصال المعلَّمة"
        " «مُبقاة»: تُملأ الحقول الفارغة، وتُجمع عناوين البريد والهواتف والروابط والوسوم"
        " والخطوط الزمنية، ولا يُستبدل شيء كتبته. انقر شخصًا لإبقائه بدلًا منها."
        " أما المجموعات التي قد تكون لشخص واحد فقط (الاسم نفسه في المؤسسة نفسها مثلًا)"
        " فتُترك دون تحديد: حدّدها إن كانت كذلك."
        " ويُلغي تحرير ← تراجع عملية الدمج."
    ),
    "Possibly the same person: %1": "ربما الشخص نفسه: %1",
    "possible duplicate of %1 (%2)": "تكرار محتمل لـ%1 (%2)",
    "possible duplicate of %1, an earlier row (%2)": "تكرار محتمل لـ%1، وهو صف سابق (%2)",
    "%n row(s) may be a contact you have or an earlier row, with nothing to prove it: each is "
    "added as new unless you check it to merge.": _counted(
        # The verb first: it stays singular whatever the count.
        "قد يطابق {} جهة اتصال لديك أو صفًا سابقًا دون ما يثبت ذلك: يُضاف كلٌّ منها جديدًا"
        " ما لم تحدده للدمج.",
        "%Ln صف",
        "صف واحد",
        "صفان",
        "%Ln صفوف",
        "%Ln صفًا",
        "%Ln صف",
    ),
    "same email": "البريد الإلكتروني نفسه",
    "same phone number": "رقم الهاتف نفسه",
    "same profile link": "رابط الحساب نفسه",
    "same name and organisation": "الاسم والمؤسسة أنفسهما",
    "same name": "الاسم نفسه",
    "no name, email or phone": "لا اسم ولا بريد إلكتروني ولا هاتف",
    "%1 as an earlier entry (merged into it)": "%1 كإدخال سابق (دُمج فيه)",
    "Merge Checked": "دمج المحدد",
    "(kept)": "(مُبقاة)",
    # Event dialog ------------------------------------------------------------------------------
    "Met People at an Event": "تعرّفتُ على أشخاص في فعالية",
    "e.g. PyCon Egypt 2026": "مثلًا: PyCon Egypt 2026",
    "e.g. Cairo, GrEEK Campus": "مثلًا: القاهرة، GrEEK Campus",
    "e.g. Talked about data roles in fintech": "مثلًا: تحدثنا عن وظائف البيانات في التقنية المالية",
    "&Event:": "ال&فعالية:",
    "&Date:": "ال&تاريخ:",
    "&Place:": "ال&مكان:",
    "&Kind:": "ال&نوع:",
    "&Summary:": "المل&خص:",
    "People I &know:": "أشخاص أ&عرفهم:",
    "New people (from their business cards)": "أشخاص جدد (من بطاقات أعمالهم)",
    "A new person needs a name.": "يحتاج الشخص الجديد إلى اسم.",
    "“%1” does not look like an email address.": f"لا يبدو «{_iso('%1')}» عنوان بريد إلكتروني.",
    "Give the event a name.": "أعطِ الفعالية اسمًا.",
    "Add at least one person you met.": "أضف شخصًا واحدًا على الأقل ممن قابلتهم.",
    "Card %1": "البطاقة %1",
    "&Add Another Card": "إضافة &بطاقة أخرى",
    "Remove Card": "إزالة البطاقة",
    "Save everyone (Ctrl+Return)": "حفظ الجميع (Ctrl+Return)",
    "No follow-up": "بلا متابعة",
    "Keep in touch every": "البقاء على تواصل كل",
    "Follow up on": "المتابعة في",
    "Follow up after %1": f"المتابعة بعد {_iso('%1')}",
    # Asks: follow-ups, editing, outcomes -----------------------------------------------------
    "Edit Ask or Offer": "تحرير طلب أو عرض",
    "&Person:": "ال&شخص:",
    "Type a name…": "اكتب اسمًا…",
    "Choose the person from the list of matches.": "اختر الشخص من قائمة النتائج المطابقة.",
    "Reminder:": "التذكير:",
    "&Follow up on": "تا&بع في",
    "Edit ask": "تحرير طلب",
    "&New Ask…": "طلب &جديد…",
    "&Edit…": "&تحرير…",
    "Follow up": "المتابعة",
    "follow up %1": "المتابعة %1",
    "Asks closed": "طلبات مغلقة",
    "Asked: %1": f"طلبتُ: {_iso('%1')}",
    "Offered: %1": f"عرضتُ: {_iso('%1')}",
    "Asked: %1 — outcome: %2": f"طلبتُ: {_iso('%1')} — النتيجة: {_iso('%2')}",
    "Offered: %1 — outcome: %2": f"عرضتُ: {_iso('%1')} — النتيجة: {_iso('%2')}",
    "Offer": "عرض",
    # Import, export, print, backup -----------------------------------------------------------
    "vCard 4.0 (*.vcf)": "vCard 4.0 (*.vcf)",
    "vCard 3.0, for older phones (*.vcf)": "vCard 3.0، للهواتف الأقدم (*.vcf)",
    "CSV, Google Contacts layout (*.csv)": "CSV، بتنسيق جهات اتصال Google (*.csv)",
    "JSON (*.json)": "JSON (*.json)",
    "NetDesk contacts": "جهات اتصال NetDesk",
    "Export Contacts": "تصدير جهات الاتصال",
    "Cannot Export": "تعذّر التصدير",
    "%1 could not be written: %2": f"تعذّرت كتابة {_iso('%1')}: {_iso('%2')}",
    "Import Contacts": "استيراد جهات الاتصال",
    "Contact files (*.vcf *.vcard *.csv *.json *.ldif *.ldi);;All files (*)": (
        "ملفات جهات الاتصال (*.vcf *.vcard *.csv *.json *.ldif *.ldi);;كل الملفات (*)"
    ),
    "Cannot Import": "تعذّر الاستيراد",
    "Import Finished": "اكتمل الاستيراد",
    "%1: %2 added, %3 merged, %4 skipped. Edit → Undo reverses the whole import.": (
        f"{_iso('%1')}: أُضيف %2، ودُمج %3، وتُخطّي %4. ويُلغي تحرير ← تراجع الاستيراد كله."
    ),
    "%1: %2 to add, %3 to merge with contacts you have, %4 to skip.": (
        f"{_iso('%1')}: %2 للإضافة، و%3 للدمج مع جهات اتصال لديك، و%4 للتخطي."
    ),
    "Action": "الإجراء",
    "Email or phone": "البريد أو الهاتف",
    "Why": "السبب",
    "Merge": "دمج",
    "Skip": "تخطٍّ",
    "(keep as in the file)": "(كما في الملف)",
    "e.g. LinkedIn, Conference 2026": "مثلًا: LinkedIn، مؤتمر 2026",
    "Circle for everyone:": "الدائرة للجميع:",
    "Tags for everyone:": "الوسوم للجميع:",
    "Merges into": "يُدمج في",
    "Tick or untick every row": "تحديد كل الصفوف أو إلغاء تحديدها",
    "Untick to leave this row out of the import": "ألغِ التحديد لاستبعاد هذا الصف من الاستيراد",
    "For everyone imported without a cadence of their own; it starts today.": (
        "لكل من يُستورد دون وتيرة تواصل خاصة به؛ وتبدأ من اليوم."
    ),
    "%n row(s) left out.": (
        "لم يُستبعد أي صف.",
        "استُبعد صف واحد.",
        "استُبعد صفان.",
        "استُبعدت %Ln صفوف.",
        "استُبعد %Ln صفًا.",
        "استُبعد %Ln صف.",
    ),
    # After a sync: past meetings read from the accounts' calendars.
    "%n meeting(s) from the calendars added to timelines": (
        "لم يُضف أي لقاء من التقويمات إلى الخطوط الزمنية",
        "أُضيف لقاء واحد من التقويمات إلى الخطوط الزمنية",
        "أُضيف لقاءان من التقويمات إلى الخطوط الزمنية",
        "أُضيفت %Ln لقاءات من التقويمات إلى الخطوط الزمنية",
        "أُضيف %Ln لقاءً من التقويمات إلى الخطوط الزمنية",
        "أُضيف %Ln لقاء من التقويمات إلى الخطوط الزمنية",
    ),
    # After an import: a bar above the table, not a message box.
    "%1: %2 added, %3 merged, %4 skipped.": f"{_iso('%1')}: أُضيف %2، ودُمج %3، وتُخطّي %4.",
    "Edit → Undo reverses one file at a time.": "ويُلغي تحرير ← تراجع استيراد ملف واحد في كل مرة.",
    "Show the %n imported": _same("عرض المستوردين (%Ln)"),
    "Showing only the %n imported.": _same("يُعرض المستوردون فقط (%Ln)."),
    "Show All Contacts": "عرض كل جهات الاتصال",
    "Export Summary as PDF": "تصدير الملخص بصيغة PDF",
    "PDF files (*.pdf)": "ملفات PDF (*.pdf)",
    "PDF, one-page brief (*.pdf)": "PDF، موجز في صفحة واحدة (*.pdf)",
    "PDF, full history (*.pdf)": "PDF، السجل الكامل (*.pdf)",
    "Full History": "السجل الكامل",
    "Print every interaction, not only the latest ones": "اطبع كل التفاعلات، لا أحدثها فقط",
    "Cannot Save PDF": "تعذّر حفظ ملف PDF",
    "Saved %1": f"حُفظ {_iso('%1')}",
    "Back Up Now": "نسخ احتياطي الآن",
    "NetDesk backups (*.sqlite3)": "نسخ NetDesk الاحتياطية (*.sqlite3)",
    "Backup Failed": "فشل النسخ الاحتياطي",
    "Backed up to %1": f"نُسخ احتياطيًا إلى {_iso('%1')}",
    "Restore from Backup": "استعادة من نسخة احتياطية",
    "NetDesk backups (*.sqlite3);;All files (*)": (
        "نسخ NetDesk الاحتياطية (*.sqlite3);;كل الملفات (*)"
    ),
    "Cannot Restore": "تعذّرت الاستعادة",
    "Replace your current data with %1? The current data is kept as a backup first, so "
    "this can be reversed by restoring that one.": (
        f"هل تريد استبدال بياناتك الحالية بـ{_iso('%1')}؟ ستُحفظ البيانات الحالية أولًا"
        " كنسخة احتياطية، فيمكنك التراجع باستعادتها."
    ),
    "Restore": "استعادة",
    "Restored %1": f"استُعيد {_iso('%1')}",
    # Interaction and ask dialogs ---------------------------------------------------------------
    "Log Interaction": "تسجيل تفاعل",
    "Edit Interaction": "تحرير تفاعل",
    "e.g. Coffee; asked about a referral at Careem": "مثلًا: قهوة؛ سألتُ عن ترشيح في Careem",
    "&When:": "&متى:",
    "&Direction:": "الا&تجاه:",
    "&Participants:": "المشار&كون:",
    "&Notes:": "م&لاحظات:",
    "Add at least one participant.": "أضف مشاركًا واحدًا على الأقل.",
    "Add a participant: type a name…": "أضف مشاركًا: اكتب اسمًا…",
    "Record an Ask or Offer": "تسجيل طلب أو عرض",
    "e.g. A referral for the Senior Data Analyst role (job #4411) at Careem": (
        "مثلًا: ترشيح لوظيفة محلل بيانات أول (الوظيفة رقم 4411) في Careem"
    ),
    "I &asked": "&طلبتُ",
    "I &offered": "&عرضتُ",
    "Person:": "الشخص:",
    "&What exactly:": "ما ال&مطلوب بالتحديد:",
    "Direction:": "الاتجاه:",
    "Say exactly what was asked or offered, so you can follow it up.": (
        "اذكر بالتحديد ما طُلب أو عُرض، لتتمكن من متابعته."
    ),
    "Close Ask": "إغلاق الطلب",
    "e.g. Got an interview on 12 May": "مثلًا: حصلتُ على مقابلة في ١٢ مايو",
    "Ask:": "الطلب:",
    "&Status:": "ال&حالة:",
    "&Outcome:": "ال&نتيجة:",
    # Vocabulary (Labels) -----------------------------------------------------------------------
    "Social media": "وسائل التواصل الاجتماعي",
    "I gave": "قدّمتُ",
    "I received": "تلقّيتُ",
    "Conference": "مؤتمر",
    "Meetup": "لقاء مجتمعي",
    # Labels of emails and phones (netdesk/models/labels.py); work/home/mobile/other come
    # from the printed summary's words.
    "main": "الرئيسي",
    "fax": "فاكس",
    "Alumni meetup": "لقاء خريجين",
    "Job fair": "معرض توظيف",
    "Referral": "ترشيح",
    "Résumé review": "مراجعة السيرة الذاتية",
    "Information": "معلومات",
    "Open": "مفتوح",
    "Done": "تم",
    "Declined": "مرفوض",
    "%1 (%2 AH)": "%1 (%2 هـ)",
    # Delete and tag prompts --------------------------------------------------------------------
    "You can undo this with Edit → Undo.": "يمكنك التراجع عن هذا من تحرير ← تراجع.",
    "Delete Contacts": "حذف جهات الاتصال",
    "Delete": "حذف",
    "Tag Contacts": "وسم جهات الاتصال",
    "Reached out": "تواصلتُ",
    "About NetDesk": "حول NetDesk",
    # Network menu ------------------------------------------------------------------------------
    "Catch up with %1": f"تواصل مع {_iso('%1')}",
    "Last contact: %1": "آخر تواصل: %1",
    "Never contacted yet.": "لم يُتواصل معه بعد.",
    "NetDesk follow-ups": "متابعات NetDesk",
    "Export Follow-ups to Calendar": "تصدير المتابعات إلى التقويم",
    "iCalendar files (*.ics)": "ملفات iCalendar (*.ics)",
    "Give and Ask": "العطاء والطلب",
    "Kind": "النوع",
    "What": "ماذا",
    "Mark &Done…": "تعليم ك&منجز…",
    "De&clined…": "مر&فوض…",
    "People": "الأشخاص",
    "Introduced by": "عرّفه",
    "Who": "مَن",
    "To": "إلى",
    "Note": "ملاحظة",
    "Me": "أنا",
    "Offer: %1": "عرض: %1",
    "Asks you are still waiting on, oldest first. Close them when you hear back.": (
        "طلبات ما زلت تنتظر ردها، الأقدم أولًا. أغلقها عندما يصلك الرد."
    ),
    "Who introduced whom.": "مَن عرّف مَن.",
    "Events you went to and how many people you met there.": (
        "الفعاليات التي حضرتها وعدد من قابلتهم فيها."
    ),
    # Preferences -------------------------------------------------------------------------------
    "Preferences": "التفضيلات",
    "Follow the system": "لغة النظام",
    "A new language takes effect the next time NetDesk starts.": (
        "تسري اللغة الجديدة عند تشغيل NetDesk في المرة القادمة."
    ),
    "&Language:": "ال&لغة:",
    "Remind me once a day from the system tray": "ذكّرني مرة يوميًا من علبة النظام",
    "Show the Hijri date beside the Gregorian date": "إظهار التاريخ الهجري بجانب الميلادي",
    "Used when the interface is in Arabic.": "يُستخدم عندما تكون الواجهة بالعربية.",
    "Keep in touch by default every…": "البقاء على تواصل افتراضيًا كل…",
    "New contacts take their circle's cadence; you can change it for each contact.": (
        "تأخذ جهات الاتصال الجديدة وتيرة التواصل الخاصة بدائرتها؛ ويمكنك تغييرها لكل جهة اتصال."
    ),
    # Start-up ----------------------------------------------------------------------------------
    "NetDesk cannot use the folder %1: %2": (
        f"لا يستطيع NetDesk استخدام المجلد {_iso('%1')}: {_iso('%2')}"
    ),
    "Restore the Latest Backup": "استعادة أحدث نسخة احتياطية",
    "Open Another Data Folder…": "فتح مجلد بيانات آخر…",
    "NetDesk Cannot Open Your Data": "لا يستطيع NetDesk فتح بياناتك",
    "NetDesk needs to upgrade your data but could not back it up first: %1": (
        f"يحتاج NetDesk إلى ترقية بياناتك لكنه لم يتمكن من نسخها احتياطيًا أولًا: {_iso('%1')}"
    ),
    "Today's automatic backup failed: %1": f"فشل النسخ الاحتياطي التلقائي لليوم: {_iso('%1')}",
    "Restoring a backup cannot help until this is fixed.": (
        "لن تُفيد استعادة نسخة احتياطية قبل إصلاح ذلك."
    ),
    "A backup cannot be restored here: %1": f"لا يمكن استعادة نسخة احتياطية هنا: {_iso('%1')}",
    "NetDesk could not read your data: %1": f"لم يتمكن NetDesk من قراءة بياناتك: {_iso('%1')}",
    # Trash ---------------------------------------------------------------------------------------
    "Trash": "المهملات",
    "Restore from &Trash": "استعادة من ال&مهملات",
    "Delete Forever": "حذف نهائي",
    # The Delete action while the Trash is shown: same key, same accelerator.
    "&Delete Forever…": "&حذف نهائي…",
    "They stay in the Trash for 30 days; Edit → Undo brings them back at once.": (
        "تبقى في المهملات ٣٠ يومًا؛ ويُعيدها تحرير ← تراجع فورًا."
    ),
    "Restore %n contact(s)": _contacts_oblique("استعادة {}"),
    "Delete %n contact(s) for good? This cannot be undone.": _contacts_oblique(
        "هل تريد حذف {} نهائيًا؟ لا يمكن التراجع عن ذلك."
    ),
    "%n contact(s) overdue for a catch-up. A short message keeps a connection warm.": (
        _contacts_oblique("تأخّر موعد التواصل مع {}. رسالة قصيرة تُبقي العلاقة دافئة.")
    ),
    "%n contact(s) overdue for a catch-up.": _contacts_oblique("تأخّر موعد التواصل مع {}."),
    # Import progress and start-up checks ---------------------------------------------------------
    "Import Stopped": "توقّف الاستيراد",
    "Nothing was imported: the disk is full. Free some space and try again.": (
        "لم يُستورد شيء: القرص ممتلئ. أفرغ بعض المساحة ثم حاول مجددًا."
    ),
    "Nothing was imported: the backup before the import failed. %1": (
        f"لم يُستورد شيء: فشل النسخ الاحتياطي السابق للاستيراد. {_iso('%1')}"
    ),
    "Reading %1…": f"جارٍ قراءة {_iso('%1')}…",
    "Cancel": "إلغاء",
    "Another NetDesk is using %1 and did not answer. Close it, then start NetDesk again.": (
        f"نسخة أخرى من NetDesk تستخدم {_iso('%1')} ولم تستجب. أغلقها، ثم شغّل NetDesk مجددًا."
    ),
    "The latest good backup is %1. The current file is kept beside it.": (
        f"أحدث نسخة احتياطية سليمة هي {_iso('%1')}. ويُحتفظ بالملف الحالي بجانبها."
    ),
    # Plurals -----------------------------------------------------------------------------------
    "%n other(s) at this organisation": (
        "لا أحد غيره في هذه المؤسسة",
        "شخص آخر في هذه المؤسسة",
        "شخصان آخران في هذه المؤسسة",
        "%Ln أشخاص آخرين في هذه المؤسسة",
        "%Ln شخصًا آخر في هذه المؤسسة",
        "%Ln شخص آخر في هذه المؤسسة",
    ),
    "every %n day(s)": (
        "كل %Ln يوم",
        "كل يوم",
        "كل يومين",
        "كل %Ln أيام",
        "كل %Ln يومًا",
        "كل %Ln يوم",
    ),
    "overdue by %n day(s)": (
        "متأخر %Ln يوم",
        "متأخر يومًا واحدًا",
        "متأخر يومين",
        "متأخر %Ln أيام",
        "متأخر %Ln يومًا",
        "متأخر %Ln يوم",
    ),
    "Keep in touch every %n day(s).": (
        "البقاء على تواصل كل %Ln يوم.",
        "البقاء على تواصل كل يوم.",
        "البقاء على تواصل كل يومين.",
        "البقاء على تواصل كل %Ln أيام.",
        "البقاء على تواصل كل %Ln يومًا.",
        "البقاء على تواصل كل %Ln يوم.",
    ),
    "Delete %n contact(s)": _contacts_oblique("حذف {}"),
    "Tag %n contact(s)": _contacts_oblique("وسم {}"),
    "Set circle of %n contact(s)": _contacts_oblique("تعيين دائرة {}"),
    "Snooze %n contact(s)": _contacts_oblique("تأجيل {}"),
    "Merge %n contact(s)": _contacts_oblique("دمج {}"),
    "Delete %n contact(s)?": _contacts_oblique("هل تريد حذف {}؟"),
    "Tag for %n contact(s):": _contacts_oblique("الوسم الذي يُضاف إلى {}:"),
    "Reached out to %n contact(s)": _contacts_oblique("تواصلتُ مع {}"),
    "%n contact(s) due for a catch-up. A short message keeps a connection warm.": (
        _contacts_oblique("حان موعد التواصل مع {}. رسالة قصيرة تُبقي العلاقة دافئة.")
    ),
    "%n contact(s) due for a catch-up.": _contacts_oblique("حان موعد التواصل مع {}."),
    "Exported %n contact(s) to %1": _contacts(f"صُدِّرت {{}} إلى {_iso('%1')}"),
    "%n contact(s) shown": _counted(
        "{}",
        "لا تُعرض أي جهة اتصال",
        "تُعرض جهة اتصال واحدة",
        "تُعرض جهتا اتصال",
        "تُعرض %Ln جهات اتصال",
        "تُعرض %Ln جهة اتصال",
    ),
    "%n contact(s)": _counted(
        "{}",
        "لا جهات اتصال",
        "جهة اتصال واحدة",
        "جهتا اتصال",
        "%Ln جهات اتصال",
        "%Ln جهة اتصال",
    ),
    "of %n": _same("من أصل %Ln"),
    "%n selected": _same("المحدد: %Ln"),
    "Timeline — %n interaction(s)": _interactions("الخط الزمني — {}"),
    "%1: %Ln interaction(s)": _interactions("%1: {}"),
    "%n follow-up(s) exported to %1": (
        f"لم تُصدَّر أي متابعة إلى {_iso('%1')}",
        f"صُدِّرت متابعة واحدة إلى {_iso('%1')}",
        f"صُدِّرت متابعتان إلى {_iso('%1')}",
        f"صُدِّرت %Ln متابعات إلى {_iso('%1')}",
        f"صُدِّرت %Ln متابعة إلى {_iso('%1')}",
        f"صُدِّرت %Ln متابعة إلى {_iso('%1')}",
    ),
    "…and %n more": (
        "…ولا تحذيرات أخرى",
        "…وتحذير آخر",
        "…وتحذيران آخران",
        "…و%Ln تحذيرات أخرى",
        "…و%Ln تحذيرًا آخر",
        "…و%Ln تحذير آخر",
    ),
    "Open Asks (%Ln)": _same("الطلبات المفتوحة (%Ln)"),
    # Shown while a view's figures or lists are read in the background.
    "Loading…": "جارٍ التحميل…",
    "Print List": "طباعة القائمة",
    "Preparing the list…": "جارٍ تجهيز القائمة…",
    "Painting the pages…": "جارٍ رسم الصفحات…",
    "What I Gave Lately (%Ln)": _same("ما قدّمتُه مؤخرًا (%Ln)"),
    "Introductions (%Ln)": _same("التعارفات (%Ln)"),
    "Events (%Ln)": _same("الفعاليات (%Ln)"),
    "What you gave in the last %Ln day(s): favours, help and offers.": _counted(
        "ما قدّمتَه في {}: خدمات ومساعدة وعروض.",
        "آخر %Ln يوم",
        "اليوم الأخير",
        "آخر يومين",
        "آخر %Ln أيام",
        "آخر %Ln يومًا",
        "آخر %Ln يوم",
    ),
    # Dashboard tiles: the count is shown large above these words.
    "contacts": ("جهة اتصال", "جهة اتصال", "جهتا اتصال", "جهات اتصال", "جهة اتصال", "جهة اتصال"),
    "in touch in the last 30 days": _same("على تواصل خلال آخر ٣٠ يومًا"),
    "in touch in the last 90 days": _same("على تواصل خلال آخر ٩٠ يومًا"),
    "overdue for a catch-up": (
        "متأخر عن موعد التواصل",
        "متأخر عن موعد التواصل",
        "متأخران عن موعد التواصل",
        "متأخرون عن موعد التواصل",
        "متأخرًا عن موعد التواصل",
        "متأخر عن موعد التواصل",
    ),
    "due this week": (
        "مستحق هذا الأسبوع",
        "مستحق هذا الأسبوع",
        "مستحقان هذا الأسبوع",
        "مستحقون هذا الأسبوع",
        "مستحقًا هذا الأسبوع",
        "مستحق هذا الأسبوع",
    ),
    "times I gave": (
        "مرة قدّمتُ فيها",
        "مرة قدّمتُ فيها",
        "مرتان قدّمتُ فيهما",
        "مرات قدّمتُ فيها",
        "مرة قدّمتُ فيها",
        "مرة قدّمتُ فيها",
    ),
    "times I received": (
        "مرة تلقّيتُ فيها",
        "مرة تلقّيتُ فيها",
        "مرتان تلقّيتُ فيهما",
        "مرات تلقّيتُ فيها",
        "مرة تلقّيتُ فيها",
        "مرة تلقّيتُ فيها",
    ),
    "open asks": (
        "طلب مفتوح",
        "طلب مفتوح",
        "طلبان مفتوحان",
        "طلبات مفتوحة",
        "طلبًا مفتوحًا",
        "طلب مفتوح",
    ),
    "offers made": (
        "عرض قدّمتُه",
        "عرض قدّمتُه",
        "عرضان قدّمتُهما",
        "عروض قدّمتُها",
        "عرضًا قدّمتُه",
        "عرض قدّمتُه",
    ),
    # Sync (CardDAV/CalDAV).
    "Sync Account": "حساب المزامنة",
    "Allow plain http (only on a network you trust)": (
        "السماح باتصال http غير المشفّر (على شبكة تثق بها فقط)"
    ),
    "Find Address Books and Calendars": "ابحث عن دفاتر العناوين والتقاويم",
    "Server:": "الخادم:",
    "User name:": "اسم المستخدم:",
    "Password:": "كلمة المرور:",
    "Address book:": "دفتر العناوين:",
    "Calendar:": "التقويم:",
    "Enter the server address and your user name.": "أدخل عنوان الخادم واسم المستخدم.",
    "Looking for address books and calendars…": "جارٍ البحث عن دفاتر العناوين والتقاويم…",
    "(do not sync the timeline)": "(بلا مزامنة للخط الزمني)",
    "Found %n address book(s).": _counted(
        "{}",
        "لم يُعثر على أي دفتر عناوين.",
        "عُثر على دفتر عناوين واحد.",
        "عُثر على دفترَي عناوين.",
        "عُثر على %Ln دفاتر عناوين.",
        "عُثر على %Ln دفتر عناوين.",
    ),
    "This server offers no address book to this user.": (
        "لا يتيح هذا الخادم أي دفتر عناوين لهذا المستخدم."
    ),
    "https://dav.example.com/ or you@example.com": "https://dav.example.com/ أو you@example.com",
    "The certificate of %1 changed since you trusted it. That happens when the server gets a "
    "new certificate, and when someone is listening in between.": (
        "تغيّرت شهادة %1 منذ أن وثقتَ بها. يحدث هذا حين يحصل الخادم على شهادة جديدة، "
        "ويحدث أيضًا حين يتنصّت أحدٌ على الاتصال."
    ),
    "%1 presented a certificate this computer does not trust, as a server with a self-signed "
    "certificate does.": (
        "قدّم %1 شهادةً لا يثق بها هذا الحاسوب، كما يفعل كل خادم شهادته موقّعة ذاتيًا."
    ),
    "Trust it only if its SHA-256 fingerprint is the one your server's administrator gives "
    "you:": "لا تثق بها إلا إذا كانت بصمتها (SHA-256) هي البصمة التي يعطيك إياها مسؤول خادمك:",
    "Untrusted Certificate": "شهادة غير موثوقة",
    "Trust This Certificate": "ثِق بهذه الشهادة",
    "This account keeps its address books and calendars on another server:": (
        "يحفظ هذا الحساب دفاتر عناوينه وتقاويمه على خادم آخر:"
    ),
    "Allow NetDesk to send your user name and password there too?": (
        "هل تسمح لـ NetDesk بأن يرسل إليه اسم المستخدم وكلمة المرور أيضًا؟"
    ),
    "Not connected: the server's certificate is not trusted.": (
        "لم يتم الاتصال: شهادة الخادم غير موثوقة."
    ),
    "Not connected: the other server was not allowed.": ("لم يتم الاتصال: لم يُسمح بالخادم الآخر."),
    "Another Server": "خادم آخر",
    "Sync stopped: the server's certificate is not trusted.": (
        "توقّفت المزامنة: شهادة الخادم غير موثوقة."
    ),
    "Allow %1": "اسمح لـ %1",
    "S&ync Now": "&زامن الآن",
    "Sync &Account…": "&حساب المزامنة…",
    "Syncing with %1…": "جارٍ المزامنة مع %1…",
    "NetDesk will try again.": "سيحاول NetDesk مرة أخرى.",
    "Password for %1:": "كلمة المرور لـ %1:",
    "Sync": "المزامنة",
    "Ca&ncel Sync": "أل&غِ المزامنة",
    "Sync cancelled.": "أُلغيت المزامنة.",
    "Sync stopped: it would delete many records.": "توقفت المزامنة: كانت ستحذف سجلات كثيرة.",
    "Apply these deletions? If the server lost its data, keep everything.": (
        "أتطبّق هذا الحذف؟ إن كان الخادم قد فقد بياناته، فأبقِ على كل شيء."
    ),
    "Apply Deletions": "طبّق الحذف",
    "Sync paused: nothing was deleted. Sync Now asks again.": (
        "المزامنة متوقفة: لم يُحذف شيء. «زامن الآن» يسأل مجددًا."
    ),
    # What an import merge keeps of yours.
    "given name": "الاسم الأول",
    "family name": "اسم العائلة",
    "nickname": "الاسم المستعار",
    "organisation": "المؤسسة",
    "title": "المسمى الوظيفي",
    "department": "القسم",
    "circle": "الدائرة",
    "how you met": "كيف تعارفتما",
    "what they can help with": "ما يمكنه المساعدة فيه",
    "location": "المكان",
    "notes": "الملاحظات",
    "keeps your %1": "يُبقي على %1 الذي أدخلتَه",
    "%1: yours “%2”, the file's “%3”": "%1: لديك «%2»، وفي الملف «%3»",
    "same contact (vCard UID)": "جهة الاتصال نفسها (معرّف vCard)",
    # Introductions.
    "Record an Introduction": "تسجيل تعريف",
    "Someone introduced me to a person": "عرّفني أحدهم على شخص",
    "I introduced two people to each other": "عرّفتُ شخصين أحدهما على الآخر",
    "e.g. both work on payments in Cairo": "مثلًا: كلاهما يعمل في المدفوعات بالقاهرة",
    "&Note:": "&ملاحظة:",
    "Who introduced me:": "من عرّفني:",
    "To whom:": "على من:",
    "I introduced:": "عرّفتُ:",
    "To:": "على:",
    "Choose one person in each field.": "اختر شخصًا واحدًا في كل حقل.",
    "Choose two different people.": "اختر شخصين مختلفين.",
    "Record introduction": "تسجيل تعريف",
    "Introduced me to %1": "عرّفني على %1",
    "I introduced %1 and %2": "عرّفتُ %1 و%2 أحدهما على الآخر",
    "Delete This Interaction": "احذف هذا التفاعل",
    "Edit This Interaction…": "حرّر هذا التفاعل…",
    "Record an &Introduction…": "تسجيل تع&ريف…",
    # Who I know where.
    "Who I Know &Where…": "معارفي في &كل مؤسسة…",
    "People there": "يعملون فيها",
    "Used to be": "عملوا فيها سابقًا",
    "Who I Know Where": "معارفي في كل مؤسسة",
    "Find an organisation…": "ابحث عن مؤسسة…",
    "Ask someone here for an introduction or a referral.": ("اطلب من أحدهم تعريفًا أو ترشيحًا."),
    "Works there now": "يعمل فيها الآن",
    "Used to work there": "عمل فيها سابقًا",
    # Sync conflicts on the contact card.
    "Display name": "الاسم المعروض",
    "%1 — here: “%2”; on the server: “%3”": "%1 — هنا: «%2»؛ وعلى الخادم: «%3»",
    "Keep Mine": "أبقِ نسختي",
    "Use Theirs": "استخدم نسخة الخادم",
    "Sync conflict": "تعارض في المزامنة",
    # Licences.
    "Third-Party Licences": "تراخيص الأطراف الثالثة",
    "The licence notice is missing from this installation: %1": (
        "ملف التراخيص غير موجود في هذا التثبيت: %1"
    ),
    "Third-Party &Licences…": "&تراخيص الأطراف الثالثة…",
    (
        "<h3>NetDesk %1</h3><p>Keep your professional network and tend it.</p>"
        "<p>Your data lives in:<br><code>%2</code></p>"
        "<p>NetDesk is free software (GPL-3.0-or-later). It ships Qt and PySide6 "
        "(LGPL-3.0), the Noto fonts (SIL OFL 1.1) and other libraries: see Help → "
        "Third-Party Licences.</p>"
    ): (
        "<h3>NetDesk %1</h3><p>احتفظ بشبكة علاقاتك المهنية واعتنِ بها.</p>"
        '<p>بياناتك محفوظة في:<br><code dir="ltr">%2</code></p>'
        "<p>NetDesk برنامج حر (GPL-3.0-or-later). يضم Qt وPySide6 (LGPL-3.0) وخطوط Noto "
        "(SIL OFL 1.1) ومكتبات أخرى: انظر مساعدة ← تراخيص الأطراف الثالثة.</p>"
    ),
    # Checks after start-up.
    "Use File → Restore from Backup; the latest good one is %1.": (
        "استخدم ملف ← الاستعادة من نسخة احتياطية؛ أحدث نسخة سليمة هي %1."
    ),
    "Export your contacts now and keep the file safe.": (
        "صدِّر جهات اتصالك الآن واحتفظ بالملف في مكان آمن."
    ),
    # The contact's photo.
    "Photo:": "الصورة:",
    "Choose…": "اختر…",
    "Choose a Photo": "اختر صورة",
    "Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)": (
        "الصور (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"
    ),
    "%1 is not an image NetDesk can read. %2": "لا يستطيع NetDesk قراءة %1 كصورة. %2",
    # Search that answers (issue 18): the search box, its chips and the Why column.
    "Search people, notes and the timeline (e.g. visa, circle:classmate)": (
        "ابحث في الأشخاص والملاحظات والخط الزمني (مثلًا: تأشيرة، دائرة:زميل_دراسة)"
    ),
    "Name, another spelling": "الاسم بتهجئة أخرى",
    "Ask": "طلب",
    "Filter": "عامل تصفية",
    "+ Filter": "+ عامل تصفية",
    "Save as Smart List…": "حفظ كقائمة ذكية…",
    "Indexing for search: %1%": "تجري فهرسة البحث: %1٪",
    "Indexing for search: %1% — results may be incomplete": (
        "تجري فهرسة البحث: %1٪ — قد تكون النتائج ناقصة"
    ),
    "Save as Smart List": "حفظ كقائمة ذكية",
    "Name of the smart list:": "اسم القائمة الذكية:",
    "Remove Smart List": "إزالة القائمة الذكية",
    "Smart lists": "القوائم الذكية",
    "Overdue": "فات موعد التواصل",
    "Due": "حان موعد التواصل",
    "Has open asks": "لديه طلبات مفتوحة",
    "Not contacted this year": "لم نتواصل هذا العام",
    "Circle: %1": "الدائرة: %1",
    "Tag: %1": "الوسم: %1",
    "At: %1": "المؤسسة: %1",
    "In: %1": "في: %1",
    "Can help with: %1": "يمكنه المساعدة في: %1",
    "Not contacted since: %1": "لم نتواصل منذ: %1",
    "Search all contacts": "البحث في كل جهات الاتصال",
    "0 results in %1 — <a href='all'>search all contacts</a> (many found)": (
        "لا نتائج في %1 — <a href='all'>ابحث في كل جهات الاتصال</a> (نتائج كثيرة)"
    ),
    "0 results in %1 — <a href='all'>search all contacts</a> (%n found)": _counted(
        "لا نتائج في %1 — <a href='all'>ابحث في كل جهات الاتصال</a> ({})",
        "لا أحد",
        "نتيجة واحدة",
        "نتيجتان",
        "%Ln نتائج",
        "%Ln نتيجة",
    ),
    # Capture (issue 20): conversations read from exports onto the timelines.
    "Capture Conversations": "التقاط المحادثات",
    "Calendars, mail and chat exports (*.ics *.mbox *.eml *.emlx *.txt *.zip "
    "*.csv *.json);;All files (*)": (
        "التقاويم والبريد وملفات المحادثات المصدَّرة (*.ics *.mbox *.eml *.emlx *.txt *.zip "
        "*.csv *.json);;كل الملفات (*)"
    ),
    "Nothing to Capture": "لا شيء لالتقاطه",
    "These files hold no conversation with anyone.": "لا تحوي هذه الملفات أي محادثة مع أحد.",
    "Capture Stopped": "توقف الالتقاط",
    "Nothing was captured: %1": "لم يُلتقط شيء: %1",
    "Captured %1 conversations; %2 new contacts": (
        "المحادثات الملتقطة: %1؛ جهات الاتصال الجديدة: %2"
    ),
    "Reading…": "جارٍ القراءة…",
    "Reading %1… %2 items": "جارٍ قراءة %1… العناصر المقروءة: %2",
    "Cannot Capture": "تعذّر الالتقاط",
    "Remove Captured Conversations": "إزالة المحادثات الملتقطة",
    "Nothing has been captured yet.": "لم يُلتقط شيء بعد.",
    "%1 (%2 conversations)": "%1 (المحادثات: %2)",
    "Take off the timelines everything captured from:": ("أزل من الخطوط الزمنية كل ما التُقط من:"),
    "Removed %1 conversations": "المحادثات المُزالة: %1",
    "&Capture Conversations…": "التقاط المحا&دثات…",
    "Remove Captured Con&versations…": "إزالة المحادثات الم&لتقطة…",
    "Calendar": "تقويم",
    "Mailbox": "صندوق بريد",
    "Mail files": "ملفات بريد",
    "WhatsApp chat": "محادثة واتساب",
    "LinkedIn messages": "رسائل لينكدإن",
    "Telegram chat": "محادثة تيليجرام",
    "email": "البريد الإلكتروني",
    "phone number": "رقم الهاتف",
    "profile link": "رابط الملف الشخصي",
    "name": "الاسم",
    "Contact": "جهة الاتصال",
    "Matched by": "طريقة المطابقة",
    "Messages": "الرسائل",
    "Days": "الأيام",
    "From – to": "من – إلى",
    "Add All Unknown as Contacts": "إضافة كل غير المعروفين جهاتِ اتصال",
    "Keep the text of messages in the notes": "الاحتفاظ بنص الرسائل في الملاحظات",
    "Off: only the date, the people, a count and a subject or first line.": (
        "عند إلغاء التحديد: التاريخ والأشخاص والعدد والموضوع أو السطر الأول فقط."
    ),
    "Capture": "التقاط",
    "%1 — cannot be read: %2": "%1 — تتعذّر قراءته: %2",
    "%1 — %2: %3 read, %4 skipped, %5 conversations": (
        "%1 — %2: المقروء %3، المتخطّى %4، المحادثات %5"
    ),
    "Not in your contacts": "ليس ضمن جهات اتصالك",
    "Tick to add as a contact with these conversations": (
        "حدّده لإضافته جهةَ اتصال مع هذه المحادثات"
    ),
    "%1 people matched your contacts; %2 you talk to are not in your contacts "
    "(tick them to add them). %3 conversations will be on the timelines.": (
        "طابق جهاتِ اتصالك من الأشخاص: %1؛ ومن تحادثهم وليسوا ضمن جهات اتصالك: %2 "
        "(حدّدهم لإضافتهم). المحادثات التي ستظهر على الخطوط الزمنية: %3."
    ),
    "Capture %1 conversations": "التقاط المحادثات (%1)",
    "Remove what was captured from %1": "إزالة ما التُقط من %1",
    "WhatsApp": "واتساب",
    "mail": "البريد",
    "calendar": "التقويم",
    "LinkedIn": "لينكدإن",
    "Telegram": "تيليجرام",
    "I wrote": "كتبتُ",
    "They wrote": "كتبوا",
    "Both wrote": "كتب الطرفان",
    "%1 (%n message(s))": _counted(
        "%1 ({})", "لا رسائل", "رسالة واحدة", "رسالتان", "%Ln رسائل", "%Ln رسالة"
    ),
    "from %1": "من %1",
    "Capture from Calendar Accounts": "الالتقاط من حسابات التقويم",
    "No sync account is set up: add one with Network → Sync Account….": (
        "لم يُعدّ أي حساب مزامنة: أضف حسابًا من الشبكة ← حساب المزامنة…."
    ),
    "Capture from Calendar &Accounts…": "الالتقاط من &حسابات التقويم…",
    # Business cards (issue 21).
    "New Contact from Business Card": "جهة اتصال جديدة من بطاقة عمل",
    "Keep the card's picture with the contact": "الاحتفاظ بصورة البطاقة مع جهة الاتصال",
    "&Name:": "الا&سم:",
    "Name in the other &script:": "الاسم بال&خط الآخر:",
    "Name in the other script:": "الاسم بالخط الآخر:",
    "Name in the other script": "الاسم بالخط الآخر",
    "Also written": "يُكتب أيضًا",
    "Email:": "البريد الإلكتروني:",
    "Phone:": "الهاتف:",
    "Link:": "الرابط:",
    "Address:": "العنوان:",
    "Other text:": "نص آخر:",
    "&Add Contact": "إ&ضافة جهة الاتصال",
    "Read from the card's QR code.": "قُرئت من رمز QR على البطاقة.",
    "Where this was read on the card": "حيث قُرئ هذا على البطاقة",
    "Add from &Business Card…": "إضافة من &بطاقة عمل…",
    "&My Card…": "بطا&قتي…",
    "Card images (%1);;All files (*)": "صور البطاقات (%1);;كل الملفات (*)",
    "Choose the Card's Front (and Back)": "اختيار وجه البطاقة (وظهرها)",
    "Reading the card…": "جارٍ قراءة البطاقة…",
    "Business Card": "بطاقة عمل",
    "Cannot Read the Card": "تعذّرت قراءة البطاقة",
    "Card Not Added": "لم تُضف البطاقة",
    "Nothing was added: %1": "لم يُضف شيء: %1",
    "Mark as Me": "تعيين كأنا",
    "S&can Card…": "م&سح بطاقة…",
    "My Card": "بطاقتي",
    "&Use the Selected Contact as Me": "ا&عتماد جهة الاتصال المحددة على أنها أنا",
    "Save as &PNG…": "حفظ بصيغة &PNG…",
    "Save as &SVG…": "حفظ بصيغة &SVG…",
    "Bilingual, two-sided": "ثنائية اللغة، على الوجهين",
    "A4": "A4",
    "Letter": "Letter",
    "P&rint Cards…": "&طباعة البطاقات…",
    "Save Cards as P&DF…": "حفظ البطاقات بصيغة P&DF…",
    "Business cards, 10 a page:": "بطاقات العمل، 10 في الصفحة:",
    "No contact is marked as you yet. Select your own contact in the list (or add it), then "
    "choose “Use the Selected Contact as Me”.": "لم تُعيَّن بعدُ جهة اتصال على أنها أنت. حدّد "
    "جهة اتصالك في القائمة (أو أضفها)، ثم اختر «اعتماد جهة الاتصال المحددة على أنها أنا».",
    "%1 — scan the code with a phone's camera to add you.": f"{_iso('%1')} — امسح الرمز "
    "بكاميرا الهاتف لإضافتك.",
    "Not Saved": "لم يُحفظ",
    "%1 was not written: %2": f"لم يُكتب {_iso('%1')}: %2",
    "PNG image (*.png)": "صورة PNG (*.png)",
    "SVG image (*.svg)": "صورة SVG (*.svg)",
    "Save My QR Code": "حفظ رمز QR الخاص بي",
    "Save Business Cards": "حفظ بطاقات العمل",
    "PDF (*.pdf)": "PDF (*.pdf)",
}


BY_CONTEXT: dict[tuple[str, str], Translation] = {
    # Qt's own words (netdesk/ui/qt_words.py): the file dialog's Qt 6 labels qtbase_ar lacks,
    # and buttons as Arabic software words them (the verbal noun, not the imperative).
    ("QFileDialog", "&Look in:"): "ال&بحث في:",
    ("QFileDialog", "Files of &type:"): "&نوع الملفات:",
    ("QFileDialog", "&Open"): "&فتح",
    ("QFileDialog", "&Save"): "&حفظ",
    ("QFileDialog", "&Choose"): "ا&ختيار",
    ("QAbstractFileIconProvider", "Folder"): "مجلد",
    ("QAbstractFileIconProvider", "Drive"): "قرص",
    ("QPlatformTheme", "OK"): "موافق",
    ("QPlatformTheme", "Cancel"): "إلغاء",
    ("QPlatformTheme", "Close"): "إغلاق",
    ("QPlatformTheme", "Save"): "حفظ",
    ("QPlatformTheme", "Apply"): "تطبيق",
    ("QPlatformTheme", "Discard"): "تجاهل",
    ("QPlatformTheme", "Reset"): "إعادة تعيين",
    ("QPlatformTheme", "Help"): "مساعدة",
    # A dashboard tile under a count, unlike the card's sentence.
    ("DashboardDialog", "never contacted"): (
        "لم يُتواصل معه بعد",
        "لم يُتواصل معه بعد",
        "لم يُتواصل معهما بعد",
        "لم يُتواصل معهم بعد",
        "لم يُتواصل معهم بعد",
        "لم يُتواصل معهم بعد",
    ),
    # The card's section of addresses and numbers, not "a contact" (a person).
    ("ContactCard", "Contact"): "بيانات الاتصال",
    # A button that calls the contact: a verb, not the interaction kind.
    ("CardHeader", "Call"): "اتصال",
    # The import button of the preview is a verb; the undo text "Import" a noun.
    ("ImportPreviewDialog", "Add"): "إضافة",
    ("ImportPreviewDialog", "Import"): "استيراد",
    # The language of the printed business cards.
    ("MyCardDialog", "English"): "الإنجليزية",
    ("MyCardDialog", "Arabic"): "العربية",
}

# The job search, strength, outreach and Today (issue 19) keep their words apart.
from translations_ar_jobs import JOBS  # noqa: E402

ARABIC.update({k: v for k, v in JOBS.items() if k not in ARABIC})
