<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name />
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>طُبع في %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Can help with</source>
        <translation>يمكنه المساعدة في</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>آخر تواصل %1</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>لا تواصل بعد</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>كل %1</translation>
    </message>
    <message>
        <source>Give and ask</source>
        <translation>العطاء والطلب</translation>
    </message>
    <message>
        <source>I gave %1 · I received %2</source>
        <translation>قدّمتُ %1 · تلقّيتُ %2</translation>
    </message>
    <message>
        <source>All interactions</source>
        <translation>كل التفاعلات</translation>
    </message>
    <message>
        <source>Recent interactions</source>
        <translation>التفاعلات الأخيرة</translation>
    </message>
    <message>
        <source>Overdue by %1 (due %2)</source>
        <translation>متأخر %1 (كان مستحقًا في %2)</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message>
        <source>Due in %1 (%2)</source>
        <translation>بعد %1 (%2)</translation>
    </message>
    <message>
        <source>Events we both attended</source>
        <translation>فعاليات حضرناها معًا</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&lt;h3&gt;NetDesk %1&lt;/h3&gt;&lt;p&gt;Keep your professional network and tend it.&lt;/p&gt;&lt;p&gt;Your data lives in:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;NetDesk is free software (GPL-3.0-or-later). It ships Qt and PySide6 (LGPL-3.0), the Noto fonts (SIL OFL 1.1) and other libraries: see Help → Third-Party Licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NetDesk %1&lt;/h3&gt;&lt;p&gt;احتفظ بشبكة علاقاتك المهنية واعتنِ بها.&lt;/p&gt;&lt;p&gt;بياناتك محفوظة في:&lt;br&gt;&lt;code dir="ltr"&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;NetDesk برنامج حر (GPL-3.0-or-later). يضم Qt وPySide6 (LGPL-3.0) وخطوط Noto (SIL OFL 1.1) ومكتبات أخرى: انظر مساعدة ← تراخيص الأطراف الثالثة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About NetDesk</source>
        <translation>حول NetDesk</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Print Contact Summary…</source>
        <translation>&amp;طباعة ملخص جهة الاتصال…</translation>
    </message>
    <message>
        <source>Export Summary as P&amp;DF…</source>
        <translation>تصدير ال&amp;ملخص بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print &amp;List…</source>
        <translation>طباعة ال&amp;قائمة…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>است&amp;عادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>&amp;About NetDesk</source>
        <translation>&amp;حول NetDesk</translation>
    </message>
    <message>
        <source>Third-Party &amp;Licences…</source>
        <translation>&amp;تراخيص الأطراف الثالثة…</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>Record an Ask or Offer</source>
        <translation>تسجيل طلب أو عرض</translation>
    </message>
    <message>
        <source>Edit Ask or Offer</source>
        <translation>تحرير طلب أو عرض</translation>
    </message>
    <message>
        <source>e.g. A referral for the Senior Data Analyst role (job #4411) at Careem</source>
        <translation>مثلًا: ترشيح لوظيفة محلل بيانات أول (الوظيفة رقم 4411) في Careem</translation>
    </message>
    <message>
        <source>I &amp;asked</source>
        <translation>&amp;طلبتُ</translation>
    </message>
    <message>
        <source>I &amp;offered</source>
        <translation>&amp;عرضتُ</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>تا&amp;بع في</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <source>&amp;What exactly:</source>
        <translation>ما ال&amp;مطلوب بالتحديد:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>الاتجاه:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>التذكير:</translation>
    </message>
    <message>
        <source>Choose the person from the list of matches.</source>
        <translation>اختر الشخص من قائمة النتائج المطابقة.</translation>
    </message>
    <message>
        <source>Say exactly what was asked or offered, so you can follow it up.</source>
        <translation>اذكر بالتحديد ما طُلب أو عُرض، لتتمكن من متابعته.</translation>
    </message>
</context>
<context>
    <name>AskStatusDialog</name>
    <message>
        <source>Close Ask</source>
        <translation>إغلاق الطلب</translation>
    </message>
    <message>
        <source>e.g. Got an interview on 12 May</source>
        <translation>مثلًا: حصلتُ على مقابلة في ١٢ مايو</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>الشخص:</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>الطلب:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back Up Now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>NetDesk backups (*.sqlite3)</source>
        <translation>نسخ NetDesk الاحتياطية (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>نُسخ احتياطيًا إلى ⁨%1⁩</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>NetDesk backups (*.sqlite3);;All files (*)</source>
        <translation>نسخ NetDesk الاحتياطية (*.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <source>Replace your current data with %1? The current data is kept as a backup first, so this can be reversed by restoring that one.</source>
        <translation>هل تريد استبدال بياناتك الحالية بـ⁨%1⁩؟ ستُحفظ البيانات الحالية أولًا كنسخة احتياطية، فيمكنك التراجع باستعادتها.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>استُعيد ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>Capture Conversations</source>
        <translation>التقاط المحادثات</translation>
    </message>
    <message>
        <source>Calendars, mail and chat exports (*.ics *.mbox *.eml *.emlx *.txt *.zip *.csv *.json);;All files (*)</source>
        <translation>التقاويم والبريد وملفات المحادثات المصدَّرة (*.ics *.mbox *.eml *.emlx *.txt *.zip *.csv *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Capture from Calendar Accounts</source>
        <translation>الالتقاط من حسابات التقويم</translation>
    </message>
    <message>
        <source>No sync account is set up: add one with Network → Sync Account….</source>
        <translation>لم يُعدّ أي حساب مزامنة: أضف حسابًا من الشبكة ← حساب المزامنة….</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>كلمة المرور لـ %1:</translation>
    </message>
    <message>
        <source>Nothing to Capture</source>
        <translation>لا شيء لالتقاطه</translation>
    </message>
    <message>
        <source>These files hold no conversation with anyone.</source>
        <translation>لا تحوي هذه الملفات أي محادثة مع أحد.</translation>
    </message>
    <message>
        <source>Capture Stopped</source>
        <translation>توقف الالتقاط</translation>
    </message>
    <message>
        <source>Nothing was captured: %1</source>
        <translation>لم يُلتقط شيء: %1</translation>
    </message>
    <message>
        <source>Captured %1 conversations; %2 new contacts</source>
        <translation>المحادثات الملتقطة: %1؛ جهات الاتصال الجديدة: %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Reading %1… %2 items</source>
        <translation>جارٍ قراءة %1… العناصر المقروءة: %2</translation>
    </message>
    <message>
        <source>Cannot Capture</source>
        <translation>تعذّر الالتقاط</translation>
    </message>
    <message>
        <source>Remove Captured Conversations</source>
        <translation>إزالة المحادثات الملتقطة</translation>
    </message>
    <message>
        <source>Nothing has been captured yet.</source>
        <translation>لم يُلتقط شيء بعد.</translation>
    </message>
    <message>
        <source>%1 (%2 conversations)</source>
        <translation>%1 (المحادثات: %2)</translation>
    </message>
    <message>
        <source>Take off the timelines everything captured from:</source>
        <translation>أزل من الخطوط الزمنية كل ما التُقط من:</translation>
    </message>
    <message>
        <source>Removed %1 conversations</source>
        <translation>المحادثات المُزالة: %1</translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message>
        <source>&amp;Capture Conversations…</source>
        <translation>التقاط المحا&amp;دثات…</translation>
    </message>
    <message>
        <source>Capture from Calendar &amp;Accounts…</source>
        <translation>الالتقاط من &amp;حسابات التقويم…</translation>
    </message>
    <message>
        <source>Remove Captured Con&amp;versations…</source>
        <translation>إزالة المحادثات الم&amp;لتقطة…</translation>
    </message>
</context>
<context>
    <name>CapturePreviewDialog</name>
    <message>
        <source>Capture Conversations</source>
        <translation>التقاط المحادثات</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقويم</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>صندوق بريد</translation>
    </message>
    <message>
        <source>Mail files</source>
        <translation>ملفات بريد</translation>
    </message>
    <message>
        <source>WhatsApp chat</source>
        <translation>محادثة واتساب</translation>
    </message>
    <message>
        <source>LinkedIn messages</source>
        <translation>رسائل لينكدإن</translation>
    </message>
    <message>
        <source>Telegram chat</source>
        <translation>محادثة تيليجرام</translation>
    </message>
    <message>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>profile link</source>
        <translation>رابط الملف الشخصي</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>طريقة المطابقة</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>من – إلى</translation>
    </message>
    <message>
        <source>Add All Unknown as Contacts</source>
        <translation>إضافة كل غير المعروفين جهاتِ اتصال</translation>
    </message>
    <message>
        <source>Keep the text of messages in the notes</source>
        <translation>الاحتفاظ بنص الرسائل في الملاحظات</translation>
    </message>
    <message>
        <source>Off: only the date, the people, a count and a subject or first line.</source>
        <translation>عند إلغاء التحديد: التاريخ والأشخاص والعدد والموضوع أو السطر الأول فقط.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>التقاط</translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation>%1 — تتعذّر قراءته: %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3 read, %4 skipped, %5 conversations</source>
        <translation>%1 — %2: المقروء %3، المتخطّى %4، المحادثات %5</translation>
    </message>
    <message>
        <source>Not in your contacts</source>
        <translation>ليس ضمن جهات اتصالك</translation>
    </message>
    <message>
        <source>Tick to add as a contact with these conversations</source>
        <translation>حدّده لإضافته جهةَ اتصال مع هذه المحادثات</translation>
    </message>
    <message>
        <source>%1 people matched your contacts; %2 you talk to are not in your contacts (tick them to add them). %3 conversations will be on the timelines.</source>
        <translation>طابق جهاتِ اتصالك من الأشخاص: %1؛ ومن تحادثهم وليسوا ضمن جهات اتصالك: %2 (حدّدهم لإضافتهم). المحادثات التي ستظهر على الخطوط الزمنية: %3.</translation>
    </message>
</context>
<context>
    <name>CaptureService</name>
    <message>
        <source>Capture %1 conversations</source>
        <translation>التقاط المحادثات (%1)</translation>
    </message>
    <message>
        <source>Remove what was captured from %1</source>
        <translation>إزالة ما التُقط من %1</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Card %1</source>
        <translation>البطاقة %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Can help with</source>
        <translation>يمكنه المساعدة في</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>بلا متابعة</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>البقاء على تواصل كل</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>المتابعة في</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Remove Card</source>
        <translation>إزالة البطاقة</translation>
    </message>
    <message>
        <source>A new person needs a name.</source>
        <translation>يحتاج الشخص الجديد إلى اسم.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address.</source>
        <translation>لا يبدو «⁨%1⁩» عنوان بريد إلكتروني.</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Send Email</source>
        <translation>إرسال بريد إلكتروني</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>لم تُحدَّد أي جهة اتصال</translation>
    </message>
</context>
<context>
    <name>CardProposalDialog</name>
    <message>
        <source>New Contact from Business Card</source>
        <translation>جهة اتصال جديدة من بطاقة عمل</translation>
    </message>
    <message>
        <source>Keep the card's picture with the contact</source>
        <translation>الاحتفاظ بصورة البطاقة مع جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Name in the other &amp;script:</source>
        <translation>الاسم بال&amp;خط الآخر:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>المسمى ال&amp;وظيفي:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Other text:</source>
        <translation>نص آخر:</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>إ&amp;ضافة جهة الاتصال</translation>
    </message>
    <message>
        <source>Read from the card's QR code.</source>
        <translation>قُرئت من رمز QR على البطاقة.</translation>
    </message>
    <message>
        <source>Where this was read on the card</source>
        <translation>حيث قُرئ هذا على البطاقة</translation>
    </message>
</context>
<context>
    <name>CardStrip</name>
    <message>
        <source>Reach Out</source>
        <translation>مراسلة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Add from &amp;Business Card…</source>
        <translation>إضافة من &amp;بطاقة عمل…</translation>
    </message>
    <message>
        <source>&amp;My Card…</source>
        <translation>بطا&amp;قتي…</translation>
    </message>
    <message>
        <source>Card images (%1);;All files (*)</source>
        <translation>صور البطاقات (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the Card's Front (and Back)</source>
        <translation>اختيار وجه البطاقة (وظهرها)</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>جارٍ قراءة البطاقة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Business Card</source>
        <translation>بطاقة عمل</translation>
    </message>
    <message>
        <source>Cannot Read the Card</source>
        <translation>تعذّرت قراءة البطاقة</translation>
    </message>
    <message>
        <source>Card Not Added</source>
        <translation>لم تُضف البطاقة</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>لم يُضف شيء: %1</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? This cannot be undone.</source>
        <translation><numerusform>هل تريد حذف %Ln جهة اتصال نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>هل تريد حذف جهة اتصال واحدة نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>هل تريد حذف جهتي اتصال نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>هل تريد حذف %Ln جهات اتصال نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>هل تريد حذف %Ln جهة اتصال نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>هل تريد حذف %Ln جهة اتصال نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform></translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>حذف نهائي</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)?</source>
        <translation><numerusform>هل تريد حذف %Ln جهة اتصال؟</numerusform><numerusform>هل تريد حذف جهة اتصال واحدة؟</numerusform><numerusform>هل تريد حذف جهتي اتصال؟</numerusform><numerusform>هل تريد حذف %Ln جهات اتصال؟</numerusform><numerusform>هل تريد حذف %Ln جهة اتصال؟</numerusform><numerusform>هل تريد حذف %Ln جهة اتصال؟</numerusform></translation>
    </message>
    <message>
        <source>They stay in the Trash for 30 days; Edit → Undo brings them back at once.</source>
        <translation>تبقى في المهملات ٣٠ يومًا؛ ويُعيدها تحرير ← تراجع فورًا.</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>حذف جهات الاتصال</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Tag Contacts</source>
        <translation>وسم جهات الاتصال</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n contact(s):</source>
        <translation><numerusform>الوسم الذي يُضاف إلى %Ln جهة اتصال:</numerusform><numerusform>الوسم الذي يُضاف إلى جهة اتصال واحدة:</numerusform><numerusform>الوسم الذي يُضاف إلى جهتي اتصال:</numerusform><numerusform>الوسم الذي يُضاف إلى %Ln جهات اتصال:</numerusform><numerusform>الوسم الذي يُضاف إلى %Ln جهة اتصال:</numerusform><numerusform>الوسم الذي يُضاف إلى %Ln جهة اتصال:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reached out to %n contact(s)</source>
        <translation><numerusform>تواصلتُ مع %Ln جهة اتصال</numerusform><numerusform>تواصلتُ مع جهة اتصال واحدة</numerusform><numerusform>تواصلتُ مع جهتي اتصال</numerusform><numerusform>تواصلتُ مع %Ln جهات اتصال</numerusform><numerusform>تواصلتُ مع %Ln جهة اتصال</numerusform><numerusform>تواصلتُ مع %Ln جهة اتصال</numerusform></translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>تواصلتُ</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>مفضلة</translation>
    </message>
    <message>
        <source>&amp;Delete Forever…</source>
        <translation>&amp;حذف نهائي…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>جهة اتصال &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;تحرير جهة الاتصال…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>تسجيل ت&amp;فاعل…</translation>
    </message>
    <message>
        <source>Restore from &amp;Trash</source>
        <translation>استعادة من ال&amp;مهملات</translation>
    </message>
    <message>
        <source>&amp;Tag Selected…</source>
        <translation>&amp;وسم المحدد…</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>تبديل ال&amp;مفضلة</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>البحث عن الت&amp;كرارات…</translation>
    </message>
    <message>
        <source>&amp;Reached Out</source>
        <translation>توا&amp;صلتُ</translation>
    </message>
    <message>
        <source>Log that you reached out, and reset the reminder</source>
        <translation>سجّل أنك تواصلت، وأعد ضبط التذكير</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>تأ&amp;جيل</translation>
    </message>
    <message>
        <source>For a Week</source>
        <translation>لمدة أسبوع</translation>
    </message>
    <message>
        <source>For a Month</source>
        <translation>لمدة شهر</translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation>إلغاء التأجيل</translation>
    </message>
    <message>
        <source>Set &amp;Circle</source>
        <translation>تعيين ال&amp;دائرة</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Circle</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>كيف تعارفنا</translation>
    </message>
    <message>
        <source>Can help with</source>
        <translation>يمكنه المساعدة في</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>البقاء على تواصل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Give and ask</source>
        <translation>العطاء والطلب</translation>
    </message>
    <message>
        <source>I gave %1 · I received %2 · offers %3 · open asks %4</source>
        <translation>قدّمتُ %1 · تلقّيتُ %2 · عروض %3 · طلبات مفتوحة %4</translation>
    </message>
    <message>
        <source>Open asks</source>
        <translation>طلبات مفتوحة</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>المتابعة %1</translation>
    </message>
    <message>
        <source>Time until the next catch-up</source>
        <translation>الوقت المتبقي حتى التواصل التالي</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>يُكتب أيضًا</translation>
    </message>
    <message>
        <source>How we know each other</source>
        <translation>كيف نعرف بعضنا</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الميزان</translation>
    </message>
    <message>
        <source>Asks closed</source>
        <translation>طلبات مغلقة</translation>
    </message>
    <message>
        <source>Events together</source>
        <translation>فعاليات حضرناها معًا</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) at this organisation</source>
        <translation><numerusform>لا أحد غيره في هذه المؤسسة</numerusform><numerusform>شخص آخر في هذه المؤسسة</numerusform><numerusform>شخصان آخران في هذه المؤسسة</numerusform><numerusform>%Ln أشخاص آخرين في هذه المؤسسة</numerusform><numerusform>%Ln شخصًا آخر في هذه المؤسسة</numerusform><numerusform>%Ln شخص آخر في هذه المؤسسة</numerusform></translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>عرضتُ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>طلبتُ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>Name in the other script</source>
        <translation>الاسم بالخط الآخر</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>%1 — here: “%2”; on the server: “%3”</source>
        <translation>%1 — هنا: «%2»؛ وعلى الخادم: «%3»</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>أبقِ نسختي</translation>
    </message>
    <message>
        <source>Use Theirs</source>
        <translation>استخدم نسخة الخادم</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>تعارض في المزامنة</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>آخر تواصل %1</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>لم يُتواصل معه بعد</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation><numerusform>كل %Ln يوم</numerusform><numerusform>كل يوم</numerusform><numerusform>كل يومين</numerusform><numerusform>كل %Ln أيام</numerusform><numerusform>كل %Ln يومًا</numerusform><numerusform>كل %Ln يوم</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation><numerusform>متأخر %Ln يوم</numerusform><numerusform>متأخر يومًا واحدًا</numerusform><numerusform>متأخر يومين</numerusform><numerusform>متأخر %Ln أيام</numerusform><numerusform>متأخر %Ln يومًا</numerusform><numerusform>متأخر %Ln يوم</numerusform></translation>
    </message>
    <message>
        <source>next due %1</source>
        <translation>الموعد التالي %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>تحرير جهة الاتصال</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(بلا)</translation>
    </message>
    <message>
        <source>e.g. referral at Vodafone, résumé review</source>
        <translation>مثلًا: ترشيح في Vodafone، مراجعة السيرة الذاتية</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or --MM-DD without the year</source>
        <translation>⁨YYYY-MM-DD⁩، أو ⁨--MM-DD⁩ من دون السنة</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بلا تذكير</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>مفضلة</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Web or profile link</source>
        <translation>رابط موقع أو حساب</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>الاسم ال&amp;ظاهر:</translation>
    </message>
    <message>
        <source>Name in the other script:</source>
        <translation>الاسم بالخط الآخر:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;اللقب:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>المسمى ال&amp;وظيفي:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>القسم:</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>ال&amp;دائرة:</translation>
    </message>
    <message>
        <source>How we met:</source>
        <translation>كيف تعارفنا:</translation>
    </message>
    <message>
        <source>Can help with:</source>
        <translation>يمكنه المساعدة في:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Keep in touch every:</source>
        <translation>البقاء على تواصل كل:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>الهواتف:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>الروابط:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>العناوين:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not an image NetDesk can read. %2</source>
        <translation>لا يستطيع NetDesk قراءة %1 كصورة. %2</translation>
    </message>
    <message>
        <source>The birthday is not a date (YYYY-MM-DD or --MM-DD).</source>
        <translation>تاريخ الميلاد ليس تاريخًا صالحًا (⁨YYYY-MM-DD⁩ أو ⁨--MM-DD⁩).</translation>
    </message>
    <message>
        <source>A contact needs a name, an email or a phone number.</source>
        <translation>تحتاج جهة الاتصال إلى اسم أو بريد إلكتروني أو رقم هاتف.</translation>
    </message>
    <message>
        <source>This does not look like an email address: %1</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Title and Organisation Under the &amp;Name</source>
        <translation>المسمى الوظيفي والمؤسسة تحت ال&amp;اسم</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Add %1</source>
        <translation>إضافة ⁨%1⁩</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير ⁨%1⁩</translation>
    </message>
    <message>
        <source>Mark as Me</source>
        <translation>تعيين كأنا</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation><numerusform>حذف %Ln جهة اتصال</numerusform><numerusform>حذف جهة اتصال واحدة</numerusform><numerusform>حذف جهتي اتصال</numerusform><numerusform>حذف %Ln جهات اتصال</numerusform><numerusform>حذف %Ln جهة اتصال</numerusform><numerusform>حذف %Ln جهة اتصال</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation><numerusform>وسم %Ln جهة اتصال</numerusform><numerusform>وسم جهة اتصال واحدة</numerusform><numerusform>وسم جهتي اتصال</numerusform><numerusform>وسم %Ln جهات اتصال</numerusform><numerusform>وسم %Ln جهة اتصال</numerusform><numerusform>وسم %Ln جهة اتصال</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set circle of %n contact(s)</source>
        <translation><numerusform>تعيين دائرة %Ln جهة اتصال</numerusform><numerusform>تعيين دائرة جهة اتصال واحدة</numerusform><numerusform>تعيين دائرة جهتي اتصال</numerusform><numerusform>تعيين دائرة %Ln جهات اتصال</numerusform><numerusform>تعيين دائرة %Ln جهة اتصال</numerusform><numerusform>تعيين دائرة %Ln جهة اتصال</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n contact(s)</source>
        <translation><numerusform>تأجيل %Ln جهة اتصال</numerusform><numerusform>تأجيل جهة اتصال واحدة</numerusform><numerusform>تأجيل جهتي اتصال</numerusform><numerusform>تأجيل %Ln جهات اتصال</numerusform><numerusform>تأجيل %Ln جهة اتصال</numerusform><numerusform>تأجيل %Ln جهة اتصال</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n contact(s)</source>
        <translation><numerusform>دمج %Ln جهة اتصال</numerusform><numerusform>دمج جهة اتصال واحدة</numerusform><numerusform>دمج جهتي اتصال</numerusform><numerusform>دمج %Ln جهات اتصال</numerusform><numerusform>دمج %Ln جهة اتصال</numerusform><numerusform>دمج %Ln جهة اتصال</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation><numerusform>استعادة %Ln جهة اتصال</numerusform><numerusform>استعادة جهة اتصال واحدة</numerusform><numerusform>استعادة جهتي اتصال</numerusform><numerusform>استعادة %Ln جهات اتصال</numerusform><numerusform>استعادة %Ln جهة اتصال</numerusform><numerusform>استعادة %Ln جهة اتصال</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Match Columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>الاسم الأوسط</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Web or profile link</source>
        <translation>رابط موقع أو حساب</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(لا تستورده)</translation>
    </message>
    <message>
        <source>%1 is a CSV file NetDesk does not recognise. Say what each column holds; NetDesk guessed from the headers and the values.</source>
        <translation>⁨%1⁩ ملف CSV لا يتعرّف عليه NetDesk. حدّد ما يحويه كل عمود؛ وقد خمّن NetDesk ذلك من العناوين والقيم.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>أعمدة الملف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>الاستيراد كـ</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Network Health</source>
        <translation>صحة الشبكة</translation>
    </message>
    <message>
        <source>Contacts by circle</source>
        <translation>جهات الاتصال حسب الدائرة</translation>
    </message>
    <message>
        <source>Give and ask</source>
        <translation>العطاء والطلب</translation>
    </message>
    <message>
        <source>Interactions per month, last 12 months</source>
        <translation>التفاعلات شهريًا، آخر ١٢ شهرًا</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>contacts</source>
        <comment>dashboard tile</comment>
        <translation><numerusform>جهة اتصال</numerusform><numerusform>جهة اتصال</numerusform><numerusform>جهتا اتصال</numerusform><numerusform>جهات اتصال</numerusform><numerusform>جهة اتصال</numerusform><numerusform>جهة اتصال</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in touch in the last 30 days</source>
        <comment>dashboard tile</comment>
        <translation><numerusform>على تواصل خلال آخر ٣٠ يومًا</numerusform><numerusform>على تواصل خلال آخر ٣٠ يومًا</numerusform><numerusform>على تواصل خلال آخر ٣٠ يومًا</numerusform><numerusform>على تواصل خلال آخر ٣٠ يومًا</numerusform><numerusform>على تواصل خلال آخر ٣٠ يومًا</numerusform><numerusform>على تواصل خلال آخر ٣٠ يومًا</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in touch in the last 90 days</source>
        <comment>dashboard tile</comment>
        <translation><numerusform>على تواصل خلال آخر ٩٠ يومًا</numerusform><numerusform>على تواصل خلال آخر ٩٠ يومًا</numerusform><numerusform>على تواصل خلال آخر ٩٠ يومًا</numerusform><numerusform>على تواصل خلال آخر ٩٠ يومًا</numerusform><numerusform>على تواصل خلال آخر ٩٠ يومًا</numerusform><numerusform>على تواصل خلال آخر ٩٠ يومًا</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>overdue for a catch-up</source>
        <comment>dashboard tile</comment>
        <translation><numerusform>متأخر عن موعد التواصل</numerusform><numerusform>متأخر عن موعد التواصل</numerusform><numerusform>متأخران عن موعد التواصل</numerusform><numerusform>متأخرون عن موعد التواصل</numerusform><numerusform>متأخرًا عن موعد التواصل</numerusform><numerusform>متأخر عن موعد التواصل</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>due this week</source>
        <comment>dashboard tile</comment>
        <translation><numerusform>مستحق هذا الأسبوع</numerusform><numerusform>مستحق هذا الأسبوع</numerusform><numerusform>مستحقان هذا الأسبوع</numerusform><numerusform>مستحقون هذا الأسبوع</numerusform><numerusform>مستحقًا هذا الأسبوع</numerusform><numerusform>مستحق هذا الأسبوع</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>never contacted</source>
        <comment>dashboard tile</comment>
        <translation><numerusform>لم يُتواصل معه بعد</numerusform><numerusform>لم يُتواصل معه بعد</numerusform><numerusform>لم يُتواصل معهما بعد</numerusform><numerusform>لم يُتواصل معهم بعد</numerusform><numerusform>لم يُتواصل معهم بعد</numerusform><numerusform>لم يُتواصل معهم بعد</numerusform></translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>بلا دائرة</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>لا جهات اتصال بعد.</translation>
    </message>
    <message numerus="yes">
        <source>times I gave</source>
        <comment>balance</comment>
        <translation><numerusform>مرة قدّمتُ فيها</numerusform><numerusform>مرة قدّمتُ فيها</numerusform><numerusform>مرتان قدّمتُ فيهما</numerusform><numerusform>مرات قدّمتُ فيها</numerusform><numerusform>مرة قدّمتُ فيها</numerusform><numerusform>مرة قدّمتُ فيها</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>times I received</source>
        <comment>balance</comment>
        <translation><numerusform>مرة تلقّيتُ فيها</numerusform><numerusform>مرة تلقّيتُ فيها</numerusform><numerusform>مرتان تلقّيتُ فيهما</numerusform><numerusform>مرات تلقّيتُ فيها</numerusform><numerusform>مرة تلقّيتُ فيها</numerusform><numerusform>مرة تلقّيتُ فيها</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>open asks</source>
        <comment>balance</comment>
        <translation><numerusform>طلب مفتوح</numerusform><numerusform>طلب مفتوح</numerusform><numerusform>طلبان مفتوحان</numerusform><numerusform>طلبات مفتوحة</numerusform><numerusform>طلبًا مفتوحًا</numerusform><numerusform>طلب مفتوح</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>offers made</source>
        <comment>balance</comment>
        <translation><numerusform>عرض قدّمتُه</numerusform><numerusform>عرض قدّمتُه</numerusform><numerusform>عرضان قدّمتُهما</numerusform><numerusform>عروض قدّمتُها</numerusform><numerusform>عرضًا قدّمتُه</numerusform><numerusform>عرض قدّمتُه</numerusform></translation>
    </message>
    <message>
        <source>Nothing recorded yet: mark interactions as given or received and record your asks to see the balance.</source>
        <translation>لم يُسجَّل شيء بعد: حدّد التفاعلات بأنها عطاء أو تلقٍّ، وسجّل طلباتك لترى التوازن.</translation>
    </message>
    <message>
        <source>You have given more than you asked — a good time to ask.</source>
        <translation>قدّمتَ أكثر مما طلبت — إنه وقت مناسب للطلب.</translation>
    </message>
    <message>
        <source>You have asked more than you gave lately — share something useful.</source>
        <translation>طلبتَ مؤخرًا أكثر مما قدّمت — شارك شيئًا مفيدًا.</translation>
    </message>
    <message>
        <source>Give and take are in balance.</source>
        <translation>العطاء والأخذ متوازنان.</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>Show Them</source>
        <translation>اعرضهم</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) overdue for a catch-up. A short message keeps a connection warm.</source>
        <translation><numerusform>تأخّر موعد التواصل مع %Ln جهة اتصال. رسالة قصيرة تُبقي العلاقة دافئة.</numerusform><numerusform>تأخّر موعد التواصل مع جهة اتصال واحدة. رسالة قصيرة تُبقي العلاقة دافئة.</numerusform><numerusform>تأخّر موعد التواصل مع جهتي اتصال. رسالة قصيرة تُبقي العلاقة دافئة.</numerusform><numerusform>تأخّر موعد التواصل مع %Ln جهات اتصال. رسالة قصيرة تُبقي العلاقة دافئة.</numerusform><numerusform>تأخّر موعد التواصل مع %Ln جهة اتصال. رسالة قصيرة تُبقي العلاقة دافئة.</numerusform><numerusform>تأخّر موعد التواصل مع %Ln جهة اتصال. رسالة قصيرة تُبقي العلاقة دافئة.</numerusform></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Find Duplicates</source>
        <translation>البحث عن التكرارات</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>لا تكرارات محتملة.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن التكرارات…</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>البحث عن التكرارات</translation>
    </message>
    <message>
        <source>These contacts look like the same person. Checked groups are merged into the contact marked “kept”: empty fields are filled, emails, phones, links, tags and timelines are combined, and nothing you wrote is overwritten. Click a person to keep them instead. Groups that only may be one person (the same name at the same organisation, say) are left unchecked: check them if they are. Edit → Undo reverses the merge.</source>
        <translation>تبدو جهات الاتصال هذه للشخص نفسه. تُدمج المجموعات المحددة في جهة الاتصال المعلَّمة «مُبقاة»: تُملأ الحقول الفارغة، وتُجمع عناوين البريد والهواتف والروابط والوسوم والخطوط الزمنية، ولا يُستبدل شيء كتبته. انقر شخصًا لإبقائه بدلًا منها. أما المجموعات التي قد تكون لشخص واحد فقط (الاسم نفسه في المؤسسة نفسها مثلًا) فتُترك دون تحديد: حدّدها إن كانت كذلك. ويُلغي تحرير ← تراجع عملية الدمج.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>التكرارات المحتملة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>same profile link</source>
        <translation>رابط الحساب نفسه</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>الاسم والمؤسسة أنفسهما</translation>
    </message>
    <message>
        <source>Possibly the same person: %1</source>
        <translation>ربما الشخص نفسه: %1</translation>
    </message>
    <message>
        <source>Merge Checked</source>
        <translation>دمج المحدد</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(مُبقاة)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your network starts here</source>
        <translation>شبكتك تبدأ من هنا</translation>
    </message>
    <message>
        <source>NetDesk keeps the people you know — how you met, where they work, what they can help with — and every call, meeting and message on a timeline.</source>
        <translation>يحفظ NetDesk الأشخاص الذين تعرفهم — كيف تعارفتم، وأين يعملون، وفيمَ يمكنهم المساعدة — وكل مكالمة ولقاء ورسالة على خط زمني.</translation>
    </message>
    <message>
        <source>It tells you who is due for a catch-up and prints a one-page brief before you meet someone.</source>
        <translation>ويذكّرك بمن حان موعد التواصل معه، ويطبع لك ملخصًا من صفحة واحدة قبل أن تلتقي بأحد.</translation>
    </message>
    <message>
        <source>Explore a Sample Network</source>
        <translation>استكشاف شبكة تجريبية</translation>
    </message>
    <message>
        <source>Opens made-up people apart from your own data; leave it in one click.</source>
        <translation>يفتح أشخاصًا وهميين بمعزل عن بياناتك، وتغادره بنقرة واحدة.</translation>
    </message>
    <message>
        <source>Add a Contact…</source>
        <translation>إضافة جهة اتصال…</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>استيراد جهات الاتصال…</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Met People at an Event</source>
        <translation>تعرّفتُ على أشخاص في فعالية</translation>
    </message>
    <message>
        <source>e.g. PyCon Egypt 2026</source>
        <translation>مثلًا: PyCon Egypt 2026</translation>
    </message>
    <message>
        <source>e.g. Cairo, GrEEK Campus</source>
        <translation>مثلًا: القاهرة، GrEEK Campus</translation>
    </message>
    <message>
        <source>e.g. Talked about data roles in fintech</source>
        <translation>مثلًا: تحدثنا عن وظائف البيانات في التقنية المالية</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>ال&amp;فعالية:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>المل&amp;خص:</translation>
    </message>
    <message>
        <source>People I &amp;know:</source>
        <translation>أشخاص أ&amp;عرفهم:</translation>
    </message>
    <message>
        <source>New people (from their business cards)</source>
        <translation>أشخاص جدد (من بطاقات أعمالهم)</translation>
    </message>
    <message>
        <source>&amp;Add Another Card</source>
        <translation>إضافة &amp;بطاقة أخرى</translation>
    </message>
    <message>
        <source>S&amp;can Card…</source>
        <translation>م&amp;سح بطاقة…</translation>
    </message>
    <message>
        <source>Save everyone (Ctrl+Return)</source>
        <translation>حفظ الجميع (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>البطاقة %1</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>أعطِ الفعالية اسمًا.</translation>
    </message>
    <message>
        <source>Add at least one person you met.</source>
        <translation>أضف شخصًا واحدًا على الأقل ممن قابلتهم.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 3.0, for older phones (*.vcf)</source>
        <translation>vCard 3.0، للهواتف الأقدم (*.vcf)</translation>
    </message>
    <message>
        <source>CSV, Google Contacts layout (*.csv)</source>
        <translation>CSV، بتنسيق جهات اتصال Google (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>NetDesk contacts</source>
        <translation>جهات اتصال NetDesk</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <translation><numerusform>صُدِّرت %Ln جهة اتصال إلى ⁨%1⁩</numerusform><numerusform>صُدِّرت جهة اتصال واحدة إلى ⁨%1⁩</numerusform><numerusform>صُدِّرت جهتا اتصال إلى ⁨%1⁩</numerusform><numerusform>صُدِّرت %Ln جهات اتصال إلى ⁨%1⁩</numerusform><numerusform>صُدِّرت %Ln جهة اتصال إلى ⁨%1⁩</numerusform><numerusform>صُدِّرت %Ln جهة اتصال إلى ⁨%1⁩</numerusform></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Import Contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv *.json *.ldif *.ldi);;All files (*)</source>
        <translation>ملفات جهات الاتصال (*.vcf *.vcard *.csv *.json *.ldif *.ldi);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>Import Stopped</source>
        <translation>توقّف الاستيراد</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before the import failed. %1</source>
        <translation>لم يُستورد شيء: فشل النسخ الاحتياطي السابق للاستيراد. ⁨%1⁩</translation>
    </message>
    <message>
        <source>Nothing was imported: the disk is full. Free some space and try again.</source>
        <translation>لم يُستورد شيء: القرص ممتلئ. أفرغ بعض المساحة ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to merge with contacts you have, %4 to skip.</source>
        <translation>⁨%1⁩: %2 للإضافة، و%3 للدمج مع جهات اتصال لديك، و%4 للتخطي.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>البريد أو الهاتف</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>(keep as in the file)</source>
        <translation>(كما في الملف)</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بلا تذكير</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>For everyone imported without a cadence of their own; it starts today.</source>
        <translation>لكل من يُستورد دون وتيرة تواصل خاصة به؛ وتبدأ من اليوم.</translation>
    </message>
    <message>
        <source>e.g. LinkedIn, Conference 2026</source>
        <translation>مثلًا: LinkedIn، مؤتمر 2026</translation>
    </message>
    <message>
        <source>Contacts in the file</source>
        <translation>جهات الاتصال في الملف</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Merges into</source>
        <translation>يُدمج في</translation>
    </message>
    <message>
        <source>Tick or untick every row</source>
        <translation>تحديد كل الصفوف أو إلغاء تحديدها</translation>
    </message>
    <message>
        <source>Circle for everyone:</source>
        <translation>الدائرة للجميع:</translation>
    </message>
    <message>
        <source>Keep in touch every:</source>
        <translation>البقاء على تواصل كل:</translation>
    </message>
    <message>
        <source>Tags for everyone:</source>
        <translation>الوسوم للجميع:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may be a contact you have or an earlier row, with nothing to prove it: each is added as new unless you check it to merge.</source>
        <translation><numerusform>قد يطابق %Ln صف جهة اتصال لديك أو صفًا سابقًا دون ما يثبت ذلك: يُضاف كلٌّ منها جديدًا ما لم تحدده للدمج.</numerusform><numerusform>قد يطابق صف واحد جهة اتصال لديك أو صفًا سابقًا دون ما يثبت ذلك: يُضاف كلٌّ منها جديدًا ما لم تحدده للدمج.</numerusform><numerusform>قد يطابق صفان جهة اتصال لديك أو صفًا سابقًا دون ما يثبت ذلك: يُضاف كلٌّ منها جديدًا ما لم تحدده للدمج.</numerusform><numerusform>قد يطابق %Ln صفوف جهة اتصال لديك أو صفًا سابقًا دون ما يثبت ذلك: يُضاف كلٌّ منها جديدًا ما لم تحدده للدمج.</numerusform><numerusform>قد يطابق %Ln صفًا جهة اتصال لديك أو صفًا سابقًا دون ما يثبت ذلك: يُضاف كلٌّ منها جديدًا ما لم تحدده للدمج.</numerusform><numerusform>قد يطابق %Ln صف جهة اتصال لديك أو صفًا سابقًا دون ما يثبت ذلك: يُضاف كلٌّ منها جديدًا ما لم تحدده للدمج.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation><numerusform>…ولا تحذيرات أخرى</numerusform><numerusform>…وتحذير آخر</numerusform><numerusform>…وتحذيران آخران</numerusform><numerusform>…و%Ln تحذيرات أخرى</numerusform><numerusform>…و%Ln تحذيرًا آخر</numerusform><numerusform>…و%Ln تحذير آخر</numerusform></translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Untick to leave this row out of the import</source>
        <translation>ألغِ التحديد لاستبعاد هذا الصف من الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out.</source>
        <translation><numerusform>لم يُستبعد أي صف.</numerusform><numerusform>استُبعد صف واحد.</numerusform><numerusform>استُبعد صفان.</numerusform><numerusform>استُبعدت %Ln صفوف.</numerusform><numerusform>استُبعد %Ln صفًا.</numerusform><numerusform>استُبعد %Ln صف.</numerusform></translation>
    </message>
    <message>
        <source>possible duplicate of %1, an earlier row (%2)</source>
        <translation>تكرار محتمل لـ%1، وهو صف سابق (%2)</translation>
    </message>
    <message>
        <source>possible duplicate of %1 (%2)</source>
        <translation>تكرار محتمل لـ%1 (%2)</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>how you met</source>
        <translation>كيف تعارفتما</translation>
    </message>
    <message>
        <source>what they can help with</source>
        <translation>ما يمكنه المساعدة فيه</translation>
    </message>
    <message>
        <source>location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>keeps your %1</source>
        <translation>يُبقي على %1 الذي أدخلتَه</translation>
    </message>
    <message>
        <source>%1: yours “%2”, the file's “%3”</source>
        <translation>%1: لديك «%2»، وفي الملف «%3»</translation>
    </message>
    <message>
        <source>same contact (vCard UID)</source>
        <translation>جهة الاتصال نفسها (معرّف vCard)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>same profile link</source>
        <translation>رابط الحساب نفسه</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>الاسم والمؤسسة أنفسهما</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>no name, email or phone</source>
        <translation>لا اسم ولا بريد إلكتروني ولا هاتف</translation>
    </message>
    <message>
        <source>%1 as an earlier entry (merged into it)</source>
        <translation>%1 كإدخال سابق (دُمج فيه)</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message numerus="yes">
        <source>Show the %n imported</source>
        <translation><numerusform>عرض المستوردين (%Ln)</numerusform><numerusform>عرض المستوردين (%Ln)</numerusform><numerusform>عرض المستوردين (%Ln)</numerusform><numerusform>عرض المستوردين (%Ln)</numerusform><numerusform>عرض المستوردين (%Ln)</numerusform><numerusform>عرض المستوردين (%Ln)</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 merged, %4 skipped. Edit → Undo reverses the whole import.</source>
        <translation>⁨%1⁩: أُضيف %2، ودُمج %3، وتُخطّي %4. ويُلغي تحرير ← تراجع الاستيراد كله.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 merged, %4 skipped.</source>
        <translation>⁨%1⁩: أُضيف %2، ودُمج %3، وتُخطّي %4.</translation>
    </message>
    <message>
        <source>Edit → Undo reverses one file at a time.</source>
        <translation>ويُلغي تحرير ← تراجع استيراد ملف واحد في كل مرة.</translation>
    </message>
    <message numerus="yes">
        <source>Showing only the %n imported.</source>
        <translation><numerusform>يُعرض المستوردون فقط (%Ln).</numerusform><numerusform>يُعرض المستوردون فقط (%Ln).</numerusform><numerusform>يُعرض المستوردون فقط (%Ln).</numerusform><numerusform>يُعرض المستوردون فقط (%Ln).</numerusform><numerusform>يُعرض المستوردون فقط (%Ln).</numerusform><numerusform>يُعرض المستوردون فقط (%Ln).</numerusform></translation>
    </message>
    <message>
        <source>Show All Contacts</source>
        <translation>عرض كل جهات الاتصال</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Import %1</source>
        <translation>استيراد ⁨%1⁩</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log Interaction</source>
        <translation>تسجيل تفاعل</translation>
    </message>
    <message>
        <source>e.g. Coffee; asked about a referral at Careem</source>
        <translation>مثلًا: قهوة؛ سألتُ عن ترشيح في Careem</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;متى:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>الا&amp;تجاه:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>المل&amp;خص:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>المشار&amp;كون:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>تحرير تفاعل</translation>
    </message>
    <message>
        <source>Add at least one participant.</source>
        <translation>أضف مشاركًا واحدًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>InteractionService</name>
    <message>
        <source>Log %1</source>
        <translation>تسجيل ⁨%1⁩</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>حذف تفاعل</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Record an Introduction</source>
        <translation>تسجيل تعريف</translation>
    </message>
    <message>
        <source>Someone introduced me to a person</source>
        <translation>عرّفني أحدهم على شخص</translation>
    </message>
    <message>
        <source>I introduced two people to each other</source>
        <translation>عرّفتُ شخصين أحدهما على الآخر</translation>
    </message>
    <message>
        <source>e.g. both work on payments in Cairo</source>
        <translation>مثلًا: كلاهما يعمل في المدفوعات بالقاهرة</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Who introduced me:</source>
        <translation>من عرّفني:</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>على من:</translation>
    </message>
    <message>
        <source>I introduced:</source>
        <translation>عرّفتُ:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>على:</translation>
    </message>
    <message>
        <source>Choose one person in each field.</source>
        <translation>اختر شخصًا واحدًا في كل حقل.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>اختر شخصين مختلفين.</translation>
    </message>
    <message>
        <source>Record introduction</source>
        <translation>تسجيل تعريف</translation>
    </message>
    <message>
        <source>Introduced me to %1</source>
        <translation>عرّفني على %1</translation>
    </message>
    <message>
        <source>I introduced %1 and %2</source>
        <translation>عرّفتُ %1 و%2 أحدهما على الآخر</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>&amp;Job Search…</source>
        <translation>البحث عن &amp;وظيفة…</translation>
    </message>
    <message>
        <source>&amp;Today…</source>
        <translation>ال&amp;يوم…</translation>
    </message>
    <message>
        <source>&amp;Share Something…</source>
        <translation>م&amp;شاركة شيء مفيد…</translation>
    </message>
    <message>
        <source>Reach &amp;Out</source>
        <translation>مرا&amp;سلة</translation>
    </message>
</context>
<context>
    <name>JobBoardWindow</name>
    <message>
        <source>Job Search</source>
        <translation>البحث عن وظيفة</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>فرص العمل</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>ال&amp;لوحة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>ال&amp;قائمة</translation>
    </message>
    <message>
        <source>&amp;New Opening…</source>
        <translation>فرصة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Target Organisation…</source>
        <translation>مؤسسة &amp;مستهدفة…</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;نقل إلى</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Target organisations: %1</source>
        <translation>المؤسسات المستهدفة: %1</translation>
    </message>
    <message>
        <source>Target Organisation</source>
        <translation>مؤسسة مستهدفة</translation>
    </message>
    <message>
        <source>Organisation you want to work at:</source>
        <translation>المؤسسة التي تريد العمل فيها:</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>JobService</name>
    <message>
        <source>Add opening %1</source>
        <translation>إضافة فرصة العمل %1</translation>
    </message>
    <message>
        <source>Edit opening %1</source>
        <translation>تحرير فرصة العمل %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>نقل %1</translation>
    </message>
    <message>
        <source>Delete opening %1</source>
        <translation>حذف فرصة العمل %1</translation>
    </message>
    <message>
        <source>Add target %1</source>
        <translation>إضافة المؤسسة المستهدفة %1</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>إزالة مؤسسة مستهدفة</translation>
    </message>
    <message>
        <source>Ask for a referral for %1</source>
        <translation>طلب ترشيح لـ%1</translation>
    </message>
    <message>
        <source>Tie the ask to the opening</source>
        <translation>ربط الطلب بفرصة العمل</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>مشاركة %1</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>Interested</source>
        <translation>مهتم</translation>
    </message>
    <message>
        <source>Asked for a referral</source>
        <translation>طلبتُ ترشيحًا</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>تقدّمتُ</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>في المقابلات</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>No tie yet</source>
        <translation>لا علاقة بعد</translation>
    </message>
    <message>
        <source>Weak tie</source>
        <translation>علاقة ضعيفة</translation>
    </message>
    <message>
        <source>Fair tie</source>
        <translation>علاقة متوسطة</translation>
    </message>
    <message>
        <source>Strong tie</source>
        <translation>علاقة قوية</translation>
    </message>
    <message>
        <source>Works there</source>
        <translation>يعمل هناك</translation>
    </message>
    <message>
        <source>Used to work there</source>
        <translation>عمل فيها سابقًا</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>على صلة</translation>
    </message>
    <message>
        <source>never in touch</source>
        <translation>لم يحدث تواصل بعد</translation>
    </message>
    <message>
        <source>last spoke today</source>
        <translation>آخر حديث اليوم</translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n day(s) ago</source>
        <translation><numerusform>آخر حديث قبل %Ln يوم</numerusform><numerusform>آخر حديث قبل يوم واحد</numerusform><numerusform>آخر حديث قبل يومين</numerusform><numerusform>آخر حديث قبل %Ln أيام</numerusform><numerusform>آخر حديث قبل %Ln يومًا</numerusform><numerusform>آخر حديث قبل %Ln يوم</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n week(s) ago</source>
        <translation><numerusform>آخر حديث قبل %Ln أسبوع</numerusform><numerusform>آخر حديث قبل أسبوع واحد</numerusform><numerusform>آخر حديث قبل أسبوعين</numerusform><numerusform>آخر حديث قبل %Ln أسابيع</numerusform><numerusform>آخر حديث قبل %Ln أسبوعًا</numerusform><numerusform>آخر حديث قبل %Ln أسبوع</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n month(s) ago</source>
        <translation><numerusform>آخر حديث قبل %Ln شهر</numerusform><numerusform>آخر حديث قبل شهر واحد</numerusform><numerusform>آخر حديث قبل شهرين</numerusform><numerusform>آخر حديث قبل %Ln أشهر</numerusform><numerusform>آخر حديث قبل %Ln شهرًا</numerusform><numerusform>آخر حديث قبل %Ln شهر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n year(s) ago</source>
        <translation><numerusform>آخر حديث قبل %Ln سنة</numerusform><numerusform>آخر حديث قبل سنة واحدة</numerusform><numerusform>آخر حديث قبل سنتين</numerusform><numerusform>آخر حديث قبل %Ln سنوات</numerusform><numerusform>آخر حديث قبل %Ln سنة</numerusform><numerusform>آخر حديث قبل %Ln سنة</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) this past year</source>
        <translation><numerusform>لا تفاعلات خلال العام الماضي</numerusform><numerusform>تفاعل واحد خلال العام الماضي</numerusform><numerusform>تفاعلان خلال العام الماضي</numerusform><numerusform>%Ln تفاعلات خلال العام الماضي</numerusform><numerusform>%Ln تفاعلًا خلال العام الماضي</numerusform><numerusform>%Ln تفاعل خلال العام الماضي</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>you helped them %n time(s)</source>
        <translation><numerusform>ساعدتَه %Ln مرة</numerusform><numerusform>ساعدتَه مرة واحدة</numerusform><numerusform>ساعدتَه مرتين</numerusform><numerusform>ساعدتَه %Ln مرات</numerusform><numerusform>ساعدتَه %Ln مرة</numerusform><numerusform>ساعدتَه %Ln مرة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>they helped you %n time(s)</source>
        <translation><numerusform>ساعدك %Ln مرة</numerusform><numerusform>ساعدك مرة واحدة</numerusform><numerusform>ساعدك مرتين</numerusform><numerusform>ساعدك %Ln مرات</numerusform><numerusform>ساعدك %Ln مرة</numerusform><numerusform>ساعدك %Ln مرة</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2 of 100): %3</source>
        <translation>%1 (%2 من 100): %3</translation>
    </message>
    <message>
        <source>works at %1</source>
        <translation>يعمل في %1</translation>
    </message>
    <message>
        <source>used to work at %1</source>
        <translation>عمل سابقًا في %1</translation>
    </message>
    <message>
        <source>introduced to %1 there</source>
        <translation>جرى تعريفه بـ%1 هناك</translation>
    </message>
    <message>
        <source>met %1 there at %2</source>
        <translation>التقى %1 من هناك في %2</translation>
    </message>
    <message>
        <source>alumni, like %1 there</source>
        <translation>من الخريجين، مثل %1 هناك</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>حان موعده اليوم</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation><numerusform>متأخر %Ln يوم</numerusform><numerusform>متأخر يومًا واحدًا</numerusform><numerusform>متأخر يومين</numerusform><numerusform>متأخر %Ln أيام</numerusform><numerusform>متأخر %Ln يومًا</numerusform><numerusform>متأخر %Ln يوم</numerusform></translation>
    </message>
    <message>
        <source>follow up on your ask: %1</source>
        <translation>تابِع طلبك: %1</translation>
    </message>
    <message>
        <source>ask for a referral or apply at %1</source>
        <translation>اطلب ترشيحًا أو تقدّم في %1</translation>
    </message>
    <message>
        <source>answer the offer from %1</source>
        <translation>ردّ على عرض %1</translation>
    </message>
    <message>
        <source>your referral asks are answered: apply at %1</source>
        <translation>أُجيبت طلبات الترشيح: تقدّم في %1</translation>
    </message>
    <message>
        <source>works at %1, one of your target organisations</source>
        <translation>يعمل في %1، إحدى المؤسسات التي تستهدفها</translation>
    </message>
    <message numerus="yes">
        <source>a strong tie gone quiet for %n day(s)</source>
        <translation><numerusform>علاقة قوية انقطع فيها التواصل منذ %Ln يوم</numerusform><numerusform>علاقة قوية انقطع فيها التواصل منذ يوم واحد</numerusform><numerusform>علاقة قوية انقطع فيها التواصل منذ يومين</numerusform><numerusform>علاقة قوية انقطع فيها التواصل منذ %Ln أيام</numerusform><numerusform>علاقة قوية انقطع فيها التواصل منذ %Ln يومًا</numerusform><numerusform>علاقة قوية انقطع فيها التواصل منذ %Ln يوم</numerusform></translation>
    </message>
</context>
<context>
    <name>LabeledListEditor</name>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Professor</source>
        <translation>أستاذ جامعي</translation>
    </message>
    <message>
        <source>Classmate</source>
        <translation>زميل دراسة</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>صديق</translation>
    </message>
    <message>
        <source>Coworker</source>
        <translation>زميل عمل</translation>
    </message>
    <message>
        <source>Former coworker</source>
        <translation>زميل عمل سابق</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>مرشد</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>خرّيجو المؤسسة نفسها</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>جار</translation>
    </message>
    <message>
        <source>Met at an event</source>
        <translation>تعارفنا في فعالية</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>مسؤول توظيف</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>لقاء</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>تعريف بشخص</translation>
    </message>
    <message>
        <source>I gave</source>
        <translation>قدّمتُ</translation>
    </message>
    <message>
        <source>I received</source>
        <translation>تلقّيتُ</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>متبادل</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>لقاء مجتمعي</translation>
    </message>
    <message>
        <source>Alumni meetup</source>
        <translation>لقاء خريجين</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>معرض توظيف</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>مناسبة اجتماعية</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>فاكس</translation>
    </message>
    <message>
        <source>%1 (%2 AH)</source>
        <translation>%1 (%2 هـ)</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ترشيح</translation>
    </message>
    <message>
        <source>Résumé review</source>
        <translation>مراجعة السيرة الذاتية</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>LicensesDialog</name>
    <message>
        <source>Third-Party Licences</source>
        <translation>تراخيص الأطراف الثالثة</translation>
    </message>
    <message>
        <source>The licence notice is missing from this installation: %1</source>
        <translation>ملف التراخيص غير موجود في هذا التثبيت: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Circles, tags and organisations</source>
        <translation>الدوائر والوسوم والمؤسسات</translation>
    </message>
    <message>
        <source>Selected contact</source>
        <translation>جهة الاتصال المحددة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Search people, notes and the timeline (e.g. visa, circle:classmate)</source>
        <translation>ابحث في الأشخاص والملاحظات والخط الزمني (مثلًا: تأشيرة، دائرة:زميل_دراسة)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message numerus="yes">
        <source>Timeline — %n interaction(s)</source>
        <translation><numerusform>الخط الزمني — لا تفاعلات</numerusform><numerusform>الخط الزمني — تفاعل واحد</numerusform><numerusform>الخط الزمني — تفاعلان</numerusform><numerusform>الخط الزمني — %Ln تفاعلات</numerusform><numerusform>الخط الزمني — %Ln تفاعلًا</numerusform><numerusform>الخط الزمني — %Ln تفاعل</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) shown</source>
        <translation><numerusform>لا تُعرض أي جهة اتصال</numerusform><numerusform>تُعرض جهة اتصال واحدة</numerusform><numerusform>تُعرض جهتا اتصال</numerusform><numerusform>تُعرض %Ln جهات اتصال</numerusform><numerusform>تُعرض %Ln جهة اتصال</numerusform><numerusform>تُعرض %Ln جهة اتصال</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation><numerusform>من أصل %Ln</numerusform><numerusform>من أصل %Ln</numerusform><numerusform>من أصل %Ln</numerusform><numerusform>من أصل %Ln</numerusform><numerusform>من أصل %Ln</numerusform><numerusform>من أصل %Ln</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>المحدد: %Ln</numerusform><numerusform>المحدد: %Ln</numerusform><numerusform>المحدد: %Ln</numerusform><numerusform>المحدد: %Ln</numerusform><numerusform>المحدد: %Ln</numerusform><numerusform>المحدد: %Ln</numerusform></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>ال&amp;شبكة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>MonthlyBarChart</name>
    <message>
        <source>Interactions per month</source>
        <translation>التفاعلات شهريًا</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln interaction(s)</source>
        <translation><numerusform>%1: لا تفاعلات</numerusform><numerusform>%1: تفاعل واحد</numerusform><numerusform>%1: تفاعلان</numerusform><numerusform>%1: %Ln تفاعلات</numerusform><numerusform>%1: %Ln تفاعلًا</numerusform><numerusform>%1: %Ln تفاعل</numerusform></translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My Card</source>
        <translation>بطاقتي</translation>
    </message>
    <message>
        <source>&amp;Use the Selected Contact as Me</source>
        <translation>ا&amp;عتماد جهة الاتصال المحددة على أنها أنا</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>حفظ بصيغة &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>حفظ بصيغة &amp;SVG…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Bilingual, two-sided</source>
        <translation>ثنائية اللغة، على الوجهين</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>P&amp;rint Cards…</source>
        <translation>&amp;طباعة البطاقات…</translation>
    </message>
    <message>
        <source>Save Cards as P&amp;DF…</source>
        <translation>حفظ البطاقات بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>Business cards, 10 a page:</source>
        <translation>بطاقات العمل، 10 في الصفحة:</translation>
    </message>
    <message>
        <source>No contact is marked as you yet. Select your own contact in the list (or add it), then choose “Use the Selected Contact as Me”.</source>
        <translation>لم تُعيَّن بعدُ جهة اتصال على أنها أنت. حدّد جهة اتصالك في القائمة (أو أضفها)، ثم اختر «اعتماد جهة الاتصال المحددة على أنها أنا».</translation>
    </message>
    <message>
        <source>%1 — scan the code with a phone's camera to add you.</source>
        <translation>⁨%1⁩ — امسح الرمز بكاميرا الهاتف لإضافتك.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>لم يُكتب ⁨%1⁩: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ ⁨%1⁩</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save My QR Code</source>
        <translation>حفظ رمز QR الخاص بي</translation>
    </message>
    <message>
        <source>Save Business Cards</source>
        <translation>حفظ بطاقات العمل</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message numerus="yes">
        <source>%n follow-up(s) exported to %1</source>
        <translation><numerusform>لم تُصدَّر أي متابعة إلى ⁨%1⁩</numerusform><numerusform>صُدِّرت متابعة واحدة إلى ⁨%1⁩</numerusform><numerusform>صُدِّرت متابعتان إلى ⁨%1⁩</numerusform><numerusform>صُدِّرت %Ln متابعات إلى ⁨%1⁩</numerusform><numerusform>صُدِّرت %Ln متابعة إلى ⁨%1⁩</numerusform><numerusform>صُدِّرت %Ln متابعة إلى ⁨%1⁩</numerusform></translation>
    </message>
    <message>
        <source>Who Is &amp;Due…</source>
        <translation>&amp;من حان موعد التواصل معه…</translation>
    </message>
    <message>
        <source>Met People at an &amp;Event…</source>
        <translation>تعرّفتُ على أشخاص في &amp;فعالية…</translation>
    </message>
    <message>
        <source>Record an &amp;Ask…</source>
        <translation>تسجيل &amp;طلب…</translation>
    </message>
    <message>
        <source>Record an &amp;Offer…</source>
        <translation>تسجيل &amp;عرض…</translation>
    </message>
    <message>
        <source>Record an &amp;Introduction…</source>
        <translation>تسجيل تع&amp;ريف…</translation>
    </message>
    <message>
        <source>&amp;Give and Ask…</source>
        <translation>العطاء و&amp;الطلب…</translation>
    </message>
    <message>
        <source>Who I Know &amp;Where…</source>
        <translation>معارفي في &amp;كل مؤسسة…</translation>
    </message>
    <message>
        <source>Network &amp;Health…</source>
        <translation>&amp;صحة الشبكة…</translation>
    </message>
    <message>
        <source>Export Follow-ups to &amp;Calendar…</source>
        <translation>تصدير المتابعات إلى ال&amp;تقويم…</translation>
    </message>
    <message>
        <source>Catch up with %1</source>
        <translation>تواصل مع ⁨%1⁩</translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>آخر تواصل: %1</translation>
    </message>
    <message>
        <source>Never contacted yet.</source>
        <translation>لم يُتواصل معه بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch every %n day(s).</source>
        <translation><numerusform>البقاء على تواصل كل %Ln يوم.</numerusform><numerusform>البقاء على تواصل كل يوم.</numerusform><numerusform>البقاء على تواصل كل يومين.</numerusform><numerusform>البقاء على تواصل كل %Ln أيام.</numerusform><numerusform>البقاء على تواصل كل %Ln يومًا.</numerusform><numerusform>البقاء على تواصل كل %Ln يوم.</numerusform></translation>
    </message>
    <message>
        <source>NetDesk follow-ups</source>
        <translation>متابعات NetDesk</translation>
    </message>
    <message>
        <source>Export Follow-ups to Calendar</source>
        <translation>تصدير المتابعات إلى التقويم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>تعذّر التصدير</translation>
    </message>
