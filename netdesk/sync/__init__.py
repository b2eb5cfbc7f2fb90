"""Two-way sync with CardDAV/CalDAV servers (Radicale, Nextcloud, Baïkal, Fastmail, iCloud).

No Qt below ``qt_runner``: ``dav`` speaks HTTP, ``contacts`` and ``calendar`` move records
between the local database and one collection each, ``engine`` runs a whole account.
"""
