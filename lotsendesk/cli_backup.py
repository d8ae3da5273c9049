"""``lotsendesk backup create|list|restore``: Sicherungen from the command line.

Same conventions as ``cli_commands``: German output, ``Fehler: …`` on stderr with exit 1, exit 2 when the
database cannot be opened. ``restore`` never opens the database before the file is replaced (it must be closed
for that); it shows what the Sicherung holds and asks ``Wiederherstellen? [j/N]`` unless ``--yes`` is given.

Encrypted Sicherungen: ``create --encrypt`` asks for the password twice, ``restore`` asks for it when the file is
encrypted; scripts give it in the environment variable ``LOTSENDESK_BACKUP_PASSWORD`` instead.
"""

import argparse
import getpass
import os
import sys
from datetime import datetime
from pathlib import Path

from lotsendesk.services.database import Database
from lotsendesk.services.errors import DatabaseError, ServiceError

PASSWORD_VARIABLE = "LOTSENDESK_BACKUP_PASSWORD"


class _NoPassword(Exception):
    """No password was given (or the two did not match); the text says why."""


def create(args: argparse.Namespace) -> int:
    """``backup create -o FILE [--encrypt]`` (a folder as FILE: ``<name>-Sicherung-<Datum>_<Zeit>.sqlite`` in it;
    encrypted: ``.sqlite.enc``)."""
    from lotsendesk.cli_commands import fail, with_db
    from lotsendesk.services.backup import ENCRYPTED_SUFFIX, SUFFIX, create_backup

    password = None
    if getattr(args, "encrypt", False):
        try:
            password = _password(confirm=True)
        except _NoPassword as error:
            return fail(str(error))
    suffix = ENCRYPTED_SUFFIX if password is not None else SUFFIX

    def work(db: Database) -> int:
        target: Path = args.output
        if target.is_dir():
            target = target / f"{db.path.stem}-Sicherung-{datetime.now():%Y-%m-%d_%H-%M}{suffix}"
        elif not target.suffix:
            target = target.with_name(target.name + suffix)
        info = create_backup(db, target, password=password)
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
    from lotsendesk.services.backup import describe_backup, is_encrypted, restore_backup
    from lotsendesk.services.database import open_database, restore_damaged

    path = database_path(args)
    password = None
    try:
        if is_encrypted(args.file):
            password = _password(confirm=False)
        info = describe_backup(args.file, password=password)
    except _NoPassword as error:
        return fail(str(error))
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
            aside = restore_damaged(path, args.file, password=password)
            print(f"Die beschädigte Datei ist beiseitegelegt als „{aside.name}“.")
            result = None
        else:
            result = restore_backup(path, args.file, password=password)
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


def _password(*, confirm: bool) -> str:
    """The password from ``LOTSENDESK_BACKUP_PASSWORD`` or asked (twice with ``confirm``) without echo."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    try:
        password = getpass.getpass("Kennwort: ")
        if password and confirm and getpass.getpass("Kennwort wiederholen: ") != password:
            raise _NoPassword("Die beiden Kennwörter stimmen nicht überein; es wurde nichts geschrieben.")
    except EOFError:
        password = ""
    if not password:
        raise _NoPassword(f"Kein Kennwort angegeben (oder in der Umgebungsvariable {PASSWORD_VARIABLE}).")
    return password


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
