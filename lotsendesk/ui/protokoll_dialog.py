"""The audit trail on screen: ``VerlaufDialog`` – the history of one record – and ``ProtokollDialog`` – the whole
log, filtered by Zeitraum, Bereich and text, newest first, at most ``LIMIT`` rows (a note says when there are
more). Both are read-only: nothing in the app can change the log. The stored values are plain (ISO dates, cents,
minutes); they are shown the German way here."""

import re
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_hours, format_money, format_number
from lotsendesk.services import protokoll as log
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.protokoll import Eintrag
from lotsendesk.ui.i18n import localized
from lotsendesk.ui.tables import RecordsModel, record_table

LIMIT = 2000
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
_ROLE_AB = re.compile(r"(\S+) ab (\d{4}-\d{2}-\d{2})")


def bereich_label(tabelle: str) -> str:
    """The German name of a table of the log (its "Bereich")."""
    labels = {
        "lotse": QCoreApplication.translate("Protokoll", "Lots*innen"),
        "einsatz": QCoreApplication.translate("Protokoll", "Einsätze"),
        "taetigkeit": QCoreApplication.translate("Protokoll", "Tätigkeiten"),
        "foerderjahr": QCoreApplication.translate("Protokoll", "Förderjahre"),
        "rate_eingang": QCoreApplication.translate("Protokoll", "Raten (Mittelabrufe)"),
        "auszahlungslauf": QCoreApplication.translate("Protokoll", "Auszahlungsläufe"),
        "auszahlung": QCoreApplication.translate("Protokoll", "Auszahlungen"),
        "freibetragserklaerung": QCoreApplication.translate("Protokoll", "Freibetragserklärungen"),
        "verwendungsnachweis_angaben": QCoreApplication.translate("Protokoll", "Verwendungsnachweis-Angaben"),
        "ausgestelltes_dokument": QCoreApplication.translate("Protokoll", "Ausgestellte Dokumente"),
        "import_record": QCoreApplication.translate("Protokoll", "Importe"),
        "traeger": QCoreApplication.translate("Protokoll", "Träger"),
        "backup": QCoreApplication.translate("Protokoll", "Datensicherung"),
        "kurs": QCoreApplication.translate("Protokoll", "Qualifizierungen (Kurse)"),
        "kurs_termin": QCoreApplication.translate("Protokoll", "Kurs-Termine"),
        "kurs_teilnahme": QCoreApplication.translate("Protokoll", "Kurs-Teilnehmende"),
        "kurs_anwesenheit": QCoreApplication.translate("Protokoll", "Kurs-Anwesenheit"),
        "kurs_kosten": QCoreApplication.translate("Protokoll", "Kurs-Kosten (Belege)"),
        "externe_qualifikation": QCoreApplication.translate("Protokoll", "Externe Qualifizierungen"),
    }
    return labels.get(tabelle, tabelle)


def aktion_label(aktion: str) -> str:
    labels = {
        "angelegt": QCoreApplication.translate("Protokoll", "angelegt"),
        "geändert": QCoreApplication.translate("Protokoll", "geändert"),
        "gelöscht": QCoreApplication.translate("Protokoll", "gelöscht"),
    }
    return labels.get(aktion, aktion)


