"""The second half of ``--self-test``: are all program files there that only some actions need?

The GUI half opens every page, but a fresh database is created from the models, so it never touches the Alembic
scripts; PDFs, the SEPA schema, English and Qt's German dialog texts are not needed to show the pages either.
Missing files only show up later – in a PyInstaller bundle a forgotten data file means a user's old database
cannot be updated. This check loads each one the way the program does; the command line speaks German.
"""

import io
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path


def _fonts() -> str:
    from reportlab.pdfbase import pdfmetrics

    from lotsendesk.reports.base import FONT, FONT_BOLD, register_fonts

    register_fonts()
    for name in (FONT, FONT_BOLD):
        pdfmetrics.getFont(name)
    return "Schriften DejaVu Sans"


def _migrations() -> str:
    from lotsendesk.db import migrate

    head = migrate.script_head()
    if head != migrate.HEAD_REVISION:
        raise RuntimeError(f"neueste Migration {head}, erwartet {migrate.HEAD_REVISION}")
    return f"{len(migrate.known_revisions())} Datenbank-Migrationen bis {head}"


def _translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from lotsendesk.paths import translations_dir

    sources = {
        "lotsendesk_en": str(translations_dir()),
        "qtbase_de": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    }
    for name, folder in sources.items():
        if not QTranslator().load(name, folder):
            raise RuntimeError(f"{name}.qm nicht in {folder}")
    return "Übersetzungen (Englisch, Qt-Dialoge Deutsch)"


def _sepa_schema() -> str:
    import sepaxml
    import xmlschema

    from lotsendesk.services.sepa import SCHEMA

    xmlschema.XMLSchema(str(Path(sepaxml.__file__).parent / "schemas" / f"{SCHEMA}.xsd"))
    return f"SEPA-Schema {SCHEMA}"


def _money_format() -> str:
    from lotsendesk.domain.formatting import format_money

    text = format_money(Decimal("1234.5"))
    if text != "1.234,50\xa0€":
        raise RuntimeError(f"1234,5 € erscheint als {text!r}")
    return "Beträge 1.234,50 €"


def _pdf_and_images() -> str:
    import pypdfium2
    from PIL import Image

    pypdfium2.PdfDocument.new().close()  # loads the native pdfium library
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2)).save(buffer, "PNG")
    Image.open(io.BytesIO(buffer.getvalue())).load()
    return "PDF-Vorschau und Bilder"


def _licenses() -> str:
    """The About dialog's list: every runtime package's metadata (dist-info) must have been bundled."""
    from lotsendesk.ui.about_dialog import runtime_components

    components = runtime_components()
    unknown = [c.name for c in components if c.version == "nicht ermittelbar"]
    if unknown:
        raise RuntimeError("keine Paketdaten für " + ", ".join(unknown))
    without_text = [c.name for c in components if not c.texts]
    if len(without_text) > len(components) // 2:
        raise RuntimeError("keine Lizenztexte für " + ", ".join(without_text))
    return f"Lizenzangaben von {len(components)} Bestandteilen"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("Schriften", _fonts),
    ("Datenbank-Migrationen", _migrations),
    ("Übersetzungen", _translations),
    ("SEPA-Schema", _sepa_schema),
    ("Zahlenformat", _money_format),
    ("PDF-Vorschau und Bilder", _pdf_and_images),
    ("Lizenzangaben", _licenses),
)


def check_program_files() -> int:
    """Run every check; print what was found (stdout) or what is missing (stderr). 0 if all are there, else 1."""
    found: list[str] = []
    missing: list[str] = []
    for label, check in CHECKS:
        try:
            found.append(check())
        except Exception as error:  # any failure is a finding, never a traceback
            missing.append(f"{label}: {type(error).__name__}: {error}")
    if missing:
        print("Programmdateien unvollständig – Selbsttest fehlgeschlagen:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    print(f"Programmdateien vollständig: {', '.join(found)}.")
    return 0
