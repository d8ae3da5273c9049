"""PersonBars: one small bar per Lots*in – abrechenbare Stunden against the personal Jahreshöchstgrenze.

Drawn with QPainter on the viewport of a QAbstractScrollArea (no QtCharts): only the rows in view are painted,
so 200 people scroll as smoothly as 10. Each row: the name, a bar with the hours written on it ("270,75 von
276,00 Std."), the recorded hours, and the state as a word with a colour swatch ("im Rahmen", "95 % erreicht"
from 90 % on, "über der Grenze", "nicht qualifiziert"). Colours are Okabe-Ito (blue as the budget bar's
"abrechenbar", orange, vermillion) and never alone: the state is written out, and hours above the cap are
hatched behind a line that marks the cap. Wide rows put everything on one line; narrow ones (a small window, a
long translation) put the bar and the state on a second line, under the name.

A click, Enter or Space on a row emits ``person_activated(lotse_id)``.
"""

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QToolTip, QWidget

from lotsendesk.domain.formatting import format_hours
from lotsendesk.services.stunden_je_person import (
    FAST_ERREICHT,
    IM_RAHMEN,
    NICHT_ABRECHENBAR,
    UEBER_GRENZE,
    PersonStunden,
)

# Okabe-Ito, with the text colour that reads best on each fill (contrast ≥ 4.5 : 1).
STATE_COLORS = {
    IM_RAHMEN: (QColor("#0072B2"), QColor("white")),
    FAST_ERREICHT: (QColor("#E69F00"), QColor("black")),
    UEBER_GRENZE: (QColor("#D55E00"), QColor("black")),
    NICHT_ABRECHENBAR: (QColor("#999999"), QColor("black")),
}
PAD = 8  # between columns


