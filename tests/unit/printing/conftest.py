"""Render the sample summaries once per session; the PDF tests only read them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize

from netdesk.printing.render import PrintJob, write_pdf
from netdesk.printing.summary import build_list_document, build_summary_document
from netdesk.printing.summary_data import ListRow
from tests.unit.printing import samples


@pytest.fixture(scope="session")
def pdfs(qapp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pdf")
    photo = samples.photo_png()
    cases = {
        "english": (samples.english(photo), "en"),
        "arabic": (samples.arabic(photo), "ar"),
        "arabic_data_en": (samples.arabic(), "en"),
        "busy": (samples.busy(), "en"),  # full history
        "hostile": (samples.hostile(), "en"),
    }
    paths: dict[str, Path] = {}
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    for name, (data, language) in cases.items():
        doc = build_summary_document(data, language, full_history=name == "busy")
        paths[name] = out / f"{name}.pdf"
        job = PrintJob(doc, data.contact.best_name())
        write_pdf([job], paths[name], page_size=a4, printed_on=samples.TODAY)
    two = [samples.english(photo), samples.busy(40)]
    paths["two"] = out / "two.pdf"
    jobs = [
        PrintJob(build_summary_document(d, full_history=True), d.contact.best_name()) for d in two
    ]
    write_pdf(jobs, paths["two"], page_size=a4, printed_on=samples.TODAY)
    rows = [
        ListRow(f"Person {i:03d}", "Org", "Engineer", f"p{i}@example.com", "+1 555 0100")
        for i in range(150)
    ]
    paths["list"] = out / "list.pdf"
    lst = build_list_document(rows, title="Phone list")
    write_pdf([PrintJob(lst, "Phone list")], paths["list"], page_size=a4, printed_on=samples.TODAY)
    return paths
