"""Einstellungen: the Träger (for the rules and every document, with the logo), the Tätigkeiten, the
Sicherungen, the user's name for the Protokoll and the language of the program – one page, four tabs.

„Speichern“ (Strg+S, or Enter in a line of the Träger form) stores the Träger and the Allgemein tab together;
a Träger change is one entry on the undo stack. Tätigkeiten and the backup folder are changed in their own
dialogs, which store at once, as they do from the menus.

The language is read at start-up (i18n.ui_language); a new choice applies from the next start, so the window
never shows half German, half English.

No rounding setting: amounts are always rounded half-up to the cent at the end of a computation (the state's
rule, architecture.md); there is nothing to choose.
"""

from decimal import Decimal

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lotsendesk.domain.formatting import format_number
from lotsendesk.services import protokoll as log
from lotsendesk.services.backup import backup_folder
from lotsendesk.services.database import Database
from lotsendesk.services.errors import InputErrors, ServiceError
from lotsendesk.services.taetigkeiten import list_taetigkeiten
from lotsendesk.ui import backup_dialogs
from lotsendesk.ui.form_rows import FormRows
from lotsendesk.ui.i18n import LANGUAGE_SETTING, localized
from lotsendesk.ui.lotse_dialog import ERROR_STYLE, set_muted
from lotsendesk.ui.page import Page
from lotsendesk.ui.traeger_form import TraegerForm, push_traeger_edit

SECTIONS = ("traeger", "taetigkeiten", "sicherungen", "allgemein")
LANGUAGES = ("system", "de", "en")


def stored_language() -> str:
    """The language chosen in the Einstellungen: ``system``, ``de`` or ``en``."""
    value = str(QSettings().value(LANGUAGE_SETTING, "system") or "system").strip().lower()
    return value if value in LANGUAGES else "system"