class PersonBars(QAbstractScrollArea):
    """``set_rows(rows)`` with ``PersonStunden`` (already sorted) and it draws itself."""

    person_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonStunden] = []
        self._hover = -1
        self._current = -1
        self._pressed = -1
        self._names_w = 0  # the widest name, measured once per set_rows
        self._geometry: tuple[tuple[int, str], dict[str, int]] | None = None  # _columns() for (width, font)
        self.empty_text = ""
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(self.tr("Stunden je Lots*in"))

    # data --------------------------------------------------------------------------------------
    def set_rows(self, rows: list[PersonStunden]) -> None:
        self._rows = list(rows)
        self._hover = -1
        self._current = min(self._current, len(self._rows) - 1)
        metrics = self.fontMetrics()
        self._names_w = max((metrics.horizontalAdvance(r.name) for r in self._rows), default=0)
        self._geometry = None
        self.setAccessibleDescription("; ".join(self.row_summary(row) for row in self._rows) or self.empty_text)
        self._update_scrollbar()
        self.viewport().update()

    def rows(self) -> list[PersonStunden]:
        return list(self._rows)

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        if not self._rows:
            self.setAccessibleDescription(text)
        self.viewport().update()

    # texts (what the colours only underline) ---------------------------------------------------
    def bar_text(self, row: PersonStunden) -> str:
        return self.tr("%1 von %2 Std.").replace("%1", format_hours(row.claimable)).replace("%2", format_hours(row.cap))

    def state_text(self, row: PersonStunden) -> str:
        state = row.state
        if state == UEBER_GRENZE:
            return self.tr("über der Grenze")
        if state == FAST_ERREICHT:
            if row.qualified == row.cap:
                return self.tr("Grenze erreicht")
            return self.tr("%1 % erreicht").replace("%1", str(row.qualified * 100 // row.cap))  # 89,9 % is not 90
        if state == NICHT_ABRECHENBAR:
            return self.tr("nicht qualifiziert") if not row.qualifiziert else self.tr("nicht abrechenbar")
        return self.tr("im Rahmen")

    def cap_text(self, row: PersonStunden) -> str:
        if row.rollenwechsel:
            return self.tr("Jahresgrenze %1 Std. (Rollenwechsel im Jahr: nach der Regel des Förderjahres)").replace(
                "%1", format_hours(row.cap)
            )
        if row.koordinierend:
            return self.tr("Jahresgrenze %1 Std. (koordinierende*r Lots*in)").replace("%1", format_hours(row.cap))
        return self.tr("Jahresgrenze %1 Std.").replace("%1", format_hours(row.cap))

    def row_summary(self, row: PersonStunden) -> str:
        """One line for screen readers: name, hours, state."""
        return (
            self.tr("%1: %2 abrechenbar, %3 erfasst, %4")
            .replace("%1", row.name)
            .replace("%2", self.bar_text(row))
            .replace("%3", format_hours(row.recorded))
            .replace("%4", self.state_text(row))
        )

    def tooltip_text(self, row: PersonStunden) -> str:
        lines = [
            row.name,
            self.cap_text(row),
            self.tr("erfasst: %1 Std.").replace("%1", format_hours(row.recorded)),
            self.tr("abrechenbar: %1 Std.").replace("%1", format_hours(row.claimable)),
        ]
        if row.over:
            lines.append(
                self.tr("über der Grenze: %1 Std. (werden nicht ausgezahlt)").replace("%1", format_hours(row.over))
            )
        elif row.cap > row.qualified:
            lines.append(self.tr("noch frei: %1 Std.").replace("%1", format_hours(row.cap - row.qualified)))
        not_counted = row.recorded - row.qualified
        if not_counted > 0:
            if row.qualifiziert:
                text = self.tr("nicht abrechenbar: %1 Std. (vor der Qualifizierung, außerhalb des Zeitraums …)")
            else:
                text = self.tr("nicht abrechenbar: %1 Std. (noch nicht qualifiziert)")
            lines.append(text.replace("%1", format_hours(not_counted)))
        lines.append(self.tr("Klicken öffnet die Lots*in."))
        return "\n".join(lines)

    # geometry ----------------------------------------------------------------------------------
    def _columns(self) -> dict[str, int]:
        """Widths and heights from the font (so it stays right at any DPI, font size and language); computed
        once per width and font, not per row."""
        width = self.viewport().width()
        key = (width, self.font().toString())
        if self._geometry is not None and self._geometry[0] == key:
            return self._geometry[1]
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        line = metrics.height()
        name_w = min(self._names_w + 2 * PAD, 240)
        erfasst_w = max(metrics.horizontalAdvance(self.tr("erfasst")), metrics.horizontalAdvance("8.888,88")) + PAD
        # the state column as wide as the longest word shown (bold where the state needs attention)
        widths = [
            (QFontMetrics(bold) if r.state in (UEBER_GRENZE, FAST_ERREICHT) else metrics).horizontalAdvance(
                self.state_text(r)
            )
            for r in self._rows
        ]
        state_w = max(widths, default=0) + line + PAD  # + the swatch
        bar_min = metrics.horizontalAdvance(self.tr("%1 von %2 Std.").replace("%1", "888,88").replace("%2", "888,88"))
        bar_min += 2 * PAD
        bar_w = width - name_w - erfasst_w - state_w - 3 * PAD
        if bar_w < bar_min:  # the names give way first (elided; the tooltip has them in full)
            name_w = max(name_w - (bar_min - bar_w), min(100, width // 4))
            bar_w = width - name_w - erfasst_w - state_w - 3 * PAD
        wide = bar_w >= bar_min
        bar_h = line + 6
        if wide:
            row_h = bar_h + 10
            header_h = line + 8
        else:  # name and recorded hours on one line, the bar and the state word below
            row_h = line + 3 + bar_h + 9
            header_h = 0
            bar_w = width - state_w - 2 * PAD
        columns = {
            "line": line,
            "wide": int(wide),
            "name_w": name_w,
            "erfasst_w": erfasst_w,
            "state_w": state_w,
            "bar_w": max(bar_w, 40),
            "bar_h": bar_h,
            "row_h": row_h,
            "header_h": header_h,
        }
        self._geometry = (key, columns)
        return columns

    def sizeHint(self) -> QSize:
        c = self._columns()
        return QSize(560, c["header_h"] + c["row_h"] * max(3, min(len(self._rows), 8)) + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        c = self._columns()
        return QSize(240, c["header_h"] + c["row_h"] * 2 + 2 * self.frameWidth())

    def _update_scrollbar(self) -> None:
        c = self._columns()
        total = c["header_h"] + len(self._rows) * c["row_h"]
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, total - self.viewport().height()))
        bar.setSingleStep(c["row_h"])
        bar.setPageStep(max(c["row_h"], self.viewport().height() - c["header_h"]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbar()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self.set_rows(self._rows)
            self.viewport().update()

    def row_rect(self, index: int) -> QRect:
        """Where row ``index`` is in viewport coordinates (it may be outside the visible part)."""
        c = self._columns()
        top = c["header_h"] + index * c["row_h"] - self.verticalScrollBar().value()
        return QRect(0, top, self.viewport().width(), c["row_h"])

    def row_at(self, pos: QPoint) -> int:
        """The row under a viewport position, or -1."""
        c = self._columns()
        if pos.y() < c["header_h"]:
            return -1
        index = (pos.y() - c["header_h"] + self.verticalScrollBar().value()) // c["row_h"]
        return index if 0 <= index < len(self._rows) else -1

    def ensure_visible(self, index: int) -> None:
        c = self._columns()
        bar = self.verticalScrollBar()
        top = index * c["row_h"]
        visible = self.viewport().height() - c["header_h"]
        if top < bar.value():
            bar.setValue(top)
        elif top + c["row_h"] > bar.value() + visible:
            bar.setValue(top + c["row_h"] - visible)

    # interaction -------------------------------------------------------------------------------
    def current_index(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        if 0 <= index < len(self._rows):
            self._current = index
            self.ensure_visible(index)
            self.viewport().update()

    def activate(self, index: int) -> None:
        if 0 <= index < len(self._rows):
            self.set_current(index)
            self.person_activated.emit(self._rows[index].lotse_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().toPoint())
        if index != self._hover:
            self._hover = index
            shape = Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(shape)
            self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.row_at(event.position().toPoint())
            if self._pressed >= 0:
                self.set_current(self._pressed)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # a click opens the person: press and release on the same row (a drag away cancels it)
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.row_at(event.position().toPoint())
            if index >= 0 and index == self._pressed:
                self.activate(index)
            self._pressed = -1
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = -1
        self.viewport().update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        count = len(self._rows)
        page = max(1, (self.viewport().height() - self._columns()["header_h"]) // self._columns()["row_h"])
        moves = {
            Qt.Key.Key_Down: self._current + 1,
            Qt.Key.Key_Up: max(self._current - 1, 0),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
            Qt.Key.Key_PageDown: self._current + page,
            Qt.Key.Key_PageUp: max(self._current - page, 0),
        }
        if key in moves and count:
            self.set_current(min(moves[key], count - 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current >= 0:
            self.activate(self._current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        if self._current < 0 and self._rows:
            self._current = 0
        self.viewport().update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.viewport().update()
        super().focusOutEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            index = self.row_at(event.pos())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_text(self._rows[index]), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # painting ----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.Text)
        c = self._columns()
        width = self.viewport().width()
        if not self._rows:
            painter.setPen(text_color)
            painter.drawText(
                self.viewport().rect().adjusted(PAD * 2, PAD, -PAD * 2, -PAD),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()
            return
        scroll = self.verticalScrollBar().value()
        first = max(0, (event.rect().top() - c["header_h"] + scroll) // c["row_h"])
        last = min(len(self._rows) - 1, (event.rect().bottom() - c["header_h"] + scroll) // c["row_h"])
        painter.save()
        painter.setClipRect(QRect(0, c["header_h"], width, self.viewport().height()))
        for index in range(first, last + 1):
            self._paint_row(painter, index, self.row_rect(index), c, palette)
        painter.restore()
        if c["header_h"]:
            self._paint_header(painter, c, palette)
        painter.end()

    def _muted(self, palette: QPalette) -> QColor:
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        return QColor(
            round(text.red() * 0.68 + base.red() * 0.32),
            round(text.green() * 0.68 + base.green() * 0.32),
            round(text.blue() * 0.68 + base.blue() * 0.32),
        )

    def _paint_header(self, painter: QPainter, c: dict[str, int], palette: QPalette) -> None:
        width = self.viewport().width()
        rect = QRect(0, 0, width, c["header_h"])
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.setPen(self._muted(palette))
        x = PAD
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(x, 0, c["name_w"], c["header_h"]), left, self.tr("Lots*in"))
        x += c["name_w"]
        metrics = self.fontMetrics()
        caption = metrics.elidedText(self.tr("abrechenbar / Jahresgrenze"), Qt.TextElideMode.ElideRight, c["bar_w"])
        painter.drawText(QRect(x, 0, c["bar_w"], c["header_h"]), left, caption)
        x += c["bar_w"] + PAD
        painter.drawText(QRect(x, 0, c["erfasst_w"] - PAD, c["header_h"]), right, self.tr("erfasst"))
        x += c["erfasst_w"] + PAD
        painter.drawText(QRect(x, 0, c["state_w"], c["header_h"]), left, self.tr("Stand"))
        line = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(line, 1))
        painter.drawLine(0, c["header_h"] - 1, width, c["header_h"] - 1)

    def _paint_row(self, painter: QPainter, index: int, rect: QRect, c: dict[str, int], palette: QPalette) -> None:
        row = self._rows[index]
        text_color = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        line = c["line"]
        if index == self._hover or index == self._current:
            shade = QColor(palette.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(45 if index == self._hover else 28)
            painter.fillRect(rect, shade)
        if index == self._current and self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        separator = QColor(palette.color(QPalette.ColorRole.Mid))
        separator.setAlpha(70)
        painter.setPen(QPen(separator, 1))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())

        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        font = QFont(self.font())
        if index == self._hover:  # it is a link: underlined under the mouse
            font.setUnderline(True)
        painter.setFont(font)
        painter.setPen(text_color)
        erfasst = format_hours(row.recorded)
        if c["wide"]:
            text_rect = QRect(PAD, rect.top(), c["name_w"] - PAD, rect.height())
            bar_rect = QRect(PAD + c["name_w"], rect.top() + (rect.height() - c["bar_h"]) // 2, c["bar_w"], c["bar_h"])
            painter.drawText(
                text_rect, left, metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, text_rect.width())
            )
            painter.setFont(self.font())
            x = bar_rect.right() + 1 + PAD
            painter.drawText(QRect(x, rect.top(), c["erfasst_w"] - PAD, rect.height()), right, erfasst)
            state_rect = QRect(x + c["erfasst_w"] + PAD, rect.top(), c["state_w"], rect.height())
        else:  # the name and the recorded hours on the first line, the bar and the state word below
            top = QRect(PAD, rect.top() + 3, rect.width() - 2 * PAD, line)
            recorded = self.tr("erfasst %1").replace("%1", erfasst)
            recorded_w = metrics.horizontalAdvance(recorded) + PAD
            name_w = max(top.width() - recorded_w, 40)
            painter.drawText(
                QRect(top.left(), top.top(), name_w, line),
                left,
                metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, name_w),
            )
            painter.setFont(self.font())
            painter.setPen(self._muted(palette))
            painter.drawText(QRect(top.right() + 1 - recorded_w, top.top(), recorded_w, line), right, recorded)
            bar_rect = QRect(PAD, top.bottom() + 3, c["bar_w"], c["bar_h"])
            state_rect = QRect(bar_rect.right() + 1 + PAD, bar_rect.top(), c["state_w"], bar_rect.height())
        self._paint_bar(painter, row, bar_rect, palette)
        self._paint_state(painter, row, state_rect, palette)

    def _paint_bar(self, painter: QPainter, row: PersonStunden, rect: QRect, palette: QPalette) -> None:
        text_color = palette.color(QPalette.ColorRole.Text)
        fill, on_fill = STATE_COLORS[row.state]
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(55)
        painter.fillRect(rect, track)
        scale = max(row.cap, row.qualified, 1)  # whole minutes: exact integer arithmetic for the pixels

        def x_of(minutes: int) -> int:
            return rect.left() + (rect.width() * minutes) // scale

        filled = QRect(rect.left(), rect.top(), x_of(row.claimable) - rect.left(), rect.height())
        if row.claimable > 0:
            filled.setWidth(max(filled.width(), 2))
            painter.fillRect(filled, fill)
        if row.over:  # above the cap: the same colour, hatched, behind a solid line at the cap
            cap_x = x_of(row.cap)
            over = QRect(cap_x, rect.top(), rect.right() + 1 - cap_x, rect.height())
            painter.fillRect(over, fill.lighter(135))
            painter.fillRect(over, QBrush(QColor(0, 0, 0, 150), Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(text_color, 2))
            painter.drawLine(cap_x, rect.top() - 2, cap_x, rect.bottom() + 2)
            filled = QRect(rect.left(), rect.top(), cap_x - rect.left(), rect.height())
        outline = QColor(palette.color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(outline, 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))

        # The figures ("256,00 von 276,00 Std."; just "256,00 / 276,00" in a bar too short for the words): on the
        # fill in its text colour when they fit on it, else just after it in the normal colour; when neither fits,
        # like a progress bar – the part over the fill in its text colour, the rest in the normal one (each half
        # clipped), so the fill is never hidden.
        metrics = self.fontMetrics()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        fill_w = filled.width() if row.claimable > 0 else 0
        text = self.bar_text(row)
        if metrics.horizontalAdvance(text) + 12 > rect.width():
            text = f"{format_hours(row.claimable)} / {format_hours(row.cap)}"
        needed = metrics.horizontalAdvance(text) + 12
        if fill_w >= needed:
            painter.setPen(on_fill)
            painter.drawText(rect.adjusted(6, 0, 0, 0), align, text)
            return
        if rect.width() - fill_w >= needed:
            painter.setPen(text_color)
            painter.drawText(rect.adjusted(fill_w + 6, 0, 0, 0), align, text)
            return
        text_rect = rect.adjusted(6, 0, -4, 0)
        for clip, pen in (
            (filled.intersected(rect), on_fill),
            (QRect(filled.right() + 1, rect.top(), rect.right() - filled.right(), rect.height()), text_color),
        ):
            painter.save()
            painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
            painter.setPen(pen)
            painter.drawText(text_rect, align, text)
            painter.restore()

    def _paint_state(self, painter: QPainter, row: PersonStunden, rect: QRect, palette: QPalette) -> None:
        fill, _ = STATE_COLORS[row.state]
        swatch = self.fontMetrics().ascent() * 3 // 4
        y = rect.top() + (rect.height() - swatch) // 2
        painter.fillRect(QRect(rect.left(), y, swatch, swatch), fill)
        if row.state == UEBER_GRENZE:
            painter.fillRect(
                QRect(rect.left(), y, swatch, swatch), QBrush(QColor(0, 0, 0, 150), Qt.BrushStyle.BDiagPattern)
            )
        font = QFont(self.font())
        font.setBold(row.state in (UEBER_GRENZE, FAST_ERREICHT))
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text_left = rect.left() + swatch + 6
        painter.drawText(
            QRect(text_left, rect.top(), rect.right() - text_left + 1, rect.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(font).elidedText(self.state_text(row), Qt.TextElideMode.ElideRight, rect.right() - text_left),
        )
        painter.setFont(self.font())