def feld_label(feld: str | None) -> str:
    """The German name of a recorded field (the column name where none is known)."""
    if not feld:
        return ""
    labels = {
        "nr": QCoreApplication.translate("Protokoll", "Nr."),
        "nachname": QCoreApplication.translate("Protokoll", "Nachname"),
        "vorname": QCoreApplication.translate("Protokoll", "Vorname"),
        "qualifiziert_am": QCoreApplication.translate("Protokoll", "Qualifiziert am"),
        "eintritt": QCoreApplication.translate("Protokoll", "Eintritt"),
        "austritt": QCoreApplication.translate("Protokoll", "Austritt"),
        "email": QCoreApplication.translate("Protokoll", "E-Mail"),
        "telefon": QCoreApplication.translate("Protokoll", "Telefon"),
        "anschrift": QCoreApplication.translate("Protokoll", "Anschrift"),
        "iban": QCoreApplication.translate("Protokoll", "IBAN"),
        "bic": QCoreApplication.translate("Protokoll", "BIC"),
        "sprachen": QCoreApplication.translate("Protokoll", "Sprachen"),
        "notizen": QCoreApplication.translate("Protokoll", "Notizen"),
        "notiz": QCoreApplication.translate("Protokoll", "Notiz"),
        "status": QCoreApplication.translate("Protokoll", "Status"),
        "rollen": QCoreApplication.translate("Protokoll", "Rolle(n)"),
        "lotse_id": QCoreApplication.translate("Protokoll", "Lots*in (Nr. intern)"),
        "datum": QCoreApplication.translate("Protokoll", "Datum"),
        "minuten": QCoreApplication.translate("Protokoll", "Stunden"),
        "taetigkeit_id": QCoreApplication.translate("Protokoll", "Tätigkeit (Nr. intern)"),
        "bemerkung": QCoreApplication.translate("Protokoll", "Bemerkung"),
        "import_id": QCoreApplication.translate("Protokoll", "Import (Nr.)"),
        "name": QCoreApplication.translate("Protokoll", "Name"),
        "position": QCoreApplication.translate("Protokoll", "Position in der Liste"),
        "jahr": QCoreApplication.translate("Protokoll", "Jahr"),
        "aktenzeichen": QCoreApplication.translate("Protokoll", "Aktenzeichen"),
        "bescheid_datum": QCoreApplication.translate("Protokoll", "Bescheid vom"),
        "bewilligung_von": QCoreApplication.translate("Protokoll", "Bewilligung von"),
        "bewilligung_bis": QCoreApplication.translate("Protokoll", "Bewilligung bis"),
        "bewilligt_einsatz_cent": QCoreApplication.translate("Protokoll", "Bewilligt: Einsatz"),
        "bewilligt_koordination_cent": QCoreApplication.translate("Protokoll", "Bewilligt: Koordination"),
        "bewilligt_quali_cent": QCoreApplication.translate("Protokoll", "Bewilligt: Qualifizierung"),
        "nebenbestimmungen": QCoreApplication.translate("Protokoll", "Nebenbestimmungen"),
        "satz_cent": QCoreApplication.translate("Protokoll", "Stundensatz"),
        "cap_lotsin_minuten": QCoreApplication.translate("Protokoll", "Höchststunden Lots*in"),
        "cap_koordinierend_minuten": QCoreApplication.translate("Protokoll", "Höchststunden koordinierend"),
        "woche_lotsin_minuten": QCoreApplication.translate("Protokoll", "Wochenstunden Lots*in"),
        "woche_koordinierend_minuten": QCoreApplication.translate("Protokoll", "Wochenstunden koordinierend"),
        "cap_methode": QCoreApplication.translate("Protokoll", "Kappung"),
        "erklaerung_bis": QCoreApplication.translate("Protokoll", "Erklärung bis"),
        "erklaerung_zurueck_am": QCoreApplication.translate("Protokoll", "Erklärung zurück am"),
        "verwendungsnachweis_bis": QCoreApplication.translate("Protokoll", "Verwendungsnachweis bis"),
        "foerderjahr_id": QCoreApplication.translate("Protokoll", "Förderjahr (Nr. intern)"),
        "betrag_cent": QCoreApplication.translate("Protokoll", "Betrag"),
        "bis": QCoreApplication.translate("Protokoll", "Zeitraum bis"),
        "bezahlt_am": QCoreApplication.translate("Protokoll", "Bezahlt am"),
        "methode": QCoreApplication.translate("Protokoll", "Zahlweg"),
        "lauf_id": QCoreApplication.translate("Protokoll", "Auszahlungslauf (Nr.)"),
        "beleg_jahr": QCoreApplication.translate("Protokoll", "Beleg-Jahr"),
        "beleg_lfd": QCoreApplication.translate("Protokoll", "Beleg-Nr. (laufend)"),
        "storno_von_id": QCoreApplication.translate("Protokoll", "Storno von (Nr. intern)"),
        "grund": QCoreApplication.translate("Protokoll", "Grund"),
        "art": QCoreApplication.translate("Protokoll", "Art"),
        "anderweitig_cent": QCoreApplication.translate("Protokoll", "Anderweitig genutzt"),
        "unterschrieben_am": QCoreApplication.translate("Protokoll", "Unterschrieben am"),
        "sozialleistungen": QCoreApplication.translate("Protokoll", "Sozialleistungen"),
        "einwilligung_am": QCoreApplication.translate("Protokoll", "Einwilligung am"),
        "projektverlauf": QCoreApplication.translate("Protokoll", "Projektverlauf"),
        "zielerreichung": QCoreApplication.translate("Protokoll", "Zielerreichung"),
        "zusammenarbeit": QCoreApplication.translate("Protokoll", "Zusammenarbeit"),
        "schwierigkeiten": QCoreApplication.translate("Protokoll", "Schwierigkeiten"),
        "ausblick": QCoreApplication.translate("Protokoll", "Ausblick"),
        "eigenmittel_cent": QCoreApplication.translate("Protokoll", "Eigenmittel"),
        "drittmittel_cent": QCoreApplication.translate("Protokoll", "Drittmittel"),
        "koordination_ist_cent": QCoreApplication.translate("Protokoll", "Koordinierungspauschale (Ist)"),
        "nummer": QCoreApplication.translate("Protokoll", "Nummer"),
        "version": QCoreApplication.translate("Protokoll", "Fassung"),
        "auszahlung_id": QCoreApplication.translate("Protokoll", "Auszahlung (Nr. intern)"),
        "sha256": QCoreApplication.translate("Protokoll", "Prüfsumme (SHA-256)"),
        "versandt_am": QCoreApplication.translate("Protokoll", "Versandt am"),
        "rechtsform": QCoreApplication.translate("Protokoll", "Rechtsform"),
        "gemeinnuetzig": QCoreApplication.translate("Protokoll", "Gemeinnützig"),
        "einwohner": QCoreApplication.translate("Protokoll", "Einwohner*innen"),
        "ort": QCoreApplication.translate("Protokoll", "Ort"),
        "vertreter1_name": QCoreApplication.translate("Protokoll", "Vertreter*in 1"),
        "vertreter1_funktion": QCoreApplication.translate("Protokoll", "Funktion Vertreter*in 1"),
        "vertreter2_name": QCoreApplication.translate("Protokoll", "Vertreter*in 2"),
        "vertreter2_funktion": QCoreApplication.translate("Protokoll", "Funktion Vertreter*in 2"),
        "konto_inhaber": QCoreApplication.translate("Protokoll", "Kontoinhaber"),
        "registergericht": QCoreApplication.translate("Protokoll", "Registergericht"),
        "registernummer": QCoreApplication.translate("Protokoll", "Registernummer"),
        "finanzamt": QCoreApplication.translate("Protokoll", "Finanzamt"),
        "steuernummer": QCoreApplication.translate("Protokoll", "Steuernummer"),
        "freistellungsbescheid": QCoreApplication.translate("Protokoll", "Freistellungsbescheid vom"),
        "logo": QCoreApplication.translate("Protokoll", "Logo"),
        "anzahl": QCoreApplication.translate("Protokoll", "Anzahl Datensätze"),
        # Qualifizierungen: kurs, kurs_termin, kurs_teilnahme, kurs_anwesenheit, kurs_kosten, externe_qualifikation
        "titel": QCoreApplication.translate("Protokoll", "Titel"),
        "extern": QCoreApplication.translate("Protokoll", "Externer Veranstalter"),
        "veranstalter": QCoreApplication.translate("Protokoll", "Veranstalter"),
        "online": QCoreApplication.translate("Protokoll", "Online"),
        "referenten": QCoreApplication.translate("Protokoll", "Referent*innen"),
        "geplante_teilnehmende": QCoreApplication.translate("Protokoll", "Geplante Teilnehmende"),
        "bewilligt_cent": QCoreApplication.translate("Protokoll", "Bewilligt"),
        "satz_ue_cent": QCoreApplication.translate("Protokoll", "Satz je Teilnehmende*n und UE"),
        "mindestanwesenheit_prozent": QCoreApplication.translate("Protokoll", "Mindestanwesenheit"),
        "erhalten_cent": QCoreApplication.translate("Protokoll", "Erhalten"),
        "erhalten_am": QCoreApplication.translate("Protokoll", "Erhalten am"),
        "sachbericht": QCoreApplication.translate("Protokoll", "Sachbericht"),
        "kurs_id": QCoreApplication.translate("Protokoll", "Kurs (Nr. intern)"),
        "beginn": QCoreApplication.translate("Protokoll", "Beginn"),
        "ende": QCoreApplication.translate("Protokoll", "Ende"),
        "ue": QCoreApplication.translate("Protokoll", "UE"),
        "thema": QCoreApplication.translate("Protokoll", "Thema"),
        "zertifikat_am": QCoreApplication.translate("Protokoll", "Zertifikat am"),
        "qualifiziert_vorher": QCoreApplication.translate("Protokoll", "Qualifiziert am (vorher)"),
        "teilnahme_id": QCoreApplication.translate("Protokoll", "Teilnahme (Nr. intern)"),
        "termin_id": QCoreApplication.translate("Protokoll", "Termin (Nr. intern)"),
        "kategorie": QCoreApplication.translate("Protokoll", "Kostenart"),
        "empfaenger": QCoreApplication.translate("Protokoll", "Empfänger*in"),
        "beschreibung": QCoreApplication.translate("Protokoll", "Beschreibung"),
        "foerderfaehig": QCoreApplication.translate("Protokoll", "Förderfähig"),
    }
    return labels.get(feld, feld)


