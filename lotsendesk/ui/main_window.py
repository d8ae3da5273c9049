"""The main window: sidebar of pages, menus, status bar, one undo stack for every edit."""

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from lotsendesk.paths import resources_dir
from lotsendesk.services.database import Database
from lotsendesk.services.lotsen import list_lotse_refs
from lotsendesk.ui import backup_dialogs
from lotsendesk.ui.icons import icon
from lotsendesk.ui.page import Page
from lotsendesk.ui.taetigkeiten_dialog import TaetigkeitenDialog

# Ctrl+1…8 follow the sidebar order of ux.md (the year's work first, the documents, the Einstellungen last).
PAGE_KEYS = ("uebersicht", "lotsen", "einsaetze", "auszahlungen", "foerderjahr", "kurse", "berichte", "einstellungen")
PAGE_SHORTCUTS = {key: number for number, key in enumerate(PAGE_KEYS, start=1)}
_ICONS = {
    "uebersicht": "overview.svg",
    "lotsen": "people.svg",
    "einsaetze": "clock.svg",
    "auszahlungen": "payout.svg",
    "foerderjahr": "grant.svg",
    "berichte": "report.svg",
    "kurse": "course.svg",
    "einstellungen": "settings.svg",
}


def _uebersicht(db: Database, stack: QUndoStack) -> Page:
    from lotsendesk.ui.uebersicht_page import UebersichtPage

    return UebersichtPage(db, stack)


def _lotsen(db: Database, stack: QUndoStack) -> Page:
    from lotsendesk.ui.lotsen_page import LotsenPage

    return LotsenPage(db, stack)


def _einsaetze(db: Database, stack: QUndoStack) -> Page:
    from lotsendesk.ui.einsaetze_page import EinsaetzePage

    return EinsaetzePage(db, stack)


def _auszahlungen(db: Database, stack: QUndoStack) -> Page:
    from lotsendesk.ui.auszahlungen_page import AuszahlungenPage

    return AuszahlungenPage(db, stack)


def _foerderjahr(db: Database, stack: QUndoStack) -> Page:
    from lotsendesk.ui.foerderjahr_page import FoerderjahrPage

    return FoerderjahrPage(db, stack)


def _berichte(db: Database, stack: QUndoStack) -> Page:
    from lotsendesk.ui.berichte_page import BerichtePage

    return BerichtePage(db, stack)


def _kurse(db: Database, stack: QUndoStack) -> Page:
    from lotsendesk.ui.kurse_page import KursePage

    return KursePage(db, stack)


def _einstellungen(db: Database, stack: QUndoStack) -> Page:
    from lotsendesk.ui.einstellungen_page import EinstellungenPage

    return EinstellungenPage(db, stack)


_FACTORIES: dict[str, Callable[[Database, QUndoStack], Page]] = {
    "uebersicht": _uebersicht,
    "lotsen": _lotsen,
    "einsaetze": _einsaetze,
    "auszahlungen": _auszahlungen,
    "foerderjahr": _foerderjahr,
    "berichte": _berichte,
    "kurse": _kurse,
    "einstellungen": _einstellungen,
}


