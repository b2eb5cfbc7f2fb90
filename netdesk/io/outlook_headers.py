"""Outlook's CSV column names in other languages, translated to English Outlook's.

Outlook writes its CSV export with headers in the language of its user interface:
German Outlook writes "Vorname", "Telefon geschäftlich", "E-Mail-Typ"... A file's
headers are matched against each language below; when one language clearly fits,
its headers are read as the English ones, so one vocabulary (``csv_mapping``)
serves every language, and "E-Mail-Typ" is the email *type* column ("SMTP"),
never an address.

Where the lists come from: Microsoft Exchange Server's own table of Outlook CSV
headers per Outlook language (``OutlookCsvLanguageSelect``, one dictionary per
language, used by Outlook Web App's contact import), as published in the
decompiled Exchange source at github.com/evilashz/exchange-server-27065, commit
91e42d92bc3f, file Microsoft.Exchange.Transport.Sync.Common/ImportContacts/
OutlookCsvLanguageSelect.cs (de-DE, fr-FR, es-ES, it-IT, pt-BR, pt-PT, nl-NL and
ar-SA taken whole; only the header names, which are facts about the files).
They agree with Roundcube's Outlook CSV maps (roundcube/roundcubemail,
program/localization/{de_DE,fr_FR,es_ES,it_IT,pt_BR}/csv2vcard.inc, 28b44419ee44)
where those list the same column.
"""

from __future__ import annotations

import functools

from netdesk.domain.text import fold

LANGUAGES = ("de", "fr", "es", "it", "pt-BR", "pt-PT", "nl", "ar")

