"""translations/lotsendesk_en.ts is complete, up to date with the code, and compiled into the committed .qm.

When a test here fails after a code change: run ``uv run python translations/update.py``, translate what
shows up as "unfinished" in translations/lotsendesk_en.ts, and run update.py again.
"""

import ast
import importlib.util
import re
import shutil
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "lotsendesk_en.ts"
QM = ROOT / "translations" / "lotsendesk_en.qm"
PLACEHOLDER = re.compile(r"%\d+")

Key = tuple[str, str, str | None]  # context, source, disambiguation (comment)


def _load_update_script():
    spec = importlib.util.spec_from_file_location("translations_update", ROOT / "translations" / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update_script()


def _messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file by (context, source, comment)."""
    messages: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment"))
            assert key not in messages, f"duplicate message {key}"
            messages[key] = message
    return messages


def _texts(message: ET.Element) -> list[str]:
    """The translation, or each plural form of a numerus message."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _not_done(messages: dict[Key, ET.Element]) -> list[Key]:
    """Messages that are unfinished, obsolete/vanished, or have an empty translation."""
    return [
        key
        for key, message in messages.items()
        if message.find("translation").get("type") is not None or not all(t.strip() for t in _texts(message))
    ]


def _meant(key: Key) -> str:
    """The German text a message stands for. For an aliased translate call that lupdate misread (see
    KNOWN_UNEXTRACTED) the source is the context name and the text sits in the comment."""
    _context, source, comment = key
    return comment if comment is not None and source.isidentifier() else source


# (a) ----------------------------------------------------------------------------------------------------------
def test_every_message_is_translated():
    messages = _messages(TS)
    assert messages, "the .ts has no messages"
    assert _not_done(messages) == []


# (b) ----------------------------------------------------------------------------------------------------------
def test_ts_is_up_to_date_with_the_code(tmp_path):
    """lupdate over the code, into a copy of the committed .ts, finds nothing new and drops nothing."""
    copy = tmp_path / "lotsendesk_en.ts"
    shutil.copyfile(TS, copy)
    update.lupdate(copy)
    committed, refreshed = _messages(TS), _messages(copy)
    new = sorted(set(refreshed) - set(committed), key=str)
    gone = sorted(set(committed) - set(refreshed), key=str)
    assert (new, gone) == ([], []), "strings changed in the code: run translations/update.py and translate"
    assert _not_done(refreshed) == []


# (c) ----------------------------------------------------------------------------------------------------------
def test_committed_qm_is_compiled_from_committed_ts(tmp_path):
    """The "stale .qm" check: compares bytes, not modification times."""
    fresh = tmp_path / "lotsendesk_en.qm"
    update.lrelease(TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "the .qm is stale: run translations/update.py"


# (d) ----------------------------------------------------------------------------------------------------------
def test_placeholders_match():
    wrong = []
    for key, message in _messages(TS).items():
        expected = sorted(PLACEHOLDER.findall(_meant(key)))
        for text in _texts(message):
            if sorted(PLACEHOLDER.findall(text)) != expected:
                wrong.append((key[0], _meant(key), text))
    assert wrong == []


def test_accelerators_line_breaks_and_markup_survive():
    """An "&" in a menu text, a line break, an HTML tag or a trailing "…" in the source is in the translation too."""
    wrong = []
    for key, message in _messages(TS).items():
        source = _meant(key)
        for text in _texts(message):
            if (
                source.replace("&&", "").count("&") != text.replace("&&", "").count("&")
                or source.count("\n") != text.count("\n")
                or re.findall(r"</?\w+[^>]*>", source) != re.findall(r"</?\w+[^>]*>", text)
                or source.endswith("…") != text.endswith("…")
            ):
                wrong.append((key[0], source, text))
    assert wrong == []


# lupdate's blind spots -----------------------------------------------------------------------------------------
# pyside6-lupdate finds only literal ``self.tr("…")`` / ``Class.tr("…")`` / ``QCoreApplication.translate("Ctx", "…")``
# / ``QT_TRANSLATE_NOOP("Ctx", "…")`` calls (the last in the generated lotsendesk/ui/_messages.py). It misreads
# ``tr = QCoreApplication.translate; tr("Ctx", "…")`` as a ``tr(source, disambiguation)`` call (source "Ctx",
# comment "…"), so the message the code asks for at run time is not in the .qm, and it skips ``self.tr(…)`` inside
# an f-string. Those strings stay German in the English UI.
KNOWN_UNEXTRACTED: set[tuple[str, str]] = set()  # keep it empty: write translate calls lupdate can read


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_noop(func: ast.expr) -> bool:
    """``QT_TRANSLATE_NOOP("Ctx", "…")``: the generated lotsendesk/ui/_messages.py lists the domain's messages so."""
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return name == "QT_TRANSLATE_NOOP"


def _lookups(path: Path) -> list[tuple[str, str, str | None, int]]:
    """(context, source, disambiguation, line) of every translation the code asks for with literal arguments."""
    found: list[tuple[str, str, str | None, int]] = []

    def visit(node: ast.AST, cls: str, aliases: frozenset[str]) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef):
            names = {
                target.id
                for sub in ast.walk(node)
                if isinstance(sub, ast.Assign)
                and isinstance(sub.value, ast.Attribute)
                and sub.value.attr == "translate"
                for target in sub.targets
                if isinstance(target, ast.Name)
            }
            aliases = aliases | names
        if isinstance(node, ast.Call):
            func, args = node.func, [_literal(arg) for arg in node.args]
            is_translate = (
                (
                    isinstance(func, ast.Attribute)
                    and func.attr == "translate"
                    and isinstance(func.value, ast.Name)
                    and func.value.id in ("QCoreApplication", "QApplication")
                )
                or (isinstance(func, ast.Name) and func.id in aliases)
                or _is_noop(func)
            )
            if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) and args:
                context = cls if func.value.id == "self" else func.value.id
                if args[0] is not None:
                    found.append((context, args[0], args[1] if len(args) > 1 else None, node.lineno))
            elif is_translate and len(args) >= 2 and args[0] is not None and args[1] is not None:
                found.append((args[0], args[1], args[2] if len(args) > 2 else None, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, cls, aliases)

    visit(ast.parse(path.read_text(encoding="utf-8")), "", frozenset())
    return found


def test_every_string_the_code_asks_for_is_in_the_ts():
    """What lupdate extracts (test b) is not always what the code looks up: check the lookups themselves."""
    messages = _messages(TS)
    missing: dict[tuple[str, str], str] = {}
    for source in update.sources():
        for context, text, comment, line in _lookups(update.ROOT / source):
            if (context, text, comment) not in messages:
                missing.setdefault((context, text), f"{source}:{line}")
    new = {key: where for key, where in missing.items() if key not in KNOWN_UNEXTRACTED}
    assert new == {}, 'lupdate cannot see these calls: use self.tr("…") or QCoreApplication.translate("Ctx", "…")'
    fixed = KNOWN_UNEXTRACTED - set(missing)
    assert fixed == set(), "fixed in the code: remove them from KNOWN_UNEXTRACTED"


@pytest.mark.parametrize(
    ("context", "source", "english"),
    [
        ("MainWindow", "&Datei", "&File"),
        ("Lotsen", "ausgeschieden", "left"),
        ("EinsaetzePage", "Einsätze", "Assignments"),
        ("Meldungen", "Zeile {zeile}: {meldung}", "Line {zeile}: {meldung}"),
    ],
)
def test_compiled_qm_translates(qapp, context, source, english):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate(context, source) == english


# messages of domain/ and services/ (lotsendesk/domain/messages.py) ---------------------------------------------
def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_generated_messages_module_is_up_to_date(tmp_path):
    """lotsendesk/ui/_messages.py lists exactly the msg("…") templates of domain/ and services/ as they are now."""
    fresh = tmp_path / "_messages.py"
    update.write_messages_module(fresh)
    assert fresh.read_bytes() == update.MESSAGES_PY.read_bytes(), "messages changed: run translations/update.py"


def test_generated_messages_module_holds_every_template():
    listed = {text for context, text, _comment, _line in _lookups(update.MESSAGES_PY) if context == update.CONTEXT}
    templates = {template for found in update.message_templates().values() for template in found}
    assert listed == templates
    assert len(templates) > 50


def test_message_context_is_the_one_the_ui_looks_up():
    from lotsendesk.domain.messages import CONTEXT

    assert update.CONTEXT == CONTEXT


def test_message_placeholders_match():
    """``{name}`` placeholders of the domain's messages survive translation, and the translation can be filled in."""
    wrong = []
    for (context, source, _comment), message in _messages(TS).items():
        if context != update.CONTEXT:
            continue
        for text in _texts(message):
            values = dict.fromkeys(_fields(source), "x")
            try:
                text.format(**values)
            except (KeyError, IndexError, ValueError):
                wrong.append((source, text))
                continue
            if _fields(text) != _fields(source):
                wrong.append((source, text))
    assert wrong == []


@pytest.mark.parametrize(
    "code",
    [
        'msg(f"Zeile {zeile}")',
        "msg(text)",
        'msg("Die Nr. {nr} fehlt.", nummer=1)',
        'msg("Die Nr. {0} fehlt.", 1)',
        'messages.msg("Zeile {}", zeile=1)',
    ],
)
def test_extraction_refuses_what_it_cannot_translate(code):
    call = ast.parse(code).body[0].value
    with pytest.raises(ValueError):
        update._template_of(call, "x.py:1")


def test_extraction_accepts_params_it_cannot_check():
    call = ast.parse('msg("„{datei}“: {was} importiert.", **params)').body[0].value
    assert update._template_of(call, "x.py:1") == "„{datei}“: {was} importiert."


def test_every_ui_text_is_a_literal_lupdate_can_see():
    """``self.tr(x)`` or ``QCoreApplication.translate(ctx, x)`` with a variable (e.g. behind a ``_tr`` helper)
    hides the text from lupdate: it would stay German in the English UI."""
    hidden = []
    for path in sorted((Path(__file__).parent.parent / "lotsendesk" / "ui").glob("*.py")):
        if path.name == "i18n.py":  # translates the domain's messages, listed for lupdate in _messages.py
            continue
        if path.name == "pseudo.py":  # a translator itself: it passes on what it is asked, it shows no text
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "tr" and args and not isinstance(args[0], ast.Constant):
                hidden.append(f"{path.name}:{node.lineno}")
            owner = node.func.value
            if node.func.attr == "tr" and isinstance(owner, ast.Name) and owner.id not in ("self", "QUndoStack"):
                hidden.append(f"{path.name}:{node.lineno} ({owner.id}.tr: lupdate files it under „{owner.id}“)")
            literal = len(args) >= 2 and isinstance(args[0], ast.Constant) and isinstance(args[1], ast.Constant)
            if node.func.attr == "translate" and not literal:
                hidden.append(f"{path.name}:{node.lineno}")
    assert hidden == []


# Qt's own dialogs speak the UI's language -----------------------------------------------------------------------
def test_qt_message_boxes_are_german_in_german(qapp):
    """qtbase_de (shipped with PySide6) is installed for German: a question box says Ja / Abbrechen."""
    from PySide6.QtWidgets import QMessageBox

    from lotsendesk.ui import i18n

    i18n.install_translators(qapp, "de")
    box = QMessageBox(QMessageBox.Icon.Question, "Frage", "Wirklich löschen?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    texts = {
        box.button(b).text().replace("&", "")
        for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel)
    }
    assert texts == {"Ja", "Abbrechen"}


def test_qt_message_boxes_are_english_in_english_without_a_qtbase_en(qapp):
    """Qt's own strings are English already: the English UI needs no qtbase_en, only our lotsendesk_en."""
    from PySide6.QtWidgets import QMessageBox

    from lotsendesk.ui import i18n

    try:
        i18n.install_translators(qapp, "en")
        box = QMessageBox(QMessageBox.Icon.Question, "Question", "Really?")
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    finally:
        i18n.install_translators(qapp, "de")
