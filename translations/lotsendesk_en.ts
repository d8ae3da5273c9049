<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="18"/>
        <source>EinsaetzeModel</source>
        <comment>Nr.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="19"/>
        <source>EinsaetzeModel</source>
        <comment>Lots*in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="20"/>
        <source>EinsaetzeModel</source>
        <comment>Stunden</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="21"/>
        <source>EinsaetzeModel</source>
        <comment>Tätigkeit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="22"/>
        <source>EinsaetzeModel</source>
        <comment>Bemerkung</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="54"/>
        <source>LotsenModel</source>
        <comment>Name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="55"/>
        <source>LotsenModel</source>
        <comment>Rolle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="56"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="431"/>
        <source>LotsenModel</source>
        <comment>Qualifiziert am</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="57"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="432"/>
        <source>LotsenModel</source>
        <comment>Eintritt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="58"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="433"/>
        <source>LotsenModel</source>
        <comment>Austritt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="59"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="434"/>
        <source>LotsenModel</source>
        <comment>Status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="60"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="435"/>
        <source>LotsenModel</source>
        <comment>Einsätze</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="61"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="436"/>
        <source>LotsenModel</source>
        <comment>Stunden</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="425"/>
        <source>LotsenModel</source>
        <comment>Nr.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="427"/>
        <source>LotsenModel</source>
        <comment>%1 seit %2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="428"/>
        <source>Lotsen</source>
        <comment>koordinierende*r Lots*in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="431"/>
        <source>LotsenModel</source>
        <comment>nicht qualifiziert</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="434"/>
        <source>Lotsen</source>
        <comment>ausgeschieden</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EinsaetzePage</name>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="40"/>
        <source>Einsätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="41"/>
        <source>Stunden von den Stundenzetteln erfassen: Lots*in, Datum, Dauer eintippen – Enter speichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="52"/>
        <source>Erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="54"/>
        <source>Speichert den Einsatz (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="68"/>
        <source>Filter Lots*in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="71"/>
        <source>Filter Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="73"/>
        <source>Filter Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="74"/>
        <source>Alle Monate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="78"/>
        <source>Suchen in Name, Tätigkeit, Bemerkung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="79"/>
        <source>Suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="81"/>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="116"/>
        <source>Noch keine Einsätze erfasst. Tippen Sie oben Lots*in, Datum und Dauer ein und drücken Sie Enter – oder importieren Sie eine Liste (Datei → Einsätze importieren …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="134"/>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="136"/>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="171"/>
        <source>Alle Lots*innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="175"/>
        <source>Alle Jahre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="200"/>
        <source>%1 Einsätze · %2 Stunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="221"/>
        <source>Einsatz erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="231"/>
        <source>Gespeichert: %1, %2, %3 Stunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="279"/>
        <source>Einsatz bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="286"/>
        <source>Einsatz ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="301"/>
        <source>Der ausgewählte Einsatz wird gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="303"/>
        <source>%1 Einsätze werden gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="307"/>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="317"/>
        <source>Einsätze löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="308"/>
        <source>Mit Strg+Z können Sie das rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="319"/>
        <source>Einsatz löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="319"/>
        <source>%1 Einsätze löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="328"/>
        <source>Ein Einsatz wurde gelöscht (Strg+Z macht es rückgängig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="330"/>
        <source>%1 Einsätze wurden gelöscht (Strg+Z macht es rückgängig).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EinsatzDialog</name>
    <message>
        <location filename="../lotsendesk/ui/einsatz_dialog.py" line="26"/>
        <source>Einsatz bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EinsatzForm</name>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="44"/>
        <source>Nr. oder Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="53"/>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="56"/>
        <source>z. B. 2,5 oder 2:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="64"/>
        <source>ohne Namen begleiteter Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="67"/>
        <source>Lots*in *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="68"/>
        <source>Datum *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="69"/>
        <source>Dauer (Std.) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="70"/>
        <source>Tätigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="71"/>
        <source>Bemerkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="193"/>
        <source>Bitte eine*n Lots*in angeben (Nr. oder Name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="203"/>
        <source>„%1“ passt auf %2 Personen – bitte genauer eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="208"/>
        <source>Keine*n Lots*in mit „%1“ gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="222"/>
        <source>Die Tätigkeit „%1“ gibt es nicht. Bitte aus der Liste wählen (Liste ändern: Bearbeiten → Tätigkeiten bearbeiten).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="31"/>
        <source>Lots*innen importieren – CSV-Datei wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="33"/>
        <source>Einsätze importieren – CSV-Datei wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="34"/>
        <source>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="49"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="74"/>
        <source>Import „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="78"/>
        <source>Mit Bearbeiten → Rückgängig (Strg+Z) können Sie den Import wieder entfernen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="89"/>
        <source>Import nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="94"/>
        <source>Nichts wurde importiert. In „%1“ ist 1 Zeile fehlerhaft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="96"/>
        <source>Nichts wurde importiert. In „%1“ gibt es %2 Fehler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="98"/>
        <source>Bitte korrigieren Sie die Datei und importieren Sie sie dann noch einmal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="107"/>
        <source>Liste kopieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotseDialog</name>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="221"/>
        <source>Neue*r Lots*in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="224"/>
        <source>Lots*in bearbeiten – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="237"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="262"/>
        <source>Eintritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="238"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="265"/>
        <source>Austritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="240"/>
        <source>Rollen mit Datum des Wechsels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="241"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="279"/>
        <source>Qualifiziert am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="251"/>
        <source>z. B. Arabisch, Türkisch, Englisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="256"/>
        <source>Person und Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="258"/>
        <source>Nr. *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="259"/>
        <source>Nachname *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="260"/>
        <source>Vorname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="261"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="268"/>
        <source>Einsätze vor dem Eintritt oder nach dem Austritt werden nicht angenommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="272"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="275"/>
        <source>Wechselt die Rolle, fügen Sie eine Zeile mit dem Datum des Wechsels hinzu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="283"/>
        <source>Abschluss der Basisqualifizierung. Leer lassen, solange sie fehlt – Stunden davor werden nicht abgerechnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="288"/>
        <source>Kontakt und Auszahlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="290"/>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="291"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="294"/>
        <source>Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="297"/>
        <source>Für Quittung und Jahresbescheinigung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="299"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="300"/>
        <source>Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="301"/>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="319"/>
        <source>* Pflichtangabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="538"/>
        <source>Die Nr. %1 hat bereits %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lotsen</name>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="38"/>
        <source>koordinierende*r Lots*in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="39"/>
        <source>Lots*in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="44"/>
        <source>pausiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="46"/>
        <source>ausgeschieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="47"/>
        <source>aktiv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotsenModel</name>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="201"/>
        <source>%1 seit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="204"/>
        <source>nicht qualifiziert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="219"/>
        <source>Sprachen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="222"/>
        <source>Ohne abgeschlossene Basisqualifizierung können die Stunden nicht über WIR abgerechnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotsenPage</name>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="70"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="166"/>
        <source>Lots*innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="72"/>
        <source>Alle Lots*innen des Projekts mit Rolle, Qualifizierung und den bisher erfassten Stunden. Doppelklick öffnet eine Person zum Bearbeiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="76"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="266"/>
        <source>Neue*r Lots*in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="78"/>
        <source>Neue*r Lots*in anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="84"/>
        <source>Suchen nach Nr., Name oder Sprache …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="85"/>
        <source>Lots*innen suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="89"/>
        <source>Aktive und pausierte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="90"/>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="91"/>
        <source>Ausgeschiedene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="92"/>
        <source>Welche Lots*innen anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="94"/>
        <source>Anzeigen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="109"/>
        <source>Liste der Lots*innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="139"/>
        <source>Bearbeiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="141"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="303"/>
        <source>Deaktivieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="143"/>
        <source>Status auf „ausgeschieden“ setzen; die Person und ihre Einsätze bleiben gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="146"/>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="147"/>
        <source>Nur für Personen ohne erfasste Einsätze (Entf-Taste).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="201"/>
        <source>Noch keine Lots*innen erfasst. Legen Sie mit „Neue*r Lots*in“ die erste Person an – oder importieren Sie eine Liste (Datei → Lots*innen importieren…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="206"/>
        <source>Keine Lots*in passt zu „%1“. Prüfen Sie die Schreibweise oder wählen Sie bei „Anzeigen“ „Alle“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="209"/>
        <source>Es ist noch niemand ausgeschieden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="212"/>
        <source>Alle Lots*innen sind ausgeschieden. Wählen Sie bei „Anzeigen“ „Alle“, um sie zu sehen, oder legen Sie mit „Neue*r Lots*in“ eine neue Person an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="224"/>
        <source>1 Lots*in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="226"/>
        <source>%1 Lots*innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="228"/>
        <source>%1 (von %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="232"/>
        <source>%1 · %2 Einsätze · %3 Stunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="274"/>
        <source>Lots*in %1 anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="288"/>
        <source>Lots*in bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="293"/>
        <source>Lots*in %1 bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="309"/>
        <source>Der Austritt bleibt am %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="312"/>
        <source>Als Austritt wird heute, der %1, eingetragen; gilt ein anderes Datum, ändern Sie es danach mit „Bearbeiten…“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="317"/>
        <source>%1 deaktivieren?

Der Status wird „ausgeschieden“. %2 Die Person und ihre bisherigen Einsätze bleiben gespeichert; neue Einsätze nach dem Austritt werden nicht mehr angenommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="325"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="336"/>
        <source>Lots*in deaktivieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="338"/>
        <source>Lots*in %1 deaktivieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="348"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="358"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="368"/>
        <source>Lots*in löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="353"/>
        <source>%1 löschen?

Alle Angaben zu dieser Person (Anschrift, IBAN, Rollen, Notizen) werden gelöscht; Einsätze hat sie keine. Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="374"/>
        <source>Lots*in %1 löschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="35"/>
        <source>LotsenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="48"/>
        <source>Lots*innen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="48"/>
        <source>Einsätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="72"/>
        <source>Datenbank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="106"/>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="107"/>
        <source>Lots*innen &amp;importieren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="109"/>
        <source>&amp;Einsätze importieren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="112"/>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="116"/>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="117"/>
        <source>Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="119"/>
        <source>Wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="129"/>
        <source>&amp;Tätigkeiten bearbeiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="132"/>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="141"/>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="142"/>
        <source>Ü&amp;ber LotsenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="156"/>
        <source>Über LotsenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="158"/>
        <source>&lt;h3&gt;LotsenDesk %1&lt;/h3&gt;&lt;p&gt;Erfassung von Lots*innen und Einsätzen für Projekte im Landesprogramm „WIR – Vielfalt und Teilhabe“.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="17"/>
        <source>EinsaetzeModel</source>
        <comment>Datum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="53"/>
        <source>LotsenModel</source>
        <comment>Nr.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location filename="../lotsendesk/ui/undo.py" line="36"/>
        <source>LotsenDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollenEditor</name>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="97"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="99"/>
        <source>Rollenwechsel hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="124"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="126"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="184"/>
        <source>von Beginn an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="127"/>
        <source>Rolle ab Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="129"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="131"/>
        <source>Diese Rolle entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="134"/>
        <source>ab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaetigkeitenDialog</name>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="46"/>
        <source>Tätigkeiten bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="51"/>
        <source>Unter diesen Tätigkeiten werden Einsätze erfasst. Ein neuer Name gilt auch für die schon erfassten Einsätze. Löschen lässt sich nur eine Tätigkeit, die noch nie erfasst wurde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="58"/>
        <source>Neue Tätigkeit, z. B. Begleitung Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="59"/>
        <source>Name der neuen Tätigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="62"/>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="69"/>
        <source>Tätigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="69"/>
        <source>Einsätze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="73"/>
        <source>Liste der Tätigkeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="89"/>
        <source>Umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="90"/>
        <source>Den Namen in der Liste ändern (auch mit Doppelklick oder F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="92"/>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="93"/>
        <source>Nur Tätigkeiten, die noch nie erfasst wurden (Entf-Taste).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="104"/>
        <source>Strg+Z macht die letzte Änderung hier rückgängig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="128"/>
        <source>Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="131"/>
        <source>Wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="165"/>
        <source>noch nie erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="167"/>
        <source>%1-mal erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="211"/>
        <source>Tätigkeit „%1“ hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="214"/>
        <source>„%1“ hinzugefügt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="235"/>
        <source>Tätigkeit „%1“ in „%2“ umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="239"/>
        <source>„%1“ heißt jetzt „%2“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="250"/>
        <source>Tätigkeit löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="251"/>
        <source>„%1“ löschen?

Sie wurde noch nie erfasst; es gehen keine Einsätze verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="272"/>
        <source>Tätigkeit „%1“ löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="274"/>
        <source>„%1“ gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="280"/>
        <source>Rückgängig gemacht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="286"/>
        <source>Wiederholt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../lotsendesk/ui/app.py" line="56"/>
        <location filename="../lotsendesk/ui/app.py" line="91"/>
        <source>LotsenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/app.py" line="92"/>
        <source>Ein unerwarteter Fehler ist aufgetreten; die letzte Aktion wurde möglicherweise nicht ausgeführt. Ihre gespeicherten Daten sind nicht betroffen.

Einzelheiten stehen in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
