"""A file of revision 0003 (before the audit trail) opens, migrates to 0004 with its data intact, gets the
append-only log and the new guards, and records changes from then on."""

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from lotsendesk.db import migrate
from lotsendesk.db.engine import make_engine
from lotsendesk.services import protokoll as log
from lotsendesk.services.database import open_database
from lotsendesk.services.einsaetze import EinsatzFilter, query_einsaetze
from lotsendesk.services.errors import ServiceError
from lotsendesk.services.lotsen import get_lotse, update_lotse
from lotsendesk.services.traeger import get_traeger


def _file_of_revision_0003(path: Path) -> None:
    """Upgrade an empty file to 0003 with Alembic and fill it the way LotsenDesk 0003 did: plain SQL, no models
    (they describe 0004)."""
    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(migrate._config(connection), "0003")
        run = connection.execute
        run(text("INSERT INTO meta (key, value) VALUES ('application', 'LotsenDesk'), ('app_version', '0.3.0'), "
                 "('traeger.name', 'Interkultureller Verein e. V.')"))  # fmt: skip
        run(text("INSERT INTO taetigkeit (id, name, position) VALUES (1, 'Begleitung Behörde', 0)"))
        run(
            text(
                "INSERT INTO lotse (id, nr, nachname, vorname, email, telefon, anschrift, iban, sprachen, notizen, "
                "status, eintritt) VALUES (1, '7', 'Yılmaz', 'Şükrü', '', '069 1', '', 'DE89370400440532013000', "
                "'tr', '', 'aktiv', '2024-01-01')"
            )
        )
        run(text("INSERT INTO rollenzuordnung (lotse_id, rolle, gueltig_ab) VALUES (1, 'lotsin', NULL)"))
        run(
            text(
                "INSERT INTO einsatz (id, lotse_id, datum, minuten, taetigkeit_id, bemerkung) VALUES "
                "(1, 1, '2025-01-10', 90, 1, 'Ausländerbehörde'), (2, 1, '2025-02-10', 60, NULL, '')"
            )
        )
        run(
            text(
                "INSERT INTO foerderjahr (id, jahr, aktenzeichen, bewilligung_von, bewilligung_bis, "
                "bewilligt_einsatz_cent, bewilligt_koordination_cent, bewilligt_quali_cent, nebenbestimmungen, "
                "satz_cent, cap_lotsin_minuten, cap_koordinierend_minuten, woche_lotsin_minuten, "
                "woche_koordinierend_minuten, cap_methode, notizen) VALUES (1, 2025, 'II 25', '2025-01-01', "
                "'2025-12-31', 500000, 0, 0, 'ANBest-P', 500, 16560, 24840, 360, 540, 'anteilig', '')"
            )
        )
        run(
            text(
                "INSERT INTO auszahlungslauf (id, foerderjahr_id, bis, bezahlt_am, methode, erstellt_am) "
                "VALUES (1, 1, '2025-01-31', '2025-02-05', 'bar', '2025-02-05 10:00:00.000000')"
            )
        )
        run(
            text(
                "INSERT INTO auszahlung (id, lauf_id, foerderjahr_id, lotse_id, beleg_jahr, beleg_lfd, bezahlt_am, "
                "methode, minuten, betrag_cent, grund, erstellt_am) VALUES (1, 1, 1, 1, 2025, 1, '2025-02-05', "
                "'bar', 90, 750, '', '2025-02-05 10:00:00.000000')"
            )
        )
        run(text("INSERT INTO auszahlung_posten (auszahlung_id, einsatz_id, minuten) VALUES (1, 1, 90)"))
        assert migrate.current_revision(connection) == "0003"
    engine.dispose()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "verein-0003.sqlite"
    _file_of_revision_0003(path)
    return path


def test_a_0003_file_migrates_to_0004_with_its_data_intact(old_file: Path):
    db = open_database(old_file)
    try:
        with db.reading() as connection:
            assert migrate.current_revision(connection) == migrate.HEAD_REVISION
            triggers = set(
                connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars()
            )
        assert {"protokoll_nur_anfuegen_update", "protokoll_nur_anfuegen_delete", "lauf_unveraenderlich_delete"} <= (
            triggers
        )
        lotse = get_lotse(db, 1)
        assert (lotse.nachname, lotse.vorname, lotse.iban, lotse.telefon) == (
            "Yılmaz",
            "Şükrü",
            "DE89370400440532013000",
            "069 1",
        )
        assert [r.rolle.value for r in lotse.rollen] == ["lotsin"]
        assert get_traeger(db).name == "Interkultureller Verein e. V."
        rows = query_einsaetze(db, EinsatzFilter())
        assert [(r.datum, r.minuten, r.taetigkeit, r.bemerkung, r.beleg) for r in rows] == [
            (date(2025, 1, 10), 90, "Begleitung Behörde", "Ausländerbehörde", "2025-001"),
            (date(2025, 2, 10), 60, "", "", ""),
        ]
        assert log.protokoll(db) == []  # nothing of the past is invented
        with pytest.raises(ServiceError, match="festgeschrieben"), db.session() as session:  # guarded as before
            session.execute(text("DELETE FROM einsatz WHERE id = 1"))
        with pytest.raises(ServiceError, match="festgeschrieben"), db.session() as session:  # and newly
            session.execute(text("UPDATE auszahlungslauf SET bezahlt_am = '2025-02-06'"))
        update_lotse(db, 1, replace(lotse, telefon="069 2"))
        (entry,) = log.verlauf(db, "lotse", 1)
        assert (entry.aktion, entry.feld, entry.alt, entry.neu) == ("geändert", "telefon", "069 1", "069 2")
        assert isinstance(entry.zeit, datetime)
        with pytest.raises(ServiceError), db.session() as session:
            session.execute(text("DELETE FROM protokoll"))
        assert len(log.protokoll(db)) == 1
    finally:
        db.close()
