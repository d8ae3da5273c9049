"""The models and the Alembic migrations must describe the same schema: new files are created from the
models (and stamped), existing ones are migrated – both must end up identical."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from lotsendesk.db import migrate
from lotsendesk.db.engine import make_engine
from lotsendesk.db.models import Base


def test_migrations_produce_exactly_the_models_schema(tmp_path):
    engine = make_engine(tmp_path / "migrated.sqlite")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_new_file_is_stamped_with_the_head_revision(tmp_path):
    engine = make_engine(tmp_path / "new.sqlite")
    migrate.create_new(engine)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION == migrate.script_head()
        indexes = {ix["name"] for ix in inspect(connection).get_indexes("einsatz")}
        protokoll_indexes = {ix["name"] for ix in inspect(connection).get_indexes("protokoll")}
    engine.dispose()
    assert {"ix_einsatz_datum", "ix_einsatz_lotse_datum", "ix_einsatz_taetigkeit_id"} <= indexes
    assert protokoll_indexes == {"ix_protokoll_tabelle_datensatz", "ix_protokoll_zeit"}


def _triggers(engine) -> set[str]:
    with engine.connect() as connection:
        return set(connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())


def test_new_and_migrated_files_have_the_same_triggers(tmp_path):
    migrated = make_engine(tmp_path / "migrated.sqlite")
    migrate.upgrade(migrated)
    new = make_engine(tmp_path / "new.sqlite")
    migrate.create_new(new)
    assert (
        _triggers(migrated)
        == _triggers(new)
        == {
            "einsatz_festgeschrieben_update",
            "einsatz_festgeschrieben_delete",
            "auszahlung_unveraenderlich_update",
            "auszahlung_unveraenderlich_delete",
            "posten_unveraenderlich_update",
            "posten_unveraenderlich_delete",
            "dokument_unveraenderlich_delete",
            "dokument_unveraenderlich_update",
            "protokoll_nur_anfuegen_update",
            "protokoll_nur_anfuegen_delete",
            "lauf_unveraenderlich_update",
            "lauf_unveraenderlich_delete",
            "lotse_mit_auszahlung_delete",
            "foerderjahr_mit_auszahlung_delete",
            "foerderjahr_mit_dokument_delete",
        }
    )
    migrated.dispose()
    new.dispose()


def test_an_issued_document_cannot_be_changed_or_deleted_only_sent_once(db):
    from datetime import date, datetime

    import pytest
    from sqlalchemy import delete, update
    from sqlalchemy.exc import IntegrityError

    from lotsendesk.db.models import AusgestelltesDokument

    with db.session() as session:
        session.add(
            AusgestelltesDokument(
                art="verwendungsnachweis",
                nummer="2025",
                version=1,
                erstellt_am=datetime(2026, 3, 1, 10, 0),
                sha256="0" * 64,
                daten="{}",
                pdf=b"%PDF",
            )
        )
    table = AusgestelltesDokument.__table__
    for statement in (delete(table), update(table).values(daten='{"x": 1}'), update(table).values(pdf=b"x")):
        with pytest.raises(IntegrityError, match="ausgestellt"), db.engine.begin() as connection:
            connection.execute(statement)
    with db.engine.begin() as connection:
        connection.execute(update(table).values(versandt_am=date(2026, 3, 20)))
    with pytest.raises(IntegrityError, match="ausgestellt"), db.engine.begin() as connection:
        connection.execute(update(table).values(versandt_am=date(2026, 3, 21)))
    with db.session() as session:
        row = session.get(AusgestelltesDokument, 1)
        assert (row.versandt_am, row.daten, row.pdf) == (date(2026, 3, 20), "{}", b"%PDF")


def _trigger_sql(engine) -> dict[str, str]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        return {name: " ".join(sql.split()) for name, sql in rows}


def test_new_and_migrated_files_have_the_same_trigger_definitions(tmp_path):
    """0005 replaced two triggers (anonymisation): a new file must get the same new versions."""
    migrated = make_engine(tmp_path / "migrated.sqlite")
    migrate.upgrade(migrated)
    new = make_engine(tmp_path / "new.sqlite")
    migrate.create_new(new)
    assert _trigger_sql(migrated) == _trigger_sql(new)
    assert "NEW.bemerkung = ''" in _trigger_sql(new)["einsatz_festgeschrieben_update"]
    assert "«anonymisiert»" in _trigger_sql(new)["protokoll_nur_anfuegen_update"]
    migrated.dispose()
    new.dispose()


def test_0005_upgrades_a_0004_file_with_its_data_and_downgrades_again(tmp_path):
    from alembic import command

    from lotsendesk.db.triggers import PROTOKOLL_TRIGGERS_V1

    engine = make_engine(tmp_path / "old.sqlite")
    with engine.begin() as connection:
        command.upgrade(migrate._config(connection), "0004")
        connection.exec_driver_sql(
            "INSERT INTO lotse (id, nr, nachname, vorname, email, telefon, anschrift, iban, "
            "sprachen, notizen, status) VALUES (1, '7', 'Yılmaz', 'Şükrü', '', '', '', '', "
            "'', '', 'aktiv')"
        )
    old = _trigger_sql(engine)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
        assert connection.exec_driver_sql("SELECT nachname FROM lotse").scalar() == "Yılmaz"
    assert set(_trigger_sql(engine)) == set(old)
    with engine.begin() as connection:
        command.downgrade(migrate._config(connection), "0004")
    assert _trigger_sql(engine)["protokoll_nur_anfuegen_update"] == " ".join(PROTOKOLL_TRIGGERS_V1[0].split())
    assert _trigger_sql(engine) == old
    engine.dispose()
