"""``lotsendesk backup create|list|restore``: Sicherungen from the command line.

Same conventions as ``cli_commands``: German output, ``Fehler: …`` on stderr with exit 1, exit 2 when the
database cannot be opened. ``restore`` never opens the database before the file is replaced (it must be closed
for that); it shows what the Sicherung holds and asks ``Wiederherstellen? [j/N]`` unless ``--yes`` is given.
"""

import argparse
import sys
from datetime import datetime
from pathlib import Path

from lotsendesk.services.database import Database
from lotsendesk.services.errors import DatabaseError, ServiceError


def create(args: argparse.Namespace) -> int:
    """``backup create -o FILE`` (a folder as FILE: ``<name>-Sicherung-<Datum>_<Zeit>.sqlite`` in it)."""
    from lotsendesk.cli_commands import with_db
    from lotsendesk.services.backup import SUFFIX, create_backup

    def work(db: Database) -> int:
        target: Path = args.output
        if target.is_dir():
            target = target / f"{db.path.stem}-Sicherung-{datetime.now():%Y-%m-%d_%H-%M}{SUFFIX}"
        elif not target.suffix:
            target = target.with_name(target.name + SUFFIX)
        info = create_backup(db, target)
        print(f"Sicherung „{target}“ geschrieben und geprüft: {info.counts()} ({size_text(info.size)}).")
        return 0

    return with_db(args, work)


def list_(args: argparse.Namespace) -> int:
    """``backup list``: the files of the backup folder, newest first, with date, size and what they hold."""
    from lotsendesk.cli_commands import with_db
    from lotsendesk.services.backup import backup_folder, format_time, last_backup_time, list_backups

    def work(db: Database) -> int:
        folder = backup_folder(db)
        listed = list_backups(folder)
        if not listed:
            print(f"Noch keine Sicherungen in „{folder}“.")
            return 0
        print(f"Sicherungen in „{folder}“:")
        for item in listed:
            when = format_time(item.info.created if item.info else item.modified)
            what = item.info.counts() if item.info else f"nicht verwendbar: {item.problem}"
            print(f"  {when}  {size_text(item.size):>9}  {item.path.name}  {what}")
        last = last_backup_time(db)
        if last is not None:
            print(f"Letzte Sicherung dieser Datenbank: {format_time(last)} Uhr")
        return 0

    return with_db(args, work)


def restore(args: argparse.Namespace) -> int:
    """``backup restore FILE [--yes]``: preview, question, the current state backed up, the file replaced, then
    opened once (which brings an older Sicherung up to the current version)."""
    from lotsendesk.cli_commands import fail
    from lotsendesk.services.backup import describe_backup, restore_backup
    from lotsendesk.services.database import open_database, restore_damaged

    path = database_path(args)
    try:
        info = describe_backup(args.file)
    except ServiceError as error:
        return fail(error.message)
    print(f"Die Sicherung „{args.file.name}“ enthält:")
    for line in info.preview().splitlines():
        print(f"  {line}")
    print(f"Sie ersetzt die Datenbank „{path}“. Der jetzige Stand wird vorher gesichert.")
    if not args.yes and not _confirmed("Wiederherstellen? [j/N] "):
        print("Abgebrochen; es wurde nichts verändert.", file=sys.stderr)
        return 1
    try:
        if not path.parent.is_dir() and args.db is None:
            path.parent.mkdir(parents=True, exist_ok=True)  # the default data folder on a new computer
        if _damaged(path):  # its state cannot be backed up first: it is kept aside instead
            aside = restore_damaged(path, args.file)
            print(f"Die beschädigte Datei ist beiseitegelegt als „{aside.name}“.")
            result = None
        else:
            result = restore_backup(path, args.file)
    except DatabaseError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 2
    except ServiceError as error:
        return fail(error.message)
    except OSError as error:
        return fail(f"Der Datenordner „{path.parent}“ kann nicht angelegt werden ({error.strerror or error}).")
    if result is not None and result.previous is not None:
        print(f"Der vorherige Stand ist gesichert in „{result.previous}“.")
    try:
        open_database(path).close()  # an older Sicherung is updated now (with its own Sicherung before)
    except ServiceError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 2
    print(f"Wiederhergestellt: {info.counts()}.")
    return 0


def _damaged(path: Path) -> bool:
    """An existing database file that fails its check (it cannot be backed up before a restore)."""
    from lotsendesk.services.backup import describe_backup

    if not path.exists():
        return False
    try:
        describe_backup(path)
    except ServiceError:
        return True
    return False


def database_path(args: argparse.Namespace) -> Path:
    """The file ``open_db`` would open: ``--db``, ``--demo`` or the default database."""
    from lotsendesk.paths import default_db_path, demo_db_path

    if args.demo:
        return (args.db or demo_db_path()).expanduser().absolute()
    return (args.db or default_db_path()).expanduser().absolute()


def _confirmed(question: str) -> bool:
    try:
        answer = input(question)
    except EOFError:  # no input (a script without --yes): no
        print()
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def size_text(size: int) -> str:
    """``176 KB``, ``1,4 MB`` (German decimal comma)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
