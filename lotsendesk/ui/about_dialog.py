"""Hilfe → Über LotsenDesk: version, what it is, its license, and every piece of software it ships with.

The third-party list is read at run time from the installed packages (importlib.metadata), so it always matches
what is really there. In a PyInstaller bundle that needs the packages' ``*.dist-info`` folders collected
(``copy_metadata`` in build.spec); without them a package is still listed, with "nicht ermittelbar".
"""

import platform
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lotsendesk import __version__
from lotsendesk.paths import resources_dir

# pyproject.toml [project] – used when the bundle carries no metadata of LotsenDesk itself (a test keeps them equal)
OWN_LICENSE = "GPL-3.0-or-later"
RUNTIME_DEPENDENCIES = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "babel",
    "platformdirs",
    "schwifty",
    "reportlab",
    "pypdfium2",
    "pypdf",
    "openpyxl",
    "sepaxml",
    "xmlschema",
    "cryptography",
)
# Qt for Python is offered under LGPL or GPL; LotsenDesk uses it (and Qt) under the LGPL v3.
_LGPL_PACKAGES = {"pyside6-essentials", "shiboken6"}
_LICENSE_NAMES = ("LICEN", "COPYING", "NOTICE")


def _licenses_dir() -> Path:
    return resources_dir() / "licenses"


@dataclass(frozen=True)
class Component:
    """One piece of shipped software: name, version, license and the files with its license text."""

    name: str
    version: str
    license: str
    texts: tuple[Path, ...] = field(default=())