# English Outlook header, then the same column in each of LANGUAGES (empty: none).
_ROWS = """\
Title|Anrede||Title|Titolo|Tratamento|Título|Titel|اللقب
First Name|Vorname|Prénom|Nombre|Nome|Primeiro nome|Primeiro nome|Voornaam|الاسم الأول
Middle Name|Weitere Vornamen|Deuxième prénom|Segundo nombre|Secondo nome|Segundo nome|Outros nomes/apelidos|Middelste naam|الاسم الأوسط
Last Name|Nachname|Nom|Apellidos|Cognome|Sobrenome|Apelido|Achternaam|اسم العائلة
Suffix|Suffix|Suffixe|Suffix|Titolo straniero|Sufixo|Sufixo|Achtervoegsel|لاحقة
Job Title|Position|Titre|Puesto|Posizione|Cargo|Cargo|Functie|اللقب المهني
Company|Firma|Société|Organización|Società|Empresa|Empresa|Bedrijf|الشركة
Department|Abteilung|Service|Department|Reparto|Departamento|Departamento|Afdeling|القسم
Business Street|Straße geschäftlich|Rue (bureau)|Calle del trabajo|Via (uff.)|Business Street|Rua da empresa|Werkadres, straat|شارع العمل
Business Street 2|Straße geschäftlich 2|Rue (bureau) 2|Calle del trabajo 2|Via (uff.) 2|Rua do endereço comercial 2|Rua da empresa 2|Werkadres 2, straat|شارع 2 للعمل
Business Street 3|Straße geschäftlich 3|Rue (bureau) 3|Calle del trabajo 3|Via (uff.) 3|Rua do endereço comercial 3|Rua da empresa 3|Werkadres 3, straat|شارع 3 للعمل
Business City|Ort geschäftlich|Ville (bureau)|Ciudad de trabajo|Città (uff.)|Business City|Localidade da empresa|Werkadres, plaats|مدينة العمل
Business State|Region geschäftlich|Dép/Région (bureau)|Provincia o estado de trabajo|Provincia (uff.)|Business State|Distrito da empresa|Werkadres, provincie|ولاية العمل
Business Postal Code|Postleitzahl geschäftlich|Code postal (bureau)|Código postal del trabajo|CAP (uff.)|Business Postal Code|Código postal da empresa|Werkadres, postcode|الرمز البريدي للعمل
Business Country/Region|Land/Region geschäftlich|Pays/Région (bureau)|País o región del trabajo|Paese (uff.)|País/Região da Empresa|País/Região da Empresa|Land/regio (werk)|بلد العمل/المنطقة
Home Street|Straße privat|Rue (domicile)|Home Street|Via (ab.)|Endereço residencial|Rua da residência|Huisadres, straat|شارع المنزل
Home Street 2|Straße privat 2|Rue (domicile) 2|Home Street 2|Via (ab.) 2|Endereço residencial 2|Rua da residência (2)|Huisadres, straat 2|شارع المنزل 2
Home Street 3|Straße privat 3|Rue (domicile) 3|Home Street 3|Via (ab.) 3|Endereço residencial 3|Rua da residência (3)|Huisadres, straat 3|شارع المنزل 3
Home City|Ort privat|Ville (domicile)|Home City|Città (ab.)|Cidade do endereço residencial|Localidade da residência|Huisadres, plaats|مدينة المنزل
Home State|Bundesland/Kanton privat|Dép/Région (domicile)|Home State|Provincia (ab.)|Estado|Distrito da residência|Huisadres, provincie|ولاية المنزل
Home Postal Code|Postleitzahl privat|Code postal (domicile)|Home Postal Code|CAP (ab.)|CEP do endereço residencial|Código postal da residência|Huisadres, postcode|الرمز البريدي للمنزل
Home Country/Region|Land/Region privat|Pays/Région (domicile)|País o región del domicilio|Paese (ab.)|País/Região de Residência|País da Residência/Região|Land/regio (thuis)|البلد/المنطقة
Other Street|Weitere Straße|Rue (autre)|Otra calle|Altra via|Outro endereço|Rua do outro endereço|Ander adres, straat|شارع آخر
Other Street 2|Weitere Straße 2|Rue (autre) 2|Otra calle 2|Altra via 2|Outro endereço 2|Rua do outro endereço 2|Ander adres, straat 2|شارع 2 آخر
Other Street 3|Weitere Straße 3|Rue (autre) 3|Otra calle 3|Altra via 3|Outro endereço 3|Rua do outro endereço 3|Ander adres, straat 3|شارع 3 آخر
Other City|Weiterer Ort|Ville (autre)|Otra ciudad|Altra città|Cidade|Localidade do outro endereço|Ander adres, plaats|مدينة أخرى
Other State|Weiteres/r Bundesland/Kanton|Dép/Région (autre)|Otra provincia o estado|Altra provincia|Outro Estado|Distrito do outro endereço|Ander adres, provincie|ولاية أخرى
Other Postal Code|Weitere Postleitzahl|Code postal (autre)|Otro código postal|Altro CAP|CEP|Código postal do outro endereço|Ander adres, postcode|رمز بريدي آخر
Other Country/Region|Weiteres/e Land/Region|Pays/Région (autre)|Otro país o región|Altro paese|Outro País/Região|Outro País/Região|Land/regio (anders)|بلد آخر/المنطقة
Assistant's Phone|Telefon Assistent|Téléphone de l'assistant(e)|Assistant's Phone|Telefono assistente|Telefone do assistente|Telefone do assistente|Telefoon assistent|هاتف المساعد
Business Fax|Fax geschäftlich|Télécopie (bureau)|Business Fax|Fax (uff.)|Fax comercial|Fax da empresa|Fax op werk|فاكس العمل
Business Phone|Telefon geschäftlich|Téléphone (bureau)|Teléfono del trabajo|Ufficio|Telefone comercial|Telefone da empresa|Telefoon op werk|هاتف العمل
Business Phone 2|Telefon geschäftlich 2|Téléphone 2 (bureau)|Business Phone 2|Ufficio 2|Telefone comercial 2|2º telefone da empresa|Telefoon op werk 2|هاتف العمل 2
Callback|Rückmeldung|Rappel|Devolución de llamada|Richiamata automatica|Retorno de chamada|Tel. de resposta|Terugbellen|رد الاتصال
Car Phone|Autotelefon|Téléphone (voiture)|Car Phone|Telefono auto|Telefone do carro|Telefone do carro|Autotelefoon|هاتف السيارة
Company Main Phone|Telefon Firma|Téléphone société|Número de centralita de la organización|Telefono principale società|Telefone principal da empresa|Telefone principal da empresa|Hoofdtelefoon bedrijf|الهاتف الرئيسي للشركة
Home Fax|Fax privat|Télécopie (domicile)|Home Fax|Fax (ab.)|Fax residencial|Fax da residência|Fax thuis|فاكس المنزل
Home Phone|Telefon privat|Téléphone (domicile)|Particular|Abitazione|Telefone residencial|Telefone da residência|Telefoon thuis|هاتف المنزل
Home Phone 2|Telefon privat 2|Téléphone 2 (domicile)|Home Phone 2|Abitazione 2|Telefone residencial 2|2º telefone da residência|Telefoon thuis 2|هاتف المنزل 2
ISDN|ISDN|RNIS|ISDN|ISDN|ISDN|RDIS|ISDN|ISDN
Mobile Phone|Mobiltelefon|Tél. mobile|Mobile Phone|Cellulare|Telefone celular|Telemóvel|Mobiele telefoon|الهاتف الجوال
Other Fax|Weiteres Fax|Télécopie (autre)|Otro fax|Altro fax|Outro fax|Outro fax|Andere fax|فاكس آخر
Other Phone|Weiteres Telefon|Téléphone (autre)|Otro teléfono|Altro telefono|Outro telefone|Outro telefone|Andere telefoon|هاتف آخر
Pager|Pager|Récepteur de radiomessagerie|Pager|Cercapersone|Pager|Pager|Pager|النداء
Primary Phone|Haupttelefon|Téléphone principal|Teléfono principal|Telefono principale|Telefone principal|Telefone principal|Hoofdtelefoon|الهاتف الأساسي
Radio Phone|Mobiltelefon 2|Radio téléphone|Radioteléfono|Radiotelefono|Radiofone|Radiotelefone|Radiotelefoon|الهاتف الراديوي
TTY/TDD Phone|Telefon für Hörbehinderte|Téléphone TDD/TTY|Número de teletipo|Telefono TTY/TDD|Telefone TTY/TDD|Telefone TTY/TDD|Teksttelefoon|هاتف TTY/TDD
Telex|Telex|Télex|Télex|Telex|Telex|Telex|Telex|التلكس
Anniversary|Jahrestag|Anniversaire de mariage ou fête|Anniversary|Anniversario|Datas especiais|Aniversário|Speciale datum|الذكرى السنوية
Assistant's Name|Name Assistent|Nom de l'assistant(e)|Assistant's Name|Nome assistente|Nome do assistente|Nome do assistente|Naam assistent|اسم المساعد
Birthday|Geburtstag|Anniversaire|Birthday|Compleanno|Birthday|Data de nascimento|Verjaardag|تاريخ الميلاد
Business Address PO Box|Postfach geschäftlich|B.P. professionnelle|Apartado postal de la dirección del trabajo|Indirizzo (uff.) - Casella postale|Caixa postal do endereço comercial|Apartado da empresa|Werkadres, postbusnummer|صندوق بريد عنوان العمل
Categories|Kategorien|Catégories|Categorías|Categorie|Categorias|Categorias|Categorieën|الفئات
Children|Kinder|Enfants|Hijos|Figli|Filhos|Filhos|Kinderen|الأولاد
E-mail Address|E-Mail-Adresse|Adresse de messagerie|E-mail Address|Indirizzo posta elettronica|E-mail Address|Endereço de correio electrónico|E-mailadres|عنوان البريد الإلكتروني
E-mail Type|E-Mail-Typ|Type de messagerie|E-mail Type|Tipo posta elettronica|Tipo de email|Tipo de correio electrónico|E-mailtype|نوع البريد الإلكتروني
E-mail Display Name|E-Mail: Angezeigter Name|Nom complet de l'adresse de messagerie|Nombre de pantalla de correo electrónico|Nome visualizzato posta elettronica|Nome para exibição do email|Nome a apresentar para o correio electrónico|Weergavenaam voor e-mail|اسم العرض للبريد الإلكتروني
E-mail 2 Address|E-Mail 2: Adresse|Adresse de messagerie 2|Dirección de correo electrónico 2|Indirizzo posta elettronica 2|Endereço de email 2|Endereço do correio electrónico 2|E-mailadres 2|عنوان البريد الإلكتروني 2
E-mail 2 Type|E-Mail 2: Typ|Type de messagerie 2|Tipo de correo electrónico 2|Tipo posta elettronica 2|Tipo de email 2|Tipo de correio electrónico 2|E-mailtype 2|نوع البريد الإلكتروني 2
E-mail 2 Display Name|E-Mail 2: Angezeigter Name|Nom complet de l'adresse de messagerie 2|Nombre de pantalla de correo electrónico 2|Nome visualizzato posta elettronica 2|Nome para exibição do email 2|Nome a apresentar para o correio electrónico 2|E-mail, weergegeven naam 2|اسم العرض للبريد الإلكتروني 2
E-mail 3 Address|E-Mail 3: Adresse|Adresse de messagerie 3|Dirección del correo electrónico 3|Indirizzo posta elettronica 3|Endereço de email 3|Endereço do correio electrónico 3|E-mailadres 3|عنوان البريد الإلكتروني 3
E-mail 3 Type|E-Mail 3: Typ|Type de messagerie 3|Tipo de correo electrónico 3|Tipo posta elettronica 3|Tipo de email 3|Tipo de correio electrónico 3|E-mailtype 3|نوع البريد الإلكتروني 3
E-mail 3 Display Name|E-Mail 3: Angezeigter Name|Nom complet de l'adresse de messagerie 3|Nombre de pantalla de correo electrónico 3|Nome visualizzato posta elettronica 3|Nome para exibição do email 3|Nome a apresentar para o correio electrónico 3|E-mail, weergegeven naam 3|اسم العرض للبريد الإلكتروني 3
Government ID Number|Regierungsnr.|Code gouvernement|Government ID Number|Cod. Fisc./P. IVA|Código do governo|Número do BI|Sofinummer|رقم معرّف الحكومة
Hobby|Hobby|Passe-temps|Aficiones|Hobby|Hobby|Passatempo|Hobby's|الهواية
Home Address PO Box|Postfach privat|Boîte postale du domicile|Apartado postal de la dirección personal|Indirizzo (ab.) - Casella postale|Caixa postal do endereço residencial|Apartado da residência|Huisadres, postbusnummer|صندوق بريد عنوان المنزل
Initials|Initialen|Initiales|Initials|Iniziali|Iniciais|Iniciais|Initialen|الأحرف الأولى
Internet Free Busy|Internet-Frei/Gebucht|Disponibilité Internet|Internet Free Busy|Disponibilità Internet|Disponibilidade da Internet|Disponibilidade da Internet|Internet Beschikbaarheidsinfo|إنترنت متوفر/مشغول
Manager's Name|Name des/der Vorgesetzten|Responsable|Nombre del director|Nome manager|Nome do gerenciador|Nome do gestor|Naam manager|اسم المدير
Mileage|Reisekilometer|Kilométrage|Kilometraje|Indennità trasferta|Quilometragem|Quilometragem|Reisafstand|عدد الأميال
Notes|Notizen|Notes|Notes|Notes|Anotações|Notas|Notities|ملاحظات
Office Location|Büro|Bureau|Office Location|Ubicazione ufficio|Sala|Gabinete|Kantoorlocatie|موقع المكتب
Other Address PO Box|Weiteres Postfach|Autre boîte postale|Otro apartado postal|Altro indirizzo - Casella postale|Caixa postal de outro endereço|Apartado do outro endereço|Ander adres, postbusnummer|صندوق بريد عنوان آخر
Profession|Beruf|Profession|Profesión|Professione|Profissão|Profissão|Beroep|المهنة
Spouse|Partner|Conjoint(e)|Spouse|Nome coniuge|Spouse|Cônjuge|Partner|الزوجة
User 1|Benutzer 1|Utilisateur 1|Usuario 1|Utente 1|Personalizado 1|Utilizador 1|Gebruiker 1|المستخدم 1
User 2|Benutzer 2|Utilisateur 2|Usuario 2|Utente 2|Personalizado 2|Utilizador 2|Gebruiker 2|المستخدم 2
User 3|Benutzer 3|Utilisateur 3|Usuario 3|Utente 3|Personalizado 3|Utilizador 3|Gebruiker 3|المستخدم 3
User 4|Benutzer 4|Utilisateur 4|Usuario 4|Utente 4|Personalizado 4|Utilizador 4|Gebruiker 4|المستخدم 4
Web Page|Webseite|Page Web|Página web|Pagina Web|Página da Web|Página na Web|Webpagina|صفحة ويب
Company Yomi|Firma Yomi|Société Yomi|Compañía Yomi|Company Yomi|Yomi (empresa)|Company Yomi|Company Yomi|الشركة "يومي"
Given Yomi|Vorname Yomi|Prénom Yomi|Yomi especificada|Given Yomi|Yomi fornecido|Given Yomi|Given Yomi|الاسم المعطى "يومي"
Surname Yomi|Nachname Yomi|Nom Yomi|Apellido Yomi|Surname Yomi|Yomi (sobrenome)|Surname Yomi|Surname Yomi|اللقب "يومي"
Account|Konto|Compte|Account|Account|Conta|Conta|Account|الحساب
Billing Information|Abrechnungsinformation|Informations facturation|Facturación|Dati fatturazione|Informações para cobrança|Dados para facturação|Factuurinformatie|معلومات الفوترة
Location|Ort|Emplacement|Location|Luogo|Local|Localização|Locatie|الموقع
Gender|Geschlecht|Sexe|Género|Sesso|Sexo|Sexo|Geslacht|الجنس
Priority|Priorität|Priorité|Prioridad|Priorità|Prioridade|Prioridade|Prioriteit|الأولوية
Sensitivity|Vertraulichkeit|Critère de diffusion|Confidencialidad|Riservatezza|Sensibilidade|Confidencialidade|Gevoeligheid|الحساسية
"""

