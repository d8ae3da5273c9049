"""Time what the Berichte page does for the demo association: write a document and show its pages.

    uv run python benchmarks/bench_preview.py

Builds the demo database in a temporary folder, then for the Entwurf of last year's Verwendungsnachweis, a
Stundennachweis of every Lots*in for the last year and all Jahresbescheinigungen of the last year: the time to
write the PDF (the service) and to render its pages into the preview (pdfium, at most ``MAX_PAGES`` pages),
offscreen. Prints the peak RSS at the end.
"""

import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from lotsendesk.services.database import open_database
from lotsendesk.services.demo import create_demo_database
from lotsendesk.services.jahresbescheinigung import write_jahresbescheinigungen
from lotsendesk.services.personen_dokumente import write_stundennachweis
from lotsendesk.services.verwendungsnachweis import write_verwendungsnachweis
from lotsendesk.ui.pdf_preview import PdfPreview


def main() -> None:
    app = QApplication(sys.argv[:1])
    year = date.today().year - 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        create_demo_database(path)
        db = open_database(path)
        preview = PdfPreview()
        preview.resize(900, 700)
        documents = {
            "Verwendungsnachweis (Entwurf)": lambda out: write_verwendungsnachweis(db, year, out, entwurf=True),
            "Stundennachweis alle, Jahr": lambda out: write_stundennachweis(
                db, None, date(year, 1, 1), date(year, 12, 31), out
            ),
            "Jahresbescheinigungen": lambda out: write_jahresbescheinigungen(db, year, None, out),
        }
        print(f"{'document':34} {'write':>9} {'preview':>9} {'pages':>6}")
        for name, write in documents.items():
            out = Path(folder) / f"{name}.pdf"
            start = time.perf_counter()
            write(out)
            written = time.perf_counter() - start
            start = time.perf_counter()
            pages = preview.show_pdf(out)
            app.processEvents()
            shown = time.perf_counter() - start
            print(f"{name:34} {written * 1000:7.0f} ms {shown * 1000:7.0f} ms {pages:6}")
        db.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
