<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>EinsaetzeModel</name>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="16"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="17"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="18"/>
        <source>Lots*in</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="19"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="20"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="21"/>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EinsaetzePage</name>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="42"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="43"/>
        <source>Stunden von den Stundenzetteln erfassen: Lots*in, Datum, Dauer eintippen – Enter speichert.</source>
        <translation>Enter the hours from the timesheets: type guide, date and duration – Enter saves.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="54"/>
        <source>Erfassen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="57"/>
        <source>Speichert den Einsatz (Enter)</source>
        <translation>Saves the assignment (Enter)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="71"/>
        <source>Filter Lots*in</source>
        <translation>Filter by guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="74"/>
        <source>Filter Jahr</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="76"/>
        <source>Filter Monat</source>
        <translation>Filter by month</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="77"/>
        <source>Alle Monate</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="81"/>
        <source>Suchen in Name, Tätigkeit, Bemerkung …</source>
        <translation>Search name, activity, note…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="82"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="84"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="220"/>
        <source>Noch keine Einsätze erfasst. Tippen Sie oben Lots*in, Datum und Dauer ein und drücken Sie Enter – oder importieren Sie eine Liste (Datei → Einsätze importieren…).</source>
        <translation>No assignments recorded yet. Type a guide, date and duration above and press Enter – or import a list (File → Import assignments…).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="133"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="135"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="172"/>
        <source>Alle Lots*innen</source>
        <translation>All guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="176"/>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="200"/>
        <source>%1 Einsätze · %2 Stunden</source>
        <translation>%1 assignments · %2 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="200"/>
        <source>1 Einsatz · %2 Stunden</source>
        <translation>1 assignment · %2 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="216"/>
        <source>Noch keine Lots*innen angelegt. Legen Sie sie zuerst auf der Seite „Lots*innen“ an (Strg+2) – oder importieren Sie Ihre Liste (Datei → Lots*innen importieren…).</source>
        <translation>No guides yet. Add them first on the “Guides” page (Ctrl+2) – or import your list (File → Import guides…).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="243"/>
        <source>Einsatz erfassen</source>
        <translation>Record assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="253"/>
        <source>Gespeichert: %1, %2, %3 Stunden.</source>
        <translation>Saved: %1, %2, %3 hours.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="301"/>
        <source>Einsatz bearbeiten</source>
        <translation>Edit assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="308"/>
        <source>Einsatz ändern</source>
        <translation>Change assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="323"/>
        <source>Der ausgewählte Einsatz wird gelöscht.</source>
        <translation>The selected assignment will be deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="325"/>
        <source>%1 Einsätze werden gelöscht.</source>
        <translation>%1 assignments will be deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="329"/>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="336"/>
        <source>Einsätze löschen</source>
        <translation>Delete assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="330"/>
        <source>Mit Strg+Z können Sie das rückgängig machen.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="338"/>
        <source>Einsatz löschen</source>
        <translation>Delete assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="338"/>
        <source>%1 Einsätze löschen</source>
        <translation>Delete %1 assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="347"/>
        <source>Ein Einsatz wurde gelöscht (Strg+Z macht das rückgängig).</source>
        <translation>One assignment was deleted (Ctrl+Z undoes this).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="349"/>
        <source>%1 Einsätze wurden gelöscht (Strg+Z macht das rückgängig).</source>
        <translation>%1 assignments were deleted (Ctrl+Z undoes this).</translation>
    </message>
</context>
<context>
    <name>EinsatzDialog</name>
    <message>
        <location filename="../lotsendesk/ui/einsatz_dialog.py" line="26"/>
        <source>Einsatz bearbeiten</source>
        <translation>Edit assignment</translation>
    </message>
