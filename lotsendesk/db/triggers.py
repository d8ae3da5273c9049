"""Rules the database enforces itself, whatever code path writes (GoBD: what was paid is never overwritten).

Versioned constants: migration 0002 creates exactly ``…_V1``; new files get the same through ``install``. A later
change adds ``…_V2`` and a migration that swaps them – never edit V1.
"""

from sqlalchemy import Connection

# An Einsatz that a payout (not storniert) has paid is festgeschrieben: the database itself refuses to change
# or delete it, whatever code path tries (GoBD: corrections go through Storno and a new run).
_PAID = (
    "EXISTS (SELECT 1 FROM auszahlung_posten p JOIN auszahlung a ON a.id = p.auszahlung_id "
    "WHERE p.einsatz_id = OLD.id AND a.betrag_cent >= 0 "
    "AND NOT EXISTS (SELECT 1 FROM auszahlung s WHERE s.storno_von_id = a.id))"
)
FESTSCHREIBUNG_TRIGGERS_V1 = (
    f"CREATE TRIGGER einsatz_festgeschrieben_update BEFORE UPDATE ON einsatz WHEN {_PAID} "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END",
    f"CREATE TRIGGER einsatz_festgeschrieben_delete BEFORE DELETE ON einsatz WHEN {_PAID} "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END",
    "CREATE TRIGGER auszahlung_unveraenderlich_update BEFORE UPDATE ON auszahlung "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END",
    "CREATE TRIGGER auszahlung_unveraenderlich_delete BEFORE DELETE ON auszahlung "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END",
    "CREATE TRIGGER posten_unveraenderlich_update BEFORE UPDATE ON auszahlung_posten "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END",
    "CREATE TRIGGER posten_unveraenderlich_delete BEFORE DELETE ON auszahlung_posten "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END",
)
TRIGGER_NAMES_V1 = (
    "einsatz_festgeschrieben_update",
    "einsatz_festgeschrieben_delete",
    "auszahlung_unveraenderlich_update",
    "auszahlung_unveraenderlich_delete",
    "posten_unveraenderlich_update",
    "posten_unveraenderlich_delete",
)


# An issued document is never deleted; of its columns only ``versandt_am`` may be set, and only once (0003).
DOKUMENT_TRIGGERS_V1 = (
    "CREATE TRIGGER dokument_unveraenderlich_delete BEFORE DELETE ON ausgestelltes_dokument "
    "BEGIN SELECT RAISE(ABORT, 'ausgestellt'); END",
    "CREATE TRIGGER dokument_unveraenderlich_update BEFORE UPDATE ON ausgestelltes_dokument "
    "WHEN OLD.versandt_am IS NOT NULL OR NEW.art IS NOT OLD.art OR NEW.nummer IS NOT OLD.nummer "
    "OR NEW.version IS NOT OLD.version OR NEW.foerderjahr_id IS NOT OLD.foerderjahr_id "
    "OR NEW.auszahlung_id IS NOT OLD.auszahlung_id OR NEW.erstellt_am IS NOT OLD.erstellt_am "
    "OR NEW.sha256 IS NOT OLD.sha256 OR NEW.daten IS NOT OLD.daten OR NEW.pdf IS NOT OLD.pdf "
    "BEGIN SELECT RAISE(ABORT, 'ausgestellt'); END",
)
DOKUMENT_TRIGGER_NAMES_V1 = ("dokument_unveraenderlich_delete", "dokument_unveraenderlich_update")


# The audit trail is only ever appended to (0004).
PROTOKOLL_TRIGGERS_V1 = (
    "CREATE TRIGGER protokoll_nur_anfuegen_update BEFORE UPDATE ON protokoll "
    "BEGIN SELECT RAISE(ABORT, 'protokoll'); END",
    "CREATE TRIGGER protokoll_nur_anfuegen_delete BEFORE DELETE ON protokoll "
    "BEGIN SELECT RAISE(ABORT, 'protokoll'); END",
)
PROTOKOLL_TRIGGER_NAMES_V1 = ("protokoll_nur_anfuegen_update", "protokoll_nur_anfuegen_delete")

# What payouts point at stays (0004): a confirmed payout run is as final as its payouts (its dates and method are
# printed on the Quittungen and in the SEPA file); a Lots*in or Förderjahr with payouts, or a Förderjahr with an
# issued document, is never deleted – refused here too, not only by the foreign keys, so that a connection
# without ``PRAGMA foreign_keys`` cannot either.
BELEG_TRIGGERS_V1 = (
    "CREATE TRIGGER lauf_unveraenderlich_update BEFORE UPDATE ON auszahlungslauf "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END",
    "CREATE TRIGGER lauf_unveraenderlich_delete BEFORE DELETE ON auszahlungslauf "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END",
    "CREATE TRIGGER lotse_mit_auszahlung_delete BEFORE DELETE ON lotse "
    "WHEN EXISTS (SELECT 1 FROM auszahlung WHERE lotse_id = OLD.id) "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END",
    "CREATE TRIGGER foerderjahr_mit_auszahlung_delete BEFORE DELETE ON foerderjahr "
    "WHEN EXISTS (SELECT 1 FROM auszahlung WHERE foerderjahr_id = OLD.id) "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END",
    "CREATE TRIGGER foerderjahr_mit_dokument_delete BEFORE DELETE ON foerderjahr "
    "WHEN EXISTS (SELECT 1 FROM ausgestelltes_dokument WHERE foerderjahr_id = OLD.id) "
    "BEGIN SELECT RAISE(ABORT, 'ausgestellt'); END",
)
BELEG_TRIGGER_NAMES_V1 = (
    "lauf_unveraenderlich_update",
    "lauf_unveraenderlich_delete",
    "lotse_mit_auszahlung_delete",
    "foerderjahr_mit_auszahlung_delete",
    "foerderjahr_mit_dokument_delete",
)