</context>
<context>
    <name>NetworkService</name>
    <message>
        <source>Record offer</source>
        <translation>تسجيل عرض</translation>
    </message>
    <message>
        <source>Record ask</source>
        <translation>تسجيل طلب</translation>
    </message>
    <message>
        <source>Edit ask</source>
        <translation>تحرير طلب</translation>
    </message>
    <message>
        <source>Update ask</source>
        <translation>تحديث الطلب</translation>
    </message>
    <message>
        <source>Met people at %1</source>
        <translation>تعارف في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Follow up after %1</source>
        <translation>المتابعة بعد ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>NetworkViewDialog</name>
    <message>
        <source>Give and Ask</source>
        <translation>العطاء والطلب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>&amp;New Ask…</source>
        <translation>طلب &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Mark &amp;Done…</source>
        <translation>تعليم ك&amp;منجز…</translation>
    </message>
    <message>
        <source>De&amp;clined…</source>
        <translation>مر&amp;فوض…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>عرّفه</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <translation>عرض: %1</translation>
    </message>
    <message numerus="yes">
        <source>Open Asks (%Ln)</source>
        <translation><numerusform>الطلبات المفتوحة (%Ln)</numerusform><numerusform>الطلبات المفتوحة (%Ln)</numerusform><numerusform>الطلبات المفتوحة (%Ln)</numerusform><numerusform>الطلبات المفتوحة (%Ln)</numerusform><numerusform>الطلبات المفتوحة (%Ln)</numerusform><numerusform>الطلبات المفتوحة (%Ln)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>What I Gave Lately (%Ln)</source>
        <translation><numerusform>ما قدّمتُه مؤخرًا (%Ln)</numerusform><numerusform>ما قدّمتُه مؤخرًا (%Ln)</numerusform><numerusform>ما قدّمتُه مؤخرًا (%Ln)</numerusform><numerusform>ما قدّمتُه مؤخرًا (%Ln)</numerusform><numerusform>ما قدّمتُه مؤخرًا (%Ln)</numerusform><numerusform>ما قدّمتُه مؤخرًا (%Ln)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Introductions (%Ln)</source>
        <translation><numerusform>التعارفات (%Ln)</numerusform><numerusform>التعارفات (%Ln)</numerusform><numerusform>التعارفات (%Ln)</numerusform><numerusform>التعارفات (%Ln)</numerusform><numerusform>التعارفات (%Ln)</numerusform><numerusform>التعارفات (%Ln)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Events (%Ln)</source>
        <translation><numerusform>الفعاليات (%Ln)</numerusform><numerusform>الفعاليات (%Ln)</numerusform><numerusform>الفعاليات (%Ln)</numerusform><numerusform>الفعاليات (%Ln)</numerusform><numerusform>الفعاليات (%Ln)</numerusform><numerusform>الفعاليات (%Ln)</numerusform></translation>
    </message>
    <message>
        <source>Asks you are still waiting on, oldest first. Close them when you hear back.</source>
        <translation>طلبات ما زلت تنتظر ردها، الأقدم أولًا. أغلقها عندما يصلك الرد.</translation>
    </message>
    <message numerus="yes">
        <source>What you gave in the last %Ln day(s): favours, help and offers.</source>
        <translation><numerusform>ما قدّمتَه في آخر %Ln يوم: خدمات ومساعدة وعروض.</numerusform><numerusform>ما قدّمتَه في اليوم الأخير: خدمات ومساعدة وعروض.</numerusform><numerusform>ما قدّمتَه في آخر يومين: خدمات ومساعدة وعروض.</numerusform><numerusform>ما قدّمتَه في آخر %Ln أيام: خدمات ومساعدة وعروض.</numerusform><numerusform>ما قدّمتَه في آخر %Ln يومًا: خدمات ومساعدة وعروض.</numerusform><numerusform>ما قدّمتَه في آخر %Ln يوم: خدمات ومساعدة وعروض.</numerusform></translation>
    </message>
    <message>
        <source>Who introduced whom.</source>
        <translation>مَن عرّف مَن.</translation>
    </message>
    <message>
        <source>Events you went to and how many people you met there.</source>
        <translation>الفعاليات التي حضرتها وعدد من قابلتهم فيها.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>OpeningDetail</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>من يستطيع المساعدة</translation>
    </message>
    <message>
        <source>Ask for a &amp;Referral…</source>
        <translation>طلب ت&amp;رشيح…</translation>
    </message>
    <message>
        <source>Reach Out</source>
        <translation>مراسلة</translation>
    </message>
    <message>
        <source>Show &amp;Contact</source>
        <translation>عرض &amp;جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Edit Opening…</source>
        <translation>&amp;تحرير الفرصة…</translation>
    </message>
    <message>
        <source>No opening selected</source>
        <translation>لم تُحدَّد فرصة عمل</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 منذ %2</translation>
    </message>
    <message>
        <source>found via %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Who can help at %1</source>
        <translation>من يستطيع المساعدة في %1</translation>
    </message>
    <message>
        <source>No one you know there yet.</source>
        <translation>لا تعرف أحدًا هناك بعد.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>Edit Opening</source>
        <translation>تحرير فرصة عمل</translation>
    </message>
    <message>
        <source>New Opening</source>
        <translation>فرصة عمل جديدة</translation>
    </message>
    <message>
        <source>LinkedIn, a friend, the company's site…</source>
        <translation>LinkedIn، صديق، موقع الشركة…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>المسمى ال&amp;وظيفي:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <source>&amp;Found via:</source>
        <translation>الم&amp;صدر:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>Give the opening a title and an organisation.</source>
        <translation>أدخل مسمى فرصة العمل ومؤسستها.</translation>
    </message>
