"""BudgetBar: the budget of a Förderjahr at a glance – bewilligt, abrechenbar, ausgezahlt, erhalten.

Drawn with QPainter (no QtCharts). One horizontal bar per figure on a common scale, each labelled in words on
the left and with its amount (and share of the bewilligt sum) written on it; a dashed vertical line marks the
bewilligt sum. Colours are from the Okabe-Ito palette (safe for colour-blind readers) and never the only
signal: the state of the budget (≥ 90 %, above 100 %) is written out in a line of text below the bars.
"""

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lotsendesk.domain.formatting import format_money, format_number
from lotsendesk.domain.funding import budget_state

# Okabe-Ito: blue, orange, bluish green; text drawn on each in the colour that reads best on it.
BLUE, ORANGE, GREEN = QColor("#0072B2"), QColor("#E69F00"), QColor("#009E73")
WARN_COLOR, ERROR_COLOR = QColor("#8a5a00"), QColor("#b00020")

ZERO = Decimal("0.00")


def percent(part: Decimal, whole: Decimal) -> str:
    """``92 %`` (German, whole percent, rounded half-up); empty when there is nothing to compare with."""
    if whole <= 0:
        return ""
    value = (part * 100 / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{format_number(value, 0)}\u00a0%"


class BudgetBar(QWidget):
    """``set_values(bewilligt, abrechenbar, ausgezahlt, erhalten)`` (Decimal euros) and it draws itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bewilligt = self.abrechenbar = self.ausgezahlt = self.erhalten = ZERO
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Budget des Förderjahres"))
        self._update_texts()

    # data --------------------------------------------------------------------------------------
    def set_values(self, bewilligt: Decimal, abrechenbar: Decimal, ausgezahlt: Decimal, erhalten: Decimal) -> None:
        self.bewilligt, self.abrechenbar, self.ausgezahlt, self.erhalten = bewilligt, abrechenbar, ausgezahlt, erhalten
        self._update_texts()
        self.updateGeometry()
        self.update()

    def values(self) -> tuple[Decimal, Decimal, Decimal, Decimal]:
        return self.bewilligt, self.abrechenbar, self.ausgezahlt, self.erhalten

    def state(self) -> str:
        """``ok``, ``warnung`` (≥ 90 % abrechenbar) or ``ueberschritten`` (above the bewilligt sum)."""
        return budget_state(self.abrechenbar, self.bewilligt)

    def rows(self) -> list[tuple[str, Decimal, QColor, QColor]]:
        """(label, amount, bar colour, text colour on the bar) from top to bottom."""
        return [
            (self.tr("abrechenbar"), self.abrechenbar, BLUE, QColor("white")),
            (self.tr("ausgezahlt"), self.ausgezahlt, ORANGE, QColor("black")),
            (self.tr("erhalten (Raten)"), self.erhalten, GREEN, QColor("black")),
        ]

    def status_text(self) -> str:
        """The budget's state in words (what the colours only underline)."""
        state = self.state()
        if self.bewilligt <= 0:
            if self.abrechenbar > 0:
                return self.tr(
                    "Achtung: Es ist keine bewilligte Summe eingetragen, aber %1 sind abrechenbar. "
                    "Tragen Sie den Betrag aus dem Zuwendungsbescheid ein (Bescheid bearbeiten…)."
                ).replace("%1", format_money(self.abrechenbar))
            return self.tr("Noch keine bewilligte Summe eingetragen.")
        share = percent(self.abrechenbar, self.bewilligt)
        if state == "ueberschritten":
            return (
                self.tr(
                    "Überschritten: %1 der bewilligten Summe sind abrechenbar, %2 mehr als bewilligt. "
                    "Der Verwendungsnachweis rechnet höchstens %3 ab."
                )
                .replace("%1", share)
                .replace("%2", format_money(self.abrechenbar - self.bewilligt))
                .replace("%3", format_money(self.bewilligt))
            )
        if state == "warnung":
            return (
                self.tr("Achtung: %1 der bewilligten Summe sind schon abrechenbar; es bleiben %2.")
                .replace("%1", share)
                .replace("%2", format_money(self.bewilligt - self.abrechenbar))
            )
        return (
            self.tr("Im Rahmen: %1 der bewilligten Summe sind abrechenbar; es bleiben %2.")
            .replace("%1", share)
            .replace("%2", format_money(self.bewilligt - self.abrechenbar))
        )

    def _update_texts(self) -> None:
        parts = [self.tr("bewilligt: %1").replace("%1", format_money(self.bewilligt))]
        parts += [f"{label}: {format_money(amount)}" for label, amount, _c, _t in self.rows()]
        parts.append(self.status_text())
        self.setAccessibleDescription("; ".join(parts))
        self.setToolTip("\n".join(parts))

    # geometry ----------------------------------------------------------------------------------
    def _metrics(self) -> tuple[int, int, int, int]:
        """(line height, bar height, gap between bars, width of the label column)."""
        metrics = self.fontMetrics()
        line = metrics.height()
        bar = line + 10
        label_width = max(metrics.horizontalAdvance(label) for label, *_ in self.rows()) + 16
        return line, bar, 6, label_width

    def sizeHint(self) -> QSize:
        line, bar, gap, label_width = self._metrics()
        # marker label on top, three bars, the status line (may wrap to two lines) below
        height = line + 6 + 3 * bar + 2 * gap + 10 + 2 * line + 4
        return QSize(label_width + 480, height)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(self._metrics()[3] + 240, hint.height())

    # painting ----------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line, bar, gap, label_width = self._metrics()
        left = label_width
        right_pad = 8
        track_width = max(10, self.width() - left - right_pad)
        amounts = [self.bewilligt] + [amount for _l, amount, _c, _t in self.rows()]
        scale_max = max(amounts)
        if scale_max <= 0:
            scale_max = Decimal(1)
        # Leave room right of the bewilligt line when something goes beyond it.
        if any(a > self.bewilligt for a in amounts[1:]) and self.bewilligt > 0:
            scale_max = max(scale_max, self.bewilligt * Decimal("1.05"))

        def x_of(amount: Decimal) -> float:
            return left + float(max(amount, ZERO) / scale_max) * track_width

        top = line + 6
        bars_bottom = top + 3 * bar + 2 * gap
        # the track: the bewilligt sum, light, with an outline
        track = palette.color(QPalette.ColorRole.Mid)
        track.setAlpha(60)
        for index in range(3):
            y = top + index * (bar + gap)
            if self.bewilligt > 0:
                painter.fillRect(QRectF(left, y, x_of(self.bewilligt) - left, bar), track)

        for index, (label, amount, color, on_bar) in enumerate(self.rows()):
            y = top + index * (bar + gap)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, y, label_width - 8, bar), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
            end = x_of(amount)
            if amount > 0:
                painter.fillRect(QRectF(left, y, max(2.0, end - left), bar), color)
            if self.bewilligt > 0 and amount > self.bewilligt:  # beyond the bewilligt sum: hatched, not only coloured
                limit = x_of(self.bewilligt)
                painter.fillRect(
                    QRectF(limit, y, end - limit, bar), QBrush(QColor(255, 255, 255, 110), Qt.BrushStyle.BDiagPattern)
                )
            share = percent(amount, self.bewilligt)
            figure = format_money(amount) + (f"  ({share})" if share else "")
            width = metrics.horizontalAdvance(figure) + 12
            if end - left >= width:  # on the bar, right-aligned
                painter.setPen(on_bar)
                painter.drawText(
                    QRectF(left, y, end - left - 6, bar),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    figure,
                )
            else:  # beside it
                start = min(end + 6, self.width() - right_pad - width + 6)
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(start, y, width, bar), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, figure
                )

        # the bewilligt line, dashed, labelled above the bars
        if self.bewilligt > 0:
            x = x_of(self.bewilligt)
            pen = QPen(text_color, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(x), top - 3, int(x), bars_bottom + 3)
            caption = self.tr("bewilligt: %1").replace("%1", format_money(self.bewilligt))
            width = metrics.horizontalAdvance(caption)
            painter.setPen(text_color)
            cx = min(max(x - width / 2, float(left)), self.width() - right_pad - width)
            painter.drawText(
                QRectF(cx, 0, width + 2, line + 2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption
            )

        # the state in words, below the bars; bold when it needs attention
        state = self.state()
        font = QFont(self.font())
        if state != "ok" or (self.bewilligt <= 0 and self.abrechenbar > 0):
            font.setBold(True)
            painter.setPen(ERROR_COLOR if state == "ueberschritten" else WARN_COLOR)
        else:
            painter.setPen(text_color)
        painter.setFont(font)
        prefix = {"ueberschritten": "\u26a0 ", "warnung": "\u26a0 "}.get(state, "") if self.bewilligt > 0 else ""
        text_rect = QRectF(left, bars_bottom + 8, self.width() - left - right_pad, 2 * QFontMetrics(font).height() + 2)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            prefix + self.status_text(),
        )
        painter.end()
