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
_CONTEXT = "Protokoll"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
_ROLE_AB = re.compile(r"(\S+) ab (\d{4}-\d{2}-\d{2})")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def bereich_label(tabelle: str) -> str:
    """The German name of a table of the log (its "Bereich")."""
    labels = {
        "lotse": _tr("Lots*innen"),
        "einsatz": _tr("Einsätze"),
        "taetigkeit": _tr("Tätigkeiten"),
        "foerderjahr": _tr("Förderjahre"),
        "rate_eingang": _tr("Raten (Mittelabrufe)"),
        "auszahlungslauf": _tr("Auszahlungsläufe"),
        "auszahlung": _tr("Auszahlungen"),
        "freibetragserklaerung": _tr("Freibetragserklärungen"),
        "verwendungsnachweis_angaben": _tr("Verwendungsnachweis-Angaben"),
        "ausgestelltes_dokument": _tr("Ausgestellte Dokumente"),
        "import_record": _tr("Importe"),
        "traeger": _tr("Träger"),
        "backup": _tr("Datensicherung"),
    }
    return labels.get(tabelle, tabelle)


def aktion_label(aktion: str) -> str:
    labels = {"angelegt": _tr("angelegt"), "geändert": _tr("geändert"), "gelöscht": _tr("gelöscht")}
    return labels.get(aktion, aktion)


def feld_label(feld: str | None) -> str:
    """The German name of a recorded field (the column name where none is known)."""
    if not feld:
        return ""
    labels = {
        "nr": _tr("Nr."),
        "nachname": _tr("Nachname"),
        "vorname": _tr("Vorname"),
        "qualifiziert_am": _tr("Qualifiziert am"),
        "eintritt": _tr("Eintritt"),
        "austritt": _tr("Austritt"),
        "email": _tr("E-Mail"),
        "telefon": _tr("Telefon"),
        "anschrift": _tr("Anschrift"),
        "iban": _tr("IBAN"),
        "bic": _tr("BIC"),
        "sprachen": _tr("Sprachen"),
        "notizen": _tr("Notizen"),
        "notiz": _tr("Notiz"),
        "status": _tr("Status"),
        "rollen": _tr("Rolle(n)"),
        "lotse_id": _tr("Lots*in (Nr. intern)"),
        "datum": _tr("Datum"),
        "minuten": _tr("Stunden"),
        "taetigkeit_id": _tr("Tätigkeit (Nr. intern)"),
        "bemerkung": _tr("Bemerkung"),
        "import_id": _tr("Import (Nr.)"),
        "name": _tr("Name"),
        "position": _tr("Position in der Liste"),
        "jahr": _tr("Jahr"),
        "aktenzeichen": _tr("Aktenzeichen"),
        "bescheid_datum": _tr("Bescheid vom"),
        "bewilligung_von": _tr("Bewilligung von"),
        "bewilligung_bis": _tr("Bewilligung bis"),
        "bewilligt_einsatz_cent": _tr("Bewilligt: Einsatz"),
        "bewilligt_koordination_cent": _tr("Bewilligt: Koordination"),
        "bewilligt_quali_cent": _tr("Bewilligt: Qualifizierung"),
        "nebenbestimmungen": _tr("Nebenbestimmungen"),
        "satz_cent": _tr("Stundensatz"),
        "cap_lotsin_minuten": _tr("Höchststunden Lots*in"),
        "cap_koordinierend_minuten": _tr("Höchststunden koordinierend"),
        "woche_lotsin_minuten": _tr("Wochenstunden Lots*in"),
        "woche_koordinierend_minuten": _tr("Wochenstunden koordinierend"),
        "cap_methode": _tr("Kappung"),
        "erklaerung_bis": _tr("Erklärung bis"),
        "erklaerung_zurueck_am": _tr("Erklärung zurück am"),
        "verwendungsnachweis_bis": _tr("Verwendungsnachweis bis"),
        "foerderjahr_id": _tr("Förderjahr (Nr. intern)"),
        "betrag_cent": _tr("Betrag"),
        "bis": _tr("Zeitraum bis"),
        "bezahlt_am": _tr("Bezahlt am"),
        "methode": _tr("Zahlweg"),
        "lauf_id": _tr("Auszahlungslauf (Nr.)"),
        "beleg_jahr": _tr("Beleg-Jahr"),
        "beleg_lfd": _tr("Beleg-Nr. (laufend)"),
        "storno_von_id": _tr("Storno von (Nr. intern)"),
        "grund": _tr("Grund"),
        "art": _tr("Art"),
        "anderweitig_cent": _tr("Anderweitig genutzt"),
        "unterschrieben_am": _tr("Unterschrieben am"),
        "sozialleistungen": _tr("Sozialleistungen"),
        "einwilligung_am": _tr("Einwilligung am"),
        "projektverlauf": _tr("Projektverlauf"),
        "zielerreichung": _tr("Zielerreichung"),
        "zusammenarbeit": _tr("Zusammenarbeit"),
        "schwierigkeiten": _tr("Schwierigkeiten"),
        "ausblick": _tr("Ausblick"),
        "eigenmittel_cent": _tr("Eigenmittel"),
        "drittmittel_cent": _tr("Drittmittel"),
        "koordination_ist_cent": _tr("Koordinierungspauschale (Ist)"),
        "nummer": _tr("Nummer"),
        "version": _tr("Fassung"),
        "auszahlung_id": _tr("Auszahlung (Nr. intern)"),
        "sha256": _tr("Prüfsumme (SHA-256)"),
        "versandt_am": _tr("Versandt am"),
        "rechtsform": _tr("Rechtsform"),
        "gemeinnuetzig": _tr("Gemeinnützig"),
        "einwohner": _tr("Einwohner*innen"),
        "ort": _tr("Ort"),
        "vertreter1_name": _tr("Vertreter*in 1"),
        "vertreter1_funktion": _tr("Funktion Vertreter*in 1"),
        "vertreter2_name": _tr("Vertreter*in 2"),
        "vertreter2_funktion": _tr("Funktion Vertreter*in 2"),
        "konto_inhaber": _tr("Kontoinhaber"),
        "anzahl": _tr("Anzahl Datensätze"),
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
            return _tr("%1 Std.").replace("%1", format_hours(int(value)))
        if feld == "anzahl" and value.isdigit():
            return format_number(Decimal(value), 0)
        if feld == "rollen":
            return _ROLE_AB.sub(lambda m: f"{_rolle(m.group(1))} {_tr('ab')} {_date(m.group(2))}", _roles(value))
        if feld == "gemeinnuetzig" and value in ("0", "1"):
            return _tr("ja") if value == "1" else _tr("nein")
        codes = {
            "ja": _tr("ja"),
            "nein": _tr("nein"),
            "ueberweisung": _tr("Überweisung"),
            "bar": _tr("bar"),
            "quittung": _tr("Quittung"),
            "verwendungsnachweis": _tr("Verwendungsnachweis"),
        }
        if value in codes and feld in ("", "methode", "art", "sozialleistungen"):
            return codes[value]
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
    labels = {"lotsin": _tr("Lots*in"), "koordinierend": _tr("koordinierende*r Lots*in")}
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
        headers = [_tr("Zeit"), _tr("Wer")]
        if with_record:
            headers += [_tr("Bereich"), _tr("Nr.")]
        self._headers = (*headers, _tr("Aktion"), _tr("Feld"), _tr("Alter Wert"), _tr("Neuer Wert"))

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
