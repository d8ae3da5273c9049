"""Time the Sicherungen on a big database: the online backup with its check, the restore preview, the listing and a
restore (current state backed up first).

    uv run python benchmarks/bench_backup.py [PATH]

Without PATH a temporary database with 100,000 Einsätze is made first (benchmarks/make_big_db.py). PATH itself is
never changed: the restore runs on a copy.
"""

import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from lotsendesk.services.backup import create_backup, describe_backup, list_backups, restore_backup
from lotsendesk.services.database import open_database


def timed(label: str, work):
    start = time.perf_counter()
    result = work()
    print(f"{label}: {time.perf_counter() - start:.3f} s")
    return result


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if len(sys.argv) > 1:
            source = Path(sys.argv[1])
        else:
            source = work / "big.sqlite"
            subprocess.run([sys.executable, str(Path(__file__).with_name("make_big_db.py")), str(source)], check=True)
        path = work / "verein.sqlite"
        shutil.copyfile(source, path)
        db = open_database(path)
        print(f"Datenbank: {path.stat().st_size / 1e6:.1f} MB")
        target = work / "Sicherungen" / "s.sqlite"
        target.parent.mkdir()
        info = timed("create_backup (Kopie + integrity_check)", lambda: create_backup(db, target))
        print(f"  {info.counts()}, {info.size / 1e6:.1f} MB")
        for day in range(1, 4):
            create_backup(db, target.with_name(f"verein-2026-12-0{day}.sqlite"), now=datetime(2026, 12, day, 18))
        timed("describe_backup (Vorschau, mit Prüfung)", lambda: describe_backup(target))
        timed("list_backups (4 Dateien, ohne Prüfung)", lambda: list_backups(target.parent))
        db.close()
        timed("restore_backup (Stand vorher gesichert, Datei ersetzt)", lambda: restore_backup(path, target))
        timed("open_database danach", lambda: open_database(path).close())
    return 0


if __name__ == "__main__":
    sys.exit(main())