</context>
<context>
    <name>OrganizationTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>People there</source>
        <translation>يعملون فيها</translation>
    </message>
    <message>
        <source>Used to be</source>
        <translation>عملوا فيها سابقًا</translation>
    </message>
</context>
<context>
    <name>OrganizationsDialog</name>
    <message>
        <source>Who I Know Where</source>
        <translation>معارفي في كل مؤسسة</translation>
    </message>
    <message>
        <source>Find an organisation…</source>
        <translation>ابحث عن مؤسسة…</translation>
    </message>
    <message>
        <source>Find an organisation</source>
        <translation>البحث عن مؤسسة</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>People there</source>
        <translation>يعملون فيها</translation>
    </message>
    <message>
        <source>Ask someone here for an introduction or a referral.</source>
        <translation>اطلب من أحدهم تعريفًا أو ترشيحًا.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Works there now</source>
        <translation>يعمل فيها الآن</translation>
    </message>
    <message>
        <source>Used to work there</source>
        <translation>عمل فيها سابقًا</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>Say &amp;Hello…</source>
        <translation>إلقاء الت&amp;حية…</translation>
    </message>
    <message>
        <source>&amp;Congratulate…</source>
        <translation>&amp;تهنئة…</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;مشاركة…</translation>
    </message>
    <message>
        <source>Ask for a &amp;Referral…</source>
        <translation>طلب ت&amp;رشيح…</translation>
    </message>
    <message>
        <source>&amp;Thank…</source>
        <translation>تقديم ال&amp;شكر…</translation>
    </message>
    <message>
        <source>Said hello</source>
        <translation>ألقيتُ التحية</translation>
    </message>
    <message>
        <source>Congratulated</source>
        <translation>قدّمتُ التهنئة</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>قدّمتُ الشكر</translation>
    </message>
    <message>
        <source>Asked for a referral: %1</source>
        <translation>طلبتُ ترشيحًا: %1</translation>
    </message>
    <message>
        <source>Asked for a referral</source>
        <translation>طلبتُ ترشيحًا</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>شاركتُ: %1</translation>
    </message>
    <message>
        <source>Shared something</source>
        <translation>شاركتُ شيئًا</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
    <message>
        <source>No particular opening</source>
        <translation>دون فرصة بعينها</translation>
    </message>
    <message>
        <source>&amp;Opening:</source>
        <translation>ال&amp;فرصة:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>موعد الم&amp;تابعة:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>الرا&amp;بط:</translation>
    </message>
    <message>
        <source>L&amp;ine:</source>
        <translation>الس&amp;طر:</translation>
    </message>
    <message>
        <source>Open in &amp;Mail</source>
        <translation>فتح في البري&amp;د</translation>
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation>فتح في &amp;واتساب</translation>
    </message>
    <message>
        <source>C&amp;opy Text</source>
        <translation>&amp;نسخ النص</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>تعذّر الفتح</translation>
    </message>
    <message>
        <source>This phone number cannot be used with WhatsApp.</source>
        <translation>لا يمكن استخدام رقم الهاتف هذا مع واتساب.</translation>
    </message>
    <message>
        <source>No program on this computer opens that link.</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح هذا الرابط.</translation>
    </message>
    <message>
        <source>Was It Sent?</source>
        <translation>هل أُرسلت؟</translation>
    </message>
    <message>
        <source>Log this message to %1 on the timeline once you have sent it?</source>
        <translation>هل تسجّل هذه الرسالة إلى %1 في السجل الزمني بعد أن أرسلتها؟</translation>
    </message>
    <message>
        <source>Log It</source>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Add a participant: type a name…</source>
        <translation>أضف مشاركًا: اكتب اسمًا…</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Type a name…</source>
        <translation>اكتب اسمًا…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>A new language takes effect the next time NetDesk starts.</source>
        <translation>تسري اللغة الجديدة عند تشغيل NetDesk في المرة القادمة.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>ال&amp;مظهر:</translation>
    </message>
    <message>
        <source>Remind me once a day from the system tray</source>
        <translation>ذكّرني مرة يوميًا من علبة النظام</translation>
    </message>
    <message>
        <source>Show the Hijri date beside the Gregorian date</source>
        <translation>إظهار التاريخ الهجري بجانب الميلادي</translation>
    </message>
    <message>
        <source>Used when the interface is in Arabic.</source>
        <translation>يُستخدم عندما تكون الواجهة بالعربية.</translation>
    </message>
    <message>
        <source>Keep in touch by default every…</source>
        <translation>البقاء على تواصل افتراضيًا كل…</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بلا تذكير</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>New contacts take their circle's cadence; you can change it for each contact.</source>
        <translation>تأخذ جهات الاتصال الجديدة وتيرة التواصل الخاصة بدائرتها؛ ويمكنك تغييرها لكل جهة اتصال.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;عام</translation>
    </message>
    <message>
        <source>&amp;Reaching Out</source>
        <translation>ال&amp;مراسلة</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Export Summary as PDF</source>
        <translation>تصدير الملخص بصيغة PDF</translation>
    </message>
    <message>
        <source>Full History</source>
        <translation>السجل الكامل</translation>
    </message>
    <message>
        <source>Print every interaction, not only the latest ones</source>
        <translation>اطبع كل التفاعلات، لا أحدثها فقط</translation>
    </message>
    <message>
        <source>PDF, one-page brief (*.pdf)</source>
        <translation>PDF، موجز في صفحة واحدة (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, full history (*.pdf)</source>
        <translation>PDF، السجل الكامل (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Save PDF</source>
        <translation>تعذّر حفظ ملف PDF</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>PrintList</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Preparing the list…</source>
        <translation>جارٍ تجهيز القائمة…</translation>
    </message>
    <message>
        <source>Print List</source>
        <translation>طباعة القائمة</translation>
    </message>
    <message>
        <source>Painting the pages…</source>
        <translation>جارٍ رسم الصفحات…</translation>
    </message>
    <message>
        <source>Cannot Save PDF</source>
        <translation>تعذّر حفظ ملف PDF</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختيار</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>SampleMode</name>
    <message>
        <source>What you added or changed in the sample network is removed with it. Your own contacts are not affected.</source>
        <translation>ما أضفته أو غيّرته في الشبكة التجريبية يُحذف معها. جهات اتصالك لا تتأثر.</translation>
    </message>
    <message>
        <source>%1 — Sample Network</source>
        <translation>%1 — شبكة تجريبية</translation>
    </message>
    <message>
        <source>Sample network: made-up people to look around with. Your own contacts are kept apart; leaving removes the sample.</source>
        <translation>شبكة تجريبية: أشخاص وهميون للتجربة. جهات اتصالك محفوظة بمعزل عنها، ومغادرتها تحذف الشبكة التجريبية.</translation>
    </message>
    <message>
        <source>Leave Sample</source>
        <translation>مغادرة الشبكة التجريبية</translation>
    </message>
    <message>
        <source>The sample network could not be made: %1</source>
        <translation>تعذّر إنشاء الشبكة التجريبية: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>+ Filter</source>
        <translation>+ عامل تصفية</translation>
    </message>
    <message>
        <source>Save as Smart List…</source>
        <translation>حفظ كقائمة ذكية…</translation>
    </message>
    <message>
        <source>Remove Smart List</source>
        <translation>إزالة القائمة الذكية</translation>
    </message>
    <message>
        <source>Due to reach out</source>
        <translation>حان موعد التواصل</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>فات موعد التواصل</translation>
    </message>
    <message>
        <source>Has open asks</source>
        <translation>لديه طلبات مفتوحة</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>مفضلة</translation>
    </message>
    <message>
        <source>Not contacted this year</source>
        <translation>لم نتواصل هذا العام</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Circle: %1</source>
        <translation>الدائرة: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>الوسم: %1</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>المؤسسة: %1</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>في: %1</translation>
    </message>
    <message>
        <source>Can help with: %1</source>
        <translation>يمكنه المساعدة في: %1</translation>
    </message>
    <message>
        <source>Not contacted since: %1</source>
        <translation>لم نتواصل منذ: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>حان موعد التواصل</translation>
    </message>
    <message>
        <source>Search all contacts</source>
        <translation>البحث في كل جهات الاتصال</translation>
    </message>
    <message>
        <source>0 results in %1 — &lt;a href='all'&gt;search all contacts&lt;/a&gt; (many found)</source>
        <translation>لا نتائج في %1 — &lt;a href='all'&gt;ابحث في كل جهات الاتصال&lt;/a&gt; (نتائج كثيرة)</translation>
    </message>
    <message numerus="yes">
        <source>0 results in %1 — &lt;a href='all'&gt;search all contacts&lt;/a&gt; (%n found)</source>
        <translation><numerusform>لا نتائج في %1 — &lt;a href='all'&gt;ابحث في كل جهات الاتصال&lt;/a&gt; (لا أحد)</numerusform><numerusform>لا نتائج في %1 — &lt;a href='all'&gt;ابحث في كل جهات الاتصال&lt;/a&gt; (نتيجة واحدة)</numerusform><numerusform>لا نتائج في %1 — &lt;a href='all'&gt;ابحث في كل جهات الاتصال&lt;/a&gt; (نتيجتان)</numerusform><numerusform>لا نتائج في %1 — &lt;a href='all'&gt;ابحث في كل جهات الاتصال&lt;/a&gt; (%Ln نتائج)</numerusform><numerusform>لا نتائج في %1 — &lt;a href='all'&gt;ابحث في كل جهات الاتصال&lt;/a&gt; (%Ln نتيجة)</numerusform><numerusform>لا نتائج في %1 — &lt;a href='all'&gt;ابحث في كل جهات الاتصال&lt;/a&gt; (%Ln نتيجة)</numerusform></translation>
    </message>
    <message>
        <source>Indexing for search: %1% — results may be incomplete</source>
        <translation>تجري فهرسة البحث: %1٪ — قد تكون النتائج ناقصة</translation>
    </message>
    <message>
        <source>Indexing for search: %1%</source>
        <translation>تجري فهرسة البحث: %1٪</translation>
    </message>
    <message>
        <source>Save as Smart List</source>
        <translation>حفظ كقائمة ذكية</translation>
    </message>
    <message>
        <source>Name of the smart list:</source>
        <translation>اسم القائمة الذكية:</translation>
    </message>
</context>
<context>
    <name>SearchReason</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name, another spelling</source>
        <translation>الاسم بتهجئة أخرى</translation>
    </message>
    <message>
        <source>Can help with</source>
        <translation>يمكنه المساعدة في</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>كيف تعارفنا</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>تعريف بشخص</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>عامل تصفية</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share Something</source>
        <translation>مشاركة شيء مفيد</translation>
    </message>
    <message>
        <source>Why it is worth reading, in a line</source>
        <translation>لماذا يستحق القراءة، في سطر واحد</translation>
    </message>
    <message>
        <source>People who would value it</source>
        <translation>من سيقدّره</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <source>L&amp;ine:</source>
        <translation>الس&amp;طر:</translation>
    </message>
    <message>
        <source>&amp;Copy and Log as Shared</source>
        <translation>&amp;نسخ وتسجيل المشاركة</translation>
    </message>
    <message>
        <source>Who would value it:</source>
        <translation>من سيقدّره:</translation>
    </message>
    <message>
        <source>%1 — matches their %2 · %3</source>
        <translation>%1 — يطابق %2 · %3</translation>
    </message>
    <message>
        <source>Type a link and a line to see who would value it.</source>
        <translation>اكتب رابطًا وسطرًا لترى من سيقدّره.</translation>
    </message>
    <message>
        <source>can-help-with</source>
        <translation>ما يستطيع المساعدة فيه</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>location</source>
        <translation>المكان</translation>
    </message>
    <message numerus="yes">
        <source>Copied; logged as shared with %n person(s).</source>
        <translation><numerusform>نُسخ النص وسُجّلت المشاركة مع %Ln شخص.</numerusform><numerusform>نُسخ النص وسُجّلت المشاركة مع شخص واحد.</numerusform><numerusform>نُسخ النص وسُجّلت المشاركة مع شخصين.</numerusform><numerusform>نُسخ النص وسُجّلت المشاركة مع %Ln أشخاص.</numerusform><numerusform>نُسخ النص وسُجّلت المشاركة مع %Ln شخصًا.</numerusform><numerusform>نُسخ النص وسُجّلت المشاركة مع %Ln شخص.</numerusform></translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>All contacts</source>
        <translation>كل جهات الاتصال</translation>
    </message>
    <message>
        <source>Due to reach out</source>
        <translation>حان موعد التواصل</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>المفضلة</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>أُضيفت حديثًا</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>الدوائر</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>مطويّ</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>المهملات</translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation>القوائم الذكية</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>عرض أقل</translation>
    </message>
    <message>
        <source>Show all…</source>
        <translation>عرض الكل…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>لا جهات اتصال</numerusform><numerusform>جهة اتصال واحدة</numerusform><numerusform>جهتا اتصال</numerusform><numerusform>%Ln جهات اتصال</numerusform><numerusform>%Ln جهة اتصال</numerusform><numerusform>%Ln جهة اتصال</numerusform></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>NetDesk cannot use the folder %1: %2</source>
        <translation>لا يستطيع NetDesk استخدام المجلد ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Another NetDesk is using %1 and did not answer. Close it, then start NetDesk again.</source>
        <translation>نسخة أخرى من NetDesk تستخدم ⁨%1⁩ ولم تستجب. أغلقها، ثم شغّل NetDesk مجددًا.</translation>
    </message>
    <message>
        <source>Restore the Latest Backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Open Another Data Folder…</source>
        <translation>فتح مجلد بيانات آخر…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The latest good backup is %1. The current file is kept beside it.</source>
        <translation>أحدث نسخة احتياطية سليمة هي ⁨%1⁩. ويُحتفظ بالملف الحالي بجانبها.</translation>
    </message>
    <message>
        <source>NetDesk Cannot Open Your Data</source>
        <translation>لا يستطيع NetDesk فتح بياناتك</translation>
    </message>
    <message>
        <source>Restoring a backup cannot help until this is fixed.</source>
        <translation>لن تُفيد استعادة نسخة احتياطية قبل إصلاح ذلك.</translation>
    </message>
    <message>
        <source>A backup cannot be restored here: %1</source>
        <translation>لا يمكن استعادة نسخة احتياطية هنا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>NetDesk needs to upgrade your data but could not back it up first: %1</source>
        <translation>يحتاج NetDesk إلى ترقية بياناتك لكنه لم يتمكن من نسخها احتياطيًا أولًا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Today's automatic backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي التلقائي لليوم: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Use File → Restore from Backup; the latest good one is %1.</source>
        <translation>استخدم ملف ← الاستعادة من نسخة احتياطية؛ أحدث نسخة سليمة هي %1.</translation>
    </message>
    <message>
        <source>Export your contacts now and keep the file safe.</source>
        <translation>صدِّر جهات اتصالك الآن واحتفظ بالملف في مكان آمن.</translation>
    </message>
    <message>
        <source>NetDesk could not read your data: %1</source>
        <translation>لم يتمكن NetDesk من قراءة بياناتك: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>SyncAccountDialog</name>
    <message>
        <source>Sync Account</source>
        <translation>حساب المزامنة</translation>
    </message>
    <message>
        <source>https://dav.example.com/ or you@example.com</source>
        <translation>https://dav.example.com/ أو you@example.com</translation>
    </message>
    <message>
        <source>Allow plain http (only on a network you trust)</source>
        <translation>السماح باتصال http غير المشفّر (على شبكة تثق بها فقط)</translation>
    </message>
    <message>
        <source>Find Address Books and Calendars</source>
        <translation>ابحث عن دفاتر العناوين والتقاويم</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Address book:</source>
        <translation>دفتر العناوين:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>التقويم:</translation>
    </message>
    <message>
        <source>Enter the server address and your user name.</source>
        <translation>أدخل عنوان الخادم واسم المستخدم.</translation>
    </message>
    <message>
        <source>Looking for address books and calendars…</source>
        <translation>جارٍ البحث عن دفاتر العناوين والتقاويم…</translation>
    </message>
    <message>
        <source>Not connected: the server's certificate is not trusted.</source>
        <translation>لم يتم الاتصال: شهادة الخادم غير موثوقة.</translation>
    </message>
    <message>
        <source>Not connected: the other server was not allowed.</source>
        <translation>لم يتم الاتصال: لم يُسمح بالخادم الآخر.</translation>
    </message>
    <message>
        <source>This account keeps its address books and calendars on another server:</source>
        <translation>يحفظ هذا الحساب دفاتر عناوينه وتقاويمه على خادم آخر:</translation>
    </message>
    <message>
        <source>Allow NetDesk to send your user name and password there too?</source>
        <translation>هل تسمح لـ NetDesk بأن يرسل إليه اسم المستخدم وكلمة المرور أيضًا؟</translation>
    </message>
    <message>
        <source>Another Server</source>
        <translation>خادم آخر</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>اسمح لـ %1</translation>
    </message>
    <message>
        <source>(do not sync the timeline)</source>
        <translation>(بلا مزامنة للخط الزمني)</translation>
    </message>
    <message numerus="yes">
        <source>Found %n address book(s).</source>
        <translation><numerusform>لم يُعثر على أي دفتر عناوين.</numerusform><numerusform>عُثر على دفتر عناوين واحد.</numerusform><numerusform>عُثر على دفترَي عناوين.</numerusform><numerusform>عُثر على %Ln دفاتر عناوين.</numerusform><numerusform>عُثر على %Ln دفتر عناوين.</numerusform><numerusform>عُثر على %Ln دفتر عناوين.</numerusform></translation>
    </message>
    <message>
        <source>This server offers no address book to this user.</source>
        <translation>لا يتيح هذا الخادم أي دفتر عناوين لهذا المستخدم.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;زامن الآن</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Sync</source>
        <translation>أل&amp;غِ المزامنة</translation>
    </message>
    <message>
        <source>Sync &amp;Account…</source>
        <translation>&amp;حساب المزامنة…</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>جارٍ المزامنة مع %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) from the calendars added to timelines</source>
        <translation><numerusform>لم يُضف أي لقاء من التقويمات إلى الخطوط الزمنية</numerusform><numerusform>أُضيف لقاء واحد من التقويمات إلى الخطوط الزمنية</numerusform><numerusform>أُضيف لقاءان من التقويمات إلى الخطوط الزمنية</numerusform><numerusform>أُضيفت %Ln لقاءات من التقويمات إلى الخطوط الزمنية</numerusform><numerusform>أُضيف %Ln لقاءً من التقويمات إلى الخطوط الزمنية</numerusform><numerusform>أُضيف %Ln لقاء من التقويمات إلى الخطوط الزمنية</numerusform></translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>أُلغيت المزامنة.</translation>
    </message>
    <message>
        <source>Sync stopped: it would delete many records.</source>
        <translation>توقفت المزامنة: كانت ستحذف سجلات كثيرة.</translation>
    </message>
    <message>
        <source>Apply these deletions? If the server lost its data, keep everything.</source>
        <translation>أتطبّق هذا الحذف؟ إن كان الخادم قد فقد بياناته، فأبقِ على كل شيء.</translation>
    </message>
    <message>
        <source>Apply Deletions</source>
        <translation>طبّق الحذف</translation>
    </message>
    <message>
        <source>Sync paused: nothing was deleted. Sync Now asks again.</source>
        <translation>المزامنة متوقفة: لم يُحذف شيء. «زامن الآن» يسأل مجددًا.</translation>
    </message>
    <message>
        <source>Sync stopped: the server's certificate is not trusted.</source>
        <translation>توقّفت المزامنة: شهادة الخادم غير موثوقة.</translation>
    </message>
    <message>
        <source>NetDesk will try again.</source>
        <translation>سيحاول NetDesk مرة أخرى.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>كلمة المرور لـ %1:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>TableKeys</name>
    <message>
        <source>Edit This Interaction…</source>
        <translation>حرّر هذا التفاعل…</translation>
    </message>
    <message>
        <source>Delete This Interaction</source>
        <translation>احذف هذا التفاعل</translation>
    </message>
</context>
<context>
    <name>TemplatesBox</name>
    <message>
        <source>No goal</source>
        <translation>بلا هدف</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>العناصر النائبة: %1</translation>
    </message>
    <message>
        <source>Restore &amp;Default</source>
        <translation>استعادة ال&amp;افتراضي</translation>
    </message>
    <message>
        <source>People to reach each &amp;week:</source>
        <translation>عدد من تتواصل معهم كل أس&amp;بوع:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>لغة ال&amp;قالب:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>لينكدإن</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <source>I wrote</source>
        <translation>كتبتُ</translation>
    </message>
    <message>
        <source>They wrote</source>
        <translation>كتبوا</translation>
    </message>
    <message>
        <source>Both wrote</source>
        <translation>كتب الطرفان</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation><numerusform>%1 (لا رسائل)</numerusform><numerusform>%1 (رسالة واحدة)</numerusform><numerusform>%1 (رسالتان)</numerusform><numerusform>%1 (%Ln رسائل)</numerusform><numerusform>%1 (%Ln رسالة)</numerusform><numerusform>%1 (%Ln رسالة)</numerusform></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>Offered: %1 — outcome: %2</source>
        <translation>عرضتُ: ⁨%1⁩ — النتيجة: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Asked: %1 — outcome: %2</source>
        <translation>طلبتُ: ⁨%1⁩ — النتيجة: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>عرضتُ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>طلبتُ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>المتابعة %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>No interactions yet.
Log a call, a meeting or a message to start this timeline.</source>
        <translation>لا تفاعلات بعد.
سجّل مكالمة أو لقاءً أو رسالة لتبدأ هذا الخط الزمني.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Who or which</source>
        <translation>من أو ماذا</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reach Out</source>
        <translation>مراسلة</translation>
    </message>
    <message>
        <source>All Who Are &amp;Due</source>
        <translation>كل من &amp;حان موعدهم</translation>
    </message>
    <message>
        <source>Job &amp;Search…</source>
        <translation>البحث عن &amp;وظيفة…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>حان موعد التواصل</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>فرصة عمل</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>إعادة تواصل</translation>
    </message>
    <message>
        <source>Nothing for today.</source>
        <translation>لا شيء لليوم.</translation>
    </message>
</context>
<context>
    <name>TrayReminder</name>
    <message>
        <source>Show NetDesk</source>
        <translation>إظهار NetDesk</translation>
    </message>
    <message>
        <source>Who Is Due</source>
        <translation>من حان موعد التواصل معه</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) overdue for a catch-up.</source>
        <translation><numerusform>تأخّر موعد التواصل مع %Ln جهة اتصال.</numerusform><numerusform>تأخّر موعد التواصل مع جهة اتصال واحدة.</numerusform><numerusform>تأخّر موعد التواصل مع جهتي اتصال.</numerusform><numerusform>تأخّر موعد التواصل مع %Ln جهات اتصال.</numerusform><numerusform>تأخّر موعد التواصل مع %Ln جهة اتصال.</numerusform><numerusform>تأخّر موعد التواصل مع %Ln جهة اتصال.</numerusform></translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>The certificate of %1 changed since you trusted it. That happens when the server gets a new certificate, and when someone is listening in between.</source>
        <translation>تغيّرت شهادة %1 منذ أن وثقتَ بها. يحدث هذا حين يحصل الخادم على شهادة جديدة، ويحدث أيضًا حين يتنصّت أحدٌ على الاتصال.</translation>
    </message>
    <message>
        <source>%1 presented a certificate this computer does not trust, as a server with a self-signed certificate does.</source>
        <translation>قدّم %1 شهادةً لا يثق بها هذا الحاسوب، كما يفعل كل خادم شهادته موقّعة ذاتيًا.</translation>
    </message>
    <message>
        <source>Trust it only if its SHA-256 fingerprint is the one your server's administrator gives you:</source>
        <translation>لا تثق بها إلا إذا كانت بصمتها (SHA-256) هي البصمة التي يعطيك إياها مسؤول خادمك:</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>شهادة غير موثوقة</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>ثِق بهذه الشهادة</translation>
    </message>
</context>
<context>
    <name>WeeklyGoalBox</name>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Weekly goal reached: %1 touches (the goal is %2)</source>
        <translation>بلغتَ هدفك الأسبوعي — مرات التواصل: %1 (الهدف %2)</translation>
    </message>
    <message>
        <source>%1 of %2 touches toward your weekly goal</source>
        <translation>مرات التواصل نحو هدفك الأسبوعي: %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) this week</source>
        <translation><numerusform>لا تواصل هذا الأسبوع</numerusform><numerusform>تواصل واحد هذا الأسبوع</numerusform><numerusform>تواصلان هذا الأسبوع</numerusform><numerusform>%Ln مرات تواصل هذا الأسبوع</numerusform><numerusform>%Ln مرة تواصل هذا الأسبوع</numerusform><numerusform>%Ln مرة تواصل هذا الأسبوع</numerusform></translation>
    </message>
</context>
</TS>