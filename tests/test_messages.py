"""Messages of the domain and the services: German text that the GUI can still translate (domain/messages.py)."""

import ast
import copy
import pickle
from pathlib import Path

import pytest

from lotsendesk.domain.dates import parse_date
from lotsendesk.domain.errors import ValidationError
from lotsendesk.domain.messages import Msg, join, localize, msg, rstrip
from lotsendesk.services.errors import InputErrors

ROOT = Path(__file__).resolve().parent.parent

ENGLISH = {
    "Das Datum „{text}“ gibt es nicht.": "The date “{text}” does not exist.",
    "Zeile {zeile}: {meldung}": "Line {zeile}: {meldung}",
    "{meldung} (Spalte „{spalte}“).": "{meldung} (column “{spalte}”).",
    "Bitte den Nachnamen angeben.": "Please enter the surname.",
}


def english(template: str) -> str:
    """A fake translator: like Qt, it returns what it does not know unchanged."""
    return ENGLISH.get(template, template)


def test_a_message_is_its_german_text():
    message = msg("Das Datum „{text}“ gibt es nicht.", text="31.02.2025")
    assert message == "Das Datum „31.02.2025“ gibt es nicht."
    assert isinstance(message, str)
    assert str(message) == "Das Datum „31.02.2025“ gibt es nicht."
    assert f"{message}" == "Das Datum „31.02.2025“ gibt es nicht."
    assert message.template == "Das Datum „{text}“ gibt es nicht."
    assert message.params == {"text": "31.02.2025"}
    assert hash(message) == hash("Das Datum „31.02.2025“ gibt es nicht.")


def test_localize_translates_the_template_and_keeps_the_values():
    message = msg("Das Datum „{text}“ gibt es nicht.", text="31.02.2025")
    assert localize(message, english) == "The date “31.02.2025” does not exist."


def test_localize_translates_nested_messages():
    inner = msg("Das Datum „{text}“ gibt es nicht.", text="31.02.2025")
    outer = msg("Zeile {zeile}: {meldung}", zeile=7, meldung=inner)
    assert outer == "Zeile 7: Das Datum „31.02.2025“ gibt es nicht."
    assert localize(outer, english) == "Line 7: The date “31.02.2025” does not exist."


def test_plain_strings_pass_through_unchanged():
    assert localize("Schon übersetzt by self.tr", english) == "Schon übersetzt by self.tr"
    assert localize("", english) == ""


def test_unknown_templates_stay_german():
    message = msg("Die Dauer „{text}“ ist nicht lesbar.", text="x")
    assert localize(message, english) == "Die Dauer „x“ ist nicht lesbar."


def test_a_translation_with_a_broken_placeholder_falls_back_to_german():
    message = msg("Das Datum „{text}“ gibt es nicht.", text="31.02.2025")
    assert localize(message, lambda _template: "The date “{txet}” does not exist.") == message


def test_join_keeps_each_part_translatable():
    parts = [msg("Bitte den Nachnamen angeben."), msg("Das Datum „{text}“ gibt es nicht.", text="1.1.")]
    joined = join(parts)
    assert joined == "Bitte den Nachnamen angeben. Das Datum „1.1.“ gibt es nicht."
    assert localize(joined, english) == "Please enter the surname. The date “1.1.” does not exist."
    assert join([], ", ") == ""
    assert join(["a{b}", "c"], "{;}") == "a{b}{;}c"


def test_join_templates_are_not_looked_up():
    looked_up = []
    localize(join(["a", "b"], " "), lambda template: looked_up.append(template) or template)
    assert looked_up == []


def test_rstrip_cuts_the_translation_as_well():
    error = msg("Das Datum „{text}“ gibt es nicht.", text="31.02.2024")
    message = msg("{meldung} (Spalte „{spalte}“).", meldung=rstrip(error, "."), spalte="Eintritt")
    assert message == "Das Datum „31.02.2024“ gibt es nicht (Spalte „Eintritt“)."
    assert localize(message, english) == "The date “31.02.2024” does not exist (column “Eintritt”)."
    assert rstrip("Plain.", ".") == "Plain"


def test_values_that_are_no_text_are_formatted_as_they_are():
    assert localize(msg("Zeile {zeile}: {meldung}", zeile=12, meldung="x"), english) == "Line 12: x"


def test_a_message_survives_copy_and_pickle():
    message = msg("Zeile {zeile}: {meldung}", zeile=3, meldung=msg("Bitte den Nachnamen angeben."))
    for clone in (copy.copy(message), copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert clone == message
        assert localize(clone, english) == "Line 3: Please enter the surname."


def test_a_plain_msg_is_its_own_template():
    assert localize(Msg("Text mit {Klammern}"), english) == "Text mit {Klammern}"


def test_domain_errors_carry_messages():
    with pytest.raises(ValidationError) as caught:
        parse_date("31.02.2025")
    assert localize(caught.value.message, english) == "The date “31.02.2025” does not exist."


def test_input_errors_join_their_messages_translatably():
    errors = InputErrors(
        [
            ValidationError(msg("Bitte den Nachnamen angeben."), "nachname"),
            ValidationError(msg("Das Datum „{text}“ gibt es nicht.", text="x"), "nachname"),
            ValidationError(msg("Das Datum „{text}“ gibt es nicht.", text="y"), "datum"),
        ]
    )
    assert errors.message == "Bitte den Nachnamen angeben. Das Datum „x“ gibt es nicht. Das Datum „y“ gibt es nicht."
    by_field = errors.by_field()
    assert by_field == {
        "nachname": "Bitte den Nachnamen angeben. Das Datum „x“ gibt es nicht.",
        "datum": "Das Datum „y“ gibt es nicht.",
    }
    assert localize(by_field["nachname"], english) == "Please enter the surname. The date “x” does not exist."
    assert localize(errors.message, english).startswith("Please enter the surname. The date “x”")


# No message of domain/ or services/ may be a plain string: it would stay German in the English UI. -------------
_MESSAGE_ARGUMENT = {"ValidationError": 0, "ServiceError": 0, "DatabaseError": 0, "_row_error": 1}


def _plain_messages(path: Path) -> list[str]:
    """Calls that hand a string literal or an f-string to an error (or to the importer's row errors)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _MESSAGE_ARGUMENT):
            continue
        position = _MESSAGE_ARGUMENT[node.func.id]
        arg = node.args[position] if len(node.args) > position else None
        if isinstance(arg, ast.JoinedStr | ast.BinOp) or (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_domain_and_services_build_every_message_with_msg():
    files = sorted([*(ROOT / "lotsendesk" / "domain").rglob("*.py"), *(ROOT / "lotsendesk" / "services").rglob("*.py")])
    assert files
    assert [where for path in files for where in _plain_messages(path)] == []
