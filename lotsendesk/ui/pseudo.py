"""The "stretch" pseudo-translation: every text 40 % longer, to see which layouts break in a longer language.

``LOTSENDESK_PSEUDO=1 uv run lotsendesk --demo`` starts the program so (tests/ui/test_stretch_layouts.py checks
every page and the main dialogs with it). German texts grow by letters taken from themselves, so widths stay
realistic; placeholders (%1, {name}), accelerators (&) and markup are never copied.
"""

import math
import os

from PySide6.QtCore import QObject, QTranslator

GROWTH = 0.4
ENV = "LOTSENDESK_PSEUDO"


def enabled() -> bool:
    return os.environ.get(ENV, "").strip() not in ("", "0")


def stretch(text: str) -> str:
    """Each line 40 % longer: "Übersicht" → "Übersicht·Über"."""
    return "\n".join(_stretch_line(line) for line in text.split("\n"))


def _stretch_line(line: str) -> str:
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return line  # only a placeholder, a number or a sign: nothing a translation would lengthen
    extra = math.ceil(len(line) * GROWTH)
    pad = "".join(letters[i % len(letters)] for i in range(max(1, extra - 1)))
    return f"{line}·{pad}"


class StretchTranslator(QTranslator):
    """Installed last (so asked first): the text the other translators give, or the German source, stretched.
    Qt's own English strings that have no German translation are left alone."""

    def __init__(self, inner: list[QTranslator], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inner = list(inner)

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        for translator in self._inner:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return stretch(text)
        if context[:1] == "Q" and context[1:2].isupper():  # QPlatformTheme, QLineEdit …: Qt's English source
            return source  # (never "": an empty string would end the lookup with an empty text)
        return stretch(source)