class AllgemeinForm(FormRows, QWidget):
    """The user's name for the Protokoll and the language of the program."""

    FIELD_ORDER = ("name", "sprache")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_rows()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("z. B. Kassenwart*in Vorname Nachname"))
        self.name_edit.setMaxLength(log.MAX_NAME)
        self.language_combo = QComboBox()
        for key, label in zip(
            LANGUAGES,
            (self.tr("wie das Betriebssystem"), "Deutsch", "English"),  # each language in its own words
            strict=True,
        ):
            self.language_combo.addItem(label, key)
        box = QWidget()
        box.setMaximumWidth(760)  # a name and a choice: no need for the whole width
        form = self._form(box, flush=True)
        self.name_hint = self._add_row(form, self.tr("Ihr Name im Protokoll"), self.name_edit, "name", " ")
        self._add_row(
            form,
            self.tr("Sprache"),
            self.language_combo,
            "sprache",
            self.tr(
                "Gilt ab dem nächsten Start von LotsenDesk. Die Dokumente (PDF) sind immer auf Deutsch, "
                "wie das Regierungspräsidium sie erwartet."
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.general_error)
        layout.addStretch(1)


class EinstellungenPage(Page):
    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(db, undo_stack, parent)
        self.set_header(
            self.tr("Einstellungen"),
            self.tr(
                "Die Angaben zum Träger für die Regeln und die Dokumente, die Tätigkeiten, die Sicherungen, "
                "Ihr Name im Protokoll und die Sprache."
            ),
        )
        self._dirty = False
        self._stored_name = ""
        self.status_label = QLabel()
        self.status_label.setObjectName("saveStatus")
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Träger, Name und Sprache speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        self.actions_layout.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.actions_layout.addSpacing(8)
        self.actions_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.traeger_form = TraegerForm(db)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 10, 8, 0)
        inner_layout.addWidget(self.traeger_form)
        scroll.setWidget(inner)
        self.tabs.addTab(scroll, self.tr("Träger"))
        self.tabs.addTab(self._build_taetigkeiten(), self.tr("Tätigkeiten"))
        self.tabs.addTab(self._build_sicherungen(), self.tr("Sicherungen"))
        self.allgemein = AllgemeinForm()
        self.tabs.addTab(self._padded(self.allgemein), self.tr("Allgemein"))
        self.layout_.addWidget(self.tabs, 1)

        self.traeger_form.changed.connect(self._mark_dirty)
        self.traeger_form.submitted.connect(self.save)
        self.allgemein.name_edit.textEdited.connect(self._mark_dirty)
        self.allgemein.name_edit.returnPressed.connect(self.save)
        self.allgemein.language_combo.activated.connect(self._mark_dirty)
        if db.read_only:  # "Nur ansehen": nothing here can be stored
            for widget in (self.save_button, self.edit_taetigkeiten_button, self.change_folder_button):
                widget.setEnabled(False)
            self.backup_now_button.setEnabled(False)
        self._fill_allgemein()
        self._show_status()

    # building ----------------------------------------------------------------------------------
    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(widget)
        return box

    def _build_taetigkeiten(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 12, 0, 0)
        intro = QLabel(
            self.tr(
                "Unter diesen Tätigkeiten werden Einsätze erfasst; der Verwendungsnachweis zählt die Stunden je "
                "Tätigkeit. Ändern, ergänzen oder löschen Sie sie unter „Tätigkeiten bearbeiten…“."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.taetigkeiten_list = QTableWidget(0, 2)
        self.taetigkeiten_list.setHorizontalHeaderLabels([self.tr("Tätigkeit"), self.tr("Einsätze")])
        self.taetigkeiten_list.setAccessibleName(self.tr("Tätigkeiten"))
        self.taetigkeiten_list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.taetigkeiten_list.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.taetigkeiten_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.taetigkeiten_list.verticalHeader().hide()
        self.taetigkeiten_list.setAlternatingRowColors(True)
        header = self.taetigkeiten_list.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.taetigkeiten_list.horizontalHeaderItem(1).setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.taetigkeiten_list.setMaximumWidth(520)
        row.addWidget(self.taetigkeiten_list, 1)
        buttons = QVBoxLayout()
        self.edit_taetigkeiten_button = QPushButton(self.tr("Tätigkeiten bearbeiten…"))
        self.edit_taetigkeiten_button.clicked.connect(self.edit_taetigkeiten)
        buttons.addWidget(self.edit_taetigkeiten_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(1)
        layout.addLayout(row, 1)
        return box

    def _build_sicherungen(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        about = QLabel(
            self.tr(
                "Beim Beenden legt LotsenDesk einmal am Tag eine Sicherung an und prüft sie. Aufbewahrt werden die "
                "Sicherungen der letzten 7 Tage, je eine der letzten 4 Wochen und der letzten 12 Monate. Ein Ordner "
                "auf einem USB-Stick schützt auch vor einem Defekt des Computers."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Ordner:")))
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Ordner der Sicherungen"))
        row.addWidget(self.folder_edit, 1)
        self.change_folder_button = QPushButton(self.tr("Ändern…"))
        self.change_folder_button.clicked.connect(self.change_backup_folder)
        row.addWidget(self.change_folder_button)
        layout.addLayout(row)
        self.last_backup_label = QLabel()
        layout.addWidget(self.last_backup_label)
        now = QHBoxLayout()
        self.backup_now_button = QPushButton(self.tr("Jetzt eine Sicherung erstellen…"))
        self.backup_now_button.clicked.connect(self.backup_now)
        now.addWidget(self.backup_now_button)
        now.addStretch(1)
        layout.addLayout(now)
        hint = QLabel(self.tr("Wiederherstellen: Datei → Sicherung wiederherstellen…"))
        set_muted(hint)
        layout.addWidget(hint)
        layout.addStretch(1)
        return box

    # sections ----------------------------------------------------------------------------------
    def show_section(self, key: str) -> None:
        """Show the tab ``key`` (one of SECTIONS)."""
        self.tabs.setCurrentIndex(SECTIONS.index(key))

    def current_section(self) -> str:
        return SECTIONS[self.tabs.currentIndex()]

    # loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fresh data; what was typed and not yet saved stays (ux.md: typed input is never lost)."""
        if not self.traeger_form.is_modified():
            self.traeger_form.load()
        if not self._allgemein_modified():
            self._fill_allgemein()
        self._fill_taetigkeiten()
        self._fill_backup()
        self._dirty = self.is_modified()
        self._show_status()

    def _fill_allgemein(self) -> None:
        try:
            self._stored_name = log.get_benutzername(self.db)
        except ServiceError:
            self._stored_name = ""
        self.allgemein.name_edit.setText(self._stored_name)
        self.allgemein.name_hint.setText(
            self.tr("Wird mit jeder Änderung gespeichert, zusammen mit dem Benutzerkonto „%1“.").replace(
                "%1", log.os_benutzer()
            )
        )
        combo = self.allgemein.language_combo
        combo.setCurrentIndex(max(0, combo.findData(stored_language())))
        self.allgemein.clear_errors()

    def _fill_taetigkeiten(self) -> None:
        rows = list_taetigkeiten(self.db)
        self.taetigkeiten_list.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self.taetigkeiten_list.setItem(number, 0, QTableWidgetItem(row.name))
            count = QTableWidgetItem(format_number(Decimal(row.einsaetze), 0))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.taetigkeiten_list.setItem(number, 1, count)

    def _fill_backup(self) -> None:
        try:
            self.folder_edit.setText(str(backup_folder(self.db)))
        except ServiceError as error:
            self.folder_edit.setText(localized(error.message))
        self.last_backup_label.setText(backup_dialogs.last_backup_text(self.db))

    # saving ------------------------------------------------------------------------------------
    def is_modified(self) -> bool:
        return self.traeger_form.is_modified() or self._allgemein_modified()

    def _allgemein_modified(self) -> bool:
        name = " ".join(self.allgemein.name_edit.text().split())
        return name != self._stored_name or self.allgemein.language_combo.currentData() != stored_language()

    def save_current(self) -> None:
        """Strg+S (the main window's Bearbeiten → Speichern)."""
        self.save()

    def save(self) -> bool:
        """Store the Träger and the Allgemein tab; on an error the tab with the message is shown and nothing
        of that tab is stored. True when everything is stored."""
        if self.db.read_only:
            return False
        traeger_changed = False
        if self.traeger_form.is_modified():
            if not self.traeger_form.save():
                self.show_section("traeger")
                self._show_status(self.tr("Nicht gespeichert – bitte die markierten Angaben prüfen."), error=True)
                return False
            if self.traeger_form.changed_on_save() and self.traeger_form.after is not None:
                push_traeger_edit(self.undo_stack, self.db, self.traeger_form.before, self.traeger_form.after, self)
                traeger_changed = True
        language_changed = False
        name = " ".join(self.allgemein.name_edit.text().split())
        try:
            if name != self._stored_name:
                log.set_benutzername(self.db, name)
        except InputErrors as error:
            self.allgemein.show_errors(error.by_field())
            self.show_section("allgemein")
            self._show_status(self.tr("Nicht gespeichert – bitte die markierten Angaben prüfen."), error=True)
            return False
        except ServiceError as error:
            self.allgemein.show_errors({"": error.message})
            self.show_section("allgemein")
            return False
        language = self.allgemein.language_combo.currentData()
        if language != stored_language():
            QSettings().setValue(LANGUAGE_SETTING, language)
            language_changed = True
        self._fill_allgemein()
        self._dirty = False
        if language_changed:
            self._show_status(self.tr("Gespeichert. Die neue Sprache gilt ab dem nächsten Start."))
        else:
            self._show_status(self.tr("Gespeichert."))
        if traeger_changed:
            self.data_changed.emit()
        return True

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True
        self._show_status()

    def _show_status(self, text: str = "", error: bool = False) -> None:
        if not text and self._dirty:
            text = self.tr("Noch nicht gespeichert")
        if not text and self.db.read_only:
            text = self.tr("Nur ansehen – Änderungen sind gesperrt")
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        if not error and text:
            set_muted(self.status_label)

    # the other dialogs -------------------------------------------------------------------------
    def edit_taetigkeiten(self) -> None:
        from lotsendesk.ui.taetigkeiten_dialog import TaetigkeitenDialog

        TaetigkeitenDialog(self.db, self.undo_stack, self).exec()
        self._fill_taetigkeiten()
        self.data_changed.emit()  # a renamed Tätigkeit shows on the Einsätze page

    def change_backup_folder(self) -> None:
        backup_dialogs.backup_settings_dialog(self, self.db)
        self._fill_backup()

    def backup_now(self) -> None:
        if backup_dialogs.create_backup_dialog(self, self.db):
            self._fill_backup()
