"""The attendance grid of a course: a row per participant, a checkable column per Termin (header: its date), then
UE besucht, % and Zertifikat.

A tick is stored at once: ``setData(…, CheckStateRole)`` asks ``on_toggle(teilnahme_id, termin_id, present)``
(set by the page, which calls the service and keeps the undo stack) and the page hands back the fresh course.
Below the attendance threshold the % cell says so in words and in colour (never colour only).
"""

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_number
from lotsendesk.services.kurse import KursDetail, TeilnehmerRow, TerminRow
from lotsendesk.ui.tables import RecordsModel

NAME = 0  # then one column per Termin, then the three below (counted from the end)
TRAILING = 3
BELOW_COLOUR = QColor("#b00020")
OK_COLOUR = QColor("#1e7b34")
SHORT_HEADERS_FROM = 9  # with this many Termine the headers drop the year
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class TeilnahmeModel(RecordsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[TeilnehmerRow] = []
        self.termine: list[TerminRow] = []
        self.detail: KursDetail | None = None
        self.on_toggle: Callable[[int, int, bool], bool] | None = None
        self._headers = ()

    # shape -----------------------------------------------------------------------------------------------------
    def set_detail(self, detail: KursDetail | None) -> None:
        """Show a course. The same people and Termine as before: cells change in place (the current cell and the
        keyboard focus stay where they are); otherwise the grid is rebuilt."""
        rows = list(detail.teilnehmende) if detail else []
        termine = list(detail.termine) if detail else []
        same_shape = [r.id for r in rows] == [r.id for r in self.rows] and [t.id for t in termine] == [
            t.id for t in self.termine
        ]
        if same_shape and self.rows:
            self.detail, self.rows, self.termine = detail, rows, termine
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self.detail, self.rows, self.termine = detail, rows, termine
        self.endResetModel()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.termine) + TRAILING

    @property
    def besucht_column(self) -> int:
        return 1 + len(self.termine)

    @property
    def prozent_column(self) -> int:
        return 2 + len(self.termine)

    @property
    def zertifikat_column(self) -> int:
        return 3 + len(self.termine)

    def termin_of_column(self, column: int) -> TerminRow | None:
        return self.termine[column - 1] if 1 <= column <= len(self.termine) else None

    def column_of_termin(self, termin_id: int) -> int:
        return next((i + 1 for i, t in enumerate(self.termine) if t.id == termin_id), -1)

    def row_at(self, position: int) -> TeilnehmerRow:
        return self.rows[position]

    def row_of_id(self, teilnahme_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == teilnahme_id), -1)

    # headers ---------------------------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        termin = self.termin_of_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME:
                return self.tr("Teilnehmende")
            if termin is not None:
                if len(self.termine) >= SHORT_HEADERS_FROM:
                    return termin.data.datum.strftime("%d.%m.")
                return format_date(termin.data.datum)
            if section == self.besucht_column:
                return self.tr("UE besucht")
            if section == self.prozent_column:
                return self.tr("Anwesenheit")
            if section == self.zertifikat_column:
                return self.tr("Zertifikat")
        if role == Qt.ItemDataRole.ToolTipRole and termin is not None:
            present = sum(1 for r in self.rows if termin.id in r.anwesend)
            text = (
                self.tr("%1, %2 UE – anwesend: %3 von %4")
                .replace("%1", format_date(termin.data.datum))
                .replace("%2", str(termin.data.ue))
                .replace("%3", str(present))
                .replace("%4", str(len(self.rows)))
            )
            return f"{text}\n{termin.data.thema}" if termin.data.thema else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if termin is not None:
                return ALIGN_CENTER
            if section in (self.besucht_column, self.prozent_column):
                return ALIGN_RIGHT
        return None

    # cells -----------------------------------------------------------------------------------------------------
    def _started(self) -> bool:
        """The course's first Termin has come."""
        return self.detail is not None and self.detail.von is not None and self.detail.von <= self.detail.today

    def below(self, row: TeilnehmerRow) -> bool:
        """Marked as below the threshold: once someone was ticked at all or the course is over (before the course
        everyone is at 0 % and nobody needs a warning)."""
        course_over = self.detail is not None and self.detail.vorbei
        return not row.ausreichend and bool(self.termine) and (bool(row.anwesend) or course_over)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.termin_of_column(index.column()) is not None and self.rows[index.row()].zertifikat_am is None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        termin = self.termin_of_column(column)
        if termin is not None:
            return self._termin_data(row, termin, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return f"{row.nr} – {row.name}" if row.nr else row.name
            if column == self.besucht_column:
                total = self.detail.ue if self.detail else 0
                return self.tr("%1 von %2").replace("%1", str(row.ue_besucht)).replace("%2", str(total))
            if column == self.prozent_column:
                if not row.anwesend and not self._started():
                    return "–"  # before the first Termin, 0 % would read like a fault
                percent = format_number(row.prozent, 1) + " %"
                if self.below(row):
                    return self.tr("%1 – unter %2 %").replace("%1", percent).replace("%2", self._threshold())
                return percent
            if column == self.zertifikat_column:
                return format_date(row.zertifikat_am) if row.zertifikat_am else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.besucht_column, self.prozent_column):
                return ALIGN_RIGHT
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.prozent_column:
            if self.below(row):
                return QBrush(BELOW_COLOUR)
            if row.ausreichend:
                return QBrush(OK_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.prozent_column and self.below(row):
                return self.tr("Für ein Zertifikat sind mindestens %1 % der UE nötig.").replace("%1", self._threshold())
            if column == self.zertifikat_column and row.zertifikat_am:
                return self.tr("Zertifikat ausgestellt am %1").replace("%1", format_date(row.zertifikat_am))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _termin_data(self, row: TeilnehmerRow, termin: TerminRow, role: int):
        present = termin.id in row.anwesend
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole or role == Qt.ItemDataRole.ToolTipRole:
            text = (
                (self.tr("%1 am %2: anwesend") if present else self.tr("%1 am %2: nicht anwesend"))
                .replace("%1", row.name)
                .replace("%2", format_date(termin.data.datum))
            )
            if role == Qt.ItemDataRole.ToolTipRole and row.zertifikat_am:
                text += "\n" + self.tr("Das Zertifikat ist ausgestellt; zum Ändern zuerst zurücknehmen.")
            return text
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        termin = self.termin_of_column(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.CheckStateRole or termin is None or self.on_toggle is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        present = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        row = self.rows[index.row()]
        if present == (termin.id in row.anwesend):
            return True
        return self.on_toggle(row.id, termin.id, present)

    def _threshold(self) -> str:
        return str(self.detail.data.mindestanwesenheit) if self.detail else "80"


class CenteredCheckDelegate(QStyledItemDelegate):
    """The attendance boxes in the middle of their date column: click the box or press Space on the cell."""

    def _check_rect(self, option: QStyleOptionViewItem) -> QRect:
        style = option.widget.style() if option.widget else QApplication.style()
        probe = QStyleOptionViewItem(option)
        probe.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, probe, option.widget)
        rect.moveCenter(option.rect.center())
        return rect

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        check = QStyleOptionViewItem(opt)
        check.rect = self._check_rect(option)
        check.state &= ~QStyle.StateFlag.State_HasFocus
        checked = Qt.CheckState(state) == Qt.CheckState.Checked
        check.state |= QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            check.state &= ~QStyle.StateFlag.State_Enabled
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check, painter, opt.widget)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is None or not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return super().editorEvent(event, model, option, index)
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease):
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton or not self._check_rect(option).contains(
                event.position().toPoint()
            ):
                return False
            if kind != QEvent.Type.MouseButtonRelease:
                return True  # the press selects nothing else; the release toggles
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        checked = Qt.CheckState(state) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)