def wert_text(feld: str | None, value: str | None) -> str:
    """A stored value the German way: dates ``07.03.2025``, amounts ``1.234,50 €``, minutes as hours."""
    if value is None:
        return ""
    feld = feld or ""
    try:
        if feld.endswith("_cent") and value.lstrip("-").isdigit():
            return format_money(Decimal(int(value)) / 100)
        if (feld == "minuten" or feld.endswith("_minuten")) and value.lstrip("-").isdigit():
            return QCoreApplication.translate("Protokoll", "%1 Std.").replace("%1", format_hours(int(value)))
        if feld == "anzahl" and value.isdigit():
            return format_number(Decimal(value), 0)
        if feld == "mindestanwesenheit_prozent" and value.isdigit():
            return f"{value} %"
        if feld == "rollen":
            since = QCoreApplication.translate("Protokoll", "ab")
            return _ROLE_AB.sub(lambda m: f"{_rolle(m.group(1))} {since} {_date(m.group(2))}", _roles(value))
        if feld == "gemeinnuetzig" and value in ("0", "1"):
            return (
                QCoreApplication.translate("Protokoll", "ja")
                if value == "1"
                else QCoreApplication.translate("Protokoll", "nein")
            )
        codes = {
            "ja": QCoreApplication.translate("Protokoll", "ja"),
            "nein": QCoreApplication.translate("Protokoll", "nein"),
            "ueberweisung": QCoreApplication.translate("Protokoll", "Überweisung"),
            "bar": QCoreApplication.translate("Protokoll", "bar"),
            "quittung": QCoreApplication.translate("Protokoll", "Quittung"),
            "verwendungsnachweis": QCoreApplication.translate("Protokoll", "Verwendungsnachweis"),
            "kurs_verwendungsnachweis": QCoreApplication.translate("Protokoll", "Verwendungsnachweis Qualifizierung"),
            "basis": QCoreApplication.translate("Protokoll", "Basisqualifizierung"),
            "vertiefung": QCoreApplication.translate("Protokoll", "Vertiefungsseminar"),
            "reflexion": QCoreApplication.translate("Protokoll", "Entlastendes Reflexionsgespräch"),
        }
        kategorien = {
            "honorar": QCoreApplication.translate("Protokoll", "Honorare Referent*innen"),
            "raum": QCoreApplication.translate("Protokoll", "Raumkosten"),
            "material": QCoreApplication.translate("Protokoll", "Material und Sachkosten"),
            "verpflegung": QCoreApplication.translate("Protokoll", "Verpflegung"),
            "sonstige": QCoreApplication.translate("Protokoll", "Sonstige Kosten"),
        }
        if value in codes and feld in ("", "methode", "art", "sozialleistungen", "extern", "online", "foerderfaehig"):
            return codes[value]
        if feld == "kategorie" and value in kategorien:
            return kategorien[value]
        if _ISO_DATETIME.fullmatch(value):
            return f"{_date(value[:10])} {value[11:16]}"
        if _ISO_DATE.fullmatch(value):
            return _date(value)
    except ValueError:
        pass
    return value


