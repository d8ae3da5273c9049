"""The tables of the Qualifizierungen page: courses, a course's Termine and its costs. Thin models over the rows
the page fetched (a project has a handful of courses): sorting happens inside the model, no proxy.

Also the words for the course types, cost categories and warning levels, in the UI language (the domain's
German labels are for the documents)."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from lotsendesk.domain.dates import format_date
from lotsendesk.domain.formatting import format_money, format_number
from lotsendesk.domain.people import sort_key
from lotsendesk.domain.qualifizierung import Kategorie, KursArt
from lotsendesk.services.kurse import KostenRow, KursRow, TerminRow
from lotsendesk.ui.tables import SortedRecordsModel

ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
MUTED_COLOUR = QColor("#6a6a6a")
NOT_FUNDABLE_COLOUR = QColor("#9a5b00")


def art_label(art: KursArt) -> str:
    if art is KursArt.VERTIEFUNG:
        return QCoreApplication.translate("Kurse", "Vertiefungsseminar")
    if art is KursArt.REFLEXION:
        return QCoreApplication.translate("Kurse", "Entlastendes Reflexionsgespräch")
    return QCoreApplication.translate("Kurse", "Basisqualifizierung")


def kategorie_label(kategorie: Kategorie) -> str:
    labels = {
        Kategorie.HONORAR: QCoreApplication.translate("Kurse", "Honorare Referent*innen"),
        Kategorie.RAUM: QCoreApplication.translate("Kurse", "Raumkosten"),
        Kategorie.MATERIAL: QCoreApplication.translate("Kurse", "Material und Sachkosten"),
        Kategorie.VERPFLEGUNG: QCoreApplication.translate("Kurse", "Verpflegung"),
        Kategorie.SONSTIGE: QCoreApplication.translate("Kurse", "Sonstige Kosten"),
    }
    return labels[kategorie]


def schwere_label(schwere: str) -> str:
    """The word in front of a course warning (the icon beside it is never the only signal)."""
    if schwere == "fehler":
        return QCoreApplication.translate("Kurse", "Fehler")
    if schwere == "warnung":
        return QCoreApplication.translate("Kurse", "Warnung")
    return QCoreApplication.translate("Kurse", "Hinweis")


def span_text(von: date | None, bis: date | None) -> str:
    """``01.03.2025 – 15.03.2025``, one date for a one-day course, ``noch keine Termine`` without any."""
    if von is None or bis is None:
        return QCoreApplication.translate("Kurse", "noch keine Termine")
    if von == bis:
        return format_date(von)
    return f"{format_date(von)} – {format_date(bis)}"


def ue_text(ue: int) -> str:
    return format_number(Decimal(ue), 0)


# --- courses -------------------------------------------------------------------------------------------------
ART, TITEL, ZEITRAUM, UE, TEILNEHMENDE, KOSTEN = range(6)


class KurseModel(SortedRecordsModel):
    numeric_columns = (UE, TEILNEHMENDE, KOSTEN)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sort_column, self._sort_order = ZEITRAUM, Qt.SortOrder.DescendingOrder
        self._headers = (
            self.tr("Art"),
            self.tr("Titel"),
            self.tr("Zeitraum"),
            self.tr("UE"),
            self.tr("Teilnehmende / geplant"),
            self.tr("Kosten"),
        )

    def _keys(self) -> dict[int, Callable[[KursRow], Any]]:
        return {
            ART: lambda r: art_label(r.art),
            TITEL: lambda r: sort_key(r.titel),
            # a course without Termine is being planned: it belongs with the newest
            ZEITRAUM: lambda r: (r.von or date.max, r.id),
            UE: lambda r: r.ue,
            TEILNEHMENDE: lambda r: (r.teilnehmende, r.geplant),
            KOSTEN: lambda r: r.kosten,
        }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: KursRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ART:
                return art_label(row.art)
            if column == TITEL:
                return row.titel
            if column == ZEITRAUM:
                return span_text(row.von, row.bis)
            if column == UE:
                return ue_text(row.ue)
            if column == TEILNEHMENDE:
                return f"{row.teilnehmende} / {row.geplant}"
            if column == KOSTEN:
                return format_money(row.kosten)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column in self.numeric_columns else ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == ZEITRAUM and row.von is None:
            return QBrush(MUTED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITEL:
            return row.titel
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


# --- Termine -------------------------------------------------------------------------------------------------
T_DATUM, T_ZEIT, T_UE, T_THEMA = range(4)


def time_text(beginn: str, ende: str) -> str:
    if beginn and ende:
        return f"{beginn} – {ende}"
    return beginn or ende


class TermineModel(SortedRecordsModel):
    numeric_columns = (T_UE,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Datum"), self.tr("Zeit"), self.tr("UE"), self.tr("Thema"))

    def _keys(self) -> dict[int, Callable[[TerminRow], Any]]:
        return {
            T_DATUM: lambda r: (r.data.datum, r.data.beginn, r.id),
            T_ZEIT: lambda r: (r.data.beginn, r.data.datum),
            T_UE: lambda r: r.data.ue,
            T_THEMA: lambda r: sort_key(r.data.thema),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: TerminRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == T_DATUM:
                return format_date(row.data.datum)
            if column == T_ZEIT:
                return time_text(row.data.beginn, row.data.ende)
            if column == T_UE:
                return ue_text(row.data.ue)
            if column == T_THEMA:
                return row.data.thema
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column in self.numeric_columns else ALIGN_LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column == T_THEMA and row.data.thema:
            return row.data.thema
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


# --- costs ---------------------------------------------------------------------------------------------------
K_BELEG, K_DATUM, K_KATEGORIE, K_EMPFAENGER, K_GRUND, K_FOERDERFAEHIG, K_BETRAG = range(7)


def beleg_key(beleg_nr: str) -> tuple[int, int]:
    """``K2025-004`` → (2025, 4)."""
    jahr, _, lfd = beleg_nr.removeprefix("K").partition("-")
    return (int(jahr), int(lfd)) if jahr.isdigit() and lfd.isdigit() else (0, 0)


class KostenModel(SortedRecordsModel):
    numeric_columns = (K_BETRAG,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Beleg-Nr."),
            self.tr("Datum"),
            self.tr("Kategorie"),
            self.tr("Empfänger*in"),
            self.tr("Grund"),
            self.tr("förderfähig"),
            self.tr("Betrag"),
        )

    def _keys(self) -> dict[int, Callable[[KostenRow], Any]]:
        return {
            K_BELEG: lambda r: beleg_key(r.beleg_nr),
            K_DATUM: lambda r: (r.data.datum, beleg_key(r.beleg_nr)),
            K_KATEGORIE: lambda r: kategorie_label(r.data.kategorie),
            K_EMPFAENGER: lambda r: sort_key(r.data.empfaenger),
            K_GRUND: lambda r: sort_key(r.data.beschreibung),
            K_FOERDERFAEHIG: lambda r: r.data.foerderfaehig,
            K_BETRAG: lambda r: r.data.betrag,
        }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: KostenRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == K_BELEG:
                return row.beleg_nr
            if column == K_DATUM:
                return format_date(row.data.datum)
            if column == K_KATEGORIE:
                return kategorie_label(row.data.kategorie)
            if column == K_EMPFAENGER:
                return row.data.empfaenger
            if column == K_GRUND:
                return row.data.beschreibung
            if column == K_FOERDERFAEHIG:
                return self.tr("ja") if row.data.foerderfaehig else self.tr("nein")
            if column == K_BETRAG:
                return format_money(row.data.betrag)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column in self.numeric_columns else ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == K_FOERDERFAEHIG and not row.data.foerderfaehig:
            return QBrush(NOT_FUNDABLE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == K_GRUND and row.data.beschreibung:
            return row.data.beschreibung
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