</context>
<context>
    <name>EinsatzForm</name>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="44"/>
        <source>Nr. oder Name</source>
        <translation>No. or name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="53"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="56"/>
        <source>z. B. 2,5 oder 2:30</source>
        <translation>e.g. 2.5 or 2:30</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="64"/>
        <source>ohne Namen begleiteter Personen</source>
        <translation>no names of the people accompanied</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="67"/>
        <source>Lots*in *</source>
        <translation>Guide *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="68"/>
        <source>Datum *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="69"/>
        <source>Dauer (Std.) *</source>
        <translation>Duration (hrs) *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="70"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="71"/>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="197"/>
        <source>Bitte eine*n Lots*in angeben (Nr. oder Name).</source>
        <translation>Please enter a guide (No. or name).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="207"/>
        <source>„%1“ passt auf %2 Personen – bitte genauer eingeben.</source>
        <translation>“%1” matches %2 people – please be more specific.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="212"/>
        <source>Keine*n Lots*in mit „%1“ gefunden.</source>
        <translation>No guide found matching “%1”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="226"/>
        <source>Die Tätigkeit „%1“ gibt es nicht. Bitte aus der Liste wählen (Liste ändern: Bearbeiten → Tätigkeiten bearbeiten).</source>
        <translation>There is no activity “%1”. Please choose one from the list (to change the list: Edit → Edit activities).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="31"/>
        <source>Lots*innen importieren – CSV-Datei wählen</source>
        <translation>Import guides – choose a CSV file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="33"/>
        <source>Einsätze importieren – CSV-Datei wählen</source>
        <translation>Import assignments – choose a CSV file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="34"/>
        <source>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="49"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="74"/>
        <source>Import „%1“</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="78"/>
        <source>Mit Bearbeiten → Rückgängig (Strg+Z) können Sie den Import wieder entfernen.</source>
        <translation>You can remove the import again with Edit → Undo (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="89"/>
        <source>Import nicht möglich</source>
        <translation>Import not possible</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="94"/>
        <source>Nichts wurde importiert. In „%1“ gibt es 1 Fehler.</source>
        <translation>Nothing was imported. “%1” contains 1 error.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="96"/>
        <source>Nichts wurde importiert. In „%1“ gibt es %2 Fehler.</source>
        <translation>Nothing was imported. “%1” contains %2 errors.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="98"/>
        <source>Bitte korrigieren Sie die Datei und importieren Sie sie dann noch einmal.</source>
        <translation>Please correct the file and then import it again.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="107"/>
        <source>Liste kopieren</source>
        <translation>Copy list</translation>
    </message>
</context>
<context>
    <name>LotseDialog</name>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="74"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="229"/>
        <source>Neue*r Lots*in</source>
        <translation>New guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="232"/>
        <source>Lots*in bearbeiten – %1</source>
        <translation>Edit guide – %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="245"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="270"/>
        <source>Eintritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="246"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="273"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="248"/>
        <source>Rollen mit Datum des Wechsels</source>
        <translation>Roles with date of change</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="249"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="287"/>
        <source>Qualifiziert am</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="259"/>
        <source>z. B. Arabisch, Türkisch, Englisch</source>
        <translation>e.g. Arabic, Turkish, English</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="264"/>
        <source>Person und Rolle</source>
        <translation>Person and role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="266"/>
        <source>Nr. *</source>
        <translation>No. *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="267"/>
        <source>Nachname *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="268"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="269"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="276"/>
        <source>Einsätze vor dem Eintritt oder nach dem Austritt werden nicht angenommen.</source>
        <translation>Assignments before joining or after leaving are not accepted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="280"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="283"/>
        <source>Bei einem Rollenwechsel fügen Sie eine Zeile mit dem Datum des Wechsels hinzu.</source>
        <translation>When the role changes, add a line with the date of the change.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="291"/>
        <source>Abschluss der Basisqualifizierung. Leer lassen, solange sie fehlt – Stunden davor werden nicht abgerechnet.</source>
        <translation>Completion of the basic qualification. Leave empty while it is missing – hours before it are not claimed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="296"/>
        <source>Kontakt und Auszahlung</source>
        <translation>Contact and payment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="298"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="299"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="302"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="305"/>
        <source>Für Quittung und Jahresbescheinigung.</source>
        <translation>For the receipt and the annual certificate.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="307"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="308"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="309"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="327"/>
        <source>* Pflichtangabe</source>
        <translation>* Required</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="546"/>
        <source>Die Nr. %1 hat bereits %2.</source>
        <translation>No. %1 is already used by %2.</translation>
    </message>
</context>
<context>
    <name>Lotsen</name>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="38"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="423"/>
        <source>koordinierende*r Lots*in</source>
        <translation>coordinating guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="39"/>
        <source>Lots*in</source>
        <translation>guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="44"/>
        <source>pausiert</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="46"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="433"/>
        <source>ausgeschieden</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="47"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>LotsenModel</name>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="52"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="420"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="54"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="55"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="428"/>
        <source>Qualifiziert am</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="56"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="430"/>
        <source>Eintritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="57"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="431"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="58"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="434"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="59"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="436"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="60"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="437"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="200"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="422"/>
        <source>%1 seit %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="203"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="427"/>
        <source>nicht qualifiziert</source>
        <translation>not qualified</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="218"/>
        <source>Sprachen: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="221"/>
        <source>Ohne abgeschlossene Basisqualifizierung können die Stunden nicht über WIR abgerechnet werden.</source>
        <translation>Without a completed basic qualification, the hours cannot be claimed under WIR.</translation>
    </message>
</context>
<context>
    <name>LotsenPage</name>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="71"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="168"/>
        <source>Lots*innen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="73"/>
        <source>Alle Lots*innen des Projekts mit Rolle, Qualifizierung und den bisher erfassten Stunden. Doppelklick öffnet eine Person zum Bearbeiten.</source>
        <translation>All of the project&apos;s guides with their role, qualification and the hours recorded so far. Double-click a person to edit them.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="77"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="268"/>
        <source>Neue*r Lots*in</source>
        <translation>New guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="80"/>
        <source>Neue*r Lots*in anlegen</source>
        <translation>Add a new guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="86"/>
        <source>Suchen nach Nr., Name oder Sprache …</source>
        <translation>Search by No., name or language…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="87"/>
        <source>Lots*innen suchen</source>
        <translation>Search guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="91"/>
        <source>Aktive und pausierte</source>
        <translation>Active and paused</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="92"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="93"/>
        <source>Ausgeschiedene</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="94"/>
        <source>Welche Lots*innen anzeigen</source>
        <translation>Which guides to show</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="96"/>
        <source>Anzeigen:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="111"/>
        <source>Liste der Lots*innen</source>
        <translation>List of guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="141"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="143"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="305"/>
        <source>Deaktivieren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="145"/>
        <source>Status auf „ausgeschieden“ setzen; die Person und ihre Einsätze bleiben gespeichert.</source>
        <translation>Set the status to “left”; the person and their assignments remain stored.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="148"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="149"/>
        <source>Nur für Personen ohne erfasste Einsätze (Entf-Taste).</source>
        <translation>Only for people without recorded assignments (Del key).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="203"/>
        <source>Noch keine Lots*innen erfasst. Legen Sie mit „Neue*r Lots*in“ die erste Person an – oder importieren Sie eine Liste (Datei → Lots*innen importieren…).</source>
        <translation>No guides recorded yet. Add the first person with “New guide” – or import a list (File → Import guides…).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="208"/>
        <source>Kein*e Lots*in passt zu „%1“. Prüfen Sie die Schreibweise oder wählen Sie bei „Anzeigen“ „Alle“.</source>
        <translation>No guide matches “%1”. Check the spelling or choose “All” under “Show”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="211"/>
        <source>Es ist noch niemand ausgeschieden.</source>
        <translation>Nobody has left yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="214"/>
        <source>Alle Lots*innen sind ausgeschieden. Wählen Sie bei „Anzeigen“ „Alle“, um sie zu sehen, oder legen Sie mit „Neue*r Lots*in“ eine neue Person an.</source>
        <translation>All guides have left. Choose “All” under “Show” to see them, or add a new person with “New guide”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="226"/>
        <source>1 Lots*in</source>
        <translation>1 guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="228"/>
        <source>%1 Lots*innen</source>
        <translation>%1 guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="230"/>
        <source>%1 (von %2)</source>
        <translation>%1 (of %2)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="234"/>
        <source>%1 · %2 Einsätze · %3 Stunden</source>
        <translation>%1 · %2 assignments · %3 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="234"/>
        <source>%1 · 1 Einsatz · %3 Stunden</source>
        <translation>%1 · 1 assignment · %3 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="276"/>
        <source>Lots*in %1 anlegen</source>
        <translation>Add guide %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="290"/>
        <source>Lots*in bearbeiten</source>
        <translation>Edit guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="295"/>
        <source>Lots*in %1 bearbeiten</source>
        <translation>Edit guide %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="311"/>
        <source>Der Austritt bleibt am %1.</source>
        <translation>The leaving date remains %1.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="314"/>
        <source>Als Austritt wird heute, der %1, eingetragen; gilt ein anderes Datum, ändern Sie es danach mit „Bearbeiten…“.</source>
        <translation>Today, %1, will be entered as the leaving date; if a different date applies, change it afterwards with “Edit…”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="319"/>
        <source>%1 deaktivieren?

Der Status wird „ausgeschieden“. %2 Die Person und ihre bisherigen Einsätze bleiben gespeichert; neue Einsätze nach dem Austritt werden nicht mehr angenommen.</source>
        <translation>Deactivate %1?

The status becomes “left”. %2 The person and their previous assignments remain stored; new assignments after the leaving date will no longer be accepted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="327"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="335"/>
        <source>Lots*in deaktivieren</source>
        <translation>Deactivate guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="337"/>
        <source>Lots*in %1 deaktivieren</source>
        <translation>Deactivate guide %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="347"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="357"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="364"/>
        <source>Lots*in löschen</source>
        <translation>Delete guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="352"/>
        <source>%1 löschen?

Alle Angaben zu dieser Person (Anschrift, IBAN, Rollen, Notizen) werden gelöscht; Einsätze hat sie keine. Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>Delete %1?

All details of this person (address, IBAN, roles, notes) will be deleted; they have no assignments. You can reverse this with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="370"/>
        <source>Lots*in %1 löschen</source>
        <translation>Delete guide %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="36"/>
        <source>LotsenDesk</source>
        <translation>LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="37"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="50"/>
        <source>Lots*innen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="50"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="74"/>
        <source>Datenbank: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="109"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="110"/>
        <source>Lots*innen &amp;importieren…</source>
        <translation>Import &amp;guides…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="112"/>
        <source>&amp;Einsätze importieren…</source>
        <translation>Import &amp;assignments…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="115"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="119"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="120"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="122"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="132"/>
        <source>&amp;Tätigkeiten bearbeiten…</source>
        <translation>Edit &amp;activities…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="135"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="144"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="145"/>
        <source>Ü&amp;ber LotsenDesk</source>
        <translation>&amp;About LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="159"/>
        <source>Über LotsenDesk</source>
        <translation>About LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="161"/>
        <source>&lt;h3&gt;LotsenDesk %1&lt;/h3&gt;&lt;p&gt;Erfassung von Lots*innen und Einsätzen für Projekte im Landesprogramm „WIR – Vielfalt und Teilhabe“.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LotsenDesk %1&lt;/h3&gt;&lt;p&gt;Records guides and assignments for projects in the state programme “WIR – Vielfalt und Teilhabe”.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location filename="../lotsendesk/ui/undo.py" line="36"/>
        <source>LotsenDesk</source>
        <translation>LotsenDesk</translation>
    </message>
</context>
<context>
    <name>RollenEditor</name>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="98"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="100"/>
        <source>Rollenwechsel hinzufügen</source>
        <translation>Add role change</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="125"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="127"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="192"/>
        <source>von Beginn an</source>
        <translation>from the start</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="128"/>
        <source>Rolle ab Datum</source>
        <translation>Role from date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="130"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="132"/>
        <source>Diese Rolle entfernen</source>
        <translation>Remove this role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="135"/>
        <source>ab</source>
        <translation>from</translation>
    </message>
</context>
<context>
    <name>TaetigkeitenDialog</name>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="47"/>
        <source>Tätigkeiten bearbeiten</source>
        <translation>Edit activities</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="52"/>
        <source>Unter diesen Tätigkeiten werden Einsätze erfasst. Ein neuer Name gilt auch für die schon erfassten Einsätze. Löschen lässt sich nur eine Tätigkeit, die noch nie erfasst wurde.</source>
        <translation>Assignments are recorded under these activities. A new name also applies to assignments already recorded. Only an activity that has never been recorded can be deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="59"/>
        <source>Neue Tätigkeit, z. B. Begleitung Jobcenter</source>
        <translation>New activity, e.g. Accompanying to the job centre</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="60"/>
        <source>Name der neuen Tätigkeit</source>
        <translation>Name of the new activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="63"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="70"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="70"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="74"/>
        <source>Liste der Tätigkeiten</source>
        <translation>List of activities</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="90"/>
        <source>Umbenennen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="91"/>
        <source>Den Namen in der Liste ändern (auch mit Doppelklick oder F2).</source>
        <translation>Change the name in the list (also by double-clicking or with F2).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="93"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="94"/>
        <source>Nur Tätigkeiten, die noch nie erfasst wurden (Entf-Taste).</source>
        <translation>Only activities that have never been recorded (Del key).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="105"/>
        <source>Strg+Z macht die letzte Änderung hier rückgängig.</source>
        <translation>Ctrl+Z undoes the last change here.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="129"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="132"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="166"/>
        <source>noch nie erfasst</source>
        <translation>never recorded</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="168"/>
        <source>%1-mal erfasst</source>
        <translation>number of assignments: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="212"/>
        <source>Tätigkeit „%1“ hinzufügen</source>
        <translation>Add activity “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="215"/>
        <source>„%1“ hinzugefügt.</source>
        <translation>“%1” added.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="236"/>
        <source>Tätigkeit „%1“ in „%2“ umbenennen</source>
        <translation>Rename activity “%1” to “%2”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="240"/>
        <source>„%1“ heißt jetzt „%2“.</source>
        <translation>“%1” is now called “%2”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="250"/>
        <source>Tätigkeit löschen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="251"/>
        <source>„%1“ löschen?

Sie wurde noch nie erfasst; es gehen keine Einsätze verloren.</source>
        <translation>Delete “%1”?

It has never been recorded; no assignments will be lost.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="269"/>
        <source>Tätigkeit „%1“ löschen</source>
        <translation>Delete activity “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="271"/>
        <source>„%1“ gelöscht.</source>
        <translation>“%1” deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="277"/>
        <source>Rückgängig gemacht.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="283"/>
        <source>Wiederholt.</source>
        <translation>Redone.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../lotsendesk/ui/app.py" line="66"/>
        <location filename="../lotsendesk/ui/app.py" line="101"/>
        <source>LotsenDesk</source>
        <translation>LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/app.py" line="102"/>
        <source>Ein unerwarteter Fehler ist aufgetreten; die letzte Aktion wurde möglicherweise nicht ausgeführt. Ihre gespeicherten Daten sind nicht betroffen.

Einzelheiten stehen in %1.</source>
        <translation>An unexpected error occurred; the last action may not have been carried out. Your saved data is not affected.

Details are in %1.</translation>
    </message>
</context>
</TS>
