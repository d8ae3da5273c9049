"""Refresh translations/lotsendesk_en.ts from the German source strings, then compile the .qm.

Run: uv run python translations/update.py
New or changed strings appear as "unfinished" in the .ts; translate them (Qt Linguist or a text editor),
then run this again. tests/test_translations.py fails while any string is unfinished or the .qm is stale.
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TS = HERE / "lotsendesk_en.ts"
QM = HERE / "lotsendesk_en.qm"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def sources() -> list[str]:
    """The Python files lupdate reads, relative to ROOT (run the tools with cwd=ROOT)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "lotsendesk").rglob("*.py") if "migrations" not in p.parts)


def lupdate(ts: Path) -> None:
    """Merge the code's strings into ``ts`` (tests run this on a copy to see whether the .ts is up to date)."""
    subprocess.run(
        [
            tool("lupdate"),
            "-no-obsolete",
            "-source-language",
            "de_DE",
            "-target-language",
            "en_GB",
            *sources(),
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def main() -> None:
    lupdate(TS.relative_to(ROOT))
    lrelease(TS, QM)


if __name__ == "__main__":
    main()
