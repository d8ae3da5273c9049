"""Messages for the user: German text that still knows its template, so the GUI can show it in English.

A ``Msg`` *is* the German text (a ``str``): the CLI, logs and tests use it exactly as before. It also keeps the
German template with ``{named}`` placeholders and the values that went into it, so the GUI can look the
template up in its translation (context ``Meldungen`` in translations/lotsendesk_en.ts) and fill in the same
values again: ``localize``. translations/update.py collects the templates of every literal ``msg("…")`` call in
lotsendesk/domain and lotsendesk/services for lupdate, so a template must be a string literal.

Values are shown as they are (names, and numbers and dates already formatted the German way); a value that is
a ``Msg`` itself is translated too (``msg("Zeile {zeile}: {meldung}", …)``). Gluing messages together with ``+``
or an f-string gives a plain German ``str`` that stays German in every UI: use ``msg("{a} {b}", …)`` or ``join``.
Pure Python: no Qt here; the GUI passes its translate function in.
"""

import re
from collections.abc import Callable, Iterable

CONTEXT = "Meldungen"  # the translation context of every template (the GUI's and update.py's)

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


class Msg(str):
    """The German text of a message, with its ``template``, its ``params`` and the characters ``trailing`` that
    are stripped from its end (see ``rstrip``)."""

    template: str
    params: dict[str, object]
    trailing: str

    def __new__(cls, text: str, template: str | None = None, params: dict[str, object] | None = None) -> "Msg":
        self = super().__new__(cls, text)
        self.template = text.replace("{", "{{").replace("}", "}}") if template is None else template
        self.params = dict(params or {})
        self.trailing = ""
        return self


def msg(template: str, /, **params: object) -> Msg:
    """The message ``template.format(**params)`` in German; ``template`` must be a literal (see module doc)."""
    return Msg(template.format(**params), template, params)


def join(parts: Iterable[str], sep: str = " ") -> Msg:
    """``sep.join(parts)`` that keeps each part translatable."""
    params = {f"t{i}": part for i, part in enumerate(parts)}
    template = sep.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in params)
    return Msg(template.format(**params), template, params)  # not msg(): update.py reads only literal templates


def rstrip(text: str, chars: str) -> str:
    """``text.rstrip(chars)`` that stays a message: its translation loses the same characters at its end.
    (``Msg.rstrip`` is ``str.rstrip`` and gives German text only.)"""
    if not isinstance(text, Msg):
        return text.rstrip(chars)
    stripped = Msg(str(text).rstrip(chars), text.template, text.params)
    stripped.trailing = text.trailing + chars
    return stripped


def localize(text: str, translate: Callable[[str], str]) -> str:
    """``text`` in the language of ``translate`` (German template → translated template; unknown templates
    come back unchanged, i.e. German). A plain ``str`` is returned as it is."""
    if not isinstance(text, Msg):
        return text
    params = {
        name: localize(value, translate) if isinstance(value, str) else value for name, value in text.params.items()
    }
    template = text.template
    if _PLACEHOLDER.sub("", template).strip():  # not just placeholders and blanks (a join has nothing to translate)
        template = translate(template)
    try:
        result = template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: German, not a crash
        result = text.template.format(**params)
    return result.rstrip(text.trailing) if text.trailing else result