# Other names the same columns have in some Outlook versions (English header,
# language, name), as seen in real exports: a German Outlook 2016 header row with
# "Telefon (privat)" where Exchange's table has "Telefon privat".
_VARIANTS = (
    ("Home Phone", "de", "Telefon (privat)"),
    ("Home Phone 2", "de", "Telefon (privat 2)"),
    ("Other Country/Region", "de", "Weiteres/e Land/Region"),
    ("Manager's Name", "de", "Name des/r Vorgesetzten"),
)

#: A header row must match at least this many of a language's headers to be read
#: as that language's Outlook export: single words like "Firma" or "Notes" alone
#: are common in any CSV.
_MIN_MATCHES = 3


@functools.cache
def _tables() -> dict[str, dict[str, str]]:
    """Per language: folded localized header -> English Outlook header."""
    tables: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for line in _ROWS.splitlines():
        english, *names = line.split("|")
        for lang, name in zip(LANGUAGES, names, strict=True):
            if name:
                tables[lang][fold(name)] = english
    for english, lang, name in _VARIANTS:
        tables[lang].setdefault(fold(name), english)
    return tables


def outlook_language(headers: list[str]) -> str | None:
    """The Outlook language ``headers`` were written in, or None (English or
    not Outlook): the language matching most headers, at least ``_MIN_MATCHES``."""
    folded = [fold(h.replace("\ufeff", "").strip()) for h in headers]
    best, best_count = None, 0
    for lang, table in _tables().items():
        count = sum(1 for h in folded if h in table)
        if count > best_count:
            best, best_count = lang, count
    return best if best_count >= _MIN_MATCHES else None


def to_english(headers: list[str]) -> list[str]:
    """``headers`` with a localized Outlook export's names replaced by English
    Outlook's; other headers (and other files) are returned unchanged."""
    lang = outlook_language(headers)
    if lang is None:
        return headers
    table = _tables()[lang]
    return [table.get(fold(h.replace("\ufeff", "").strip()), h) for h in headers]
