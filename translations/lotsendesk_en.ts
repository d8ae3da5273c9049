<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>EinsaetzeModel</name>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="18"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="19"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="20"/>
        <source>Lots*in</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="21"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="22"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="23"/>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EinsaetzePage</name>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="43"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="44"/>
        <source>Stunden von den Stundenzetteln erfassen: Lots*in, Datum, Dauer eintippen – Enter speichert.</source>
        <translation>Enter the hours from the timesheets: type guide, date and duration – Enter saves.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="55"/>
        <source>Erfassen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="58"/>
        <source>Speichert den Einsatz (Enter)</source>
        <translation>Saves the assignment (Enter)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="72"/>
        <source>Filter Lots*in</source>
        <translation>Filter by guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="75"/>
        <source>Filter Jahr</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="77"/>
        <source>Filter Monat</source>
        <translation>Filter by month</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="78"/>
        <source>Alle Monate</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="82"/>
        <source>Suchen in Name, Tätigkeit, Bemerkung …</source>
        <translation>Search name, activity, note…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="83"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="85"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="221"/>
        <source>Noch keine Einsätze erfasst. Tippen Sie oben Lots*in, Datum und Dauer ein und drücken Sie Enter – oder importieren Sie eine Liste (Datei → Einsätze importieren…).</source>
        <translation>No assignments recorded yet. Type a guide, date and duration above and press Enter – or import a list (File → Import assignments…).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="134"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="136"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="173"/>
        <source>Alle Lots*innen</source>
        <translation>All guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="177"/>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="201"/>
        <source>%1 Einsätze · %2 Stunden</source>
        <translation>%1 assignments · %2 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="201"/>
        <source>1 Einsatz · %2 Stunden</source>
        <translation>1 assignment · %2 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="217"/>
        <source>Noch keine Lots*innen angelegt. Legen Sie sie zuerst auf der Seite „Lots*innen“ an (Strg+2) – oder importieren Sie Ihre Liste (Datei → Lots*innen importieren…).</source>
        <translation>No guides yet. Add them first on the “Guides” page (Ctrl+2) – or import your list (File → Import guides…).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="239"/>
        <source>Einsatz erfassen</source>
        <translation>Record assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="249"/>
        <source>Gespeichert: %1, %2, %3 Stunden.</source>
        <translation>Saved: %1, %2, %3 hours.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="294"/>
        <source>Einsatz bearbeiten</source>
        <translation>Edit assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="301"/>
        <source>Einsatz ändern</source>
        <translation>Change assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="316"/>
        <source>Der ausgewählte Einsatz wird gelöscht.</source>
        <translation>The selected assignment will be deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="318"/>
        <source>%1 Einsätze werden gelöscht.</source>
        <translation>%1 assignments will be deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="322"/>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="329"/>
        <source>Einsätze löschen</source>
        <translation>Delete assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="323"/>
        <source>Mit Strg+Z können Sie das rückgängig machen.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="331"/>
        <source>Einsatz löschen</source>
        <translation>Delete assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="331"/>
        <source>%1 Einsätze löschen</source>
        <translation>Delete %1 assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="340"/>
        <source>Ein Einsatz wurde gelöscht (Strg+Z macht das rückgängig).</source>
        <translation>One assignment was deleted (Ctrl+Z undoes this).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="342"/>
        <source>%1 Einsätze wurden gelöscht (Strg+Z macht das rückgängig).</source>
        <translation>%1 assignments were deleted (Ctrl+Z undoes this).</translation>
    </message>
</context>
<context>
    <name>EinsatzDialog</name>
    <message>
        <location filename="../lotsendesk/ui/einsatz_dialog.py" line="25"/>
        <source>Einsatz bearbeiten</source>
        <translation>Edit assignment</translation>
    </message>
