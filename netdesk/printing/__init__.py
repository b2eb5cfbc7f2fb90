"""Printed contact summaries, printed lists and PDF export (QtGui/QtPrintSupport only).

- ``summary_data``: the plain data a summary is built from.
- ``summary``: ``summary_job`` (the brief fitted to one page, or the full history),
  ``build_summary_document`` and ``build_list_document``.
- ``render``: ``render_documents`` (QPrinter or QPdfWriter), ``write_pdf``,
  ``default_page_size`` and ``PrintJob``.
- ``fonts``: ``ensure_fonts`` registers the fonts shipped in ``resources/fonts``.

Nothing is imported here, so ``summary_data`` can be used without loading Qt.
"""