class MainWindow(QMainWindow):
    def __init__(self, db: Database, demo: bool = False) -> None:
        super().__init__()
        self.db = db
        self.demo = demo
        self.undo_stack = QUndoStack(self)
        title = self.tr("LotsenDesk")
        demo_suffix = self.tr("Demo")
        self.setWindowTitle(f"{title} – {demo_suffix}" if demo else title)
        if db.read_only:  # "Nur ansehen": someone else has the file open
            view_only = self.tr("Nur ansehen")
            self.setWindowTitle(f"{self.windowTitle()} – {view_only}")
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "lotsendesk.svg")))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Seiten"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        self._built: dict[str, Page] = {}
        labels = {
            "uebersicht": self.tr("Übersicht"),
            "lotsen": self.tr("Lots*innen"),
            "einsaetze": self.tr("Einsätze"),
            "auszahlungen": self.tr("Auszahlungen"),
            "foerderjahr": self.tr("Förderjahr"),
            "berichte": self.tr("Berichte"),
            "kurse": self.tr("Qualifizierungen"),
            "einstellungen": self.tr("Einstellungen"),
        }
        for key in PAGE_KEYS:
            item = QListWidgetItem(icon(_ICONS[key].removesuffix(".svg")), labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(170, 36))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._stale: set[str] = set()
        self._build_menus()
        from lotsendesk.ui.keys import install_save_shortcuts

        install_save_shortcuts()  # Strg+S = Speichern in every dialog
        # undo/redo changed data behind every page's back: reload the visible one, the others when shown
        self.undo_action.triggered.connect(self._reload_all)
        self.redo_action.triggered.connect(self._reload_all)
        self.db_label = db_label = QLabel(self.tr("Datenbank: %1").replace("%1", str(db.path)))
        db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(db_label)
        if db.read_only:
            from lotsendesk.services.database import read_only_status
            from lotsendesk.ui.i18n import localized

            owner = db.read_only_owner
            self.read_only_label = QLabel(
                localized(read_only_status(owner)) if owner else self.tr("Nur ansehen – Änderungen sind gesperrt")
            )
            self.read_only_label.setStyleSheet("QLabel { background: #f2b134; padding: 2px 8px; font-weight: bold; }")
            self.statusBar().addWidget(self.read_only_label)
        else:  # keep the lock fresh: a lock not refreshed for lock.STALE_AFTER may be taken over elsewhere
            from PySide6.QtCore import QTimer

            from lotsendesk.services import lock

            self.lock_timer = QTimer(self)
            self.lock_timer.timeout.connect(lambda: lock.refresh(self.db.path))
            self.lock_timer.start(lock.REFRESH_EVERY_MS)
        backup_text = self.tr("Demo: keine automatische Sicherung") if demo else backup_dialogs.last_backup_text(db)
        self.backup_label = QLabel(backup_text)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.resize(1280, 720)
        self._restore_geometry()
        # Typing hours needs people first: a new database opens where they are added.
        self.show_page("uebersicht" if list_lotse_refs(db) else "lotsen")

    # pages -------------------------------------------------------------------------------------
    # A page is built (and its module imported) when it is first shown: start-up pays only for the first one.
    def page(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = _FACTORIES[key](self.db, self.undo_stack)
            self.stack.addWidget(page)
            page.data_changed.connect(self._on_data_changed)
            if key == "uebersicht":
                page.open_target.connect(self.open_target)  # type: ignore[attr-defined]
                page.quick_action.connect(self.quick_action)  # type: ignore[attr-defined]
            elif key == "kurse":
                page.open_document.connect(self.open_course_document)  # type: ignore[attr-defined]
            self._stale.add(key)
        return page

    @property
    def pages(self) -> dict[str, Page]:
        """Every page, built if need be, in sidebar order."""
        return {key: self.page(key) for key in PAGE_KEYS}

    @property
    def uebersicht_page(self):
        return self.page("uebersicht")

    @property
    def lotsen_page(self):
        return self.page("lotsen")

    @property
    def einsaetze_page(self):
        return self.page("einsaetze")

    @property
    def auszahlungen_page(self):
        return self.page("auszahlungen")

    @property
    def foerderjahr_page(self):
        return self.page("foerderjahr")

    @property
    def berichte_page(self):
        return self.page("berichte")

    @property
    def kurse_page(self):
        return self.page("kurse")

    @property
    def einstellungen_page(self):
        return self.page("einstellungen")

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def show_page_reloaded(self, key: str) -> None:
        """Show a page with freshly loaded data, loading it exactly once (the self-test times this)."""
        page = self.page(key)
        self._stale.discard(key)
        self.show_page(key)
        page.reload()

    def open_target(self, kind: str, ident: int) -> None:
        """A Prüfhinweis was opened: show the record it names."""
        if kind == "lotse":
            self.show_page("lotsen")
            self.lotsen_page.select_id(ident)
        elif kind == "foerderjahr":
            self.show_page("foerderjahr")
            self.foerderjahr_page.show_jahr(ident)
        elif kind == "auszahlung":
            self.show_page("auszahlungen")
            self.auszahlungen_page.select_id(ident)
        elif kind == "einsatz":
            self.show_page("einsaetze")
            self.einsaetze_page.select_einsatz(ident)
        elif kind == "kurs":
            self.show_page("kurse")
            self.kurse_page.select_id(ident)

    def open_course_document(self, kind: str, kurs_id: int) -> None:
        """A course's document button on the Qualifizierungen page: the Berichte page with it preselected."""
        self.show_page("berichte")
        self.berichte_page.show_course_document(kind, kurs_id)

    def quick_action(self, action: str, jahr: int) -> None:
        """A quick action of the Übersicht: the page that does it, with the action started there (the page's
        own new_record, so it behaves like Strg+N on that page)."""
        if action == "einsaetze_erfassen":
            self.show_page("einsaetze")
            self.einsaetze_page.new_record()
        elif action == "auszahlung_vorbereiten":
            self.show_page("auszahlungen")
            self.auszahlungen_page.new_record()
        elif action == "foerderjahr_anlegen":
            self.show_page("foerderjahr")
            self.foerderjahr_page.new_record()
        elif action == "verwendungsnachweis":  # the Berichte page with the year's Verwendungsnachweis chosen
            self.show_page("berichte")
            page = self.berichte_page
            page.kind_box.setCurrentIndex(page.kind_box.findData("verwendungsnachweis"))
            if page.vn_year.findData(jahr) >= 0:
                page.vn_year.setCurrentIndex(page.vn_year.findData(jahr))
            page.kind_box.setFocus()

    def current_page(self) -> Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _show_row(self, row: int) -> None:
        key = PAGE_KEYS[row]
        page = self.page(key)
        if key in self._stale:
            page.reload()
            self._stale.discard(key)
        self.stack.setCurrentWidget(page)
        self._update_page_actions()

    def _on_data_changed(self) -> None:
        """A page edited data (and refreshed itself): the others reload when shown."""
        sender = self.sender()
        self._stale.update(key for key, page in self._built.items() if page is not sender)

    def _reload_all(self) -> None:
        current = self.current_page()
        self._stale.update(key for key, page in self._built.items() if page is not current)
        current.reload()

    # menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        act = file_menu.addAction(self.tr("Lots*innen &importieren…"))
        act.triggered.connect(lambda: self._import("lotsen"))
        self.import_einsaetze_action = file_menu.addAction(self.tr("&Einsätze importieren…"))
        self.import_einsaetze_action.triggered.connect(lambda: self._import("einsaetze"))
        file_menu.addSeparator()
        self.create_timesheets_action = file_menu.addAction(self.tr("Stundenzettel &erstellen…"))
        self.create_timesheets_action.triggered.connect(self._create_timesheets)
        self.import_timesheets_action = file_menu.addAction(self.tr("Stundenzettel ei&nlesen…"))
        self.import_timesheets_action.triggered.connect(self._import_timesheets)
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("&Sicherung erstellen…"))
        self.backup_action.triggered.connect(self._create_backup)
        self.restore_action = file_menu.addAction(self.tr("Sicherung &wiederherstellen…"))
        self.restore_action.triggered.connect(self._restore_backup)
        act = file_menu.addAction(self.tr("Sicherungen &einstellen…"))
        act.triggered.connect(lambda: backup_dialogs.backup_settings_dialog(self, self.db))
        file_menu.addSeparator()
        act = file_menu.addAction(self.tr("&Beenden"))
        act.setShortcut(QKeySequence.StandardKey.Quit)
        act.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Rückgängig"))
        self.undo_action.setShortcuts([QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Wiederholen"))
        self.redo_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
            ]
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        act = edit_menu.addAction(self.tr("&Tätigkeiten bearbeiten…"))
        act.triggered.connect(self._edit_taetigkeiten)
        self.protokoll_action = edit_menu.addAction(self.tr("&Protokoll aller Änderungen…"))
        self.protokoll_action.triggered.connect(self._show_protokoll)
        edit_menu.addSeparator()
        self._build_page_actions(edit_menu)

        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        for key, number in PAGE_SHORTCUTS.items():
            item = self.sidebar.item(PAGE_KEYS.index(key))
            action = QAction(item.icon(), item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            view_menu.addAction(action)
            self.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        self.help_action = help_menu.addAction(self.tr("&Hilfe zu LotsenDesk"))
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.triggered.connect(self.show_help)
        help_menu.addSeparator()
        self.about_action = act = help_menu.addAction(self.tr("Ü&ber LotsenDesk"))
        act.triggered.connect(self._about)

    def _build_page_actions(self, menu) -> None:
        """Strg+N, Strg+F, Strg+S and Entf act on the current page, through the methods it offers (new_record,
        focus_search, save_current, delete_selection); a page without one leaves the action disabled."""
        self.page_actions: dict[str, QAction] = {}
        for method, text, key in (
            ("new_record", self.tr("&Neu…"), QKeySequence.StandardKey.New),
            ("focus_search", self.tr("&Suchen"), QKeySequence.StandardKey.Find),
            ("save_current", self.tr("Spei&chern"), QKeySequence.StandardKey.Save),
            ("delete_selection", self.tr("&Löschen…"), QKeySequence(Qt.Key.Key_Delete)),
        ):
            action = menu.addAction(text)
            action.setShortcut(key)
            action.triggered.connect(lambda _checked=False, m=method: self._page_action(m))
            self.page_actions[method] = action
        self.page_actions["new_record"].setToolTip(self.tr("Neuer Eintrag auf der aktuellen Seite"))

    def _page_action(self, method: str) -> None:
        action = getattr(self.current_page(), method, None)
        if action is not None:
            action()

    def _update_page_actions(self) -> None:
        page = self.current_page()
        for method, action in self.page_actions.items():
            action.setEnabled(getattr(page, method, None) is not None)

    def current_page_key(self) -> str | None:
        return next((key for key, page in self._built.items() if page is self.current_page()), None)

    def show_help(self) -> None:
        """F1: the user guide, opened at the section of the current page (one window, raised again)."""
        from lotsendesk.ui.help_dialog import HelpDialog, page_anchor

        if getattr(self, "help_dialog", None) is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show_section(page_anchor(self.current_page_key()))
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def _import(self, kind: str) -> None:
        from lotsendesk.ui.import_wizard import run_import_dialog  # openpyxl & co. load only when needed (~0,3 s)

        if run_import_dialog(self, self.db, kind, self.undo_stack):
            self._reload_all()

    def _create_timesheets(self) -> None:
        from lotsendesk.ui.stundenzettel_dialog import create_timesheets

        create_timesheets(self, self.db)

    def _import_timesheets(self) -> None:
        from lotsendesk.ui.stundenzettel_dialog import import_timesheets

        if import_timesheets(self, self.db, self.undo_stack):
            self._reload_all()

    def _create_backup(self) -> None:
        if backup_dialogs.create_backup_dialog(self, self.db):
            self.backup_label.setText(backup_dialogs.last_backup_text(self.db))

    def _restore_backup(self) -> None:
        closed: list[bool] = []

        def close() -> None:  # the file can only be replaced with no connection open
            self.db.close()
            closed.append(True)

        backup_dialogs.restore_backup_dialog(self, self.db.path, close)
        if closed:  # restored, or failed after the database was closed: open it again either way
            self.reopen(self.db.path)

    def reopen(self, path) -> None:
        """Open the database at ``path`` again (after a restore) and rebuild every page on it."""
        from lotsendesk.services.database import open_database
        from lotsendesk.services.errors import ServiceError
        from lotsendesk.ui.i18n import localized

        try:
            db = open_database(path)
        except ServiceError as error:
            QMessageBox.critical(self, self.tr("LotsenDesk"), localized(error.message))
            self.close()
            return
        for page in self._built.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._built.clear()
        self._stale.clear()
        self.undo_stack.clear()
        self.db = db
        self.backup_label.setText(backup_dialogs.last_backup_text(db))
        self.sidebar.setCurrentRow(-1)
        self.show_page("uebersicht" if list_lotse_refs(db) else "lotsen")

    def _show_protokoll(self) -> None:
        from lotsendesk.ui.protokoll_dialog import ProtokollDialog

        ProtokollDialog(self.db, parent=self).exec()

    def _edit_taetigkeiten(self) -> None:
        TaetigkeitenDialog(self.db, self.undo_stack, self).exec()
        self._reload_all()

    def _about(self) -> None:
        from lotsendesk.ui.about_dialog import AboutDialog

        AboutDialog(self.db.path, self).exec()

    # geometry ----------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:
        if not self._unsaved_settings_settled():
            event.ignore()
            return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        # the daily Sicherung (at most one a day; none while only looking); a failure is said, a success is quiet
        if not self.demo and not self.db.read_only:
            status = backup_dialogs.backup_on_close(self.db)
            if status is not None and status.failed:
                QMessageBox.warning(self, self.tr("Sicherung"), status)
        super().closeEvent(event)

    def _unsaved_settings_settled(self) -> bool:
        """Before closing: what was typed in the Einstellungen and not saved is saved, dropped or – on
        Abbrechen, or when saving is refused – kept on screen (the window stays open)."""
        page = self._built.get("einstellungen")
        if page is None or self.db.read_only or not page.is_modified():  # type: ignore[attr-defined]
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Einstellungen"),
            self.tr("Die Änderungen in den Einstellungen sind noch nicht gespeichert. Jetzt speichern?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Discard or (answer == buttons.Save and page.save()):  # type: ignore[attr-defined]
            return True
        self.show_page("einstellungen")
        return False
