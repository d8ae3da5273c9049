"""Hand unfinished translations to a translator and back, without Qt Linguist.

    uv run python translations/todo.py dump todo.json   # every unfinished (context, source) with the old text
    uv run python translations/todo.py apply done.json  # fills them in; then run translations/update.py again

done.json is the dumped list with "translation" filled in. Entries left empty stay unfinished.
"""

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("lotsendesk_en.ts")


def _unfinished(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                yield name, message, translation


def dump(target: Path) -> None:
    root = ET.parse(TS).getroot()
    items = [
        {"context": name, "source": m.findtext("source"), "guess": t.text or "", "translation": ""}
        for name, m, t in _unfinished(root)
    ]
    target.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} unfinished strings written to {target}")


def apply(source: Path) -> None:
    done = {(i["context"], i["source"]): i["translation"] for i in json.loads(source.read_text(encoding="utf-8"))}
    tree = ET.parse(TS)
    count = 0
    for name, message, translation in _unfinished(tree.getroot()):
        text = done.get((name, message.findtext("source")), "")
        if text:
            translation.text = text
            del translation.attrib["type"]
            count += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{count} translations filled in")


if __name__ == "__main__":
    {"dump": dump, "apply": apply}[sys.argv[1]](Path(sys.argv[2]))