def _norm(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _requirement_name(requirement: str) -> tuple[str, str]:
    """``"pillow>=9; extra == 'x'"`` → ("pillow", "extra == 'x'")."""
    spec, _, marker = requirement.partition(";")
    name = spec.strip()
    for stop in "[<>=!~ (":
        name = name.split(stop, 1)[0]
    return name.strip(), marker.strip()


def _marker_applies(marker: str) -> bool | None:
    """Whether an environment marker holds here; None if it cannot be told (``packaging`` is not shipped)."""
    if not marker:
        return True
    if "extra" in marker:
        return False  # optional extras are not installed for LotsenDesk
    try:
        from packaging.markers import Marker
    except ImportError:
        return None
    return Marker(marker).evaluate()


def license_of(meta) -> str:
    """The short license name a package declares: License-Expression, else a short License field, else its
    classifiers; "siehe Lizenztext" / "nicht angegeben" when there is nothing usable."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) <= 60 and declared.upper() != "UNKNOWN":
        return declared
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    classifiers = [c for c in classifiers if c != "OSI Approved"]
    if classifiers:
        return " / ".join(classifiers)
    if declared:
        return QCoreApplication.translate("AboutDialog", "siehe Lizenztext")
    return QCoreApplication.translate("AboutDialog", "nicht angegeben")


def license_files(dist: metadata.Distribution) -> tuple[Path, ...]:
    """The license texts a package ships: LICENSE/COPYING/NOTICE files listed in its RECORD, or (if the RECORD is
    missing, as it may be in a bundle) those in its .dist-info folder."""
    found: list[Path] = []
    for entry in dist.files or ():
        parts = entry.parts
        in_licenses = any(p.endswith(".dist-info") for p in parts) and "licenses" in parts
        if in_licenses or entry.name.upper().startswith(_LICENSE_NAMES):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                found.append(path)
    info = getattr(dist, "_path", None)  # PathDistribution: the .dist-info folder
    if not found and info is not None and Path(info).is_dir():
        found = [p for p in sorted(Path(info).rglob("*")) if p.is_file() and p.name.upper().startswith(_LICENSE_NAMES)]
        licenses = Path(info) / "licenses"
        if licenses.is_dir():
            found += [p for p in sorted(licenses.rglob("*")) if p.is_file() and p not in found]
    return tuple(found)


def _dependency_names() -> list[str]:
    try:
        requires = metadata.requires("lotsendesk")
    except metadata.PackageNotFoundError:
        requires = None
    if not requires:
        return list(RUNTIME_DEPENDENCIES)
    return [name for name, marker in map(_requirement_name, requires) if _marker_applies(marker) is not False]


def runtime_components() -> list[Component]:
    """Every package LotsenDesk needs at run time (its dependencies and theirs, as installed), plus Qt and the
    DejaVu fonts; sorted by name."""
    components: dict[str, Component] = {}
    pending = _dependency_names()
    while pending:
        name = pending.pop(0)
        key = _norm(name)
        if key in components:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if name in RUNTIME_DEPENDENCIES:  # a direct dependency must be there: say that its data is missing
                unknown = QCoreApplication.translate("AboutDialog", "nicht ermittelbar")
                components[key] = Component(name, unknown, unknown)
            continue  # an optional or platform-specific dependency that is not installed here
        texts = license_files(dist)
        license_name = license_of(dist.metadata)
        if key in _LGPL_PACKAGES:
            license_name = QCoreApplication.translate("AboutDialog", "LGPL-3.0-only (genutzt unter der LGPL v3)")
            texts = (_licenses_dir() / "LGPL-3.0.txt", _licenses_dir() / "GPL-3.0.txt", *texts)
        version = dist.version or QCoreApplication.translate("AboutDialog", "nicht ermittelbar")  # no METADATA
        components[key] = Component(dist.metadata["Name"] or name, version, license_name, texts)
        for requirement in dist.requires or ():
            sub, marker = _requirement_name(requirement)
            applies = _marker_applies(marker)
            if applies is None:  # no way to evaluate: list it if it is installed
                applies = True
            if applies:
                pending.append(sub)
    components["qt"] = Component(
        "Qt",
        qVersion(),
        "LGPL-3.0-only",
        (_licenses_dir() / "LGPL-3.0.txt", _licenses_dir() / "GPL-3.0.txt"),
    )
    dejavu = resources_dir() / "fonts" / "LICENSE-DejaVu.txt"
    components["dejavu"] = Component(
        QCoreApplication.translate("AboutDialog", "DejaVu-Schriften (in den PDF-Dokumenten)"),
        _dejavu_version(),
        "Bitstream Vera / Arev (frei)",
        (dejavu,),
    )
    return sorted(components.values(), key=lambda c: c.name.lower())


def _dejavu_version() -> str:
    """The version written into the bundled font's name table (ID 5, e.g. "Version 2.37" → "2.37")."""
    import struct

    try:
        data = (resources_dir() / "fonts" / "DejaVuSans.ttf").read_bytes()
        (tables,) = struct.unpack(">H", data[4:6])
        for index in range(tables):
            tag, _checksum, offset, _length = struct.unpack(">4sIII", data[12 + 16 * index : 28 + 16 * index])
            if tag != b"name":
                continue
            _format, count, strings = struct.unpack(">HHH", data[offset : offset + 6])
            for record in range(count):
                at = offset + 6 + 12 * record
                platform_id, _enc, _lang, name_id, length, start = struct.unpack(">HHHHHH", data[at : at + 12])
                if name_id == 5:
                    raw = data[offset + strings + start : offset + strings + start + length]
                    text = raw.decode("utf-16-be" if platform_id in (0, 3) else "latin-1", errors="replace")
                    return text.removeprefix("Version ").strip()
    except (OSError, struct.error):  # the version is a nicety; never fail the About dialog for it
        pass
    return ""


def own_license() -> str:
    try:
        meta = metadata.metadata("lotsendesk")
    except metadata.PackageNotFoundError:
        return OWN_LICENSE
    return meta.get("License-Expression") or meta.get("License") or OWN_LICENSE


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Über LotsenDesk"))
        self.resize(900, 620)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_about(db_path), self.tr("LotsenDesk"))
        self.tabs.addTab(self._build_licenses(), self.tr("Verwendete Software und Lizenzen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    # first tab ---------------------------------------------------------------------------------
    def _build_about(self, db_path: Path | None) -> QWidget:
        page = QWidget()
        icon = QLabel()
        icon.setPixmap(QIcon(str(resources_dir() / "icons" / "lotsendesk.svg")).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.license_name = own_license()
        text = (
            self.tr(
                "<h2>LotsenDesk %1</h2>"
                "<p>LotsenDesk hilft Trägern von Projekten mit WIR-Integrationslots*innen in Hessen "
                "(Landesprogramm „WIR – Vielfalt und Teilhabe“): Lots*innen und ihre Einsätze erfassen, "
                "Aufwandsentschädigungen berechnen und auszahlen, Qualifizierungen abrechnen und den "
                "Verwendungsnachweis erstellen. Es arbeitet ohne Internet; alle Daten bleiben auf diesem "
                "Rechner.</p>"
                "<p><b>Lizenz:</b> %2 – LotsenDesk ist freie Software. Sie dürfen es weitergeben und verändern, "
                "wie es die GNU General Public License, Version 3 oder (nach Ihrer Wahl) jede spätere Version, "
                "erlaubt. Es wird ohne jede Gewährleistung bereitgestellt.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.license_name)
        )
        self.about_label = QLabel(text)
        self.about_label.setWordWrap(True)
        self.about_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.about_label.setAccessibleName(self.tr("Über LotsenDesk"))
        details = self.tr("Python %1 · Qt %2 · %3").replace("%1", platform.python_version())
        details = details.replace("%2", qVersion()).replace("%3", platform.platform(terse=True))
        self.details_label = QLabel(details)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_label = QLabel(self.tr("Datenbank: %1").replace("%1", str(db_path)) if db_path else "")
        self.db_label.setWordWrap(True)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_license_button = QPushButton(self.tr("&Lizenztext von LotsenDesk…"))
        self.own_license_button.setAutoDefault(False)
        self.own_license_button.clicked.connect(self.show_own_license)
        self.third_party_button = QPushButton(self.tr("&Verwendete Software…"))
        self.third_party_button.setAutoDefault(False)
        self.third_party_button.clicked.connect(lambda: self.tabs.setCurrentIndex(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.own_license_button)
        buttons.addWidget(self.third_party_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.about_label)
        column.addWidget(self.details_label)
        column.addWidget(self.db_label)
        column.addLayout(buttons)
        column.addStretch(1)
        row = QHBoxLayout(page)
        row.setContentsMargins(16, 16, 16, 16)
        row.setSpacing(16)
        row.addWidget(icon)
        row.addLayout(column, 1)
        return page

    # second tab --------------------------------------------------------------------------------
    def _build_licenses(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "LotsenDesk enthält die folgenden Programmteile anderer Autor*innen. Wählen Sie eine Zeile, um "
                "ihren Lizenztext zu lesen."
            )
        )
        intro.setWordWrap(True)
        self.components = runtime_components()
        self.table = QTableWidget(len(self.components), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Version"), self.tr("Lizenz")])
        self.table.setAccessibleName(self.tr("Verwendete Software"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        for row, component in enumerate(self.components):
            for column, value in enumerate((component.name, component.version, component.license)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_component())

        self.file_combo = QComboBox()
        self.file_combo.setAccessibleName(self.tr("Lizenzdatei"))
        self.file_combo.currentIndexChanged.connect(lambda _i: self._show_file())
        file_label = QLabel(self.tr("&Datei:"))
        file_label.setBuddy(self.file_combo)
        self.license_text = QPlainTextEdit()
        self.license_text.setReadOnly(True)
        self.license_text.setAccessibleName(self.tr("Lizenztext"))
        self.license_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_combo, 1)
        text_layout.addLayout(file_row)
        text_layout.addWidget(self.license_text, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(text_box)
        splitter.setSizes([250, 250])
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        if self.components:
            self.table.selectRow(0)
        return page

    def select_component(self, name: str) -> bool:
        for row, component in enumerate(self.components):
            if _norm(component.name) == _norm(name):
                self.tabs.setCurrentIndex(1)
                self.table.selectRow(row)
                return True
        return False

    def show_own_license(self) -> None:
        """LotsenDesk's own license text (the GPL v3) in the text view of the second tab."""
        self.tabs.setCurrentIndex(1)
        self.table.clearSelection()
        self._fill_files((_licenses_dir() / "GPL-3.0.txt",))

    def _show_component(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._fill_files(self.components[rows[0].row()].texts)

    def _fill_files(self, texts: tuple[Path, ...]) -> None:
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        for path in texts:
            self.file_combo.addItem(_file_label(path), str(path))
        self.file_combo.blockSignals(False)
        self.file_combo.setEnabled(len(texts) > 1)
        self._show_file()

    def _show_file(self) -> None:
        path = self.file_combo.currentData()
        if not path:
            self.license_text.setPlainText(
                self.tr(
                    "Dieses Paket liefert keinen eigenen Lizenztext mit. Die Lizenz steht in der Liste oben; "
                    "ihren Wortlaut finden Sie auf der Seite des Projekts."
                )
            )
            return
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            text = self.tr("Die Datei „%1“ lässt sich nicht lesen (%2).").replace("%1", path)
            text = text.replace("%2", error.strerror or str(error))
        self.license_text.setPlainText(text)


def _file_label(path: Path) -> str:
    """``…/reportlab-5.1.0.dist-info/licenses/LICENSE`` → ``licenses/LICENSE``: short, but tells files apart."""
    parts = path.parts
    for index, part in enumerate(parts):
        if part.endswith(".dist-info") or part in ("site-packages", "resources"):
            tail = parts[index + 1 :]
            if tail:
                return "/".join(tail)
    return path.name


if __name__ == "__main__":  # a quick look: uv run python -m lotsendesk.ui.about_dialog
    from lotsendesk.ui.app import make_app

    app = make_app()
    AboutDialog().exec()
    sys.exit(0)