# Anonymisation of a departed Lots*in after the retention period (0005, services/aufbewahrung.py, DSGVO Art. 17):
# two narrowly scoped exceptions. A paid Einsatz may have its Bemerkung emptied – nothing else of it may change in
# that UPDATE, and nothing may be written into it. A Protokoll row about such a person may have its personal
# old/new value replaced by «anonymisiert» – only in the fields that hold personal data (a Lots*in's name and
# contact data, an Einsatz's Bemerkung), only once the Lots*in is anonymised (name = "Lots*in <Nr>"), and every
# other column of the row stays as it was: who changed what when stays visible.
_ONLY_BEMERKUNG_EMPTIED = (
    "NEW.bemerkung = '' AND NEW.id IS OLD.id AND NEW.lotse_id IS OLD.lotse_id AND NEW.datum IS OLD.datum "
    "AND NEW.minuten IS OLD.minuten AND NEW.taetigkeit_id IS OLD.taetigkeit_id AND NEW.import_id IS OLD.import_id"
)
EINSATZ_UPDATE_TRIGGER_V2 = (
    f"CREATE TRIGGER einsatz_festgeschrieben_update BEFORE UPDATE ON einsatz "
    f"WHEN {_PAID} AND NOT ({_ONLY_BEMERKUNG_EMPTIED}) "
    "BEGIN SELECT RAISE(ABORT, 'festgeschrieben'); END"
)
_ANONYMISED_LOTSE = "l.nachname = 'Lots*in ' || l.nr AND l.vorname = ''"
_LOG_ANONYMISATION = (
    "NEW.id IS OLD.id AND NEW.zeit IS OLD.zeit AND NEW.benutzer IS OLD.benutzer AND NEW.name IS OLD.name "
    "AND NEW.tabelle IS OLD.tabelle AND NEW.datensatz_id IS OLD.datensatz_id AND NEW.aktion IS OLD.aktion "
    "AND NEW.feld IS OLD.feld "
    "AND (NEW.alt IS OLD.alt OR NEW.alt = '«anonymisiert»') AND (NEW.neu IS OLD.neu OR NEW.neu = '«anonymisiert»') "
    "AND ((OLD.tabelle = 'lotse' "
    "AND OLD.feld IN ('nachname', 'vorname', 'email', 'telefon', 'anschrift', 'iban', 'sprachen', 'notizen') "
    f"AND EXISTS (SELECT 1 FROM lotse l WHERE l.id = OLD.datensatz_id AND {_ANONYMISED_LOTSE})) "
    "OR (OLD.tabelle = 'einsatz' AND OLD.feld = 'bemerkung' "
    "AND (EXISTS (SELECT 1 FROM einsatz e JOIN lotse l ON l.id = e.lotse_id "
    f"WHERE e.id = OLD.datensatz_id AND {_ANONYMISED_LOTSE}) "
    "OR NOT EXISTS (SELECT 1 FROM einsatz e WHERE e.id = OLD.datensatz_id))))"
)
PROTOKOLL_UPDATE_TRIGGER_V2 = (
    f"CREATE TRIGGER protokoll_nur_anfuegen_update BEFORE UPDATE ON protokoll WHEN NOT ({_LOG_ANONYMISATION}) "
    "BEGIN SELECT RAISE(ABORT, 'protokoll'); END"
)
ANONYMISIERUNG_TRIGGERS_V2 = (EINSATZ_UPDATE_TRIGGER_V2, PROTOKOLL_UPDATE_TRIGGER_V2)
ANONYMISIERUNG_TRIGGERS_V1 = (FESTSCHREIBUNG_TRIGGERS_V1[0], PROTOKOLL_TRIGGERS_V1[0])  # what 0005 replaces
ANONYMISIERUNG_TRIGGER_NAMES = ("einsatz_festgeschrieben_update", "protokoll_nur_anfuegen_update")


def install(connection: Connection) -> None:
    """Create the triggers in a brand-new file (which is built from the models, not the migrations): the current
    version of each (V1, but the two 0005 replaced by V2)."""
    replaced = set(ANONYMISIERUNG_TRIGGERS_V1)
    for statement in (*FESTSCHREIBUNG_TRIGGERS_V1, *DOKUMENT_TRIGGERS_V1, *PROTOKOLL_TRIGGERS_V1, *BELEG_TRIGGERS_V1):
        if statement not in replaced:
            connection.exec_driver_sql(statement)
    for statement in ANONYMISIERUNG_TRIGGERS_V2:
        connection.exec_driver_sql(statement)
