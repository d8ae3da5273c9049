"""ImportResult: what one import read, wrote or refused, and its one-line summary for the user."""

from dataclasses import dataclass, field

from lotsendesk.domain.formatting import format_hours
from lotsendesk.domain.messages import Msg, join, msg


@dataclass
class ImportResult:
    kind: str  # "lotsen" | "einsaetze"
    filename: str
    rows: int  # data rows read
    created: int = 0
    updated: int = 0  # lotsen only: existing Nr whose data changed
    errors: list[str] = field(default_factory=list)  # "Zeile N: …" messages (Msg); non-empty ⇒ nothing was written
    dry_run: bool = False
    import_id: int | None = None
    unchanged: int = 0  # lotsen only: existing Nr, file says nothing new
    minutes: int = 0  # einsaetze only: total duration
    new_taetigkeiten: list[str] = field(default_factory=list)  # einsaetze only: categories the file added
    sheet: str | None = None  # the workbook's sheet that was read (None for CSV)
    header_line: int = 0  # the physical line / Excel row of the headings
    mapping: dict[str, int] = field(default_factory=dict)  # field → column index the rows were read with
    error_rows: dict[int, list[str]] = field(default_factory=dict, repr=False)  # line → cells of a row with errors
    undo_data: object = field(default=None, repr=False, compare=False)  # what revert/reapply need

    def summary(self) -> Msg:
        """One line for the user (CLI output, message box)."""
        if self.errors:
            return msg(
                "Nichts importiert – {anzahl} Fehler in „{datei}“.", anzahl=len(self.errors), datei=self.filename
            )
        count = self.created + self.updated + self.unchanged
        one = count == 1
        if self.kind == "lotsen":
            what = msg("{anzahl} Lots*in", anzahl=count) if one else msg("{anzahl} Lots*innen", anzahl=count)
            detail = (
                msg(
                    "{neu} neu, {aktualisiert} aktualisiert, {unveraendert} unverändert",
                    neu=self.created,
                    aktualisiert=self.updated,
                    unveraendert=self.unchanged,
                )
                if self.unchanged
                else msg("{neu} neu, {aktualisiert} aktualisiert", neu=self.created, aktualisiert=self.updated)
            )
            params = {"datei": self.filename, "was": what, "details": detail}
            if not self.dry_run:
                return msg("„{datei}“: {was} importiert ({details}).", **params)
            if one:
                return msg("Prüfung ohne Fehler: „{datei}“: {was} würde importiert ({details}).", **params)
            return msg("Prüfung ohne Fehler: „{datei}“: {was} würden importiert ({details}).", **params)
        what = msg("{anzahl} Einsatz", anzahl=count) if one else msg("{anzahl} Einsätze", anzahl=count)
        params = {
            "datei": self.filename,
            "was": what,
            "stunden": msg("{stunden} Stunden", stunden=format_hours(self.minutes)),
        }
        if not self.dry_run:
            text = msg("„{datei}“: {was} importiert ({stunden}).", **params)
        elif one:
            text = msg("Prüfung ohne Fehler: „{datei}“: {was} ({stunden}) würde importiert.", **params)
        else:
            text = msg("Prüfung ohne Fehler: „{datei}“: {was} ({stunden}) würden importiert.", **params)
        note = self._taetigkeiten_note()
        return join((text, note)) if note else text

    def _taetigkeiten_note(self) -> Msg | None:
        if not self.new_taetigkeiten:
            return None
        names = join((msg("„{name}“", name=name) for name in self.new_taetigkeiten), ", ")
        one = len(self.new_taetigkeiten) == 1
        if self.dry_run:
            if one:
                return msg("Neue Tätigkeit würde angelegt: {namen}.", namen=names)
            return msg("Neue Tätigkeiten würden angelegt: {namen}.", namen=names)
        if one:
            return msg("Neu angelegte Tätigkeit: {namen}.", namen=names)
        return msg("Neu angelegte Tätigkeiten: {namen}.", namen=names)