def _date(iso: str) -> str:
    return format_date(date.fromisoformat(iso))


def _rolle(rolle: str) -> str:
    labels = {
        "lotsin": QCoreApplication.translate("Protokoll", "Lots*in"),
        "koordinierend": QCoreApplication.translate("Protokoll", "koordinierende*r Lots*in"),
    }
    return labels.get(rolle, rolle)


def _roles(value: str) -> str:
    """Roles without a start date become their label; those with one are left for _ROLE_AB."""
    return "; ".join(_rolle(part) if " ab " not in part else part for part in value.split("; "))


def zeit_text(entry: Eintrag) -> str:
    return f"{format_date(entry.zeit.date())} {entry.zeit:%H:%M:%S}"


class ProtokollModel(RecordsModel):
    """Entries of the log; ``with_record`` adds the columns Bereich and Datensatz (the whole log)."""

    def __init__(self, with_record: bool, parent=None) -> None:
        super().__init__(parent)
        self.with_record = with_record
        self.rows: list[Eintrag] = []
        headers = [QCoreApplication.translate("Protokoll", "Zeit"), QCoreApplication.translate("Protokoll", "Wer")]
        if with_record:
            headers += [
                QCoreApplication.translate("Protokoll", "Bereich"),
                QCoreApplication.translate("Protokoll", "Nr."),
            ]
        self._headers = (
            *headers,
            QCoreApplication.translate("Protokoll", "Aktion"),
            QCoreApplication.translate("Protokoll", "Feld"),
            QCoreApplication.translate("Protokoll", "Alter Wert"),
            QCoreApplication.translate("Protokoll", "Neuer Wert"),
        )

    def set_rows(self, rows: list[Eintrag]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, position: int) -> Eintrag:
        return self.rows[position]

    def _values(self, entry: Eintrag) -> list[str]:
        values = [zeit_text(entry), entry.wer]
        if self.with_record:
            record = "" if entry.datensatz_id is None else str(entry.datensatz_id)
            values += [bereich_label(entry.tabelle), record]
        return [
            *values,
            aktion_label(entry.aktion),
            feld_label(entry.feld),
            wert_text(entry.feld, entry.alt),
            wert_text(entry.feld, entry.neu),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._values(entry)[index.column()]
            return text.replace("\n", " ⏎ ") if len(text) <= 120 else text[:119].replace("\n", " ⏎ ") + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._values(entry)[index.column()] or None
        return None


def _table(model: ProtokollModel, name: str):
    """The old and new value share the room that is left; the other columns fit their content."""
    table = record_table(model, name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column in (model.columnCount() - 2, model.columnCount() - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def _fit_columns(table, model: ProtokollModel) -> None:
    for column in range(model.columnCount() - 2):
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, min(table.columnWidth(column), 170 if column else 240))


class VerlaufDialog(QDialog):
    """The history of one record, newest first: when, who, what, old → new."""

    def __init__(self, db, tabelle: str, datensatz_id: int | None, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tabelle, self.datensatz_id = db, tabelle, datensatz_id
        self.setWindowTitle(self.tr("Verlauf – %1").replace("%1", title))
        layout = QVBoxLayout(self)
        self.model = ProtokollModel(with_record=False, parent=self)
        self.table = _table(self.model, self.tr("Verlauf"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        self.resize(900, 460)

    def reload(self) -> None:
        entries = list(reversed(log.verlauf(self.db, self.tabelle, self.datensatz_id)))
        self.model.set_rows(entries)
        if entries:
            self.note.setText(
                self.tr("%1 Einträge. Das Protokoll kann nicht geändert werden.").replace(
                    "%1", format_number(Decimal(len(entries)), 0)
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Für diesen Datensatz ist nichts protokolliert. Änderungen, die vor der Einführung des "
                    "Protokolls gemacht wurden, sind nicht erfasst."
                )
            )
        _fit_columns(self.table, self.model)


class ProtokollDialog(QDialog):
    """The whole log: filter by Zeitraum, Bereich and text; your name for the log; double-click: a record's
    Verlauf."""

    PERIODS = ("alle", "heute", "7", "30", "jahr", "vorjahr", "frei")

    def __init__(self, db, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self.more = False
        self.setWindowTitle(self.tr("Protokoll"))
        layout = QVBoxLayout(self)

        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Ihr Name im Protokoll:")))
        self.name_edit = QLineEdit(log.get_benutzername(db))
        self.name_edit.setAccessibleName(self.tr("Ihr Name im Protokoll"))
        self.name_edit.setPlaceholderText(self.tr("z. B. Kassenwart*in Vorname Nachname"))
        self.name_edit.setToolTip(
            self.tr("Wird mit jeder Änderung gespeichert, zusammen mit dem Benutzerkonto „%1“.").replace(
                "%1", log.os_benutzer()
            )
        )
        self.name_edit.returnPressed.connect(self.save_name)
        name_row.addWidget(self.name_edit, 1)
        self.name_button = QPushButton(self.tr("Übernehmen"))
        self.name_button.setAutoDefault(False)
        self.name_button.clicked.connect(self.save_name)
        name_row.addWidget(self.name_button)
        layout.addLayout(name_row)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Zeitraum:")))
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Zeitraum"))
        for key, label in zip(
            self.PERIODS,
            (
                self.tr("Gesamter Zeitraum"),
                self.tr("Heute"),
                self.tr("Letzte 7 Tage"),
                self.tr("Letzte 30 Tage"),
                self.tr("Dieses Jahr"),
                self.tr("Letztes Jahr"),
                self.tr("Von … bis …"),
            ),
            strict=True,
        ):
            self.period_box.addItem(label, key)
        filters.addWidget(self.period_box)
        self.von_edit, self.bis_edit = self._date_edit(self.today - timedelta(days=30)), self._date_edit(self.today)
        self.von_edit.setAccessibleName(self.tr("von"))
        self.bis_edit.setAccessibleName(self.tr("bis"))
        self.dash = QLabel("–")
        filters.addWidget(self.von_edit)
        filters.addWidget(self.dash)
        filters.addWidget(self.bis_edit)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Bereich:")))
        self.area_box = QComboBox()
        self.area_box.setAccessibleName(self.tr("Bereich"))
        self.area_box.addItem(self.tr("Alle Bereiche"), None)
        for tabelle in sorted(log.bereiche(db), key=bereich_label):
            self.area_box.addItem(bereich_label(tabelle), tabelle)
        filters.addWidget(self.area_box)
        filters.addSpacing(12)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Suchen"))
        self.search_edit.setPlaceholderText(self.tr("Suchen: Name, Wert, Nr. …"))
        self.search_edit.setClearButtonEnabled(True)
        filters.addWidget(self.search_edit, 1)
        layout.addLayout(filters)

        self.model = ProtokollModel(with_record=True, parent=self)
        self.table = _table(self.model, self.tr("Protokoll"))
        self.table.setToolTip(self.tr("Doppelklick: der Verlauf dieses Datensatzes"))
        self.table.doubleClicked.connect(self.open_verlauf)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.area_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.von_edit.dateChanged.connect(lambda _d: self.reload())
        self.bis_edit.dateChanged.connect(lambda _d: self.reload())
        self._period_changed()
        self.resize(1240, 620)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        return edit

    def _period_changed(self, *_args) -> None:
        free = self.period_box.currentData() == "frei"
        for widget in (self.von_edit, self.dash, self.bis_edit):
            widget.setVisible(free)
        self.reload()

    def period(self) -> tuple[date | None, date | None]:
        key, today = self.period_box.currentData(), self.today
        if key == "heute":
            return today, today
        if key in ("7", "30"):
            return today - timedelta(days=int(key) - 1), today
        if key == "jahr":
            return date(today.year, 1, 1), today
        if key == "vorjahr":
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        if key == "frei":
            von, bis = self.von_edit.date(), self.bis_edit.date()
            return date(von.year(), von.month(), von.day()), date(bis.year(), bis.month(), bis.day())
        return None, None

    def reload(self) -> None:
        self._timer.stop()
        von, bis = self.period()
        try:
            entries = log.protokoll(
                self.db, von=von, bis=bis, tabelle=self.area_box.currentData(), text=self.search_edit.text(),
                limit=LIMIT + 1,
            )  # fmt: skip
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), localized(error.message))
            return
        self.more = len(entries) > LIMIT
        self.model.set_rows(entries[:LIMIT])
        shown = format_number(Decimal(min(len(entries), LIMIT)), 0)
        if self.more:
            self.count_label.setText(
                self.tr(
                    "Es werden die neuesten %1 Einträge gezeigt; es gibt weitere. Grenzen Sie Zeitraum, Bereich "
                    "oder Suche ein."
                ).replace("%1", shown)
            )
        elif entries:
            self.count_label.setText(self.tr("%1 Einträge, neueste zuerst.").replace("%1", shown))
        else:
            self.count_label.setText(self.tr("Keine Einträge für diese Auswahl."))
        _fit_columns(self.table, self.model)

    def open_verlauf(self, index: QModelIndex) -> VerlaufDialog | None:
        if not index.isValid():
            return None
        entry = self.model.row_at(index.row())
        if entry.datensatz_id is None and entry.tabelle not in ("traeger", "backup"):
            return None
        title = bereich_label(entry.tabelle)
        if entry.datensatz_id is not None:
            title = f"{title} #{entry.datensatz_id}"
        dialog = VerlaufDialog(self.db, entry.tabelle, entry.datensatz_id, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_name(self) -> None:
        try:
            log.set_benutzername(self.db, self.name_edit.text())
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), localized(error.message))
            return
        self.name_edit.setText(log.get_benutzername(self.db))
        self.name_edit.setModified(False)
