"""Where the user's data lives: platformdirs' user data folder, or ``LOTSENDESK_DATA_DIR``."""

import os
from pathlib import Path

APP_NAME = "LotsenDesk"
DB_FILENAME = "lotsendesk.sqlite"


def data_dir() -> Path:
    override = os.environ.get("LOTSENDESK_DATA_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


def _asset_dir(name: str) -> Path:
    """``resources/`` or ``translations/``: inside the package when installed or frozen, else the source tree."""
    package = Path(__file__).resolve().parent
    inside = package / name
    return inside if inside.is_dir() else package.parent / name


def resources_dir() -> Path:
    return _asset_dir("resources")


def translations_dir() -> Path:
    return _asset_dir("translations")


def help_dir() -> Path:
    """The user guide (``hilfe.html``) shown by F1."""
    return resources_dir() / "help"