</context>
<context>
    <name>EinsatzForm</name>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="49"/>
        <source>Nr. oder Name</source>
        <translation>No. or name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="58"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="61"/>
        <source>z. B. 2,5 oder 2:30</source>
        <translation>e.g. 2.5 or 2:30</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="69"/>
        <source>ohne Namen begleiteter Personen</source>
        <translation>no names of the people accompanied</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="72"/>
        <source>Lots*in *</source>
        <translation>Guide *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="73"/>
        <source>Datum *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="74"/>
        <source>Dauer (Std.) *</source>
        <translation>Duration (hrs) *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="75"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="76"/>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="217"/>
        <source>Bitte eine*n Lots*in angeben (Nr. oder Name).</source>
        <translation>Please enter a guide (No. or name).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="227"/>
        <source>„%1“ passt auf %2 Personen – bitte genauer eingeben.</source>
        <translation>“%1” matches %2 people – please be more specific.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="232"/>
        <source>Keine*n Lots*in mit „%1“ gefunden.</source>
        <translation>No guide found matching “%1”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="246"/>
        <source>Die Tätigkeit „%1“ gibt es nicht. Bitte aus der Liste wählen (Liste ändern: Bearbeiten → Tätigkeiten bearbeiten).</source>
        <translation>There is no activity “%1”. Please choose one from the list (to change the list: Edit → Edit activities).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="32"/>
        <source>Lots*innen importieren – CSV-Datei wählen</source>
        <translation>Import guides – choose a CSV file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="34"/>
        <source>Einsätze importieren – CSV-Datei wählen</source>
        <translation>Import assignments – choose a CSV file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="35"/>
        <source>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="50"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="75"/>
        <source>Import „%1“</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="79"/>
        <source>Mit Bearbeiten → Rückgängig (Strg+Z) können Sie den Import wieder entfernen.</source>
        <translation>You can remove the import again with Edit → Undo (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="90"/>
        <source>Import nicht möglich</source>
        <translation>Import not possible</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="95"/>
        <source>Nichts wurde importiert. In „%1“ gibt es 1 Fehler.</source>
        <translation>Nothing was imported. “%1” contains 1 error.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="97"/>
        <source>Nichts wurde importiert. In „%1“ gibt es %2 Fehler.</source>
        <translation>Nothing was imported. “%1” contains %2 errors.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="99"/>
        <source>Bitte korrigieren Sie die Datei und importieren Sie sie dann noch einmal.</source>
        <translation>Please correct the file and then import it again.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_dialog.py" line="108"/>
        <source>Liste kopieren</source>
        <translation>Copy list</translation>
    </message>
</context>
<context>
    <name>LotseDialog</name>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="17"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="94"/>
        <source>Neue*r Lots*in</source>
        <translation>New guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="97"/>
        <source>Lots*in bearbeiten – %1</source>
        <translation>Edit guide – %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="110"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="135"/>
        <source>Eintritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="111"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="138"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="113"/>
        <source>Rollen mit Datum des Wechsels</source>
        <translation>Roles with date of change</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="114"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="152"/>
        <source>Qualifiziert am</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="124"/>
        <source>z. B. Arabisch, Türkisch, Englisch</source>
        <translation>e.g. Arabic, Turkish, English</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="129"/>
        <source>Person und Rolle</source>
        <translation>Person and role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="131"/>
        <source>Nr. *</source>
        <translation>No. *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="132"/>
        <source>Nachname *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="133"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="134"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="141"/>
        <source>Einsätze vor dem Eintritt oder nach dem Austritt werden nicht angenommen.</source>
        <translation>Assignments before joining or after leaving are not accepted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="145"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="148"/>
        <source>Bei einem Rollenwechsel fügen Sie eine Zeile mit dem Datum des Wechsels hinzu.</source>
        <translation>When the role changes, add a line with the date of the change.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="156"/>
        <source>Abschluss der Basisqualifizierung. Leer lassen, solange sie fehlt – Stunden davor werden nicht abgerechnet.</source>
        <translation>Completion of the basic qualification. Leave empty while it is missing – hours before it are not claimed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="161"/>
        <source>Kontakt und Auszahlung</source>
        <translation>Contact and payment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="163"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="164"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="167"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="170"/>
        <source>Für Quittung und Jahresbescheinigung.</source>
        <translation>For the receipt and the annual certificate.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="172"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="173"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="174"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="192"/>
        <source>* Pflichtangabe</source>
        <translation>* Required</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="412"/>
        <source>Die Nr. %1 hat bereits %2.</source>
        <translation>No. %1 is already used by %2.</translation>
    </message>
</context>
<context>
    <name>Lotsen</name>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="38"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="424"/>
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
        <location filename="../lotsendesk/ui/lotsen_page.py" line="434"/>
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
        <location filename="../lotsendesk/ui/lotsen_page.py" line="421"/>
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
        <location filename="../lotsendesk/ui/lotsen_page.py" line="429"/>
        <source>Qualifiziert am</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="56"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="431"/>
        <source>Eintritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="57"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="432"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="58"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="435"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="59"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="437"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="60"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="438"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="200"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="423"/>
        <source>%1 seit %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="203"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="428"/>
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
        <location filename="../lotsendesk/ui/lotsen_page.py" line="72"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="169"/>
        <source>Lots*innen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="74"/>
        <source>Alle Lots*innen des Projekts mit Rolle, Qualifizierung und den bisher erfassten Stunden. Doppelklick öffnet eine Person zum Bearbeiten.</source>
        <translation>All of the project&apos;s guides with their role, qualification and the hours recorded so far. Double-click a person to edit them.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="78"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="269"/>
        <source>Neue*r Lots*in</source>
        <translation>New guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="81"/>
        <source>Neue*r Lots*in anlegen</source>
        <translation>Add a new guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="87"/>
        <source>Suchen nach Nr., Name oder Sprache …</source>
        <translation>Search by No., name or language…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="88"/>
        <source>Lots*innen suchen</source>
        <translation>Search guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="92"/>
        <source>Aktive und pausierte</source>
        <translation>Active and paused</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="93"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="94"/>
        <source>Ausgeschiedene</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="95"/>
        <source>Welche Lots*innen anzeigen</source>
        <translation>Which guides to show</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="97"/>
        <source>Anzeigen:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="112"/>
        <source>Liste der Lots*innen</source>
        <translation>List of guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="142"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="144"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="306"/>
        <source>Deaktivieren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="146"/>
        <source>Status auf „ausgeschieden“ setzen; die Person und ihre Einsätze bleiben gespeichert.</source>
        <translation>Set the status to “left”; the person and their assignments remain stored.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="149"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="150"/>
        <source>Nur für Personen ohne erfasste Einsätze (Entf-Taste).</source>
        <translation>Only for people without recorded assignments (Del key).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="204"/>
        <source>Noch keine Lots*innen erfasst. Legen Sie mit „Neue*r Lots*in“ die erste Person an – oder importieren Sie eine Liste (Datei → Lots*innen importieren…).</source>
        <translation>No guides recorded yet. Add the first person with “New guide” – or import a list (File → Import guides…).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="209"/>
        <source>Kein*e Lots*in passt zu „%1“. Prüfen Sie die Schreibweise oder wählen Sie bei „Anzeigen“ „Alle“.</source>
        <translation>No guide matches “%1”. Check the spelling or choose “All” under “Show”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="212"/>
        <source>Es ist noch niemand ausgeschieden.</source>
        <translation>Nobody has left yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="215"/>
        <source>Alle Lots*innen sind ausgeschieden. Wählen Sie bei „Anzeigen“ „Alle“, um sie zu sehen, oder legen Sie mit „Neue*r Lots*in“ eine neue Person an.</source>
        <translation>All guides have left. Choose “All” under “Show” to see them, or add a new person with “New guide”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="227"/>
        <source>1 Lots*in</source>
        <translation>1 guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="229"/>
        <source>%1 Lots*innen</source>
        <translation>%1 guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="231"/>
        <source>%1 (von %2)</source>
        <translation>%1 (of %2)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="235"/>
        <source>%1 · %2 Einsätze · %3 Stunden</source>
        <translation>%1 · %2 assignments · %3 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="235"/>
        <source>%1 · 1 Einsatz · %3 Stunden</source>
        <translation>%1 · 1 assignment · %3 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="277"/>
        <source>Lots*in %1 anlegen</source>
        <translation>Add guide %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="291"/>
        <source>Lots*in bearbeiten</source>
        <translation>Edit guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="296"/>
        <source>Lots*in %1 bearbeiten</source>
        <translation>Edit guide %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="312"/>
        <source>Der Austritt bleibt am %1.</source>
        <translation>The leaving date remains %1.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="315"/>
        <source>Als Austritt wird heute, der %1, eingetragen; gilt ein anderes Datum, ändern Sie es danach mit „Bearbeiten…“.</source>
        <translation>Today, %1, will be entered as the leaving date; if a different date applies, change it afterwards with “Edit…”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="320"/>
        <source>%1 deaktivieren?

Der Status wird „ausgeschieden“. %2 Die Person und ihre bisherigen Einsätze bleiben gespeichert; neue Einsätze nach dem Austritt werden nicht mehr angenommen.</source>
        <translation>Deactivate %1?

The status becomes “left”. %2 The person and their previous assignments remain stored; new assignments after the leaving date will no longer be accepted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="328"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="336"/>
        <source>Lots*in deaktivieren</source>
        <translation>Deactivate guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="338"/>
        <source>Lots*in %1 deaktivieren</source>
        <translation>Deactivate guide %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="348"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="358"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="365"/>
        <source>Lots*in löschen</source>
        <translation>Delete guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="353"/>
        <source>%1 löschen?

Alle Angaben zu dieser Person (Anschrift, IBAN, Rollen, Notizen) werden gelöscht; Einsätze hat sie keine. Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>Delete %1?

All details of this person (address, IBAN, roles, notes) will be deleted; they have no assignments. You can reverse this with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="371"/>
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
        <location filename="../lotsendesk/ui/main_window.py" line="115"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="116"/>
        <source>Lots*innen &amp;importieren…</source>
        <translation>Import &amp;guides…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="118"/>
        <source>&amp;Einsätze importieren…</source>
        <translation>Import &amp;assignments…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="121"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="125"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="126"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="128"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="138"/>
        <source>&amp;Tätigkeiten bearbeiten…</source>
        <translation>Edit &amp;activities…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="141"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="150"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="151"/>
        <source>Ü&amp;ber LotsenDesk</source>
        <translation>&amp;About LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="165"/>
        <source>Über LotsenDesk</source>
        <translation>About LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="167"/>
        <source>&lt;h3&gt;LotsenDesk %1&lt;/h3&gt;&lt;p&gt;Erfassung von Lots*innen und Einsätzen für Projekte im Landesprogramm „WIR – Vielfalt und Teilhabe“.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LotsenDesk %1&lt;/h3&gt;&lt;p&gt;Records guides and assignments for projects in the state programme “WIR – Vielfalt und Teilhabe”.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Meldungen</name>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="10"/>
        <source>Bitte ein Datum angeben, z. B. 07.03.2025.</source>
        <translation>Please enter a date, e.g. 07.03.2025.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="11"/>
        <source>„{text}“ ist kein Datum. Bitte TT.MM.JJJJ eingeben.</source>
        <translation>“{text}” is not a date. Please enter DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="12"/>
        <source>Das Datum „{text}“ gibt es nicht.</source>
        <translation>The date “{text}” does not exist.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="15"/>
        <source>Bitte eine Dauer angeben, z. B. 2,5 oder 2:30.</source>
        <translation>Please enter a duration, e.g. 2,5 or 2:30.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="16"/>
        <source>Die Dauer „{text}“ ist nicht lesbar.</source>
        <translation>The duration “{text}” cannot be read.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="17"/>
        <source>Die Dauer „{text}“ ist nicht lesbar. Möglich sind z. B. 2,5 · 2:30 · 90 min.</source>
        <translation>The duration “{text}” cannot be read. Possible are e.g. 2,5 · 2:30 · 90 min.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="18"/>
        <source>Die Dauer muss größer als 0 sein.</source>
        <translation>The duration must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="19"/>
        <source>Die Dauer darf höchstens 24 Stunden betragen.</source>
        <translation>The duration may be at most 24 hours.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="22"/>
        <source>Das Datum {datum} liegt in der Zukunft.</source>
        <translation>The date {datum} is in the future.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="23"/>
        <source>Das Datum liegt vor dem Eintritt am {eintritt}.</source>
        <translation>The date is before the joining date, {eintritt}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="24"/>
        <source>Das Datum liegt nach dem Austritt am {austritt}.</source>
        <translation>The date is after the leaving date, {austritt}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="25"/>
        <source>Zusammen mit den {stunden} Stunden, die am {datum} schon erfasst sind, wären es mehr als 24 Stunden an einem Tag.</source>
        <translation>Together with the {stunden} hours already recorded on {datum}, this would be more than 24 hours in one day.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="31"/>
        <source>Die IBAN „{iban}“ ist ungültig – bitte Ziffern und Prüfsumme kontrollieren.</source>
        <translation>The IBAN “{iban}” is invalid – please check the digits and the checksum.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="34"/>
        <source>Bitte eine Nr. angeben.</source>
        <translation>Please enter a No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="35"/>
        <source>Die Nr. darf höchstens 32 Zeichen lang sein.</source>
        <translation>The No. may be at most 32 characters long.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="36"/>
        <source>Bitte den Nachnamen angeben.</source>
        <translation>Please enter the surname.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="37"/>
        <source>Der Austritt liegt vor dem Eintritt am {eintritt}.</source>
        <translation>The leaving date is before the joining date, {eintritt}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="38"/>
        <source>„{email}“ ist keine E-Mail-Adresse.</source>
        <translation>“{email}” is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="39"/>
        <source>Jeder Rollenwechsel braucht ein Datum „ab“.</source>
        <translation>Every change of role needs a “from” date.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="42"/>
        <source>Die Rolle „{rolle}“ ist unbekannt (möglich: Lots*in oder Koordination).</source>
        <translation>The role “{rolle}” is unknown (possible: guide or coordination).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="43"/>
        <source>Der Status „{status}“ ist unbekannt.</source>
        <translation>The status “{status}” is unknown.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="46"/>
        <source>Das Auszahlungsdatum liegt vor dem Ende des Zeitraums – bitte prüfen.</source>
        <translation>The payment date is before the end of the period – please check.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="47"/>
        <source>Bis zu diesem Datum ist nichts mehr auszuzahlen.</source>
        <translation>There is nothing left to pay up to this date.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="48"/>
        <source>Bitte einen Grund für die Stornierung angeben.</source>
        <translation>Please give a reason for the cancellation.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="49"/>
        <source>Diese Auszahlung gibt es nicht.</source>
        <translation>This payout does not exist.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="50"/>
        <source>Eine Stornierung kann nicht storniert werden.</source>
        <translation>A cancellation cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="51"/>
        <source>Diese Auszahlung ist bereits storniert.</source>
        <translation>This payout has already been cancelled.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="52"/>
        <source>Keine IBAN hinterlegt – nur bar auszahlbar.</source>
        <translation>No IBAN on file – can only be paid in cash.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="53"/>
        <source>Keine Freibetragserklärung für {jahr}.</source>
        <translation>No allowance declaration for {jahr}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="54"/>
        <source>Freibetrag ({art}) überschritten: {betrag} wären steuerpflichtig.</source>
        <translation>Tax-free allowance ({art}) exceeded: {betrag} would be taxable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="57"/>
        <source>Das ist ausgezahlt und festgeschrieben; es wurde nichts geändert. Für eine Korrektur stornieren Sie die Auszahlung (Seite Auszahlungen).</source>
        <translation>This has been paid and is locked; nothing was changed. To correct it, cancel the payout (Payouts page).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="61"/>
        <source>Die Änderung passt nicht mehr zu den gespeicherten Daten (wurde inzwischen etwas gelöscht oder geändert?). Es wurde nichts gespeichert.</source>
        <translation>The change no longer fits the stored data (has something been deleted or changed in the meantime?). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="65"/>
        <source>Der Datenordner „{ordner}“ kann nicht angelegt werden.</source>
        <translation>The data folder “{ordner}” cannot be created.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="66"/>
        <source>Der Ordner „{ordner}“ existiert nicht. Bitte prüfen Sie den Pfad (ist ein USB-Stick oder Netzlaufwerk getrennt?).</source>
        <translation>The folder “{ordner}” does not exist. Please check the path (is a USB stick or network drive disconnected?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="70"/>
        <source>„{pfad}“ ist keine Datei.</source>
        <translation>“{pfad}” is not a file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="71"/>
        <source>Die Datenbank „{datei}“ ist schreibgeschützt (oder ihr Ordner). LotsenDesk braucht Schreibrechte, um Ihre Eingaben zu speichern. Bitte kopieren Sie die Datei in einen beschreibbaren Ordner.</source>
        <translation>The database “{datei}” (or its folder) is read-only. LotsenDesk needs write access to save your entries. Please copy the file to a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="75"/>
        <source>Die Datenbank ist bereits geöffnet: von {benutzer} auf {rechner} seit {seit} Uhr. Bitte schließen Sie LotsenDesk dort zuerst.</source>
        <translation>The database is already open: by {benutzer} on {rechner} since {seit}. Please close LotsenDesk there first.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="79"/>
        <source>Diese Datenbank wurde mit einer neueren LotsenDesk-Version ({ihre_version}) gespeichert. Sie verwenden Version {unsere_version}. Bitte installieren Sie die neue Version, um sie zu öffnen.</source>
        <translation>This database was saved with a newer version of LotsenDesk ({ihre_version}). You are using version {unsere_version}. Please install the new version to open it.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="83"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="84"/>
        <source>„{datei}“ ist keine LotsenDesk-Datenbank. Bitte wählen Sie eine andere Datei.</source>
        <translation>“{datei}” is not a LotsenDesk database. Please choose another file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="85"/>
        <source>Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>The database is being used by another program right now. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="89"/>
        <source>Die Datenbank ist schreibgeschützt; Ihre Änderung wurde nicht gespeichert.</source>
        <translation>The database is read-only; your change was not saved.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="90"/>
        <source>Der Datenträger ist voll oder nicht erreichbar; Ihre Änderung wurde nicht gespeichert.</source>
        <translation>The drive is full or cannot be reached; your change was not saved.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="91"/>
        <source>Die Datenbankdatei ist nicht erreichbar (wurde der USB-Stick entfernt?).</source>
        <translation>The database file cannot be reached (was the USB stick removed?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="92"/>
        <source>Die Datenbank meldet einen Fehler; Ihre Änderung wurde nicht gespeichert.</source>
        <translation>The database reports an error; your change was not saved.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="95"/>
        <source>Die Demo-Datenbank ist in einem anderen LotsenDesk-Fenster geöffnet. Bitte schließen Sie es zuerst.</source>
        <translation>The demo database is open in another LotsenDesk window. Please close it first.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="98"/>
        <source>„{datei}“ ist eine LotsenDesk-Datenbank mit eigenen Daten (keine Demo) oder eine fremde Datei. Die Demo überschreibt sie nicht – bitte geben Sie einen anderen Pfad an.</source>
        <translation>“{datei}” is a LotsenDesk database with real data (not a demo) or another program&apos;s file. The demo does not overwrite it – please give a different path.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="104"/>
        <source>Bitte eine*n Lots*in aus der Liste wählen.</source>
        <translation>Please choose a guide from the list.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="105"/>
        <source>Diese Tätigkeit gibt es nicht mehr.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="106"/>
        <source>Dieser Einsatz ist nicht mehr vorhanden (inzwischen gelöscht?).</source>
        <translation>This assignment no longer exists (deleted in the meantime?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="109"/>
        <source>Ausgezahlt mit Beleg {belege} und deshalb festgeschrieben. Für eine Korrektur stornieren Sie die Auszahlung (Seite Auszahlungen); der nächste Auszahlungslauf rechnet dann neu.</source>
        <translation>Paid with receipt {belege} and therefore locked. To correct it, cancel the payout (Payouts page); the next payout run will recalculate.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="115"/>
        <source>Das Förderjahr {jahr} gibt es schon.</source>
        <translation>The funding year {jahr} already exists.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="116"/>
        <source>Der Betrag der Rate muss größer als 0 sein.</source>
        <translation>The instalment amount must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="117"/>
        <source>Für {jahr} ist noch kein Förderjahr angelegt.</source>
        <translation>No funding year has been set up for {jahr} yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="118"/>
        <source>Bitte ein Jahr zwischen 2000 und 2100 angeben.</source>
        <translation>Please enter a year between 2000 and 2100.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="119"/>
        <source>Ein bewilligter Betrag kann nicht negativ sein.</source>
        <translation>An approved amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="120"/>
        <source>Der Stundensatz muss größer als 0 sein.</source>
        <translation>The hourly rate must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="121"/>
        <source>Die Jahreshöchstgrenzen müssen größer als 0 sein.</source>
        <translation>The annual caps must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="122"/>
        <source>Der Bewilligungszeitraum endet vor seinem Beginn.</source>
        <translation>The approval period ends before it begins.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="123"/>
        <source>Bitte ANBest-P oder ANBest-GK wählen.</source>
        <translation>Please choose ANBest-P or ANBest-GK.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="184"/>
        <source>Nichts importiert – {anzahl} Fehler in „{datei}“.</source>
        <translation>Nothing imported – errors in “{datei}”: {anzahl}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="185"/>
        <source>{anzahl} Lots*in</source>
        <translation>{anzahl} guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="186"/>
        <source>{anzahl} Lots*innen</source>
        <translation>{anzahl} guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="187"/>
        <source>{neu} neu, {aktualisiert} aktualisiert, {unveraendert} unverändert</source>
        <translation>{neu} new, {aktualisiert} updated, {unveraendert} unchanged</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="188"/>
        <source>{neu} neu, {aktualisiert} aktualisiert</source>
        <translation>{neu} new, {aktualisiert} updated</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="189"/>
        <source>„{datei}“: {was} importiert ({details}).</source>
        <translation>“{datei}”: {was} imported ({details}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="190"/>
        <source>Prüfung ohne Fehler: „{datei}“: {was} würde importiert ({details}).</source>
        <translation>Check without errors: “{datei}”: {was} would be imported ({details}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="191"/>
        <source>Prüfung ohne Fehler: „{datei}“: {was} würden importiert ({details}).</source>
        <translation>Check without errors: “{datei}”: {was} would be imported ({details}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="192"/>
        <source>{anzahl} Einsatz</source>
        <translation>{anzahl} assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="193"/>
        <source>{anzahl} Einsätze</source>
        <translation>{anzahl} assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="194"/>
        <source>{stunden} Stunden</source>
        <translation>{stunden} hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="195"/>
        <source>„{datei}“: {was} importiert ({stunden}).</source>
        <translation>“{datei}”: {was} imported ({stunden}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="196"/>
        <source>Prüfung ohne Fehler: „{datei}“: {was} ({stunden}) würde importiert.</source>
        <translation>Check without errors: “{datei}”: {was} ({stunden}) would be imported.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="197"/>
        <source>Prüfung ohne Fehler: „{datei}“: {was} ({stunden}) würden importiert.</source>
        <translation>Check without errors: “{datei}”: {was} ({stunden}) would be imported.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="140"/>
        <source>„{name}“</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="198"/>
        <source>Neue Tätigkeit würde angelegt: {namen}.</source>
        <translation>New activity would be created: {namen}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="199"/>
        <source>Neue Tätigkeiten würden angelegt: {namen}.</source>
        <translation>New activities would be created: {namen}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="200"/>
        <source>Neu angelegte Tätigkeit: {namen}.</source>
        <translation>New activity created: {namen}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="201"/>
        <source>Neu angelegte Tätigkeiten: {namen}.</source>
        <translation>New activities created: {namen}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="204"/>
        <source>Unbekannte Importart „{art}“ (möglich: lotsen, einsaetze).</source>
        <translation>Unknown kind of import “{art}” (possible: lotsen, einsaetze).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="205"/>
        <source>Dieser Import kann nicht rückgängig gemacht werden (er hat nichts gespeichert).</source>
        <translation>This import cannot be undone (it did not save anything).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="206"/>
        <source>Dieser Import kann nicht wiederholt werden (er hat nichts gespeichert).</source>
        <translation>This import cannot be redone (it did not save anything).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="207"/>
        <source>Der Import von „{datei}“ kann nicht wiederhergestellt werden, weil sich die Daten inzwischen geändert haben.</source>
        <translation>The import of “{datei}” cannot be restored because the data have changed in the meantime.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="126"/>
        <source>Die Datei „{pfad}“ gibt es nicht (verschoben oder umbenannt?).</source>
        <translation>The file “{pfad}” does not exist (moved or renamed?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="127"/>
        <source>„{pfad}“ ist ein Ordner, keine Datei.</source>
        <translation>“{pfad}” is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="128"/>
        <source>Die Datei „{datei}“ kann nicht gelesen werden (ist sie noch in Excel geöffnet?).</source>
        <translation>The file “{datei}” cannot be read (is it still open in Excel?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="129"/>
        <source>„{datei}“ ist eine Excel-Arbeitsmappe, keine CSV-Datei. Bitte in Excel „Speichern unter“ wählen und den Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“ einstellen.</source>
        <translation>“{datei}” is an Excel workbook, not a CSV file. In Excel, please choose “Save As” and set the file type to “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="133"/>
        <source>„{datei}“ ist keine Textdatei. Bitte eine CSV-Datei wählen.</source>
        <translation>“{datei}” is not a text file. Please choose a CSV file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="134"/>
        <source>„{datei}“ kann ab Zeile {zeile} nicht gelesen werden. Fehlt dort ein schließendes Anführungszeichen?</source>
        <translation>“{datei}” cannot be read from line {zeile} on. Is a closing quotation mark missing there?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="137"/>
        <source>Die Datei „{datei}“ ist leer.</source>
        <translation>The file “{datei}” is empty.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="138"/>
        <source>Die Datei „{datei}“ enthält nur die Kopfzeile und keine Daten.</source>
        <translation>The file “{datei}” contains only the header line and no data.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="139"/>
        <source>In „{datei}“ gibt es die Spalte „{spalte}“ zweimal. Bitte eine davon löschen.</source>
        <translation>“{datei}” has the column “{spalte}” twice. Please delete one of them.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="141"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="142"/>
        <source>In „{datei}“ fehlt die Spalte {spalten}. Die erste Zeile muss die Spaltennamen enthalten, z. B. {beispiel} (gefunden: {gefunden}).</source>
        <translation>The column {spalten} is missing in “{datei}”. The first line must contain the column names, e.g. {beispiel} (found: {gefunden}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="146"/>
        <source>In „{datei}“ fehlen die Spalten {spalten}. Die erste Zeile muss die Spaltennamen enthalten, z. B. {beispiel} (gefunden: {gefunden}).</source>
        <translation>The columns {spalten} are missing in “{datei}”. The first line must contain the column names, e.g. {beispiel} (found: {gefunden}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="150"/>
        <source>„{wert}“ steht in Spalte {spalte}, die keine Überschrift hat. Enthält eine Zahl ein Komma? Dann die Zelle in Anführungszeichen setzen oder ; als Trennzeichen verwenden.</source>
        <translation>“{wert}” is in column {spalte}, which has no heading. Does a number contain a comma? Then put the cell in quotation marks or use ; as the separator.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="164"/>
        <source>Diese Datei wurde bereits am {datum} um {uhrzeit} Uhr importiert („{datei}“); sie wird nicht noch einmal importiert, damit nichts doppelt zählt.</source>
        <translation>This file was already imported on {datum} at {uhrzeit} (“{datei}”); it is not imported again so that nothing counts twice.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="154"/>
        <source>Zeile {zeile}: {meldung}</source>
        <translation>Line {zeile}: {meldung}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="157"/>
        <source>Die Nr. der Lots*in fehlt.</source>
        <translation>The guide&apos;s No. is missing.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="158"/>
        <source>Eine*n Lots*in mit der Nr. „{nr}“ gibt es nicht.</source>
        <translation>There is no guide with the No. “{nr}”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="159"/>
        <source>Der Name der Tätigkeit darf höchstens 120 Zeichen lang sein.</source>
        <translation>The name of the activity may be at most 120 characters long.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="160"/>
        <source>{meldung} (Davon aus dieser Datei: Zeile {zeilen}.)</source>
        <translation>{meldung} (From this file: line {zeilen}.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="161"/>
        <source>{meldung} (Davon aus dieser Datei: Zeilen {zeilen}.)</source>
        <translation>{meldung} (From this file: lines {zeilen}.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="170"/>
        <source>Die Nr. „{nr}“ steht schon in Zeile {zeile}.</source>
        <translation>The No. “{nr}” is already in line {zeile}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="171"/>
        <source>„Rolle ab“ ist angegeben, aber keine Rolle.</source>
        <translation>“Rolle ab” (role from) is given, but no role.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="172"/>
        <source>{meldung} (Spalte „{spalte}“).</source>
        <translation>{meldung} (column “{spalte}”).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="173"/>
        <source>Es gibt schon Einsätze ab dem {datum}; der Eintritt kann nicht später liegen.</source>
        <translation>There are already assignments from {datum}; the joining date cannot be later.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="174"/>
        <source>Es gibt noch Einsätze bis zum {datum}; der Austritt kann nicht früher liegen.</source>
        <translation>There are still assignments up to {datum}; the leaving date cannot be earlier.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="175"/>
        <source>Der Import kann nicht rückgängig gemacht werden: Für die importierten Lots*innen mit der Nr. {nummern} sind inzwischen Einsätze erfasst.</source>
        <translation>The import cannot be undone: assignments have since been recorded for the imported guides with the No. {nummern}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="179"/>
        <source>Ein*e importierte*r Lots*in wurde inzwischen gelöscht; der Import kann nicht wiederholt werden.</source>
        <translation>An imported guide has been deleted in the meantime; the import cannot be redone.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="213"/>
        <source>{name} hat {anzahl} erfasste Einsätze und kann deshalb nicht gelöscht werden. Setzen Sie den Status stattdessen auf „ausgeschieden“.</source>
        <translation>{name} has recorded assignments ({anzahl}) and therefore cannot be deleted. Set the status to “left” instead.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="217"/>
        <source>Die Nr. {nr} hat bereits {name}.</source>
        <translation>No. {nr} is already used by {name}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="218"/>
        <source>Diese*n Lots*in gibt es nicht mehr (inzwischen gelöscht?).</source>
        <translation>This guide no longer exists (deleted in the meantime?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="221"/>
        <source>„{name}“ ist {anzahl}-mal erfasst und kann nicht gelöscht werden; Sie können sie aber umbenennen.</source>
        <translation>“{name}” is used by recorded assignments ({anzahl}) and cannot be deleted; you can rename it, though.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="224"/>
        <source>Bitte einen Namen für die Tätigkeit angeben.</source>
        <translation>Please enter a name for the activity.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="225"/>
        <source>Der Name darf höchstens 120 Zeichen lang sein.</source>
        <translation>The name may be at most 120 characters long.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="226"/>
        <source>Die Tätigkeit „{name}“ gibt es schon.</source>
        <translation>The activity “{name}” already exists.</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location filename="../lotsendesk/ui/undo.py" line="37"/>
        <source>LotsenDesk</source>
        <translation>LotsenDesk</translation>
    </message>
</context>
<context>
    <name>RollenEditor</name>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="41"/>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="43"/>
        <source>Rollenwechsel hinzufügen</source>
        <translation>Add role change</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="68"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="70"/>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="135"/>
        <source>von Beginn an</source>
        <translation>from the start</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="71"/>
        <source>Rolle ab Datum</source>
        <translation>Role from date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="73"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="75"/>
        <source>Diese Rolle entfernen</source>
        <translation>Remove this role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="78"/>
        <source>ab</source>
        <translation>from</translation>
    </message>
</context>
<context>
    <name>TaetigkeitenDialog</name>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="48"/>
        <source>Tätigkeiten bearbeiten</source>
        <translation>Edit activities</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="53"/>
        <source>Unter diesen Tätigkeiten werden Einsätze erfasst. Ein neuer Name gilt auch für die schon erfassten Einsätze. Löschen lässt sich nur eine Tätigkeit, die noch nie erfasst wurde.</source>
        <translation>Assignments are recorded under these activities. A new name also applies to assignments already recorded. Only an activity that has never been recorded can be deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="60"/>
        <source>Neue Tätigkeit, z. B. Begleitung Jobcenter</source>
        <translation>New activity, e.g. Accompanying to the job centre</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="61"/>
        <source>Name der neuen Tätigkeit</source>
        <translation>Name of the new activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="64"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="71"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="71"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="75"/>
        <source>Liste der Tätigkeiten</source>
        <translation>List of activities</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="91"/>
        <source>Umbenennen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="92"/>
        <source>Den Namen in der Liste ändern (auch mit Doppelklick oder F2).</source>
        <translation>Change the name in the list (also by double-clicking or with F2).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="94"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="95"/>
        <source>Nur Tätigkeiten, die noch nie erfasst wurden (Entf-Taste).</source>
        <translation>Only activities that have never been recorded (Del key).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="106"/>
        <source>Strg+Z macht die letzte Änderung hier rückgängig.</source>
        <translation>Ctrl+Z undoes the last change here.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="130"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="133"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="167"/>
        <source>noch nie erfasst</source>
        <translation>never recorded</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="169"/>
        <source>%1-mal erfasst</source>
        <translation>number of assignments: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="213"/>
        <source>Tätigkeit „%1“ hinzufügen</source>
        <translation>Add activity “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="216"/>
        <source>„%1“ hinzugefügt.</source>
        <translation>“%1” added.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="237"/>
        <source>Tätigkeit „%1“ in „%2“ umbenennen</source>
        <translation>Rename activity “%1” to “%2”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="241"/>
        <source>„%1“ heißt jetzt „%2“.</source>
        <translation>“%1” is now called “%2”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="251"/>
        <source>Tätigkeit löschen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="252"/>
        <source>„%1“ löschen?

Sie wurde noch nie erfasst; es gehen keine Einsätze verloren.</source>
        <translation>Delete “%1”?

It has never been recorded; no assignments will be lost.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="270"/>
        <source>Tätigkeit „%1“ löschen</source>
        <translation>Delete activity “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="272"/>
        <source>„%1“ gelöscht.</source>
        <translation>“%1” deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="278"/>
        <source>Rückgängig gemacht.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/taetigkeiten_dialog.py" line="284"/>
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
