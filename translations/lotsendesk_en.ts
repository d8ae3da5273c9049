<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="113"/>
        <source>siehe Lizenztext</source>
        <translation>see licence text</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="114"/>
        <source>nicht angegeben</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="161"/>
        <location filename="../lotsendesk/ui/about_dialog.py" line="169"/>
        <source>nicht ermittelbar</source>
        <translation>cannot be determined</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="167"/>
        <source>LGPL-3.0-only (genutzt unter der LGPL v3)</source>
        <translation>LGPL-3.0-only (used under the LGPL v3)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="186"/>
        <source>DejaVu-Schriften (in den PDF-Dokumenten)</source>
        <translation>DejaVu fonts (in the PDF documents)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="229"/>
        <location filename="../lotsendesk/ui/about_dialog.py" line="266"/>
        <source>Über LotsenDesk</source>
        <translation>About LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="232"/>
        <source>LotsenDesk</source>
        <translation>LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="233"/>
        <source>Verwendete Software und Lizenzen</source>
        <translation>Software used and licences</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="250"/>
        <source>&lt;h2&gt;LotsenDesk %1&lt;/h2&gt;&lt;p&gt;LotsenDesk hilft Trägern von Projekten mit WIR-Integrationslots*innen in Hessen (Landesprogramm „WIR – Vielfalt und Teilhabe“): Lots*innen und ihre Einsätze erfassen, Aufwandsentschädigungen berechnen und auszahlen, Qualifizierungen abrechnen und den Verwendungsnachweis erstellen. Es arbeitet ohne Internet; alle Daten bleiben auf diesem Rechner.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenz:&lt;/b&gt; %2 – LotsenDesk ist freie Software. Sie dürfen es weitergeben und verändern, wie es die GNU General Public License, Version 3 oder (nach Ihrer Wahl) jede spätere Version, erlaubt. Es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LotsenDesk %1&lt;/h2&gt;&lt;p&gt;LotsenDesk helps provider organisations of projects with WIR integration guides in Hesse (state programme “WIR – Vielfalt und Teilhabe”): record guides and their assignments, calculate and pay out expense allowances, account for training and create the statement of use. It works without the internet; all data stays on this computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; %2 – LotsenDesk is free software. You may redistribute and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It is provided without any warranty.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="267"/>
        <source>Python %1 · Qt %2 · %3</source>
        <translation>Python %1 · Qt %2 · %3</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="271"/>
        <source>Datenbank: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="274"/>
        <source>&amp;Lizenztext von LotsenDesk…</source>
        <translation>LotsenDesk &amp;licence text…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="277"/>
        <source>&amp;Verwendete Software…</source>
        <translation>&amp;Software used…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="302"/>
        <source>LotsenDesk enthält die folgenden Programmteile anderer Autor*innen. Wählen Sie eine Zeile, um ihren Lizenztext zu lesen.</source>
        <translation>LotsenDesk contains the following components by other authors. Select a row to read its licence text.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="309"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="309"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="309"/>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="310"/>
        <source>Verwendete Software</source>
        <translation>Software used</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="328"/>
        <source>Lizenzdatei</source>
        <translation>Licence file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="330"/>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="334"/>
        <source>Lizenztext</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="390"/>
        <source>Dieses Paket liefert keinen eigenen Lizenztext mit. Die Lizenz steht in der Liste oben; ihren Wortlaut finden Sie auf der Seite des Projekts.</source>
        <translation>This package does not ship its own licence text. The licence is shown in the list above; you can find its wording on the project&apos;s website.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/about_dialog.py" line="398"/>
        <source>Die Datei „%1“ lässt sich nicht lesen (%2).</source>
        <translation>The file “%1” cannot be read (%2).</translation>
    </message>
</context>
<context>
    <name>AllgemeinForm</name>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="67"/>
        <source>z. B. Kassenwart*in Vorname Nachname</source>
        <translation>e.g. Treasurer First name Surname</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="72"/>
        <source>wie das Betriebssystem</source>
        <translation>same as the operating system</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="79"/>
        <source>Ihr Name im Protokoll</source>
        <translation>Your name in the change log</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="82"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="86"/>
        <source>Gilt ab dem nächsten Start von LotsenDesk. Die Dokumente (PDF) sind immer auf Deutsch, wie das Regierungspräsidium sie erwartet.</source>
        <translation>Takes effect the next time LotsenDesk starts. The documents (PDF) are always in German, as the regional council (Regierungspräsidium) expects them.</translation>
    </message>
</context>
<context>
    <name>AuszahlungWizard</name>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="238"/>
        <source>Auszahlung vorbereiten</source>
        <translation>Prepare payout</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="247"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="249"/>
        <source>&lt; Zurück</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="251"/>
        <source>Vorschlag anzeigen &gt;</source>
        <translation>Show proposal &gt;</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="253"/>
        <source>Auszahlung bestätigen…</source>
        <translation>Confirm payout…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="256"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="286"/>
        <source>Der Auszahlungslauf schlägt für jede*n Lots*in die abrechenbaren Stunden bis zum Ende des Zeitraums vor, die noch nicht ausgezahlt sind. Sie prüfen den Vorschlag im nächsten Schritt; erst „Auszahlung bestätigen…“ schreibt etwas fest.</source>
        <translation>For each guide, the payout run proposes the claimable hours up to the end of the period that have not been paid out yet. You check the proposal in the next step; nothing is locked until “Confirm payout…”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="294"/>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="359"/>
        <source>Förderjahr</source>
        <translation>Funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="300"/>
        <source>bis Datum:</source>
        <translation>until the date:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="308"/>
        <source>Zeitraum bis Datum</source>
        <translation>Period until date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="328"/>
        <source>Auszahlungsdatum</source>
        <translation>Payout date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="334"/>
        <source>Das Auszahlungsdatum bestimmt die Beleg-Nr. und das Steuerjahr (Zufluss) der Auszahlung.</source>
        <translation>The payout date determines the receipt no. and the tax year (receipt of payment) of the payout.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="348"/>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="362"/>
        <source>Zahlungsart</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="360"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="361"/>
        <source>Auszahlungsdatum *</source>
        <translation>Payout date *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="396"/>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="536"/>
        <source>Es ist noch kein Förderjahr angelegt. Legen Sie es auf der Seite „Förderjahr“ an; danach können Sie hier auszahlen.</source>
        <translation>No funding year has been set up yet. Add it on the “Funding year” page; you can then make payouts here.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="412"/>
        <source>bis Monatsende (%1)</source>
        <translation>until the end of the month (%1)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="415"/>
        <source>bis Quartalsende (%1)</source>
        <translation>until the end of the quarter (%1)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="478"/>
        <source>Vorschlag des Auszahlungslaufs</source>
        <translation>Proposal of the payout run</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="492"/>
        <source>Auszahlen</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="497"/>
        <source>vorhanden</source>
        <translation>on file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="503"/>
        <source>Alle auswählen</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="505"/>
        <source>Keine auswählen</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="548"/>
        <source>Das Auszahlungsdatum liegt vor dem Ende des Zeitraums (%1). Bitte ein späteres Auszahlungsdatum oder einen früheren Zeitraum wählen.</source>
        <translation>The payout date is before the end of the period (%1). Please choose a later payout date or an earlier period.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="562"/>
        <source>Bis zum %1 ist im Förderjahr %2 nichts auszuzahlen: Alle abrechenbaren Stunden sind schon ausgezahlt, oder es sind keine Stunden qualifizierter Lots*innen erfasst.</source>
        <translation>There is nothing to pay out in funding year %2 up to %1: all claimable hours have already been paid out, or no hours of qualified guides have been recorded.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="572"/>
        <source>Vorschlag für das Förderjahr %1: abrechenbare, noch nicht ausgezahlte Stunden bis zum %2, ausgezahlt am %3 (%4). Entfernen Sie den Haken bei Personen, die Sie diesmal nicht auszahlen wollen; sie bleiben für den nächsten Lauf offen.</source>
        <translation>Proposal for funding year %1: claimable hours not yet paid out up to %2, paid out on %3 (%4). Untick the people you do not want to pay this time; they remain open for the next run.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="592"/>
        <source>Niemand ausgewählt – es wird nichts ausgezahlt.</source>
        <translation>Nobody selected – nothing will be paid out.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="595"/>
        <source>%1 von %2 ausgewählt · %3 Stunden · %4</source>
        <translation>%1 of %2 selected · %3 hours · %4</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="615"/>
        <source>als Überweisung</source>
        <translation>by bank transfer</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="615"/>
        <source>in bar</source>
        <translation>in cash</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="617"/>
        <source>%1 über %2 am %3 %4 festschreiben? Die Einsätze sind danach nicht mehr änderbar.</source>
        <translation>Lock %1 totalling %2, paid on %3 %4? The assignments can no longer be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="626"/>
        <source>Achtung: Für %1 der ausgewählten Lots*innen ist keine IBAN hinterlegt.</source>
        <translation>Attention: no IBAN is on file for %1 of the selected guides.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="628"/>
        <source>Auszahlung bestätigen</source>
        <translation>Confirm payout</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="650"/>
        <source>Die Einsätze dieser Auszahlungen sind jetzt festgeschrieben. Eine Korrektur geht nur über ein Storno auf der Seite „Auszahlungen“; der nächste Lauf rechnet dann neu.</source>
        <translation>The assignments of these payouts are now locked. A correction is only possible through a cancellation on the “Payouts” page; the next run will then recalculate.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="656"/>
        <source>Neue Belege</source>
        <translation>New receipts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="684"/>
        <source>Festgeschrieben: %1 über %2, Beleg-Nr. %3.</source>
        <translation>Locked: %1 totalling %2, receipt no. %3.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="703"/>
        <source>Schritt %1 von 3</source>
        <translation>Step %1 of 3</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="706"/>
        <source>Zeitraum und Zahlungsart wählen</source>
        <translation>Choose period and payment method</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="707"/>
        <source>Vorschlag prüfen</source>
        <translation>Check proposal</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="708"/>
        <source>Belege</source>
        <translation>Receipts</translation>
    </message>
</context>
<context>
    <name>Auszahlungen</name>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="71"/>
        <source>bar</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="72"/>
        <source>Überweisung</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="78"/>
        <source>1 Auszahlung</source>
        <translation>1 payout</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="79"/>
        <source>%1 Auszahlungen</source>
        <translation>%1 payouts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="71"/>
        <source>Storno zu %1</source>
        <translation>Cancellation of %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="73"/>
        <source>storniert durch %1</source>
        <translation>cancelled by %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="74"/>
        <source>ausgezahlt</source>
        <translation>paid out</translation>
    </message>
</context>
<context>
    <name>AuszahlungenPage</name>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="185"/>
        <source>Quittungen speichern</source>
        <translation>Save receipts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="187"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="201"/>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="320"/>
        <source>Auszahlungen</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="203"/>
        <source>Aufwandsentschädigungen auszahlen: Auszahlungslauf vorbereiten, prüfen, bestätigen – mit fortlaufender Beleg-Nr.</source>
        <translation>Pay out expense allowances: prepare, check and confirm a payout run – with consecutive receipt numbers.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="207"/>
        <source>Auszahlung vorbereiten…</source>
        <translation>Prepare payout…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="211"/>
        <source>Auszahlungslauf vorbereiten</source>
        <translation>Prepare payout run</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="213"/>
        <source>Exportieren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="215"/>
        <source>Die Auszahlungen, die die Tabelle zeigt, als Excel- oder CSV-Datei</source>
        <translation>Save the payouts shown in the table as an Excel or CSV file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="222"/>
        <source>Förderjahr anzeigen</source>
        <translation>Funding year to show</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="223"/>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="329"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="225"/>
        <source>Förderjahr:</source>
        <translation>Funding year:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="228"/>
        <source>Suchen nach Beleg-Nr., Nr., Name oder Grund …</source>
        <translation>Search by receipt no., No., name or reason…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="229"/>
        <source>Auszahlungen suchen</source>
        <translation>Search payouts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="243"/>
        <source>Liste der Auszahlungen</source>
        <translation>List of payouts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="262"/>
        <source>Stornieren…</source>
        <translation>Cancel payout…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="266"/>
        <source>Eine Auszahlung mit Grund stornieren. Der Beleg bleibt erhalten; das Storno bekommt eine eigene Beleg-Nr.</source>
        <translation>Cancel a payout, giving a reason. The receipt is kept; the cancellation gets a receipt no. of its own.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="271"/>
        <source>Quittungen drucken…</source>
        <translation>Print receipts…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="274"/>
        <source>Die Quittungen des ganzen Auszahlungslaufs der gewählten Auszahlung als PDF speichern und öffnen.</source>
        <translation>Save the receipts of the whole payout run of the selected payout as a PDF and open it.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="277"/>
        <source>SEPA-Datei…</source>
        <translation>SEPA file…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="280"/>
        <source>Die Überweisungen des Auszahlungslaufs der gewählten Auszahlung als Datei fürs Online-Banking.</source>
        <translation>The bank transfers of the payout run of the selected payout as a file for online banking.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="370"/>
        <source>Noch kein Förderjahr angelegt. Legen Sie auf der Seite „Förderjahr“ den Zuwendungsbescheid an (Jahr, bewilligter Betrag, Stundensatz) – danach schlägt „Auszahlung vorbereiten…“ vor, was abrechenbar ist.</source>
        <translation>No funding year set up yet. Enter the grant notice on the “Funding year” page (year, approved amount, hourly rate) – “Prepare payout…” then proposes what is claimable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="376"/>
        <source>Noch keine Auszahlungen. „Auszahlung vorbereiten…“ schlägt vor, was abrechenbar und noch nicht ausgezahlt ist.</source>
        <translation>No payouts yet. “Prepare payout…” proposes what is claimable and not yet paid out.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="381"/>
        <source>Keine Auszahlung passt zu „%1“. Prüfen Sie die Schreibweise oder wählen Sie bei „Förderjahr“ „Alle“.</source>
        <translation>No payout matches “%1”. Check the spelling or choose “All” under “Funding year”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="385"/>
        <source>Im Förderjahr %1 gibt es noch keine Auszahlungen. „Auszahlung vorbereiten…“ schlägt vor, was abrechenbar ist.</source>
        <translation>There are no payouts in funding year %1 yet. “Prepare payout…” proposes what is claimable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="400"/>
        <source>%1 (davon 1 Storno)</source>
        <translation>%1 (including 1 cancellation)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="400"/>
        <source>%1 (davon %2 Stornos)</source>
        <translation>%1 (including %2 cancellations)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="405"/>
        <source>%1 · %2 Stunden · %3</source>
        <translation>%1 · %2 hours · %3</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="410"/>
        <source>Stunden und Betrag nach Abzug der Stornos.</source>
        <translation>Hours and amount after deducting the cancellations.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="440"/>
        <source>Auszahlungen %1</source>
        <translation>Payouts %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="440"/>
        <source>alle Jahre</source>
        <translation>all years</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="443"/>
        <source>Auszahlungen exportieren</source>
        <translation>Export payouts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="447"/>
        <source>%1 Auszahlungen gespeichert in „%2“.</source>
        <translation>%1 payouts saved to “%2”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="463"/>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="468"/>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="475"/>
        <source>SEPA-Datei</source>
        <translation>SEPA file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="469"/>
        <source>Ein Storno gehört zu keinem Auszahlungslauf und wird nicht überwiesen.</source>
        <translation>A cancellation does not belong to any payout run and is not transferred.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="476"/>
        <source>Gespeichert unter:
%1

Jetzt im Online-Banking als Sammelüberweisung hochladen.</source>
        <translation>Saved to:
%1

Now upload it in online banking as a batch transfer.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="492"/>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="497"/>
        <source>Quittungen drucken</source>
        <translation>Print receipts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="498"/>
        <source>%1 Quittungen gespeichert unter:
%2</source>
        <translation>%1 receipts saved to:
%2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="518"/>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="523"/>
        <source>Auszahlung vorbereiten</source>
        <translation>Prepare payout</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="525"/>
        <source>Es ist noch kein Förderjahr angelegt. Legen Sie auf der Seite „Förderjahr“ den Zuwendungsbescheid an (Jahr, bewilligter Betrag, Stundensatz); danach können Sie auszahlen.</source>
        <translation>No funding year has been set up yet. Enter the grant notice on the “Funding year” page (year, approved amount, hourly rate); you can then make payouts.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="271"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="275"/>
        <source>Beim Beenden legt LotsenDesk einmal am Tag eine Sicherung an und prüft sie. Aufbewahrt werden die Sicherungen der letzten 7 Tage, je eine der letzten 4 Wochen und der letzten 12 Monate. Vor jedem Update wird ebenfalls gesichert. Ein Ordner auf einem USB-Stick schützt auch vor einem Defekt des Computers.</source>
        <translation>When you quit, LotsenDesk makes a backup once a day and checks it. It keeps the backups of the last 7 days and one each of the last 4 weeks and the last 12 months. A backup is also made before every update. A folder on a USB stick also protects against a computer failure.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="284"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="288"/>
        <source>Ändern…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="291"/>
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="292"/>
        <source>Der Ordner „Sicherungen“ neben der Datenbank</source>
        <translation>The “Sicherungen” (backups) folder next to the database</translation>
    </message>
</context>
<context>
    <name>BerichtePage</name>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="154"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="589"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="719"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="745"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="773"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="177"/>
        <source>Verwendungsnachweis</source>
        <translation>Statement of use (Verwendungsnachweis)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="178"/>
        <source>Quittungen eines Auszahlungslaufs</source>
        <translation>Receipts of a payout run</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="179"/>
        <source>Stundennachweis</source>
        <translation>Timesheet report</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="180"/>
        <source>Jahresbescheinigung</source>
        <translation>Annual statement</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="181"/>
        <source>Freibetragserklärung</source>
        <translation>Allowance declaration</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="182"/>
        <source>Einsatzbestätigung</source>
        <translation>Confirmation of volunteering</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="183"/>
        <source>Teilnehmendenliste (Vorlage / mit Anwesenheit)</source>
        <translation>Participant list (template / with attendance)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="184"/>
        <source>Teilnahmebescheinigungen</source>
        <translation>Certificates of attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="185"/>
        <source>Verwendungsnachweis Qualifizierung</source>
        <translation>Statement of use (training)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="189"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="190"/>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="210"/>
        <source>&amp;Vorschau erstellen</source>
        <translation>&amp;Create preview</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="224"/>
        <source>Förderjahr</source>
        <translation>Funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="226"/>
        <source>Förderjahr:</source>
        <translation>Funding year:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="227"/>
        <source>&amp;Angaben und Sachbericht…</source>
        <translation>Details and &amp;narrative report…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="230"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="358"/>
        <source>Fassung &amp;ausstellen…</source>
        <translation>&amp;Issue version…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="233"/>
        <source>Speichert den Verwendungsnachweis so, wie er jetzt ist, als neue Fassung mit Prüfsumme. Die Vorschau ist bis dahin ein Entwurf.</source>
        <translation>Saves the statement of use as it is now as a new version with a checksum. Until then, the preview is a draft.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="246"/>
        <source>Auszahlungslauf</source>
        <translation>Payout run</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="247"/>
        <source>Auszahlungslauf:</source>
        <translation>Payout run:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="252"/>
        <source>Lots*in</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="261"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="290"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="302"/>
        <source>Lots*in:</source>
        <translation>Guide:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="263"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="264"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="265"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="280"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="266"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="267"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="269"/>
        <source>Monat oder Quartal</source>
        <translation>Month or quarter</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="272"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="288"/>
        <source>Jahr:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="288"/>
        <source>Kalenderjahr der Zahlung:</source>
        <translation>Calendar year of payment:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="303"/>
        <source>die ganze Zeit des Engagements</source>
        <translation>the whole period of volunteering</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="309"/>
        <source>sonst nur das Jahr:</source>
        <translation>otherwise only the year:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="314"/>
        <source>Kurs</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="324"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="341"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="354"/>
        <source>Kurs:</source>
        <translation>Course:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="325"/>
        <source>Vorlage mit leeren Feldern zum Unterschreiben</source>
        <translation>Template with blank fields for signatures</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="326"/>
        <source>mit der abgehakten Anwesenheit</source>
        <translation>with the ticked attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="331"/>
        <source>Fassung:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="343"/>
        <source>Für wen</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="344"/>
        <source>Für:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="355"/>
        <source>&amp;Sachbericht…</source>
        <translation>&amp;Narrative report…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="361"/>
        <source>Speichert den Verwendungsnachweis des Kurses so, wie er jetzt ist, als neue Fassung mit Prüfsumme. Die Vorschau ist bis dahin ein Entwurf.</source>
        <translation>Saves the course&apos;s statement of use as it is now as a new version with a checksum. Until then, the preview is a draft.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="370"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="383"/>
        <source>Ausgestellte Fassungen</source>
        <translation>Issued versions</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="374"/>
        <source>Fassung</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="374"/>
        <source>Ausgestellt am</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="374"/>
        <source>Versandt am</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="374"/>
        <source>Prüfsumme</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="388"/>
        <source>Anzeigen</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="390"/>
        <source>Als &amp;versandt vermerken…</source>
        <translation>&amp;Mark as sent…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="409"/>
        <source>&amp;Speichern unter…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="411"/>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="412"/>
        <source>Im PDF-Programm des Computers öffnen</source>
        <translation>Open in the computer&apos;s PDF viewer</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="414"/>
        <source>&amp;Drucken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="436"/>
        <source>Nr. %1 – bezahlt am %2 (%3 Auszahlungen, Förderjahr %4)</source>
        <translation>No. %1 – paid on %2 (%3 payouts, funding year %4)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="458"/>
        <source>alle Lots*innen</source>
        <translation>all guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="474"/>
        <source>%1. Quartal</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="489"/>
        <source>Zahlenmäßiger Nachweis, Detailangaben je Lots*in, Belegliste, Sachbericht und Bestätigungen. Die Vorschau ist ein Entwurf; eingereicht wird eine ausgestellte Fassung.</source>
        <translation>Financial statement, details per guide, list of receipts, narrative report and confirmations. The preview is a draft; what you submit is an issued version.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="493"/>
        <source>Je Auszahlung eine Quittung. Beim ersten Erstellen werden sie ausgestellt und danach immer unverändert wiedergegeben – auch wenn sich eine Anschrift ändert.</source>
        <translation>One receipt per payout. They are issued the first time they are created and always reproduced unchanged after that – even if an address changes.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="497"/>
        <source>Jeder Einsatz im Zeitraum mit Summe und abrechenbaren Stunden, zum Unterschreiben durch die Lots*in und die koordinierende Person.</source>
        <translation>Every assignment in the period with the total and the claimable hours, to be signed by the guide and the coordinating person.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="501"/>
        <source>Die im Kalenderjahr gezahlten Beträge mit Monat der Zahlung – für Finanzamt und Jobcenter.</source>
        <translation>The amounts paid in the calendar year with the month of payment – for the tax office and the job centre.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="504"/>
        <source>Vorausgefüllte Erklärung zum Übungsleiterfreibetrag (§ 3 Nr. 26 EStG) zum Unterschreiben.</source>
        <translation>Pre-filled declaration for the instructor allowance (§ 3 No. 26 EStG), ready to sign.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="507"/>
        <source>Bestätigung über das ehrenamtliche Engagement mit Zeitraum, Stunden und Tätigkeiten – z. B. für die Ehrenamtskarte oder eine Bewerbung.</source>
        <translation>Confirmation of the voluntary work with period, hours and activities – e.g. for the volunteer card (Ehrenamtskarte) or a job application.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="511"/>
        <source>Teilnehmendenliste zum Formblatt 2 C: vor dem Kurs mit leeren Feldern zum Unterschreiben je Termin, danach mit der abgehakten Anwesenheit – für Antrag und Verwendungsnachweis.</source>
        <translation>Participant list for form 2 C: before the course with blank fields for signatures per session, afterwards with the ticked attendance – for the application and the statement of use.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="515"/>
        <source>Eine Bescheinigung je Person, die die Mindestanwesenheit erreicht hat – bei der Basisqualifizierung mit ausgestelltem Zertifikat als Zertifikat.</source>
        <translation>One certificate of attendance per person who reached the minimum attendance – for basic training, the certificate once it has been issued.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="519"/>
        <source>Zahlenmäßiger Nachweis des Kurses mit Belegliste, Sachbericht und Bestätigungen; fällig drei Monate nach dem letzten Termin. Die Vorschau ist ein Entwurf; eingereicht wird eine ausgestellte Fassung.</source>
        <translation>Financial statement of the course with list of receipts, narrative report and confirmations; due three months after the last session. The preview is a draft; what you submit is an issued version.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="558"/>
        <source>alle mit ausreichender Anwesenheit</source>
        <translation>everyone with sufficient attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="601"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="740"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="753"/>
        <source>Es ist noch kein Förderjahr angelegt.</source>
        <translation>No funding year has been set up yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="604"/>
        <source>Entwurf des Verwendungsnachweises %1</source>
        <translation>Draft of the statement of use %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="609"/>
        <source>Es gibt noch keinen Auszahlungslauf.</source>
        <translation>There is no payout run yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="614"/>
        <source>%1 Quittungen (%2 bis %3)</source>
        <translation>%1 receipts (%2 to %3)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="631"/>
        <source>%1. Quartal %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="641"/>
        <source>Stundennachweis %1 für 1 Lots*in</source>
        <translation>Timesheet report %1 for 1 guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="643"/>
        <source>Stundennachweis %1 für %2 Lots*innen</source>
        <translation>Timesheet report %1 for %2 guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="652"/>
        <source>%1 Jahresbescheinigungen für %2</source>
        <translation>%1 annual statements for %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="660"/>
        <source>%1 Freibetragserklärungen für %2</source>
        <translation>%1 allowance declarations for %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="666"/>
        <source>Es ist noch keine Lots*in angelegt.</source>
        <translation>No guide has been added yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="673"/>
        <source>Einsatzbestätigung für %1</source>
        <translation>Confirmation of volunteering for %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="678"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="768"/>
        <source>Es ist noch kein Kurs angelegt (Seite „Qualifizierungen“).</source>
        <translation>No course has been set up yet (“Training” page).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="691"/>
        <source>Teilnehmendenliste „%1“ mit Anwesenheit</source>
        <translation>Participant list “%1” with attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="691"/>
        <source>Teilnehmendenliste „%1“ (Vorlage)</source>
        <translation>Participant list “%1” (template)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="706"/>
        <source>1 Teilnahmebescheinigung zu „%1“</source>
        <translation>1 certificate of attendance for “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="707"/>
        <source>%1 Teilnahmebescheinigungen zu „%2“</source>
        <translation>%1 certificates of attendance for “%2”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="716"/>
        <source>Entwurf des Verwendungsnachweises zu „%1“</source>
        <translation>Draft of the statement of use for “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="727"/>
        <source>Wählen Sie links ein Dokument und „Vorschau erstellen“.</source>
        <translation>Choose a document on the left and click “Create preview”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="731"/>
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="731"/>
        <source>%1 Seiten</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="756"/>
        <source>Den Verwendungsnachweis %1 jetzt ausstellen? Er wird als Fassung mit Prüfsumme gespeichert und bleibt unverändert; spätere Änderungen ergeben eine neue Fassung.</source>
        <translation>Issue the statement of use %1 now? It is saved as a version with a checksum and stays unchanged; later changes result in a new version.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="801"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="818"/>
        <source>Fassung ausstellen</source>
        <translation>Issue version</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="819"/>
        <source>Seit Fassung %1 hat sich nichts geändert; es bleibt bei dieser Fassung.</source>
        <translation>Nothing has changed since version %1; that version stays current.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="780"/>
        <source>Sachbericht zu „%1“ bearbeiten</source>
        <translation>Edit narrative report for “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="794"/>
        <source>Den Verwendungsnachweis zu „%1“ jetzt ausstellen? Er wird als Fassung mit Prüfsumme gespeichert und bleibt unverändert; spätere Änderungen ergeben eine neue Fassung.</source>
        <translation>Issue the statement of use for “%1” now? It is saved as a version with a checksum and stays unchanged; later changes result in a new version.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="850"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="111"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="878"/>
        <source>Als versandt vermerken</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="99"/>
        <location filename="../lotsendesk/ui/berichte_page.py" line="900"/>
        <source>Dokument speichern</source>
        <translation>Save document</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="101"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="115"/>
        <source>An welchem Tag ging diese Fassung an das Regierungspräsidium? Das Datum lässt sich danach nicht mehr ändern.</source>
        <translation>On which day was this version sent to the regional council? The date cannot be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="126"/>
        <source>Versandt am:</source>
        <translation>Sent on:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="156"/>
        <source>Verwendungsnachweis, Quittungen, Stundennachweise, Bescheinigungen, Erklärungen und die Unterlagen der Qualifizierungen als PDF – ansehen, speichern, drucken.</source>
        <translation>Statement of use, receipts, timesheet reports, certificates, declarations and the training documents as PDF – view, save, print.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="901"/>
        <source>Die Datei „%1“ konnte nicht geschrieben werden (%2).</source>
        <translation>The file “%1” could not be written (%2).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="906"/>
        <source>Gespeichert unter %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="912"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/berichte_page.py" line="913"/>
        <source>Kein PDF-Programm gefunden. Die Datei liegt unter:
%1</source>
        <translation>No PDF viewer found. The file is located at:
%1</translation>
    </message>
</context>
<context>
    <name>BudgetBar</name>
    <message>
        <location filename="../lotsendesk/ui/budget_bar.py" line="40"/>
        <source>Budget des Förderjahres</source>
        <translation>Budget of the funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/budget_bar.py" line="60"/>
        <source>abrechenbar</source>
        <translation>claimable</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/budget_bar.py" line="61"/>
        <source>ausgezahlt</source>
        <translation>paid out</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/budget_bar.py" line="62"/>
        <source>erhalten (Raten)</source>
        <translation>received (instalments)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/budget_bar.py" line="71"/>
        <source>Achtung: Es ist keine bewilligte Summe eingetragen, aber %1 sind abrechenbar. Tragen Sie den Betrag aus dem Zuwendungsbescheid ein (Bescheid bearbeiten…).</source>
        <translation>Attention: no approved sum has been entered, but %1 is claimable. Enter the amount from the grant notice (Edit notice…).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/budget_bar.py" line="74"/>
        <source>Noch keine bewilligte Summe eingetragen.</source>
        <translation>No approved sum entered yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/budget_bar.py" line="79"/>
        <source>Überschritten: %1 der bewilligten Summe sind abrechenbar, %2 mehr als bewilligt. Der Verwendungsnachweis rechnet höchstens %3 ab.</source>
        <translation>Exceeded: %1 of the approved sum is claimable, %2 more than approved. The statement of use claims at most %3.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/budget_bar.py" line="88"/>
        <source>Achtung: %1 der bewilligten Summe sind schon abrechenbar; es bleiben %2.</source>
        <translation>Attention: %1 of the approved sum is already claimable; %2 remains.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/budget_bar.py" line="93"/>
        <source>Im Rahmen: %1 der bewilligten Summe sind abrechenbar; es bleiben %2.</source>
        <translation>Within budget: %1 of the approved sum is claimable; %2 remains.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/budget_bar.py" line="99"/>
        <location filename="../lotsendesk/ui/budget_bar.py" line="193"/>
        <source>bewilligt: %1</source>
        <translation>approved: %1</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="485"/>
        <source>Schritt 2 von 3: Prüfung</source>
        <translation>Step 2 of 3: Check</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="486"/>
        <source>Jede Zeile wurde geprüft. Importiert wird nur die ganze Datei – oder nichts.</source>
        <translation>Every line has been checked. Only the whole file is imported – or nothing at all.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="488"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="496"/>
        <source>Fehler der Datei nach Zeilen</source>
        <translation>Errors in the file by line</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="506"/>
        <source>Liste kopieren</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="509"/>
        <source>Erneut prüfen</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="512"/>
        <source>Die Datei noch einmal lesen, z. B. nachdem Sie sie in Excel korrigiert haben.</source>
        <translation>Read the file again, e.g. after you have corrected it in Excel.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="551"/>
        <source>„Importieren“ speichert alles in einem Schritt. Danach können Sie den Import mit Bearbeiten → Rückgängig (Strg+Z) wieder entfernen.</source>
        <translation>“Import” saves everything in one step. Afterwards you can remove the import again with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="558"/>
        <source>In „%1“ gibt es 1 Fehler. Es wird nichts importiert, solange Fehler bestehen.</source>
        <translation>“%1” has 1 error. Nothing is imported as long as there are errors.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="560"/>
        <source>In „%1“ gibt es %2 Fehler. Es wird nichts importiert, solange Fehler bestehen.</source>
        <translation>“%1” has %2 errors. Nothing is imported as long as there are errors.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="563"/>
        <source>Stimmt eine Zuordnung nicht, gehen Sie „Zurück“. Ist die Datei falsch, korrigieren Sie sie, speichern sie und klicken „Erneut prüfen“.</source>
        <translation>If a column mapping is wrong, go “Back”. If the file is wrong, correct it, save it and click “Check again”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="574"/>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="574"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="600"/>
        <source>Gezeigt werden die ersten %1 von %2 Fehlern; „Liste kopieren“ kopiert alle.</source>
        <translation>Showing the first %1 of %2 errors; “Copy list” copies them all.</translation>
    </message>
</context>
<context>
    <name>CreateTimesheetsDialog</name>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="126"/>
        <source>Stundenzettel erstellen</source>
        <translation>Create timesheets</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="130"/>
        <source>Leere Stundenzettel als Excel-Datei zum Ausfüllen: ein Blatt je aktive*r Lots*in mit Name, Nr., Zeitraum und den bis zur Höchstgrenze noch freien Stunden; die Tätigkeiten stehen als Auswahlliste bereit. Ausgefüllt zurück? Datei → Stundenzettel einlesen.</source>
        <translation>Blank timesheets as an Excel file to fill in: one sheet per active guide with name, No., period and the hours still available up to the cap; the activities are offered as a drop-down list. Back filled in? File → Import timesheets.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="140"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="141"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="142"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="144"/>
        <source>Monat oder Quartal</source>
        <translation>Month or quarter</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="148"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="153"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="155"/>
        <source>eine Datei mit einem Blatt je Lots*in</source>
        <translation>one file with a sheet per guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="156"/>
        <source>eine Datei je Lots*in (Ordner wählen)</source>
        <translation>one file per guide (choose a folder)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="164"/>
        <source>Dateien:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="169"/>
        <source>Erstellen …</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="187"/>
        <source>%1. Quartal</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="198"/>
        <source>%1. Quartal %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>DatenschutzDialogs</name>
    <message>
        <location filename="../lotsendesk/ui/datenschutz_dialogs.py" line="26"/>
        <source>Auskunft speichern</source>
        <translation>Save data access report</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/datenschutz_dialogs.py" line="28"/>
        <source>PDF für die Person (*.pdf);;JSON für Programme (*.json)</source>
        <translation>PDF for the person (*.pdf);;JSON for programs (*.json)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/datenschutz_dialogs.py" line="70"/>
        <source>keine Pflicht</source>
        <translation>no obligation</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="646"/>
        <source>Schritt 3 von 3: Importiert</source>
        <translation>Step 3 of 3: Imported</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="647"/>
        <source>Die Datei ist gespeichert.</source>
        <translation>The data from the file has been saved.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="656"/>
        <source>Mit Bearbeiten → Rückgängig (Strg+Z) können Sie den Import wieder entfernen.</source>
        <translation>You can remove the import again with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="676"/>
        <source>Neu angelegt:</source>
        <translation>Newly added:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="677"/>
        <source>Aktualisiert:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="678"/>
        <source>Unverändert (übersprungen):</source>
        <translation>Unchanged (skipped):</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="682"/>
        <source>Neue Einsätze:</source>
        <translation>New assignments:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="683"/>
        <source>Stunden zusammen:</source>
        <translation>Total hours:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="684"/>
        <source>Neue Tätigkeiten:</source>
        <translation>New activities:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="684"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="687"/>
        <source>Tabellenblatt:</source>
        <translation>Sheet:</translation>
    </message>
</context>
<context>
    <name>EinsaetzeModel</name>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="24"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="25"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="26"/>
        <source>Lots*in</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="27"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="28"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="30"/>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="51"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_model.py" line="52"/>
        <source>ausgezahlt (%1)</source>
        <translation>paid (%1)</translation>
    </message>
</context>
<context>
    <name>EinsaetzePage</name>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="73"/>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="341"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="74"/>
        <source>Stunden von den Stundenzetteln erfassen: Lots*in, Datum, Dauer eintippen – Enter speichert.</source>
        <translation>Enter the hours from the timesheets: type guide, date and duration – Enter saves.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="85"/>
        <source>Erfassen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="89"/>
        <source>Speichert den Einsatz (Enter)</source>
        <translation>Saves the assignment (Enter)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="103"/>
        <source>Filter Lots*in</source>
        <translation>Filter by guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="106"/>
        <source>Filter Jahr</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="108"/>
        <source>Filter Monat</source>
        <translation>Filter by month</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="109"/>
        <source>Alle Monate</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="113"/>
        <source>Suchen in Name, Tätigkeit, Bemerkung …</source>
        <translation>Search name, activity, note…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="114"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="116"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="303"/>
        <source>Noch keine Einsätze erfasst. Tippen Sie oben Lots*in, Datum und Dauer ein und drücken Sie Enter – oder importieren Sie eine Liste (Datei → Einsätze importieren…).</source>
        <translation>No assignments recorded yet. Type a guide, date and duration above and press Enter – or import a list (File → Import assignments…).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="184"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="121"/>
        <source>Exportieren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="124"/>
        <source>Die angezeigten Einsätze (mit diesem Filter) als Excel- oder CSV-Datei speichern</source>
        <translation>Save the assignments shown (with this filter) as an Excel or CSV file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="145"/>
        <source>Liste der Einsätze</source>
        <translation>List of assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="186"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="189"/>
        <source>Verlauf…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="190"/>
        <source>Alle Änderungen an diesem Einsatz: wann, wer, was (Protokoll).</source>
        <translation>All changes to this assignment: when, who, what (change log).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="247"/>
        <source>Alle Lots*innen</source>
        <translation>All guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="251"/>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="283"/>
        <source>%1 Einsätze · %2 Stunden</source>
        <translation>%1 assignments · %2 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="283"/>
        <source>1 Einsatz · %2 Stunden</source>
        <translation>1 assignment · %2 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="299"/>
        <source>Noch keine Lots*innen angelegt. Legen Sie sie zuerst auf der Seite „Lots*innen“ an (Strg+2) – oder importieren Sie Ihre Liste (Datei → Lots*innen importieren…).</source>
        <translation>No guides yet. Add them first on the “Guides” page (Ctrl+2) – or import your list (File → Import guides…).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="320"/>
        <source>Einsatz vom %1, %2</source>
        <translation>Assignment on %1, %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="331"/>
        <source>Einsätze exportieren</source>
        <translation>Export assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="348"/>
        <source>Nr %1</source>
        <translation>No %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="353"/>
        <source>1 Einsatz (%2 Stunden) gespeichert in „%3“.</source>
        <translation>1 assignment (%2 hours) saved to “%3”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="355"/>
        <source>%1 Einsätze (%2 Stunden) gespeichert in „%3“.</source>
        <translation>%1 assignments (%2 hours) saved to “%3”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="372"/>
        <source>Einsatz erfassen</source>
        <translation>Record assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="382"/>
        <source>Gespeichert: %1, %2, %3 Stunden.</source>
        <translation>Saved: %1, %2, %3 hours.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="427"/>
        <source>Einsatz bearbeiten</source>
        <translation>Edit assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="434"/>
        <source>Einsatz ändern</source>
        <translation>Change assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="449"/>
        <source>Der ausgewählte Einsatz wird gelöscht.</source>
        <translation>The selected assignment will be deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="451"/>
        <source>%1 Einsätze werden gelöscht.</source>
        <translation>%1 assignments will be deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="455"/>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="462"/>
        <source>Einsätze löschen</source>
        <translation>Delete assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="456"/>
        <source>Mit Strg+Z können Sie das rückgängig machen.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="464"/>
        <source>Einsatz löschen</source>
        <translation>Delete assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="464"/>
        <source>%1 Einsätze löschen</source>
        <translation>Delete %1 assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="473"/>
        <source>Ein Einsatz wurde gelöscht (Strg+Z macht das rückgängig).</source>
        <translation>One assignment was deleted (Ctrl+Z undoes this).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsaetze_page.py" line="475"/>
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
        <location filename="../lotsendesk/ui/einsatz_form.py" line="50"/>
        <source>Nr. oder Name</source>
        <translation>No. or name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="59"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="62"/>
        <source>z. B. 2,5 oder 2:30</source>
        <translation>e.g. 2.5 or 2:30</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="70"/>
        <source>ohne Namen begleiteter Personen</source>
        <translation>no names of the people accompanied</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="73"/>
        <source>Lots*in *</source>
        <translation>Guide *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="74"/>
        <source>Datum *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="75"/>
        <source>Dauer (Std.) *</source>
        <translation>Duration (hrs) *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="76"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="77"/>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="226"/>
        <source>Bitte eine*n Lots*in angeben (Nr. oder Name).</source>
        <translation>Please enter a guide (No. or name).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="236"/>
        <source>„%1“ passt auf %2 Personen – bitte genauer eingeben.</source>
        <translation>“%1” matches %2 people – please be more specific.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="241"/>
        <source>Keine*n Lots*in mit „%1“ gefunden.</source>
        <translation>No guide found matching “%1”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einsatz_form.py" line="255"/>
        <source>Die Tätigkeit „%1“ gibt es nicht. Bitte aus der Liste wählen (Liste ändern: Bearbeiten → Tätigkeiten bearbeiten).</source>
        <translation>There is no activity “%1”. Please choose one from the list (to change the list: Edit → Edit activities).</translation>
    </message>
</context>
<context>
    <name>EinstellungenPage</name>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="101"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="103"/>
        <source>Die Angaben zum Träger für die Regeln und die Dokumente, die Tätigkeiten, die Sicherungen, Ihr Name im Protokoll und die Sprache.</source>
        <translation>The provider organisation&apos;s details for the rules and the documents, the activities, the backups, your name in the change log and the language.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="111"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="113"/>
        <source>Träger, Name und Sprache speichern (Strg+S)</source>
        <translation>Save provider organisation, name and language (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="130"/>
        <source>Träger</source>
        <translation>Provider organisation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="131"/>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="173"/>
        <source>Tätigkeiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="132"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="134"/>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="164"/>
        <source>Unter diesen Tätigkeiten werden Einsätze erfasst; der Verwendungsnachweis zählt die Stunden je Tätigkeit. Ändern, ergänzen oder löschen Sie sie unter „Tätigkeiten bearbeiten…“.</source>
        <translation>Assignments are recorded under these activities; the statement of use counts the hours per activity. Change, add or delete them under “Edit activities…”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="172"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="172"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="189"/>
        <source>Tätigkeiten bearbeiten…</source>
        <translation>Edit activities…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="205"/>
        <source>Beim Beenden legt LotsenDesk einmal am Tag eine Sicherung an und prüft sie. Aufbewahrt werden die Sicherungen der letzten 7 Tage, je eine der letzten 4 Wochen und der letzten 12 Monate. Ein Ordner auf einem USB-Stick schützt auch vor einem Defekt des Computers.</source>
        <translation>When you quit, LotsenDesk makes a backup once a day and checks it. It keeps the backups of the last 7 days and one each of the last 4 weeks and the last 12 months. A folder on a USB stick also protects against a computer failure.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="213"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="216"/>
        <source>Ordner der Sicherungen</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="218"/>
        <source>Ändern…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="225"/>
        <source>Jetzt eine Sicherung erstellen…</source>
        <translation>Create a backup now…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="230"/>
        <source>Wiederherstellen: Datei → Sicherung wiederherstellen…</source>
        <translation>To restore: File → Restore backup…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="263"/>
        <source>Wird mit jeder Änderung gespeichert, zusammen mit dem Benutzerkonto „%1“.</source>
        <translation>Saved with every change, together with the user account “%1”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="308"/>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="321"/>
        <source>Nicht gespeichert – bitte die markierten Angaben prüfen.</source>
        <translation>Not saved – please check the marked entries.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="334"/>
        <source>Gespeichert. Die neue Sprache gilt ab dem nächsten Start.</source>
        <translation>Saved. The new language takes effect the next time LotsenDesk starts.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="336"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="347"/>
        <source>Noch nicht gespeichert</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/einstellungen_page.py" line="349"/>
        <source>Nur ansehen – Änderungen sind gesperrt</source>
        <translation>View only – changes are disabled</translation>
    </message>
</context>
<context>
    <name>ErststartWizard</name>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="347"/>
        <source>LotsenDesk einrichten</source>
        <translation>Set up LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="360"/>
        <source>&amp;Fertig</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../lotsendesk/ui/export_dialog.py" line="24"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/export_dialog.py" line="24"/>
        <source>CSV für Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/export_dialog.py" line="44"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/export_dialog.py" line="62"/>
        <source>Möchten Sie die Datei jetzt öffnen?</source>
        <translation>Would you like to open the file now?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/export_dialog.py" line="63"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/export_dialog.py" line="64"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/export_dialog.py" line="76"/>
        <source>Die Datei kann hier nicht geöffnet werden (kein Programm für diesen Dateityp?). Sie liegt unter:
%1</source>
        <translation>The file cannot be opened here (no program for this file type?). It is saved at:
%1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/export_dialog.py" line="100"/>
        <source>Die Liste wird gespeichert …</source>
        <translation>Saving the list…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/export_dialog.py" line="101"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExterneQualifikationDialog</name>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="53"/>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="67"/>
        <source>Extern qualifizierte Lots*innen</source>
        <translation>Guides qualified elsewhere</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="56"/>
        <source>Wer die Basisqualifizierung bei einem anderen Träger gemacht hat, wird hier eingetragen. Das Datum gilt als „Qualifiziert am“: Stunden ab diesem Tag sind abrechenbar. Bitte den Nachweis (Zertifikat) zu den Unterlagen nehmen.</source>
        <translation>Enter here anyone who completed basic training with another provider organisation. The date counts as “Qualified on”: hours from that day are claimable. Please file the proof (certificate) with the records.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="65"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="65"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="65"/>
        <source>Veranstalter</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="65"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="65"/>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="118"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="81"/>
        <source>Noch niemand als extern qualifiziert eingetragen.</source>
        <translation>Nobody has been entered as qualified elsewhere yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="83"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="86"/>
        <source>Den Eintrag löschen; „Qualifiziert am“ fällt dann auf ein eigenes Zertifikat zurück oder weg.</source>
        <translation>Delete the entry; “Qualified on” then falls back to a certificate from your own course, or is cleared.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="100"/>
        <source>Nr. oder Name eintippen …</source>
        <translation>Type a No. or name …</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="106"/>
        <source>z. B. Caritasverband Darmstadt</source>
        <translation>e.g. Caritasverband Darmstadt</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="107"/>
        <source>Datum des Abschlusses</source>
        <translation>Date of completion</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="109"/>
        <source>z. B. Zertifikat liegt in der Akte</source>
        <translation>e.g. certificate is on file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="110"/>
        <source>Eintragen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="113"/>
        <source>Neu eintragen</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="115"/>
        <source>Lots*in *</source>
        <translation>Guide *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="116"/>
        <source>Veranstalter *</source>
        <translation>Organiser *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="117"/>
        <source>Abgeschlossen am *</source>
        <translation>Completed on *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="180"/>
        <source>Bitte eine Lots*in aus der Liste wählen.</source>
        <translation>Please choose a guide from the list.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="183"/>
        <source>Bitte angeben, wer die Qualifizierung durchgeführt hat.</source>
        <translation>Please enter who ran the training.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="211"/>
        <source>Externe Qualifizierung von %1 eintragen</source>
        <translation>Record training of %1 elsewhere</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="228"/>
        <source>Den Eintrag „extern qualifiziert“ von %1 (%2, %3) entfernen?

„Qualifiziert am“ gilt dann nur noch, wenn ein eigenes Zertifikat es belegt. Mit Strg+Z lässt sich das zurücknehmen.</source>
        <translation>Remove the “qualified elsewhere” entry of %1 (%2, %3)?

“Qualified on” then only applies if a certificate from your own course proves it. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="235"/>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="241"/>
        <source>Eintrag entfernen</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/externe_qualifikation_dialog.py" line="250"/>
        <source>Externe Qualifizierung von %1 entfernen</source>
        <translation>Remove training of %1 elsewhere</translation>
    </message>
</context>
<context>
    <name>FaelligDialog</name>
    <message>
        <location filename="../lotsendesk/ui/datenschutz_dialogs.py" line="38"/>
        <source>Zur Löschung fällig</source>
        <translation>Due for deletion</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/datenschutz_dialogs.py" line="42"/>
        <source>Diese ausgeschiedenen Lots*innen müssen nicht mehr aufbewahrt werden. Auf der Seite Lots*innen auswählen und „Anonymisieren…“ wählen: Personendaten werden entfernt, die Zahlen bleiben.</source>
        <translation>These departed guides no longer need to be kept. Select them on the Guides page and choose “Anonymise…”: personal data is removed, the figures stay.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/datenschutz_dialogs.py" line="46"/>
        <source>Niemand ist zur Löschung fällig.</source>
        <translation>Nobody is due for deletion.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/datenschutz_dialogs.py" line="52"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/datenschutz_dialogs.py" line="52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/datenschutz_dialogs.py" line="52"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/datenschutz_dialogs.py" line="52"/>
        <source>Aufbewahrung bis</source>
        <translation>Keep until</translation>
    </message>
</context>
<context>
    <name>FertigPage</name>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="304"/>
        <source>Fast geschafft</source>
        <translation>Almost done</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="305"/>
        <source>Mit „Fertig“ speichert LotsenDesk die Angaben. So geht es dann weiter:</source>
        <translation>With “Finish”, LotsenDesk saves the details. Then carry on like this:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="309"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Lots*innen anlegen&lt;/b&gt;: auf der Seite Lots*innen mit „Neue*r Lots*in“ (Strg+N) – oder eine Liste aus Excel übernehmen: Datei → Lots*innen importieren…&lt;/li&gt;&lt;li&gt;&lt;b&gt;Einsätze erfassen&lt;/b&gt;: auf der Seite Einsätze, Zeile für Zeile von den Stundenzetteln.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Auszahlen&lt;/b&gt;: auf der Seite Auszahlungen, mit Quittungen und SEPA-Datei.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Einstellungen&lt;/b&gt;: Projektkonto, Steuernummer und Logo für die Dokumente ergänzen.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Die Hilfe (F1) erklärt jeden Schritt.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Add guides&lt;/b&gt;: on the Guides page with “New guide” (Ctrl+N) – or take over a list from Excel: File → Import guides…&lt;/li&gt;&lt;li&gt;&lt;b&gt;Record assignments&lt;/b&gt;: on the Assignments page, line by line from the timesheets.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pay out&lt;/b&gt;: on the Payouts page, with receipts and a SEPA file.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt;: add the project account, tax number and logo for the documents.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The help (F1) explains every step.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="332"/>
        <source>Träger: %1 (%2). Förderjahr %3, bewilligt für den Einsatz: %4 €.</source>
        <translation>Provider organisation: %1 (%2). Funding year %3, approved for assignments: %4 €.</translation>
    </message>
</context>
<context>
    <name>Foerderjahr</name>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="78"/>
        <source>anteilig nach Tagen in jeder Rolle (Standard; mit dem RP abstimmen)</source>
        <translation>pro rata by days in each role (default; agree with the regional council)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="81"/>
        <source>vorsichtig: 414 h nur bei Koordination ab 1. Januar</source>
        <translation>cautious: 414 h only if coordinating from 1 January</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="84"/>
        <source>höchste Grenze, sobald koordiniert wird</source>
        <translation>highest cap as soon as the person coordinates</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="92"/>
        <source>Wechselt jemand die Rolle, gilt jede Grenze für die Tage in dieser Rolle (z. B. halbes Jahr je Rolle: 345 h).</source>
        <translation>If someone changes role, each cap applies to the days in that role (e.g. half a year in each role: 345 h).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="97"/>
        <source>Die höhere Grenze gilt nur, wenn die Person schon am ersten Tag des Zeitraums koordiniert; sonst 276 h.</source>
        <translation>The higher cap only applies if the person is already coordinating on the first day of the period; otherwise 276 h.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="101"/>
        <source>Koordiniert die Person an irgendeinem Tag des Zeitraums, gilt die höhere Grenze fürs Jahr.</source>
        <translation>If the person coordinates on any day of the period, the higher cap applies for the whole year.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="109"/>
        <source>ANBest-P für Vereine und andere private Träger, ANBest-GK für Kommunen (steht im Bescheid).</source>
        <translation>ANBest-P for associations and other private provider organisations, ANBest-GK for municipalities (stated in the notice).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="131"/>
        <source>* Pflichtangabe</source>
        <translation>* Required</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="180"/>
        <source>Bitte einen Betrag wie 5.000,00 eingeben.</source>
        <translation>Please enter an amount such as 5.000,00.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="186"/>
        <source>Bitte den Betrag angeben.</source>
        <translation>Please enter the amount.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="241"/>
        <source>Für %1 ist noch kein Förderjahr angelegt.</source>
        <translation>No funding year has been set up for %1 yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="54"/>
        <source>Verein</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="55"/>
        <source>Kirchengemeinde</source>
        <translation>Parish</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="56"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="57"/>
        <source>sonstiger Träger</source>
        <translation>Other provider organisation</translation>
    </message>
</context>
<context>
    <name>FoerderjahrDialog</name>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="253"/>
        <source>Förderjahr anlegen</source>
        <translation>Add funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="264"/>
        <source>Zuwendungsbescheid %1 bearbeiten</source>
        <translation>Edit grant notice %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="276"/>
        <source>wie im Bescheid, z. B. II 12 – 51 d 12.03</source>
        <translation>as in the notice, e.g. II 12 – 51 d 12.03</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="277"/>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="317"/>
        <source>Bescheid-Datum</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="278"/>
        <source>Bewilligungszeitraum von</source>
        <translation>Approval period from</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="279"/>
        <source>Bewilligungszeitraum bis</source>
        <translation>Approval period to</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="280"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="292"/>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="294"/>
        <source>h Lots*in</source>
        <translation>h guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="292"/>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="294"/>
        <source>h koordinierend</source>
        <translation>h coordinating</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="296"/>
        <source>Jahreshöchstgrenze Lots*in in Stunden</source>
        <translation>Annual cap for guides in hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="297"/>
        <source>Jahreshöchstgrenze koordinierende*r Lots*in in Stunden</source>
        <translation>Annual cap for coordinating guides in hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="298"/>
        <source>Wochenschnitt Lots*in in Stunden</source>
        <translation>Weekly average for guides in hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="299"/>
        <source>Wochenschnitt koordinierende*r Lots*in in Stunden</source>
        <translation>Weekly average for coordinating guides in hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="306"/>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="354"/>
        <source>Erklärung zum Bescheid bis</source>
        <translation>Declaration on the grant notice due</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="307"/>
        <source>Erklärung zurückgegeben am</source>
        <translation>Declaration returned on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="308"/>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="361"/>
        <source>Verwendungsnachweis bis</source>
        <translation>Statement of use due</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="313"/>
        <source>Zuwendungsbescheid</source>
        <translation>Grant notice</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="315"/>
        <source>Förderjahr *</source>
        <translation>Funding year *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="316"/>
        <source>Aktenzeichen</source>
        <translation>File reference</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="320"/>
        <source>Bewilligungszeitraum *</source>
        <translation>Approval period *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="323"/>
        <source>Meist das Kalenderjahr. Einsätze außerhalb werden nicht abgerechnet.</source>
        <translation>Usually the calendar year. Assignments outside it are not claimed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="327"/>
        <source>Nebenbestimmungen *</source>
        <translation>Ancillary provisions *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="331"/>
        <source>Bewilligt: Einsatz *</source>
        <translation>Approved: assignments *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="334"/>
        <source>Aufwandsentschädigung der Lots*innen, in Euro.</source>
        <translation>The guides&apos; expense allowance, in euros.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="336"/>
        <source>Koordinierungspauschale</source>
        <translation>Coordination lump sum</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="337"/>
        <source>Qualifizierung</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="339"/>
        <source>Regeln und Fristen</source>
        <translation>Rules and deadlines</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="341"/>
        <source>Satz (€ je Stunde) *</source>
        <translation>Rate (€ per hour) *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="342"/>
        <source>Höchstgrenze im Jahr *</source>
        <translation>Annual cap *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="345"/>
        <source>Wochenschnitt *</source>
        <translation>Weekly average *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="348"/>
        <source>Nur ein Hinweis; eine volle Woche ist erlaubt.</source>
        <translation>For information only; a busy week is allowed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="351"/>
        <source>Bei Rollenwechsel</source>
        <translation>On change of role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="357"/>
        <source>Leer: ein Monat nach dem Bescheid-Datum.</source>
        <translation>If empty: one month after the notice date.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="359"/>
        <source>Erklärung zurück am</source>
        <translation>Declaration returned on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="363"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="444"/>
        <source>Leer: 31.03.%1 (31. März des Folgejahres).</source>
        <translation>If empty: 31.03.%1 (31 March of the following year).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="455"/>
        <source>Bitte Beginn und Ende des Bewilligungszeitraums angeben.</source>
        <translation>Please enter the start and end of the approval period.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="466"/>
        <source>Bitte Stunden als Zahl eingeben, z. B. 276.</source>
        <translation>Please enter the hours as a number, e.g. 276.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="486"/>
        <source>Der Wochenschnitt muss größer als 0 sein.</source>
        <translation>The weekly average must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="517"/>
        <source>Das Förderjahr %1 gibt es schon.</source>
        <translation>The funding year %1 already exists.</translation>
    </message>
</context>
<context>
    <name>FoerderjahrPage</name>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="83"/>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="284"/>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="316"/>
        <source>Förderjahr</source>
        <translation>Funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="84"/>
        <source>Zuwendungsbescheid, Raten und der Stand des Budgets für ein Jahr.</source>
        <translation>Grant notice, instalments and the state of the budget for one year.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="87"/>
        <source>Förderjahr wählen</source>
        <translation>Choose funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="90"/>
        <source>Jahr:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="94"/>
        <source>Bescheid bearbeiten…</source>
        <translation>Edit notice…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="97"/>
        <source>Förderjahr anlegen…</source>
        <translation>Add funding year…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="102"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="104"/>
        <source>Zahlen dieses Förderjahres als Excel- oder CSV-Datei speichern</source>
        <translation>Save the figures of this funding year as an Excel or CSV file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="106"/>
        <source>Stunden und Beträge je Lots*in…</source>
        <translation>Hours and amounts per guide…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="108"/>
        <source>Belegliste (Auszahlungen und Stornos)…</source>
        <translation>List of receipts (payouts and cancellations)…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="118"/>
        <source>Noch kein Förderjahr angelegt. Tragen Sie die Daten Ihres Zuwendungsbescheids ein: „Förderjahr anlegen…“.</source>
        <translation>No funding year set up yet. Enter the details of your grant notice: “Add funding year…”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="148"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="162"/>
        <source>abrechenbar: Betrag der abrechenbaren Stunden · ausgezahlt: an die Lots*innen gezahlt · erhalten: Raten vom Regierungspräsidium · gestrichelte Linie: bewilligte Summe</source>
        <translation>claimable: amount for the claimable hours · paid out: paid to the guides · received: instalments from the regional council (Regierungspräsidium) · dashed line: approved sum</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="180"/>
        <source>Zuwendungsbescheid</source>
        <translation>Grant notice</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="182"/>
        <source>Aktenzeichen</source>
        <translation>File reference</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="183"/>
        <source>Bescheid vom</source>
        <translation>Notice dated</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="184"/>
        <source>Bewilligungszeitraum</source>
        <translation>Approval period</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="185"/>
        <source>Nebenbestimmungen</source>
        <translation>Ancillary provisions</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="186"/>
        <source>Bewilligt: Einsatz</source>
        <translation>Approved: assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="187"/>
        <source>Koordinierungspauschale</source>
        <translation>Coordination lump sum</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="188"/>
        <source>Qualifizierung</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="189"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="197"/>
        <source>Träger…</source>
        <translation>Provider organisation…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="201"/>
        <source>Rechtsform, Gemeinnützigkeit und Einwohnerzahl (für die Koordinierungspauschale), Anschrift und Unterschriften für die Dokumente</source>
        <translation>Legal form, charitable status and population (for the coordination lump sum), address and signatories for the documents</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="221"/>
        <source>Regeln und Fristen</source>
        <translation>Rules and deadlines</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="223"/>
        <source>Satz</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="224"/>
        <source>Höchstgrenze im Jahr</source>
        <translation>Annual cap</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="225"/>
        <source>Wochenschnitt</source>
        <translation>Weekly average</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="226"/>
        <source>Bei Rollenwechsel</source>
        <translation>On change of role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="227"/>
        <source>Erklärung zum Bescheid</source>
        <translation>Declaration on the grant notice</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="228"/>
        <source>Verwendungsnachweis</source>
        <translation>Statement of use (Verwendungsnachweis)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="235"/>
        <source>Raten (Mittelabrufe)</source>
        <translation>Instalments (drawdowns)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="238"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="238"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="238"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="239"/>
        <source>Erhaltene Raten</source>
        <translation>Received instalments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="260"/>
        <source>Noch keine Rate erfasst. Tragen Sie jeden Zahlungseingang ein.</source>
        <translation>No instalment recorded yet. Enter every incoming payment.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="264"/>
        <source>Rate erfassen…</source>
        <translation>Record instalment…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="267"/>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="581"/>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="586"/>
        <source>Rate löschen</source>
        <translation>Delete instalment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="327"/>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="328"/>
        <source>– noch nicht eingetragen –</source>
        <translation>– not entered yet –</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="331"/>
        <source>%1 bis %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="334"/>
        <source>%1 (Kalenderjahr)</source>
        <translation>%1 (calendar year)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="343"/>
        <source>%1 je Stunde</source>
        <translation>%1 per hour</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="345"/>
        <source>%1 h als Lots*in, %2 h koordinierend</source>
        <translation>%1 h as guide, %2 h coordinating</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="350"/>
        <source>%1 h / %2 h (nur ein Hinweis)</source>
        <translation>%1 h / %2 h (for information only)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="359"/>
        <source>bis %1 – versandt am %2</source>
        <translation>due %1 – sent on %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="368"/>
        <source>Stunden erfasst: %1 · davon abrechenbar: %2 · Betrag: %3 · Lots*innen mit Stunden: %4</source>
        <translation>Hours recorded: %1 · of which claimable: %2 · Amount: %3 · Guides with hours: %4</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="383"/>
        <source>Qualifizierung: %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="388"/>
        <source>noch %1 Tage</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="390"/>
        <source>noch 1 Tag</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="392"/>
        <source>heute fällig</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="394"/>
        <source>seit 1 Tag überfällig</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="396"/>
        <source>seit %1 Tagen überfällig</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="397"/>
        <source>bis %1 (%2)</source>
        <translation>due %1 (%2)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="401"/>
        <source>zurückgegeben am %1</source>
        <translation>returned on %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="404"/>
        <source>Frist offen: ein Monat nach dem Bescheid-Datum (noch nicht eingetragen)</source>
        <translation>Deadline open: one month after the notice date (not entered yet)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="421"/>
        <source>Erhalten: %1 in 1 Rate</source>
        <translation>Received: %1 in 1 instalment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="424"/>
        <source>Erhalten: %1 in %2 Raten</source>
        <translation>Received: %1 in %2 instalments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="443"/>
        <source>1 aktive qualifizierte Lots*in</source>
        <translation>1 active qualified guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="445"/>
        <source>%1 aktive qualifizierte Lots*innen</source>
        <translation>%1 active qualified guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="448"/>
        <source>%1, mindestens 5 nötig</source>
        <translation>%1, at least 5 needed</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="451"/>
        <source>Koordinierungspauschale: Voraussetzungen erfüllt (%1; %2).</source>
        <translation>Coordination lump sum: requirements met (%1; %2).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="453"/>
        <source>Koordinierungspauschale: Voraussetzungen nicht erfüllt (%1; %2).</source>
        <translation>Coordination lump sum: requirements not met (%1; %2).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="460"/>
        <source>Träger: %1, gemeinnützig</source>
        <translation>Provider organisation: %1, non-profit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="464"/>
        <source>Träger: Kommune mit %1 Einwohner*innen</source>
        <translation>Provider organisation: municipality with %1 inhabitants</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="465"/>
        <source>Träger: Kommune mit %1 Einwohner*innen, 50.000 oder mehr</source>
        <translation>Provider organisation: municipality with %1 inhabitants, 50.000 or more</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="466"/>
        <source>Träger: %1, nicht gemeinnützig</source>
        <translation>Provider organisation: %1, not recognised as non-profit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="495"/>
        <source>Förderjahr anlegen</source>
        <translation>Add funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="503"/>
        <source>Förderjahr %1 anlegen</source>
        <translation>Add funding year %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="519"/>
        <source>Bescheid bearbeiten</source>
        <translation>Edit notice</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="527"/>
        <source>Zuwendungsbescheid %1 bearbeiten</source>
        <translation>Edit grant notice %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="552"/>
        <source>Rate über %1 erfassen</source>
        <translation>Record instalment of %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="575"/>
        <source>Die Rate vom %1 über %2 löschen?

Sie zählt dann nicht mehr zu „erhalten“. Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>Delete the instalment of %2 received on %1?

It will then no longer count as “received”. You can reverse this with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="598"/>
        <source>Rate über %1 löschen</source>
        <translation>Delete instalment of %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="609"/>
        <source>Träger</source>
        <translation>Provider organisation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="629"/>
        <source>Förderjahr exportieren</source>
        <translation>Export funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="630"/>
        <source>Förderjahr %1 je Lotsin</source>
        <translation>Funding year %1 per guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="633"/>
        <source>Stunden und Beträge %1 (%2) gespeichert in „%3“.</source>
        <translation>Hours and amounts %1 (%2) saved to “%3”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="647"/>
        <source>Belegliste exportieren</source>
        <translation>Export list of receipts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="648"/>
        <source>Belegliste %1</source>
        <translation>List of receipts %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="652"/>
        <source>Belegliste %1 (1 Buchung, %3) gespeichert in „%4“.</source>
        <translation>List of receipts %1 (1 entry, %3) saved to “%4”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="654"/>
        <source>Belegliste %1 (%2 Buchungen, %3) gespeichert in „%4“.</source>
        <translation>List of receipts %1 (%2 entries, %3) saved to “%4”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="665"/>
        <source>1 Lots*in</source>
        <translation>1 guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_page.py" line="666"/>
        <source>%1 Lots*innen</source>
        <translation>%1 guides</translation>
    </message>
</context>
<context>
    <name>Freibetrag</name>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="57"/>
        <source>Übungsleiterfreibetrag (§ 3 Nr. 26 EStG)</source>
        <translation>Instructor allowance (§ 3 No. 26 EStG)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="58"/>
        <source>Ehrenamtspauschale (§ 3 Nr. 26a EStG)</source>
        <translation>Volunteer allowance (§ 3 No. 26a EStG)</translation>
    </message>
</context>
<context>
    <name>FreibetragDialog</name>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="83"/>
        <source>Freibetragserklärung %1 – %2</source>
        <translation>Allowance declaration %1 – %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="91"/>
        <source>Was %1 in der Freibetragserklärung für %2 angegeben hat. Steuerfrei bleibt, was der Verein %2 auszahlt, bis zur Grenze des Freibetrags abzüglich dessen, was anderweitig in Anspruch genommen wird.</source>
        <translation>What %1 stated in the allowance declaration for %2. What the association pays out in %2 remains tax-free up to the limit of the allowance, less what is claimed elsewhere.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="125"/>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="151"/>
        <source>Unterschrieben am</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="130"/>
        <source>Freibetrag *</source>
        <translation>Tax-free allowance *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="134"/>
        <source>Für Lots*innen gilt in der Regel der Übungsleiterfreibetrag. Für überwiegend organisatorische Koordination kann das Finanzamt die Ehrenamtspauschale ansetzen.</source>
        <translation>The instructor allowance usually applies to guides. For mainly organisational coordination, the tax office may apply the volunteer allowance.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="141"/>
        <source>Anderweitig in Anspruch genommen</source>
        <translation>Claimed elsewhere</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="144"/>
        <source>Was die Person %1 schon von anderen Stellen unter diesem Freibetrag erhält.</source>
        <translation>What the person already receives from other organisations under this allowance in %1.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="154"/>
        <source>Leer lassen, solange die unterschriebene Erklärung nicht vorliegt.</source>
        <translation>Leave empty until the signed declaration has been received.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="158"/>
        <source>Sozialleistungen (freiwillige Angabe)</source>
        <translation>Benefits (optional information)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="162"/>
        <source>Nur mit schriftlicher Einwilligung der Person eintragen. Dann warnt LotsenDesk, wenn in einem Monat mehr als 250 € ausgezahlt werden – so viel bleibt bei Bürgergeld und AsylbLG anrechnungsfrei. Melden muss die Person dem Jobcenter bzw. Sozialamt alle Zahlungen.</source>
        <translation>Only enter this with the person&apos;s written consent. LotsenDesk then warns when more than 250 € is paid out in one month – that much is not counted against Bürgergeld and AsylbLG benefits. The person must report all payments to the job centre or social welfare office.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="169"/>
        <source>bezieht Bürgergeld/AsylbLG (nur mit dokumentierter Einwilligung)</source>
        <translation>receives Bürgergeld/AsylbLG benefits (only with documented consent)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="170"/>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="178"/>
        <source>Einwilligung am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="190"/>
        <source>Erklärung löschen</source>
        <translation>Delete declaration</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="196"/>
        <source>* Pflichtangabe</source>
        <translation>* Required</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="290"/>
        <source>keine Grenze für %1 hinterlegt</source>
        <translation>no limit stored for %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="293"/>
        <source>Grenze %1: %2 €</source>
        <translation>Limit %1: %2 €</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="344"/>
        <source>Die Freibetragserklärung %1 löschen?

Die Angaben dazu werden entfernt; mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>Delete the allowance declaration %1?

Its details will be removed; you can reverse this with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="347"/>
        <source>Freibetragserklärung löschen</source>
        <translation>Delete allowance declaration</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="420"/>
        <source>Freibetragserklärung</source>
        <translation>Allowance declaration</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="434"/>
        <source>Freibetragserklärung %1 von %2 löschen</source>
        <translation>Delete allowance declaration %1 for %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/freibetrag_dialog.py" line="436"/>
        <source>Freibetragserklärung %1 von %2 speichern</source>
        <translation>Save allowance declaration %1 for %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="51"/>
        <source>Hilfe zu LotsenDesk</source>
        <translation>LotsenDesk Help</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="55"/>
        <source>Hilfetext</source>
        <translation>Help text</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="59"/>
        <source>◀ &amp;Zurück</source>
        <translation>◀ &amp;Back</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="60"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="63"/>
        <source>&amp;Vorwärts ▶</source>
        <translation>&amp;Forward ▶</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="64"/>
        <source>Vorwärts</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="67"/>
        <source>&amp;Inhalt</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="68"/>
        <source>Zum Anfang der Hilfe mit dem Inhaltsverzeichnis</source>
        <translation>To the start of the help with the table of contents</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="72"/>
        <source>In der Hilfe suchen …</source>
        <translation>Search the help …</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="73"/>
        <source>In der Hilfe suchen</source>
        <translation>Search the help</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="77"/>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="79"/>
        <source>&amp;Weitersuchen</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="80"/>
        <source>Nächste Fundstelle (Enter); Umschalt+Enter: vorige</source>
        <translation>Next match (Enter); Shift+Enter: previous</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="83"/>
        <source>Suchergebnis</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="98"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="203"/>
        <source>1 Fundstelle</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="203"/>
        <source>%1 Fundstellen</source>
        <translation>%1 matches</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/help_dialog.py" line="207"/>
        <source>nicht gefunden</source>
        <translation>not found</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="69"/>
        <source>Lots*innen importieren – Datei wählen</source>
        <translation>Import guides – choose a file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="71"/>
        <source>Einsätze importieren – Datei wählen</source>
        <translation>Import assignments – choose a file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="72"/>
        <source>Listen (*.xlsx *.xlsm *.csv *.txt);;Excel-Arbeitsmappen (*.xlsx *.xlsm);;CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation>Lists (*.xlsx *.xlsm *.csv *.txt);;Excel workbooks (*.xlsx *.xlsm);;CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="98"/>
        <source>Import „%1“</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="118"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="119"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="127"/>
        <source>Zeile %1 wird gelesen …</source>
        <translation>Reading line %1…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="158"/>
        <source>Lots*innen importieren</source>
        <translation>Import guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="160"/>
        <source>Einsätze importieren</source>
        <translation>Import assignments</translation>
    </message>
</context>
<context>
    <name>JahrPage</name>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="211"/>
        <source>Das erste Förderjahr</source>
        <translation>The first funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="213"/>
        <source>Was steht im Zuwendungsbescheid? Noch kein Bescheid da: den beantragten Betrag eintragen.</source>
        <translation>What does the grant notice say? No notice yet: enter the amount applied for.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="221"/>
        <source>wie im Bescheid, z. B. II 12 – 51 d 12.03</source>
        <translation>as in the notice, e.g. II 12 – 51 d 12.03</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="226"/>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="241"/>
        <source>Bescheid-Datum</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="230"/>
        <source>Förderjahr *</source>
        <translation>Funding year *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="231"/>
        <source>Aktenzeichen</source>
        <translation>File reference</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="231"/>
        <source>Freiwillig.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="234"/>
        <source>Bewilligt: Einsatz (€) *</source>
        <translation>Approved: assignments (€) *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="237"/>
        <source>Die Aufwandsentschädigung der Lots*innen für das ganze Jahr.</source>
        <translation>The guides&apos; expense allowance for the whole year.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="244"/>
        <source>Freiwillig. Daraus berechnet LotsenDesk die Frist für die Erklärung zum Bescheid.</source>
        <translation>Optional. LotsenDesk uses it to calculate the deadline for the declaration on the grant notice.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="248"/>
        <source>Koordinierungspauschale, Qualifizierung, Stundensatz und Fristen ergänzen Sie später auf der Seite Förderjahr.</source>
        <translation>You add the coordination lump sum, training, hourly rate and deadlines later on the Funding year page.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="271"/>
        <source>Bitte einen Betrag wie 5.000,00 eingeben.</source>
        <translation>Please enter an amount such as 5.000,00.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="277"/>
        <source>Bitte den bewilligten (oder beantragten) Betrag angeben.</source>
        <translation>Please enter the approved amount (or the amount applied for).</translation>
    </message>
</context>
<context>
    <name>KostenDialog</name>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="36"/>
        <source>Kosten erfassen</source>
        <translation>Record costs</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="38"/>
        <source>Beleg %1 berichtigen</source>
        <translation>Correct receipt %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="39"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="45"/>
        <source>z. B. Name der Referentin, Gemeindehaus</source>
        <translation>e.g. name of the trainer, parish hall</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="47"/>
        <source>z. B. Honorar 1. Kurstag, 8 UE</source>
        <translation>e.g. fee for course day 1, 8 units</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="49"/>
        <source>förderfähig</source>
        <translation>eligible for funding</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="57"/>
        <source>Beleg-Nr.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="60"/>
        <source>Die Nummer bleibt; der Beleg wird berichtigt.</source>
        <translation>The number stays; the receipt is corrected.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="62"/>
        <source>Datum *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="62"/>
        <source>Tag der Zahlung oder Rechnung.</source>
        <translation>Day of payment or invoice.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="63"/>
        <source>Kategorie *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="64"/>
        <source>Empfänger*in *</source>
        <translation>Recipient *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="65"/>
        <source>Grund</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="66"/>
        <source>Betrag (€) *</source>
        <translation>Amount (€) *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="68"/>
        <source>Förderung</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="102"/>
        <source>Zählt zu den förderfähigen Kosten (bis zum Höchstbetrag).</source>
        <translation>Counts towards the eligible costs (up to the maximum grant).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="104"/>
        <source>Trägt der Träger selbst; Verpflegung ist meist nicht förderfähig.</source>
        <translation>Borne by the provider organisation itself; catering is usually not eligible.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kosten_dialog.py" line="122"/>
        <source>Bitte angeben, an wen gezahlt wurde.</source>
        <translation>Please enter who was paid.</translation>
    </message>
</context>
<context>
    <name>KostenModel</name>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="192"/>
        <source>Beleg-Nr.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="193"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="194"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="195"/>
        <source>Empfänger*in</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="196"/>
        <source>Grund</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="197"/>
        <source>förderfähig</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="198"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="229"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="229"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>KursDialog</name>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="67"/>
        <source>Neuer Kurs</source>
        <translation>New course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="69"/>
        <source>Kurs bearbeiten – %1</source>
        <translation>Edit course – %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="85"/>
        <source>z. B. Basisqualifizierung Frühjahr 2025</source>
        <translation>e.g. Basic training spring 2025</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="86"/>
        <source>wir selbst</source>
        <translation>ourselves</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="87"/>
        <source>extern:</source>
        <translation>external:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="93"/>
        <source>Name des Veranstalters</source>
        <translation>Name of the organiser</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="94"/>
        <source>Externer Veranstalter</source>
        <translation>External organiser</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="103"/>
        <source>z. B. Gemeindehaus, Kirchstraße 3</source>
        <translation>e.g. parish hall, Kirchstraße 3</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="104"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="111"/>
        <source>Namen, durch Komma getrennt</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="120"/>
        <source>keinem zugeordnet</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="130"/>
        <source>Zuwendung erhalten am</source>
        <translation>Grant received on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="131"/>
        <source>am</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="134"/>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="182"/>
        <source>Verwendungsnachweis bis</source>
        <translation>Statement of use due</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="136"/>
        <source>Kurs</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="138"/>
        <source>Art *</source>
        <translation>Type *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="139"/>
        <source>Titel *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="140"/>
        <source>Veranstalter</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="142"/>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="143"/>
        <source>Referent*innen</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="146"/>
        <source>Geplante Teilnehmende</source>
        <translation>Planned participants</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="149"/>
        <source>Wie im Antrag; daraus ergibt sich der geplante Höchstbetrag.</source>
        <translation>As in the application; this determines the planned maximum grant.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="151"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="153"/>
        <source>Förderung und Abrechnung</source>
        <translation>Funding and accounts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="157"/>
        <source>Förderjahr</source>
        <translation>Funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="160"/>
        <source>Das Jahr, dessen Bescheid die Qualifizierung bewilligt.</source>
        <translation>The year whose grant notice approves the training.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="162"/>
        <source>Bewilligt (€)</source>
        <translation>Approved (€)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="165"/>
        <source>Satz je TN und UE (€) *</source>
        <translation>Rate per participant and unit (€) *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="168"/>
        <source>Höchstbetrag = Teilnehmende × UE × Satz (meist 12,50 €).</source>
        <translation>Maximum grant = participants × units × rate (usually 12,50 €).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="172"/>
        <source>Mindestanwesenheit *</source>
        <translation>Minimum attendance *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="175"/>
        <source>Anteil der UE, ab dem es ein Zertifikat gibt.</source>
        <translation>Share of the units required for a certificate.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="177"/>
        <source>Zuwendung erhalten (€)</source>
        <translation>Grant received (€)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="185"/>
        <source>Nur wenn der Bescheid eine Frist nennt; sonst drei Monate nach dem letzten Termin.</source>
        <translation>Only if the grant notice sets a deadline; otherwise three months after the last session.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="264"/>
        <source>Bitte einen Titel für den Kurs angeben.</source>
        <translation>Please enter a title for the course.</translation>
    </message>
</context>
<context>
    <name>Kurse</name>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="30"/>
        <source>Vertiefungsseminar</source>
        <translation>Advanced seminar</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="32"/>
        <source>Entlastendes Reflexionsgespräch</source>
        <translation>Supportive reflection session</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="33"/>
        <source>Basisqualifizierung</source>
        <translation>Basic training</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="38"/>
        <source>Honorare Referent*innen</source>
        <translation>Trainer fees</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="39"/>
        <source>Raumkosten</source>
        <translation>Room costs</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="40"/>
        <source>Material und Sachkosten</source>
        <translation>Materials and supplies</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="41"/>
        <source>Verpflegung</source>
        <translation>Catering</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="42"/>
        <source>Sonstige Kosten</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="50"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="52"/>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="53"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="59"/>
        <source>noch keine Termine</source>
        <translation>no sessions yet</translation>
    </message>
</context>
<context>
    <name>KurseModel</name>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="80"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="81"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="82"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="83"/>
        <source>UE</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="84"/>
        <source>Teilnehmende / geplant</source>
        <translation>Participants / planned</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="85"/>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
</context>
<context>
    <name>KursePage</name>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="100"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="477"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="520"/>
        <source>Qualifizierungen</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="102"/>
        <source>Kurse planen, Anwesenheit abhaken, Zertifikate ausstellen und den Kurs abrechnen. Mit dem Zertifikat der Basisqualifizierung sind die Stunden einer Lots*in abrechenbar.</source>
        <translation>Plan courses, tick off attendance, issue certificates and settle the course accounts. With the basic training certificate, a guide&apos;s hours become claimable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="106"/>
        <source>Extern qualifiziert…</source>
        <translation>Qualified elsewhere…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="109"/>
        <source>Lots*innen, die ihre Basisqualifizierung bei einem anderen Träger gemacht haben</source>
        <translation>Guides who completed their basic training with another provider organisation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="112"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="154"/>
        <source>Neuer Kurs…</source>
        <translation>New course…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="116"/>
        <source>Neuen Kurs anlegen</source>
        <translation>Add a new course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="144"/>
        <source>Noch keine Qualifizierung erfasst.

Nur qualifizierte Lots*innen dürfen abgerechnet werden: Die Basisqualifizierung (20 bis 36 UE) ist die Voraussetzung; Vertiefungsseminare und Reflexionsgespräche kommen später dazu. Gefördert werden sie mit höchstens Teilnehmende × UE × Satz (meist 12,50 €).

Legen Sie mit „Neuer Kurs…“ den ersten Kurs an; danach tragen Sie Termine und Teilnehmende ein, haken die Anwesenheit ab und stellen die Zertifikate aus.</source>
        <translation>No training recorded yet.

Only the hours of qualified guides can be claimed: basic training (20 to 36 units) is the prerequisite; advanced seminars and reflection sessions follow later. They are funded with at most participants × units × rate (usually 12,50 €).

Use “New course…” to add the first course; then enter sessions and participants, tick off attendance and issue the certificates.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="167"/>
        <source>Liste der Kurse</source>
        <translation>List of courses</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="177"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="270"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="179"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="272"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="383"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="181"/>
        <source>Nur Kurse ohne Kosten, ohne ausgestellte Zertifikate und ohne ausgestellten Verwendungsnachweis.</source>
        <translation>Only courses without costs, issued certificates or an issued statement of use.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="225"/>
        <source>Termine</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="226"/>
        <source>Teilnehmende und Anwesenheit</source>
        <translation>Participants and attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="227"/>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="228"/>
        <source>Abrechnung</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="244"/>
        <source>Termine des Kurses</source>
        <translation>Sessions of the course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="257"/>
        <source>Noch keine Termine. Tragen Sie die Kurstage mit ihren UE ein – daraus ergeben sich Zeitraum, UE-Summe, Höchstbetrag und die Spalten der Anwesenheitsliste.</source>
        <translation>No sessions yet. Enter the course days with their units – they determine the period, the total units, the maximum grant and the columns of the attendance list.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="268"/>
        <source>Termin hinzufügen…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="288"/>
        <source>Teilnehmende und Anwesenheit je Termin</source>
        <translation>Participants and attendance per session</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="309"/>
        <source>Lots*in hinzufügen…</source>
        <translation>Add guide…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="311"/>
        <source>Neue Person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="313"/>
        <source>Jemand, der noch nicht bei den Lots*innen steht: wird „in Qualifizierung“ angelegt</source>
        <translation>Someone who is not yet among the guides: added as “in training”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="316"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="318"/>
        <source>Zertifikat ausstellen…</source>
        <translation>Issue certificate…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="320"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1163"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1168"/>
        <source>Zertifikat zurücknehmen</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="322"/>
        <source>Alle Zertifikate…</source>
        <translation>All certificates…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="324"/>
        <source>Zertifikate für alle, die die Mindestanwesenheit erreicht und noch keines haben</source>
        <translation>Certificates for everyone who reached the minimum attendance and has none yet</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="347"/>
        <source>Kosten des Kurses</source>
        <translation>Costs of the course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="367"/>
        <source>Noch keine Kosten erfasst. Jede Rechnung oder Zahlung (Honorar, Raum, Material, Verpflegung) bekommt eine eigene Beleg-Nr. wie K2025-001 – schreiben Sie sie auf den Papierbeleg.</source>
        <translation>No costs recorded yet. Every invoice or payment (fee, room, materials, catering) gets its own receipt no. such as K2025-001 – write it on the paper receipt.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="379"/>
        <source>Kosten erfassen…</source>
        <translation>Record costs…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="381"/>
        <source>Berichtigen…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="385"/>
        <source>Nur der zuletzt erfasste Beleg eines Jahres, damit die Nummern lückenlos bleiben.</source>
        <translation>Only the most recently recorded receipt of a year, so that the numbering has no gaps.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="400"/>
        <source>Zahlen</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="405"/>
        <source>Höchstbetrag geplant</source>
        <translation>Maximum grant (planned)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="406"/>
        <source>Höchstbetrag tatsächlich</source>
        <translation>Maximum grant (actual)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="407"/>
        <source>Kosten gesamt</source>
        <translation>Total costs</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="408"/>
        <source>davon förderfähig</source>
        <translation>of which eligible</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="409"/>
        <source>nicht förderfähig</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="410"/>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="411"/>
        <source>Erhalten</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="412"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="413"/>
        <source>Verwendungsnachweis bis</source>
        <translation>Statement of use due</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="421"/>
        <source>Prüfung</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="424"/>
        <source>Hinweise zum Kurs</source>
        <translation>Checks for the course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="432"/>
        <source>Dokumente</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="437"/>
        <source>Sachbericht bearbeiten…</source>
        <translation>Edit narrative report…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="439"/>
        <source>Teilnehmendenliste…</source>
        <translation>Participant list…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="441"/>
        <source>Auf der Seite „Berichte“: vor dem Kurs zum Unterschreiben, danach mit Anwesenheit</source>
        <translation>On the “Reports” page: before the course for signatures, afterwards with attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="444"/>
        <source>Bescheinigungen…</source>
        <translation>Certificates…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="445"/>
        <source>Auf der Seite „Berichte“: eine Teilnahmebescheinigung je Person</source>
        <translation>On the “Reports” page: one certificate of attendance per person</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="447"/>
        <source>Verwendungsnachweis…</source>
        <translation>Statement of use…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="449"/>
        <source>Auf der Seite „Berichte“: Entwurf ansehen, Fassung ausstellen, als versandt vermerken</source>
        <translation>On the “Reports” page: view the draft, issue a version, mark as sent</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="492"/>
        <source>1 Kurs</source>
        <translation>1 course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="494"/>
        <source>%1 Kurse</source>
        <translation>%1 courses</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="548"/>
        <source>Veranstalter: %1</source>
        <translation>Organiser: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="551"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="551"/>
        <source>%1 und online</source>
        <translation>%1 and online</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="555"/>
        <source>Referent*innen: %1</source>
        <translation>Trainers: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="566"/>
        <source>Summe: %1 UE an 1 Termin</source>
        <translation>Total: %1 units in 1 session</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="568"/>
        <source>Summe: %1 UE an %2 Terminen</source>
        <translation>Total: %1 units in %2 sessions</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="577"/>
        <source>Noch niemand auf der Teilnehmendenliste. Fügen Sie Lots*innen hinzu oder legen Sie neue Personen an – danach haken Sie hier je Termin die Anwesenheit ab.</source>
        <translation>Nobody on the participant list yet. Add guides or create new people – then tick off attendance here for each session.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="586"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="638"/>
        <source>1 Teilnehmende*r</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="588"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="640"/>
        <source>%1 Teilnehmende</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="593"/>
        <source>%1 mit mindestens %2 % Anwesenheit</source>
        <translation>%1 with at least %2 % attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="598"/>
        <source>Anwesenheit abhaken, sobald Termine eingetragen sind</source>
        <translation>Tick off attendance once sessions have been entered</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="601"/>
        <source>1 Zertifikat ausgestellt</source>
        <translation>1 certificate issued</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="603"/>
        <source>%1 Zertifikate ausgestellt</source>
        <translation>%1 certificates issued</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="629"/>
        <source>Kosten gesamt: %1 · förderfähig: %2 · nicht förderfähig: %3</source>
        <translation>Total costs: %1 · eligible: %2 · not eligible: %3</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="643"/>
        <source>%1 × %2 UE × %3 = %4</source>
        <translation>%1 × %2 units × %3 = %4</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="664"/>
        <source>gezählt: wer an mindestens einem Termin anwesend war</source>
        <translation>counted: everyone who attended at least one session</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="666"/>
        <source>gezählt: alle auf der Liste (noch keine Anwesenheit abgehakt)</source>
        <translation>counted: everyone on the list (no attendance ticked yet)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="672"/>
        <source>%1 (förderfähige Belege: %2, begrenzt auf Höchstbetrag bzw. Bewilligung)</source>
        <translation>%1 (eligible receipts: %2, capped at the maximum grant or the approved amount)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="678"/>
        <source>%1 (trägt der Träger)</source>
        <translation>%1 (borne by the provider organisation)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="683"/>
        <source>– noch nicht eingetragen –</source>
        <translation>– not entered yet –</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="687"/>
        <source>%1 am %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="699"/>
        <source>Sachbericht: %1</source>
        <translation>Narrative report: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="702"/>
        <source>Sachbericht: noch nicht geschrieben – er gehört in den Verwendungsnachweis.</source>
        <translation>Narrative report: not written yet – it belongs in the statement of use.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="708"/>
        <source>drei Monate nach dem letzten Termin (noch keine Termine)</source>
        <translation>three months after the last session (no sessions yet)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="714"/>
        <source>bis %1 – versandt am %2</source>
        <translation>due %1 – sent on %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="716"/>
        <source>bis %1 (%2)</source>
        <translation>due %1 (%2)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="727"/>
        <source>Keine Hinweise: Umfang, Teilnahme und Kosten sind in Ordnung.</source>
        <translation>No checks: length, participation and costs are in order.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="787"/>
        <source>Neuer Kurs</source>
        <translation>New course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="795"/>
        <source>Kurs „%1“ anlegen</source>
        <translation>Add course “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="813"/>
        <source>Kurs bearbeiten</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="818"/>
        <source>Kurs „%1“ bearbeiten</source>
        <translation>Edit course “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="847"/>
        <source>Den Kurs „%1“ löschen?</source>
        <translation>Delete the course “%1”?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="851"/>
        <source>1 Termin</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="853"/>
        <source>%1 Termine</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="857"/>
        <source>die Teilnehmendenliste mit 1 Person</source>
        <translation>the participant list with 1 person</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="859"/>
        <source>die Teilnehmendenliste mit %1 Personen</source>
        <translation>the participant list with %1 people</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="862"/>
        <source>die abgehakte Anwesenheit</source>
        <translation>the ticked attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="864"/>
        <source>Mit ihm werden gelöscht: %1.</source>
        <translation>This also deletes: %1.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="865"/>
        <source>Die Lots*innen selbst bleiben gespeichert.</source>
        <translation>The guides themselves remain stored.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="866"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="959"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1226"/>
        <source>Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>You can reverse this with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="867"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="872"/>
        <source>Kurs löschen</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="877"/>
        <source>Kurs „%1“ löschen</source>
        <translation>Delete course “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="893"/>
        <source>Sachbericht</source>
        <translation>Narrative report</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="897"/>
        <source>Sachbericht zu „%1“ bearbeiten</source>
        <translation>Edit narrative report for “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="920"/>
        <source>Termin am %1 hinzufügen</source>
        <translation>Add session on %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="937"/>
        <source>Termin am %1 bearbeiten</source>
        <translation>Edit session on %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="949"/>
        <source>Den Termin am %1 (%2 UE) löschen?</source>
        <translation>Delete the session on %1 (%2 units)?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="953"/>
        <source>1 Häkchen in der Anwesenheitsliste geht damit verloren.</source>
        <translation>1 tick in the attendance list will be lost.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="955"/>
        <source>%1 Häkchen in der Anwesenheitsliste gehen damit verloren.</source>
        <translation>%1 ticks in the attendance list will be lost.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="960"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="965"/>
        <source>Termin löschen</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="970"/>
        <source>Termin am %1 löschen</source>
        <translation>Delete session on %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="985"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="994"/>
        <source>Lots*in hinzufügen</source>
        <translation>Add guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1009"/>
        <source>%1 auf die Teilnehmendenliste setzen</source>
        <translation>Add %1 to the participant list</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1011"/>
        <source>%1 Personen auf die Teilnehmendenliste setzen</source>
        <translation>Add %1 people to the participant list</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1025"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1044"/>
        <source>%1 neu anlegen und auf die Teilnehmendenliste setzen</source>
        <translation>Create %1 and add them to the participant list</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1057"/>
        <source>%1 von der Teilnehmendenliste nehmen?</source>
        <translation>Remove %1 from the participant list?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1059"/>
        <source>Die abgehakte Anwesenheit (%1 von %2 UE) geht damit verloren.</source>
        <translation>The ticked attendance (%1 of %2 units) will be lost.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1063"/>
        <source>Die Person bleibt bei den Lots*innen gespeichert. Mit Strg+Z lässt sich das zurücknehmen.</source>
        <translation>The person remains stored among the guides. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1065"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1070"/>
        <source>Von der Liste nehmen</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1075"/>
        <source>%1 von der Teilnehmendenliste nehmen</source>
        <translation>Remove %1 from the participant list</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1090"/>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1095"/>
        <source>%1 am %2 als anwesend abhaken</source>
        <translation>Mark %1 as present on %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1095"/>
        <source>Anwesenheit von %1 am %2 entfernen</source>
        <translation>Remove attendance of %1 on %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1118"/>
        <source>Zertifikat für %1 ausstellen</source>
        <translation>Issue certificate for %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1141"/>
        <source>%1 Zertifikate ausstellen</source>
        <translation>Issue %1 certificates</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1154"/>
        <source>Das Zertifikat von %1 vom %2 zurücknehmen?</source>
        <translation>Revoke the certificate of %1 dated %2?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1160"/>
        <source>Hat es „Qualifiziert am“ gesetzt, gilt wieder das Datum davor (oder keines) – Stunden ab dem Zertifikat sind dann nicht mehr abrechenbar.</source>
        <translation>If it set “Qualified on”, the previous date (or none) applies again – hours from the certificate onwards are then no longer claimable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1173"/>
        <source>Zertifikat von %1 zurücknehmen</source>
        <translation>Revoke certificate of %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1192"/>
        <source>Beleg %1 erfassen</source>
        <translation>Record receipt %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1209"/>
        <source>Beleg %1 berichtigen</source>
        <translation>Correct receipt %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1221"/>
        <source>Den Beleg %1 über %2 (%3) löschen?</source>
        <translation>Delete receipt %1 for %2 (%3)?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1227"/>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1232"/>
        <source>Beleg löschen</source>
        <translation>Delete receipt</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_page.py" line="1237"/>
        <source>Beleg %1 löschen</source>
        <translation>Delete receipt %1</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <location filename="../lotsendesk/ui/logo_image.py" line="33"/>
        <source>Logo für die Dokumente wählen</source>
        <translation>Choose a logo for the documents</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/logo_image.py" line="35"/>
        <source>Bilder (*.png *.jpg *.jpeg *.svg);;Alle Dateien (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/logo_image.py" line="47"/>
        <source>Die Datei „%1“ lässt sich nicht öffnen.</source>
        <translation>The file “%1” cannot be opened.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/logo_image.py" line="51"/>
        <source>Die Datei „%1“ ist sehr groß (über 20 MB). Bitte eine kleinere Bilddatei wählen.</source>
        <translation>The file “%1” is very large (over 20 MB). Please choose a smaller image file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/logo_image.py" line="58"/>
        <source>„%1“ ist kein lesbares Bild. Bitte eine PNG-, JPEG- oder SVG-Datei wählen.</source>
        <translation>“%1” is not a readable image. Please choose a PNG, JPEG or SVG file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/logo_image.py" line="98"/>
        <source>„%1“ hat sehr viele Pixel (%2 × %3 Pixel). Bitte eine kleinere Fassung des Logos wählen.</source>
        <translation>“%1” has a great many pixels (%2 × %3 pixels). Please choose a smaller version of the logo.</translation>
    </message>
</context>
<context>
    <name>LotseDialog</name>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="18"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="101"/>
        <source>Neue*r Lots*in</source>
        <translation>New guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="104"/>
        <source>Lots*in bearbeiten – %1</source>
        <translation>Edit guide – %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="117"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="142"/>
        <source>Eintritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="118"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="145"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="120"/>
        <source>Rollen mit Datum des Wechsels</source>
        <translation>Roles with date of change</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="121"/>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="159"/>
        <source>Qualifiziert am</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="131"/>
        <source>z. B. Arabisch, Türkisch, Englisch</source>
        <translation>e.g. Arabic, Turkish, English</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="136"/>
        <source>Person und Rolle</source>
        <translation>Person and role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="138"/>
        <source>Nr. *</source>
        <translation>No. *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="139"/>
        <source>Nachname *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="140"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="148"/>
        <source>Einsätze vor dem Eintritt oder nach dem Austritt werden nicht angenommen.</source>
        <translation>Assignments before joining or after leaving are not accepted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="152"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="155"/>
        <source>Bei einem Rollenwechsel fügen Sie eine Zeile mit dem Datum des Wechsels hinzu.</source>
        <translation>When the role changes, add a line with the date of the change.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="163"/>
        <source>Abschluss der Basisqualifizierung. Leer lassen, solange sie fehlt – Stunden davor werden nicht abgerechnet.</source>
        <translation>Completion of the basic training. Leave empty while it is missing – hours before it are not claimed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="168"/>
        <source>Kontakt und Auszahlung</source>
        <translation>Contact and payout</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="170"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="171"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="174"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="177"/>
        <source>Für Quittung und Jahresbescheinigung.</source>
        <translation>For the receipt and the annual statement.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="179"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="180"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="181"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="199"/>
        <source>* Pflichtangabe</source>
        <translation>* Required</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_dialog.py" line="368"/>
        <source>Die Nr. %1 hat bereits %2.</source>
        <translation>No. %1 is already used by %2.</translation>
    </message>
</context>
<context>
    <name>LotseJahrPanel</name>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="111"/>
        <source>Jahr der Zahlen</source>
        <translation>Year of the figures</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="114"/>
        <source>Jahr:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="130"/>
        <source>Freibetragserklärung…</source>
        <translation>Allowance declaration…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="133"/>
        <source>Freibetrag, anderweitig in Anspruch genommenen Betrag und Unterschrift erfassen</source>
        <translation>Record the tax-free allowance, the amount claimed elsewhere and the signature</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="167"/>
        <source>Wählen Sie oben eine Person aus: Hier stehen dann ihre Stunden, Auszahlungen und ihr Freibetrag für ein Jahr.</source>
        <translation>Select a person above: their hours, payouts and tax-free allowance for one year will then be shown here.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="249"/>
        <source>Förderjahr %1 (Einsätze im Jahr)</source>
        <translation>Funding year %1 (assignments in the year)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="253"/>
        <source>Für %1 ist noch kein Förderjahr angelegt (Seite Förderjahr).</source>
        <translation>No funding year has been set up for %1 yet (Funding year page).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="258"/>
        <source>Stunden erfasst</source>
        <translation>Hours recorded</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="259"/>
        <source>Stunden abrechenbar</source>
        <translation>Hours claimable</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="260"/>
        <source>Höchstgrenze (Stunden)</source>
        <translation>Cap (hours)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="261"/>
        <source>noch frei (Stunden)</source>
        <translation>Still available (hours)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="262"/>
        <source>Betrag abrechenbar</source>
        <translation>Amount claimable</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="263"/>
        <source>ausgezahlt</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="267"/>
        <source>davon ausgezahlt in %1</source>
        <translation>of which paid out in %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="270"/>
        <source>noch auszuzahlen</source>
        <translation>Still to be paid out</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="275"/>
        <source>Steuerjahr %1 (ausgezahlt im Jahr)</source>
        <translation>Tax year %1 (paid out in the year)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="277"/>
        <source>ausgezahlt im Kalenderjahr</source>
        <translation>Paid out in the calendar year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="282"/>
        <source>davon für Förderjahr %1</source>
        <translation>of which for funding year %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="287"/>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="289"/>
        <source>Freibetrag</source>
        <translation>Tax-free allowance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="287"/>
        <source>keine Erklärung</source>
        <translation>no declaration</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="291"/>
        <source>Grenze %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="293"/>
        <source>anderweitig in Anspruch genommen</source>
        <translation>Claimed elsewhere</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="295"/>
        <source>noch frei</source>
        <translation>Still available</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="297"/>
        <source>steuerpflichtig</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="300"/>
        <source>Freibetragserklärung %1</source>
        <translation>Allowance declaration %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="302"/>
        <source>Für %1 liegt keine Erklärung vor.</source>
        <translation>There is no declaration for %1.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="304"/>
        <source>Vor der ersten Auszahlung im Jahr einholen: welcher Freibetrag, was anderweitig genutzt wird.</source>
        <translation>Obtain it before the first payout of the year: which allowance, and what is used elsewhere.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="308"/>
        <source>Unterschrieben am %1.</source>
        <translation>Signed on %1.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="310"/>
        <source>Erfasst, aber noch nicht unterschrieben.</source>
        <translation>Recorded, but not signed yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="316"/>
        <source>Bezieht Bürgergeld/AsylbLG (Einwilligung vom %1): Monate über 250 € werden gemeldet.</source>
        <translation>Receives Bürgergeld/AsylbLG benefits (consent of %1): months over 250 € are flagged.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="321"/>
        <source>Prüfhinweis: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotse_jahr_panel.py" line="325"/>
        <source>Hinweis: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>LotsePickerDialog</name>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="46"/>
        <source>Lots*innen hinzufügen</source>
        <translation>Add guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="51"/>
        <source>Wählen Sie, wer am Kurs teilnimmt (mehrere mit Strg oder Umschalt). Wer noch nicht im Projekt ist, kommt über „Neue Person…“ auf die Liste.</source>
        <translation>Choose who is taking part in the course (several with Ctrl or Shift). Anyone not yet in the project is added to the list with “New person…”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="57"/>
        <source>Suchen nach Nr. oder Name …</source>
        <translation>Search by No. or name …</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="58"/>
        <source>Lots*innen suchen</source>
        <translation>Search guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="61"/>
        <source>Lots*innen, die noch nicht auf der Liste stehen</source>
        <translation>Guides not yet on the list</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="69"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="102"/>
        <source>Alle Lots*innen stehen schon auf der Liste.</source>
        <translation>All guides are already on the list.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="104"/>
        <source>Niemand passt zu „%1“.</source>
        <translation>Nobody matches “%1”.</translation>
    </message>
</context>
<context>
    <name>Lotsen</name>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="40"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="591"/>
        <source>koordinierende*r Lots*in</source>
        <translation>coordinating guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="41"/>
        <source>Lots*in</source>
        <translation>guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="46"/>
        <source>pausiert</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="48"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="601"/>
        <source>ausgeschieden</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="50"/>
        <source>in Qualifizierung</source>
        <translation>in training</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="51"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>LotsenModel</name>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="56"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="588"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="58"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="59"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="596"/>
        <source>Qualifiziert am</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="60"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="598"/>
        <source>Eintritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="61"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="599"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="62"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="602"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="63"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="604"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="64"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="605"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="194"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="590"/>
        <source>%1 seit %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="197"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="595"/>
        <source>nicht qualifiziert</source>
        <translation>not qualified</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="212"/>
        <source>Sprachen: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_model.py" line="215"/>
        <source>Ohne abgeschlossene Basisqualifizierung können die Stunden nicht über WIR abgerechnet werden.</source>
        <translation>Without completed basic training, the hours cannot be claimed under WIR.</translation>
    </message>
</context>
<context>
    <name>LotsenPage</name>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="79"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="219"/>
        <source>Lots*innen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="81"/>
        <source>Alle Lots*innen des Projekts mit Rolle, Qualifizierung und den bisher erfassten Stunden. Doppelklick öffnet eine Person zum Bearbeiten.</source>
        <translation>All of the project&apos;s guides with their role, training and the hours recorded so far. Double-click a person to edit them.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="85"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="422"/>
        <source>Neue*r Lots*in</source>
        <translation>New guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="89"/>
        <source>Neue*r Lots*in anlegen</source>
        <translation>Add a new guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="95"/>
        <source>Suchen nach Nr., Name oder Sprache …</source>
        <translation>Search by No., name or language…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="96"/>
        <source>Lots*innen suchen</source>
        <translation>Search guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="100"/>
        <source>Aktive und pausierte</source>
        <translation>Active and paused</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="101"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="102"/>
        <source>Ausgeschiedene</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="103"/>
        <source>Welche Lots*innen anzeigen</source>
        <translation>Which guides to show</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="112"/>
        <source>Anzeigen:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="121"/>
        <source>Exportieren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="124"/>
        <source>Die angezeigten Lots*innen mit Kontaktdaten und IBAN als Excel- oder CSV-Datei speichern</source>
        <translation>Save the guides shown, with contact details and IBAN, as an Excel or CSV file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="132"/>
        <source>Liste der Lots*innen</source>
        <translation>List of guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="154"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="156"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="459"/>
        <source>Deaktivieren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="158"/>
        <source>Status auf „ausgeschieden“ setzen; die Person und ihre Einsätze bleiben gespeichert.</source>
        <translation>Set the status to “left”; the person and their assignments remain stored.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="161"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="162"/>
        <source>Nur für Personen ohne erfasste Einsätze (Entf-Taste).</source>
        <translation>Only for people without recorded assignments (Del key).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="164"/>
        <source>Verlauf…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="165"/>
        <source>Alle Änderungen an dieser Person: wann, wer, was (Protokoll).</source>
        <translation>All changes to this person: when, who, what (change log).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="168"/>
        <source>Auskunft…</source>
        <translation>Data access…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="169"/>
        <source>Alles über diese Person als PDF oder JSON (Art. 15 DSGVO).</source>
        <translation>Everything about this person as PDF or JSON (Art. 15 GDPR).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="171"/>
        <source>Anonymisieren…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="173"/>
        <source>Zur Löschung fällig…</source>
        <translation>Due for deletion…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="174"/>
        <source>Ausgeschiedene Lots*innen, deren Aufbewahrungsfrist abgelaufen ist.</source>
        <translation>Departed guides whose retention period has ended.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="258"/>
        <source>Noch keine Lots*innen erfasst. Legen Sie mit „Neue*r Lots*in“ die erste Person an – oder importieren Sie eine Liste (Datei → Lots*innen importieren…).</source>
        <translation>No guides recorded yet. Add the first person with “New guide” – or import a list (File → Import guides…).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="263"/>
        <source>Kein*e Lots*in passt zu „%1“. Prüfen Sie die Schreibweise oder wählen Sie bei „Anzeigen“ „Alle“.</source>
        <translation>No guide matches “%1”. Check the spelling or choose “All” under “Show”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="266"/>
        <source>Es ist noch niemand ausgeschieden.</source>
        <translation>Nobody has left yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="269"/>
        <source>Alle Lots*innen sind ausgeschieden. Wählen Sie bei „Anzeigen“ „Alle“, um sie zu sehen, oder legen Sie mit „Neue*r Lots*in“ eine neue Person an.</source>
        <translation>All guides have left. Choose “All” under “Show” to see them, or add a new person with “New guide”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="281"/>
        <source>1 Lots*in</source>
        <translation>1 guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="283"/>
        <source>%1 Lots*innen</source>
        <translation>%1 guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="285"/>
        <source>%1 (von %2)</source>
        <translation>%1 (of %2)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="289"/>
        <source>%1 · %2 Einsätze · %3 Stunden</source>
        <translation>%1 · %2 assignments · %3 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="289"/>
        <source>%1 · 1 Einsatz · %3 Stunden</source>
        <translation>%1 · 1 assignment · %3 hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="330"/>
        <source>Bitte eine Person auswählen.</source>
        <translation>Please select a person.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="340"/>
        <source>Name, Kontaktdaten, IBAN, Anschrift, Notizen und Bemerkungen entfernen; die Zahlen bleiben.</source>
        <translation>Remove name, contact data, IBAN, address, notes and remarks; the figures stay.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="356"/>
        <source>Auskunft</source>
        <translation>Data access</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="365"/>
        <source>%1 anonymisieren?

Name, Kontaktdaten, IBAN, Anschrift, Sprachen, Notizen und die Bemerkungen der Einsätze werden endgültig entfernt (auch aus dem Protokoll); der Name wird durch die Nr. ersetzt. Einsätze und Auszahlungen bleiben mit ihren Zahlen. Das lässt sich nicht rückgängig machen.</source>
        <translation>Anonymise %1?

Name, contact data, IBAN, address, languages, notes and the remarks of the assignments are removed for good (also from the change log); the name is replaced by the number. Assignments and payouts stay with their figures. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="369"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="374"/>
        <source>Anonymisieren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="398"/>
        <source>Lotsinnen %1</source>
        <translation>Guides %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="401"/>
        <source>Lots*innen exportieren</source>
        <translation>Export guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="410"/>
        <source>1 Lots*in gespeichert in „%2“.</source>
        <translation>1 guide saved to “%2”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="412"/>
        <source>%1 Lots*innen gespeichert in „%2“.</source>
        <translation>%1 guides saved to “%2”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="415"/>
        <source>Die Datei enthält Anschriften und Bankverbindungen: bitte vertraulich behandeln.</source>
        <translation>The file contains addresses and bank details: please treat it as confidential.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="430"/>
        <source>Lots*in %1 anlegen</source>
        <translation>Add guide %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="444"/>
        <source>Lots*in bearbeiten</source>
        <translation>Edit guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="449"/>
        <source>Lots*in %1 bearbeiten</source>
        <translation>Edit guide %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="465"/>
        <source>Der Austritt bleibt am %1.</source>
        <translation>The leaving date remains %1.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="468"/>
        <source>Als Austritt wird heute, der %1, eingetragen; gilt ein anderes Datum, ändern Sie es danach mit „Bearbeiten…“.</source>
        <translation>Today, %1, will be entered as the leaving date; if a different date applies, change it afterwards with “Edit…”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="473"/>
        <source>%1 deaktivieren?

Der Status wird „ausgeschieden“. %2 Die Person und ihre bisherigen Einsätze bleiben gespeichert; neue Einsätze nach dem Austritt werden nicht mehr angenommen.</source>
        <translation>Deactivate %1?

The status becomes “left”. %2 The person and their previous assignments remain stored; new assignments after the leaving date will no longer be accepted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="481"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="489"/>
        <source>Lots*in deaktivieren</source>
        <translation>Deactivate guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="491"/>
        <source>Lots*in %1 deaktivieren</source>
        <translation>Deactivate guide %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="501"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="511"/>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="518"/>
        <source>Lots*in löschen</source>
        <translation>Delete guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="506"/>
        <source>%1 löschen?

Alle Angaben zu dieser Person (Anschrift, IBAN, Rollen, Notizen) werden gelöscht; Einsätze hat sie keine. Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich das zurücknehmen.</source>
        <translation>Delete %1?

All details of this person (address, IBAN, roles, notes) will be deleted; they have no assignments. You can reverse this with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/lotsen_page.py" line="524"/>
        <source>Lots*in %1 löschen</source>
        <translation>Delete guide %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="107"/>
        <location filename="../lotsendesk/ui/main_window.py" line="455"/>
        <source>LotsenDesk</source>
        <translation>LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="108"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="111"/>
        <source>Nur ansehen</source>
        <translation>View only</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="117"/>
        <source>Seiten</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="124"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="125"/>
        <source>Lots*innen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="126"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="127"/>
        <source>Auszahlungen</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="128"/>
        <source>Förderjahr</source>
        <translation>Funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="129"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="130"/>
        <source>Qualifizierungen</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="131"/>
        <location filename="../lotsendesk/ui/main_window.py" line="510"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="156"/>
        <source>Datenbank: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="165"/>
        <source>Nur ansehen – Änderungen sind gesperrt</source>
        <translation>View only – changes are disabled</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="177"/>
        <source>Demo: keine automatische Sicherung</source>
        <translation>Demo: no automatic backup</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="315"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="316"/>
        <source>Lots*innen &amp;importieren…</source>
        <translation>Import &amp;guides…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="318"/>
        <source>&amp;Einsätze importieren…</source>
        <translation>Import &amp;assignments…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="321"/>
        <source>Stundenzettel &amp;erstellen…</source>
        <translation>Create &amp;timesheets…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="323"/>
        <source>Stundenzettel ei&amp;nlesen…</source>
        <translation>&amp;Import timesheets…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="326"/>
        <source>&amp;Sicherung erstellen…</source>
        <translation>Create &amp;backup…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="328"/>
        <source>Sicherung &amp;wiederherstellen…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="330"/>
        <source>Sicherungen &amp;einstellen…</source>
        <translation>Backup &amp;settings…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="333"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="337"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="338"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="340"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="350"/>
        <source>&amp;Tätigkeiten bearbeiten…</source>
        <translation>Edit &amp;activities…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="352"/>
        <source>&amp;Protokoll aller Änderungen…</source>
        <translation>Full &amp;change log…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="357"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="366"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="367"/>
        <source>&amp;Hilfe zu LotsenDesk</source>
        <translation>LotsenDesk &amp;Help</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="371"/>
        <source>Ü&amp;ber LotsenDesk</source>
        <translation>&amp;About LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="379"/>
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="380"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="381"/>
        <source>Spei&amp;chern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="382"/>
        <source>&amp;Löschen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="388"/>
        <source>Neuer Eintrag auf der aktuellen Seite</source>
        <translation>New entry on the current page</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="498"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/main_window.py" line="511"/>
        <source>Die Änderungen in den Einstellungen sind noch nicht gespeichert. Jetzt speichern?</source>
        <translation>The changes in the settings have not been saved yet. Save them now?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="239"/>
        <source>Schritt 1 von 3: Spalten zuordnen</source>
        <translation>Step 1 of 3: Map columns</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="242"/>
        <source>Wählen Sie über jeder Spalte, was sie enthält. Spalten mit „nicht importieren“ werden übergangen. Pflichtangaben sind mit * markiert.</source>
        <translation>Above each column, choose what it contains. Columns set to “do not import” are skipped. Required fields are marked with *.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="249"/>
        <source>Andere Datei…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="252"/>
        <source>Tabellenblatt:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="254"/>
        <source>Tabellenblatt</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="260"/>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="268"/>
        <source>Vorschau der Datei mit der Zuordnung der Spalten</source>
        <translation>Preview of the file with the column mapping</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="347"/>
        <source>Kopfzeile in Zeile %1 · Vorschau der ersten %2 Datenzeilen</source>
        <translation>Header row in line %1 · preview of the first %2 data rows</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="358"/>
        <source>(Spalte %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="360"/>
        <source>Import als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="363"/>
        <source>Inhalt der Spalte „%1“</source>
        <translation>Content of the column “%1”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="364"/>
        <source>– nicht importieren –</source>
        <translation>– do not import –</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="443"/>
        <source>Noch nicht zugeordnet: %1. Bitte über der passenden Spalte auswählen.</source>
        <translation>Not mapped yet: %1. Please choose it above the matching column.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="447"/>
        <source>Die Zuordnung ist die vom letzten Import einer Datei mit diesen Spaltennamen.</source>
        <translation>This is the mapping from the last import of a file with these column names.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="450"/>
        <source>Alle Pflichtangaben sind zugeordnet. „Weiter“ prüft jede Zeile; gespeichert wird noch nichts.</source>
        <translation>All required fields are mapped. “Next” checks every line; nothing is saved yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/import_wizard.py" line="454"/>
        <source>Zeilen mit ⚠ hatten bei der letzten Prüfung Fehler; zeigen Sie mit der Maus darauf, um sie zu lesen.</source>
        <translation>Lines marked ⚠ had errors in the last check; point at them with the mouse to read them.</translation>
    </message>
</context>
<context>
    <name>Meldungen</name>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="30"/>
        <source>Bitte ein Datum angeben, z. B. 07.03.2025.</source>
        <translation>Please enter a date, e.g. 07.03.2025.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="31"/>
        <source>„{text}“ ist kein Datum. Bitte TT.MM.JJJJ eingeben.</source>
        <translation>“{text}” is not a date. Please enter DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="32"/>
        <source>Das Datum „{text}“ gibt es nicht.</source>
        <translation>The date “{text}” does not exist.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="35"/>
        <source>Bitte eine Dauer angeben, z. B. 2,5 oder 2:30.</source>
        <translation>Please enter a duration, e.g. 2,5 or 2:30.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="36"/>
        <source>Die Dauer „{text}“ ist nicht lesbar.</source>
        <translation>The duration “{text}” cannot be read.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="37"/>
        <source>Die Dauer „{text}“ ist nicht lesbar. Möglich sind z. B. 2,5 · 2:30 · 90 min.</source>
        <translation>The duration “{text}” cannot be read. Possible are e.g. 2,5 · 2:30 · 90 min.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="38"/>
        <source>Die Dauer muss größer als 0 sein.</source>
        <translation>The duration must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="39"/>
        <source>Die Dauer darf höchstens 24 Stunden betragen.</source>
        <translation>The duration may be at most 24 hours.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="42"/>
        <source>Das Datum {datum} liegt in der Zukunft.</source>
        <translation>The date {datum} is in the future.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="43"/>
        <source>Das Datum liegt vor dem Eintritt am {eintritt}.</source>
        <translation>The date is before the joining date, {eintritt}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="44"/>
        <source>Das Datum liegt nach dem Austritt am {austritt}.</source>
        <translation>The date is after the leaving date, {austritt}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="45"/>
        <source>Zusammen mit den {stunden} Stunden, die am {datum} schon erfasst sind, wären es mehr als 24 Stunden an einem Tag.</source>
        <translation>Together with the {stunden} hours already recorded on {datum}, this would be more than 24 hours in one day.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="51"/>
        <source>Die IBAN „{iban}“ ist ungültig – bitte Ziffern und Prüfsumme kontrollieren.</source>
        <translation>The IBAN “{iban}” is invalid – please check the digits and the checksum.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="54"/>
        <source>Bitte eine Nr. angeben.</source>
        <translation>Please enter a No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="55"/>
        <source>Die Nr. darf höchstens 32 Zeichen lang sein.</source>
        <translation>The No. may be at most 32 characters long.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="56"/>
        <source>Bitte den Nachnamen angeben.</source>
        <translation>Please enter the surname.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="57"/>
        <source>Der Austritt liegt vor dem Eintritt am {eintritt}.</source>
        <translation>The leaving date is before the joining date, {eintritt}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="58"/>
        <source>„{email}“ ist keine E-Mail-Adresse.</source>
        <translation>“{email}” is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="59"/>
        <source>Jeder Rollenwechsel braucht ein Datum „ab“.</source>
        <translation>Every change of role needs a “from” date.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="62"/>
        <source>Die Rolle „{rolle}“ ist unbekannt (möglich: Lots*in oder Koordination).</source>
        <translation>The role “{rolle}” is unknown (possible: guide or coordination).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="63"/>
        <source>Der Status „{status}“ ist unbekannt.</source>
        <translation>The status “{status}” is unknown.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="107"/>
        <source>Das Auszahlungsdatum liegt vor dem Ende des Zeitraums – bitte prüfen.</source>
        <translation>The payout date is before the end of the period – please check.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="108"/>
        <source>Bis zu diesem Datum ist nichts mehr auszuzahlen.</source>
        <translation>There is nothing left to pay up to this date.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="109"/>
        <source>Bitte einen Grund für die Stornierung angeben.</source>
        <translation>Please give a reason for the cancellation.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="110"/>
        <source>Diese Auszahlung gibt es nicht.</source>
        <translation>This payout does not exist.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="111"/>
        <source>Eine Stornierung kann nicht storniert werden.</source>
        <translation>A cancellation cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="112"/>
        <source>Diese Auszahlung ist bereits storniert.</source>
        <translation>This payout has already been cancelled.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="113"/>
        <source>Keine IBAN hinterlegt – nur bar auszahlbar.</source>
        <translation>No IBAN on file – can only be paid in cash.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="114"/>
        <source>Keine Freibetragserklärung für {jahr}.</source>
        <translation>No allowance declaration for {jahr}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="115"/>
        <source>Freibetrag ({art}) überschritten: {betrag} wären steuerpflichtig.</source>
        <translation>Tax-free allowance ({art}) exceeded: {betrag} would be taxable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="116"/>
        <source>Bezieht Bürgergeld/AsylbLG: im {monat} wären es {betrag} über den anrechnungsfreien 250 € – Jobcenter/Sozialamt informieren oder auf mehrere Monate verteilen.</source>
        <translation>Receives Bürgergeld/AsylbLG benefits: in {monat} this would be {betrag} above the 250 € that are not counted – inform the job centre/social welfare office or spread the payment over several months.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="202"/>
        <source>Ein ausgestelltes Dokument bleibt, wie es ausgestellt wurde; es wurde nichts geändert.</source>
        <translation>An issued document stays as it was issued; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="203"/>
        <source>Das ist ausgezahlt und festgeschrieben; es wurde nichts geändert. Für eine Korrektur stornieren Sie die Auszahlung (Seite Auszahlungen).</source>
        <translation>This has been paid and is locked; nothing was changed. To correct it, cancel the payout (Payouts page).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="207"/>
        <source>Die Änderung passt nicht mehr zu den gespeicherten Daten (wurde inzwischen etwas gelöscht oder geändert?). Es wurde nichts gespeichert.</source>
        <translation>The change no longer fits the stored data (has something been deleted or changed in the meantime?). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="233"/>
        <source>Der Datenordner „{ordner}“ kann nicht angelegt werden.</source>
        <translation>The data folder “{ordner}” cannot be created.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="234"/>
        <source>Der Ordner „{ordner}“ existiert nicht. Bitte prüfen Sie den Pfad (ist ein USB-Stick oder Netzlaufwerk getrennt?).</source>
        <translation>The folder “{ordner}” does not exist. Please check the path (is a USB stick or network drive disconnected?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="146"/>
        <source>„{pfad}“ ist keine Datei.</source>
        <translation>“{pfad}” is not a file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="238"/>
        <source>Die Datenbank „{datei}“ ist schreibgeschützt (oder ihr Ordner). LotsenDesk braucht Schreibrechte, um Ihre Eingaben zu speichern. Bitte kopieren Sie die Datei in einen beschreibbaren Ordner.</source>
        <translation>The database “{datei}” (or its folder) is read-only. LotsenDesk needs write access to save your entries. Please copy the file to a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="246"/>
        <source>Die Datenbank ist bereits geöffnet: von {benutzer} auf {rechner} seit {seit} Uhr. Bitte schließen Sie LotsenDesk dort zuerst.</source>
        <translation>The database is already open: by {benutzer} on {rechner} since {seit}. Please close LotsenDesk there first.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="255"/>
        <source>Diese Datenbank wurde mit einer neueren LotsenDesk-Version ({ihre_version}) gespeichert. Sie verwenden Version {unsere_version}. Bitte installieren Sie die neue Version, um sie zu öffnen.</source>
        <translation>This database was saved with a newer version of LotsenDesk ({ihre_version}). You are using version {unsere_version}. Please install the new version to open it.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="130"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="259"/>
        <source>„{datei}“ ist keine LotsenDesk-Datenbank. Bitte wählen Sie eine andere Datei.</source>
        <translation>“{datei}” is not a LotsenDesk database. Please choose another file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="260"/>
        <source>Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>The database is being used by another program right now. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="276"/>
        <source>Die Datenbank meldet einen Fehler; Ihre Änderung wurde nicht gespeichert.</source>
        <translation>The database reports an error; your change was not saved.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="279"/>
        <source>Die Demo-Datenbank ist in einem anderen LotsenDesk-Fenster geöffnet. Bitte schließen Sie es zuerst.</source>
        <translation>The demo database is open in another LotsenDesk window. Please close it first.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="282"/>
        <source>„{datei}“ ist eine LotsenDesk-Datenbank mit eigenen Daten (keine Demo) oder eine fremde Datei. Die Demo überschreibt sie nicht – bitte geben Sie einen anderen Pfad an.</source>
        <translation>“{datei}” is a LotsenDesk database with real data (not a demo) or another program&apos;s file. The demo does not overwrite it – please give a different path.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="288"/>
        <source>Diesen Verwendungsnachweis gibt es nicht.</source>
        <translation>This statement of use does not exist.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="289"/>
        <source>Diese Fassung ist schon seit {datum} als versandt vermerkt; das lässt sich nicht mehr ändern.</source>
        <translation>This version was already marked as sent on {datum}; that can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="292"/>
        <source>Das Versanddatum liegt in der Zukunft.</source>
        <translation>The sending date is in the future.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="293"/>
        <source>Das Versanddatum liegt vor dem Tag, an dem diese Fassung erstellt wurde ({datum}).</source>
        <translation>The sending date is before the day this version was created ({datum}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="296"/>
        <source>Bitte eine*n Lots*in aus der Liste wählen.</source>
        <translation>Please choose a guide from the list.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="297"/>
        <source>Diese Tätigkeit gibt es nicht mehr.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="298"/>
        <source>Dieser Einsatz ist nicht mehr vorhanden (inzwischen gelöscht?).</source>
        <translation>This assignment no longer exists (deleted in the meantime?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="310"/>
        <source>Den Ordner „{ordner}“ gibt es nicht.</source>
        <translation>The folder “{ordner}” does not exist.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="313"/>
        <source>Ausgezahlt mit Beleg {belege} und deshalb festgeschrieben. Für eine Korrektur stornieren Sie die Auszahlung (Seite Auszahlungen); der nächste Auszahlungslauf rechnet dann neu.</source>
        <translation>Paid with receipt {belege} and therefore locked. To correct it, cancel the payout (Payouts page); the next payout run will recalculate.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="319"/>
        <source>Das Förderjahr {jahr} gibt es schon.</source>
        <translation>The funding year {jahr} already exists.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="320"/>
        <source>Das Förderjahr {jahr} hat schon Auszahlungen und bleibt deshalb bestehen.</source>
        <translation>The funding year {jahr} already has payouts and is therefore kept.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="321"/>
        <source>Der Betrag der Rate muss größer als 0 sein.</source>
        <translation>The instalment amount must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="322"/>
        <source>Für {jahr} ist noch kein Förderjahr angelegt.</source>
        <translation>No funding year has been set up for {jahr} yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="323"/>
        <source>Bitte ein Jahr zwischen 2000 und 2100 angeben.</source>
        <translation>Please enter a year between 2000 and 2100.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="324"/>
        <source>Ein bewilligter Betrag kann nicht negativ sein.</source>
        <translation>An approved amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="325"/>
        <source>Der Stundensatz muss größer als 0 sein.</source>
        <translation>The hourly rate must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="326"/>
        <source>Die Jahreshöchstgrenzen müssen größer als 0 sein.</source>
        <translation>The annual caps must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="327"/>
        <source>Der Bewilligungszeitraum endet vor seinem Beginn.</source>
        <translation>The approval period ends before it begins.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="328"/>
        <source>Bitte ANBest-P oder ANBest-GK wählen.</source>
        <translation>Please choose ANBest-P or ANBest-GK.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="103"/>
        <source>Diese*n Lots*in gibt es nicht mehr.</source>
        <translation>This guide no longer exists.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="331"/>
        <source>Das ist mehr als der ganze Freibetrag ({grenze}). Bitte den Betrag laut Erklärung prüfen.</source>
        <translation>That is more than the whole tax-free allowance ({grenze}). Please check the amount against the declaration.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="334"/>
        <source>Ob jemand Bürgergeld oder AsylbLG bezieht, darf nur mit Einwilligung gespeichert werden. Bitte das Datum der schriftlichen Einwilligung eintragen – oder das Häkchen entfernen.</source>
        <translation>Whether someone receives Bürgergeld or AsylbLG benefits may only be stored with their consent. Please enter the date of the written consent – or untick the box.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="338"/>
        <source>Keine Freibetragserklärung für {jahr}. Bitte vor der nächsten Auszahlung einholen.</source>
        <translation>No allowance declaration for {jahr}. Please obtain one before the next payout.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="339"/>
        <source>Freibetrag ({art}) überschritten: {betrag} der Auszahlungen {jahr} sind steuerpflichtig.</source>
        <translation>Tax-free allowance ({art}) exceeded: {betrag} of the {jahr} payouts is taxable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="342"/>
        <source>Vom Freibetrag ({art}) sind nur noch {frei} frei; von den noch offenen {offen} wären {betrag} steuerpflichtig, wenn sie {jahr} ausgezahlt werden.</source>
        <translation>Only {frei} of the tax-free allowance ({art}) is still available; of the {offen} still outstanding, {betrag} would be taxable if paid out in {jahr}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="346"/>
        <source>Im Monat {monat} wurden {betrag} ausgezahlt: {ueber} mehr als die 250 €, die bei Bürgergeld oder AsylbLG anrechnungsfrei bleiben. Bitte auf die Meldung an das Jobcenter bzw. Sozialamt hinweisen.</source>
        <translation>In {monat}, {betrag} was paid out: {ueber} more than the 250 € that is not counted against Bürgergeld or AsylbLG benefits. Please point out that this must be reported to the job centre or social welfare office.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="350"/>
        <source>{betrag} für Förderjahr {foerderjahr} wurden {jahr} ausgezahlt und zählen steuerlich zu {jahr}.</source>
        <translation>{betrag} for funding year {foerderjahr} was paid out in {jahr} and counts towards {jahr} for tax purposes.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="353"/>
        <source>{betrag} für Förderjahr {jahr} wurden erst im Folgejahr ausgezahlt und zählen steuerlich dort.</source>
        <translation>{betrag} for funding year {jahr} was only paid out in the following year and counts towards that year for tax purposes.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="447"/>
        <source>Nichts importiert – {anzahl} Fehler in „{datei}“.</source>
        <translation>Nothing imported – errors in “{datei}”: {anzahl}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="448"/>
        <source>{anzahl} Lots*in</source>
        <translation>{anzahl} guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="449"/>
        <source>{anzahl} Lots*innen</source>
        <translation>{anzahl} guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="450"/>
        <source>{neu} neu, {aktualisiert} aktualisiert, {unveraendert} unverändert</source>
        <translation>{neu} new, {aktualisiert} updated, {unveraendert} unchanged</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="451"/>
        <source>{neu} neu, {aktualisiert} aktualisiert</source>
        <translation>{neu} new, {aktualisiert} updated</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="452"/>
        <source>„{datei}“: {was} importiert ({details}).</source>
        <translation>“{datei}”: {was} imported ({details}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="453"/>
        <source>Prüfung ohne Fehler: „{datei}“: {was} würde importiert ({details}).</source>
        <translation>Check without errors: “{datei}”: {was} would be imported ({details}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="454"/>
        <source>Prüfung ohne Fehler: „{datei}“: {was} würden importiert ({details}).</source>
        <translation>Check without errors: “{datei}”: {was} would be imported ({details}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="455"/>
        <source>{anzahl} Einsatz</source>
        <translation>{anzahl} assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="456"/>
        <source>{anzahl} Einsätze</source>
        <translation>{anzahl} assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="457"/>
        <source>{stunden} Stunden</source>
        <translation>{stunden} hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="458"/>
        <source>„{datei}“: {was} importiert ({stunden}).</source>
        <translation>“{datei}”: {was} imported ({stunden}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="459"/>
        <source>Prüfung ohne Fehler: „{datei}“: {was} ({stunden}) würde importiert.</source>
        <translation>Check without errors: “{datei}”: {was} ({stunden}) would be imported.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="460"/>
        <source>Prüfung ohne Fehler: „{datei}“: {was} ({stunden}) würden importiert.</source>
        <translation>Check without errors: “{datei}”: {was} ({stunden}) would be imported.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="754"/>
        <source>„{bic}“ ist keine BIC (8 oder 11 Zeichen, z. B. HELADEF1OFF).</source>
        <translation>“{bic}” is not a BIC (8 or 11 characters, e.g. HELADEF1OFF).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="755"/>
        <source>„{nummer}“ sieht nicht wie eine Steuernummer aus: 10 bis 13 Ziffern, z. B. 035 250 12345.</source>
        <translation>“{nummer}” does not look like a tax number: 10 to 13 digits, e.g. 035 250 12345.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="758"/>
        <source>Das Logo muss als PNG-Bild gespeichert werden.</source>
        <translation>The logo must be saved as a PNG image.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="759"/>
        <source>Das Logo ist zu groß (höchstens 1 MB). Bitte ein kleineres Bild wählen.</source>
        <translation>The logo is too large (at most 1 MB). Please choose a smaller image.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="762"/>
        <source>{was} können nicht negativ sein.</source>
        <translation>{was} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="763"/>
        <source>Die Koordinierungspauschale kann nicht negativ sein.</source>
        <translation>The coordination lump sum cannot be negative.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="764"/>
        <source>Die Koordinierungspauschale kann höchstens den bewilligten Betrag von {betrag} erreichen.</source>
        <translation>The coordination lump sum cannot exceed the approved amount of {betrag}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="301"/>
        <source>Die Datei „{datei}“ konnte nicht geschrieben werden ({grund}).</source>
        <translation>The file “{datei}” could not be written ({grund}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="752"/>
        <source>Bitte Verein, Kirchengemeinde, Kommune oder sonstiger Träger wählen.</source>
        <translation>Please choose association, parish, municipality or other provider organisation.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="753"/>
        <source>Die Einwohnerzahl kann nicht negativ sein.</source>
        <translation>The number of inhabitants cannot be negative.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="380"/>
        <source>„{name}“</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="461"/>
        <source>Neue Tätigkeit würde angelegt: {namen}.</source>
        <translation>New activity would be created: {namen}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="462"/>
        <source>Neue Tätigkeiten würden angelegt: {namen}.</source>
        <translation>New activities would be created: {namen}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="463"/>
        <source>Neu angelegte Tätigkeit: {namen}.</source>
        <translation>New activity created: {namen}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="464"/>
        <source>Neu angelegte Tätigkeiten: {namen}.</source>
        <translation>New activities created: {namen}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="444"/>
        <source>Unbekannte Importart „{art}“ (möglich: lotsen, einsaetze).</source>
        <translation>Unknown kind of import “{art}” (possible: lotsen, einsaetze).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="490"/>
        <source>Dieser Import kann nicht rückgängig gemacht werden (er hat nichts gespeichert).</source>
        <translation>This import cannot be undone (it did not save anything).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="491"/>
        <source>Dieser Import kann nicht wiederholt werden (er hat nichts gespeichert).</source>
        <translation>This import cannot be redone (it did not save anything).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="492"/>
        <source>Der Import von „{datei}“ kann nicht wiederhergestellt werden, weil sich die Daten inzwischen geändert haben.</source>
        <translation>The import of “{datei}” cannot be restored because the data have changed in the meantime.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="403"/>
        <source>Die Datei „{pfad}“ gibt es nicht (verschoben oder umbenannt?).</source>
        <translation>The file “{pfad}” does not exist (moved or renamed?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="404"/>
        <source>„{pfad}“ ist ein Ordner, keine Datei.</source>
        <translation>“{pfad}” is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="405"/>
        <source>Die Datei „{datei}“ kann nicht gelesen werden (ist sie noch in Excel geöffnet?).</source>
        <translation>The file “{datei}” cannot be read (is it still open in Excel?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="407"/>
        <source>„{datei}“ kann ab Zeile {zeile} nicht gelesen werden. Fehlt dort ein schließendes Anführungszeichen?</source>
        <translation>“{datei}” cannot be read from line {zeile} on. Is a closing quotation mark missing there?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="485"/>
        <source>Die Datei „{datei}“ ist leer.</source>
        <translation>The file “{datei}” is empty.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="487"/>
        <source>Die Datei „{datei}“ enthält nur die Kopfzeile und keine Daten.</source>
        <translation>The file “{datei}” contains only the header line and no data.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="379"/>
        <source>In „{datei}“ gibt es die Spalte „{spalte}“ zweimal. Bitte eine davon löschen.</source>
        <translation>“{datei}” has the column “{spalte}” twice. Please delete one of them.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="381"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="410"/>
        <source>„{wert}“ steht in Spalte {spalte}, die keine Überschrift hat. Enthält eine Zahl ein Komma? Dann die Zelle in Anführungszeichen setzen oder ; als Trennzeichen verwenden.</source>
        <translation>“{wert}” is in column {spalte}, which has no heading. Does a number contain a comma? Then put the cell in quotation marks or use ; as the separator.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="424"/>
        <source>Diese Datei wurde bereits am {datum} um {uhrzeit} Uhr importiert („{datei}“); sie wird nicht noch einmal importiert, damit nichts doppelt zählt.</source>
        <translation>This file was already imported on {datum} at {uhrzeit} (“{datei}”); it is not imported again so that nothing counts twice.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="414"/>
        <source>Zeile {zeile}: {meldung}</source>
        <translation>Line {zeile}: {meldung}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="10"/>
        <source>Der Betrag kann nicht negativ sein.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="11"/>
        <source>Bitte höchstens zwei Stellen nach dem Komma angeben.</source>
        <translation>Please enter at most two decimal places.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="12"/>
        <source>„{text}“ ist kein Betrag. Bitte z. B. 5.000,00 eingeben.</source>
        <translation>“{text}” is not an amount. Please enter e.g. 5.000,00.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="15"/>
        <source>Die Bemerkung enthält wohl einen Namen mit Telefonnummer. Bitte keine Daten begleiteter Personen eintragen.</source>
        <translation>The note seems to contain a name with a phone number. Please do not enter any data of the people accompanied.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="19"/>
        <source>Die Bemerkung enthält wohl eine Telefonnummer. Bitte keine Daten begleiteter Personen eintragen.</source>
        <translation>The note seems to contain a phone number. Please do not enter any data of the people accompanied.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="22"/>
        <source>Die Bemerkung enthält wohl eine E-Mail-Adresse. Bitte keine Daten begleiteter Personen eintragen.</source>
        <translation>The note seems to contain an e-mail address. Please do not enter any data of the people accompanied.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="25"/>
        <source>Die Bemerkung enthält wohl ein Geburtsdatum. Bitte keine Daten begleiteter Personen eintragen.</source>
        <translation>The note seems to contain a date of birth. Please do not enter any data of the people accompanied.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="66"/>
        <source>Eine Basisqualifizierung umfasst 20 bis 36 UE; dieser Kurs hat {ue} UE.</source>
        <translation>Basic training comprises 20 to 36 units; this course has {ue} units.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="67"/>
        <source>Es haben {ist} statt der geplanten {geplant} Personen teilgenommen: Der Höchstbetrag sinkt auf {betrag}; zu viel erhaltene Mittel sind zurückzuzahlen.</source>
        <translation>{ist} people took part instead of the planned {geplant}: the maximum grant falls to {betrag}; any excess funds received must be repaid.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="71"/>
        <source>Die förderfähigen Kosten liegen {betrag} über dem Höchstbetrag (Teilnehmende × UE × Satz); dieser Teil wird nicht gefördert.</source>
        <translation>The eligible costs are {betrag} above the maximum grant (participants × units × rate); this part is not funded.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="75"/>
        <source>{name} war bei {prozent} % der UE anwesend (nötig: {schwelle} %) – kein Zertifikat.</source>
        <translation>{name} attended {prozent} % of the units (required: {schwelle} %) – no certificate.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="78"/>
        <source>Auszahlungsbelege: letzte Auszahlung am {datum}, aufzubewahren 8 Jahre ab Ende {jahr} (§ 147 AO), also bis {bis}.</source>
        <translation>Payout receipts: last payout on {datum}, to be kept 8 years from the end of {jahr} (§ 147 AO), i.e. until {bis}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="82"/>
        <source>Einsätze im Förderjahr {jahr}: Verwendungsnachweis versandt am {datum}, aufzubewahren 5 Jahre (ANBest-P), also bis {bis}.</source>
        <translation>Assignments in funding year {jahr}: statement of use sent on {datum}, to be kept 5 years (ANBest-P), i.e. until {bis}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="86"/>
        <source>Einsätze im Förderjahr {jahr}: aufzubewahren bis 5 Jahre nach Versand des Verwendungsnachweises (noch nicht versandt).</source>
        <translation>Assignments in funding year {jahr}: to be kept until 5 years after the statement of use is sent (not sent yet).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="90"/>
        <source>Lots*in {nr} ist schon anonymisiert.</source>
        <translation>Guide {nr} is already anonymised.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="91"/>
        <source>Lots*in {nr} ist nicht ausgeschieden. Anonymisieren geht erst nach dem Austritt (Status „ausgeschieden“ oder Austrittsdatum).</source>
        <translation>Guide {nr} has not left. Anonymising is only possible after leaving (status “left” or a leaving date).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="95"/>
        <source>Die Daten von Lots*in {nr} müssen noch aufbewahrt werden: der Verwendungsnachweis für {jahre} ist noch nicht versandt (Aufbewahrung 5 Jahre ab Versand).</source>
        <translation>The data of guide {nr} must still be kept: the statement of use for {jahre} has not been sent yet (kept 5 years from sending).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="99"/>
        <source>Die Daten von Lots*in {nr} müssen bis {datum} aufbewahrt werden (Auszahlungsbelege 8 Jahre, Verwendungsnachweis 5 Jahre). Anonymisieren geht ab {ab}.</source>
        <translation>The data of guide {nr} must be kept until {datum} (payout receipts 8 years, statement of use 5 years). Anonymising is possible from {ab}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="104"/>
        <source>Personendaten von Lots*in {nr} und Bemerkungen von {anzahl} Einsätzen entfernt</source>
        <translation>Personal data of guide {nr} and remarks of {anzahl} assignments removed</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="122"/>
        <source>{n} Lots*in</source>
        <translation>{n} guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="123"/>
        <source>{n} Lots*innen</source>
        <translation>{n} guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="124"/>
        <source>{n} Einsatz</source>
        <translation>{n} assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="125"/>
        <source>{n} Einsätze</source>
        <translation>{n} assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="126"/>
        <source>{n} Auszahlung</source>
        <translation>{n} payout</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="127"/>
        <source>{n} Auszahlungen</source>
        <translation>{n} payouts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="128"/>
        <source>Stand: {zeit} Uhr</source>
        <translation>As of: {zeit}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="129"/>
        <source>Gespeichert mit LotsenDesk {version} (Datenbankstand {revision})</source>
        <translation>Saved with LotsenDesk {version} (database revision {revision})</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="131"/>
        <source>Inhalt: {anzahl}</source>
        <translation>Contents: {anzahl}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="132"/>
        <source>Neuester Einsatz: {datum}</source>
        <translation>Latest assignment: {datum}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="133"/>
        <source>Letzte Änderung: {zeit} Uhr</source>
        <translation>Last change: {zeit}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="134"/>
        <source>Letzte Auszahlung/Import/Dokument: {zeit} Uhr</source>
        <translation>Last payout/import/document: {zeit}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="135"/>
        <source>Bitte geben Sie ein Kennwort für die Verschlüsselung an.</source>
        <translation>Please enter a password for the encryption.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="136"/>
        <source>Die Sicherung kann nicht die Datenbank selbst ersetzen. Bitte wählen Sie einen anderen Dateinamen.</source>
        <translation>The backup cannot replace the database itself. Please choose a different file name.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="139"/>
        <source>Die Datenbank „{datei}“ ist nicht erreichbar (wurde der USB-Stick entfernt?).</source>
        <translation>The database “{datei}” cannot be reached (was the USB stick removed?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="140"/>
        <source>„{pfad}“ ist ein Ordner. Bitte geben Sie einen Dateinamen an.</source>
        <translation>“{pfad}” is a folder. Please enter a file name.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="141"/>
        <source>Die Datei „{datei}“ ist nicht mehr erreichbar (wurde der USB-Stick entfernt?). Es wurde nichts geschrieben.</source>
        <translation>The file “{datei}” can no longer be reached (was the USB stick removed?). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="145"/>
        <source>Die Datei „{datei}“ gibt es nicht (mehr). Ist der USB-Stick eingesteckt?</source>
        <translation>The file “{datei}” does not exist (any more). Is the USB stick plugged in?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="147"/>
        <source>Die Datei „{datei}“ kann nicht gelesen werden ({grund}).</source>
        <translation>The file “{datei}” cannot be read ({grund}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="148"/>
        <source>„{datei}“ wurde mit einer neueren LotsenDesk-Version ({ihre_version}, Datenbankstand {ihr_stand}) gespeichert. Sie verwenden LotsenDesk {unsere_version} (Datenbankstand {unser_stand}). Bitte installieren Sie zuerst die neuere Version.</source>
        <translation>“{datei}” was saved with a newer version of LotsenDesk ({ihre_version}, database revision {ihr_stand}). You are using LotsenDesk {unsere_version} (database revision {unser_stand}). Please install the newer version first.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="152"/>
        <source>Vor dem Update der Datenbank auf die neue Version konnte keine Sicherung angelegt werden: {grund} Die Datenbank wurde nicht verändert.</source>
        <translation>No backup could be made before updating the database to the new version: {grund} The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="156"/>
        <source>Das ist die Datenbank selbst, keine Sicherung. Bitte wählen Sie eine Sicherung.</source>
        <translation>This is the database itself, not a backup. Please choose a backup.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="157"/>
        <source>Die Sicherung „{datei}“ ist nicht mehr erreichbar (wurde der USB-Stick entfernt?). Die Datenbank wurde nicht verändert.</source>
        <translation>The backup “{datei}” can no longer be reached (was the USB stick removed?). The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="161"/>
        <source>Der jetzige Stand konnte vor dem Wiederherstellen nicht gesichert werden: {grund} Die Datenbank wurde nicht verändert.</source>
        <translation>The current state could not be backed up before restoring: {grund} The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="165"/>
        <source>Die Datenbank ist gerade geöffnet: von {benutzer} auf {rechner} seit {seit} Uhr. Bitte schließen Sie LotsenDesk dort zuerst; es wurde nichts verändert.</source>
        <translation>The database is open right now: by {benutzer} on {rechner} since {seit}. Please close LotsenDesk there first; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="169"/>
        <source>Die Datenbank ist noch geöffnet; sie muss vor dem Wiederherstellen geschlossen werden.</source>
        <translation>The database is still open; it must be closed before restoring.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="170"/>
        <source>Diese Sicherung ist verschlüsselt; bitte das Kennwort angeben.</source>
        <translation>This backup is encrypted; please enter the password.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="171"/>
        <source>Das Kennwort passt nicht zu dieser Sicherung.</source>
        <translation>The password does not match this backup.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="172"/>
        <source>In den Ordner „{ordner}“ konnte nicht geschrieben werden ({grund}). Es wurde nichts geschrieben.</source>
        <translation>Could not write to the folder “{ordner}” ({grund}). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="175"/>
        <source>Beim Schreiben in „{ordner}“ hat der Datenträger einen Fehler gemeldet (ist er voll oder wurde er entfernt?). Es wurde nichts geschrieben.</source>
        <translation>The drive reported an error while writing to “{ordner}” (is it full or was it removed?). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="179"/>
        <source>Die Sicherung in „{ordner}“ ist fehlgeschlagen; es wurde nichts geschrieben. Bitte versuchen Sie es noch einmal oder wählen Sie einen anderen Ort.</source>
        <translation>The backup to “{ordner}” failed; nothing was written. Please try again or choose a different location.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="183"/>
        <source>Auf dem Datenträger von „{ordner}“ ist nicht genug Platz. Es wurde nichts geschrieben; bitte schaffen Sie Platz oder wählen Sie einen anderen Ort.</source>
        <translation>There is not enough space on the drive of “{ordner}”. Nothing was written; please free up some space or choose a different location.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="187"/>
        <source>Der Ordner „{ordner}“ ist schreibgeschützt. Es wurde nichts geschrieben; bitte wählen Sie einen anderen Ort.</source>
        <translation>The folder “{ordner}” is read-only. Nothing was written; please choose a different location.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="191"/>
        <source>Der Ordner „{ordner}“ ist nicht erreichbar (ist der USB-Stick eingesteckt?). Es wurde nichts geschrieben.</source>
        <translation>The folder “{ordner}” cannot be reached (is the USB stick plugged in?). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="195"/>
        <source>„{datei}“ ist keine Sicherung einer LotsenDesk-Datenbank.</source>
        <translation>“{datei}” is not a backup of a LotsenDesk database.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="196"/>
        <source>Die Sicherung „{datei}“ ist beschädigt (unvollständig kopiert?) und kann nicht verwendet werden.</source>
        <translation>The backup “{datei}” is damaged (incompletely copied?) and cannot be used.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="201"/>
        <source>Das Protokoll kann nur ergänzt, nicht geändert werden; es wurde nichts geändert.</source>
        <translation>The change log can only be added to, not changed; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="211"/>
        <source>Nur-Lesen: Die Datei ist nur zum Ansehen geöffnet; Änderungen sind gesperrt.</source>
        <translation>Read-only: the file is open for viewing only; changes are disabled.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="212"/>
        <source>Nur-Lesen: {benutzer} auf {rechner} hat die Datei geöffnet; Änderungen sind gesperrt.</source>
        <translation>Read-only: {benutzer} on {rechner} has the file open; changes are disabled.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="213"/>
        <source>Die Datenbank „{datei}“ ist beschädigt ({befund}), und es wurde keine gute Sicherung gefunden. Bitte ändern Sie an der Datei nichts und wenden Sie sich an Ihre Ansprechperson für die Technik.</source>
        <translation>The database “{datei}” is damaged ({befund}), and no good backup was found. Please do not change anything in the file and contact the person who looks after your IT.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="217"/>
        <source>Die Datenbank „{datei}“ ist beschädigt ({befund}). Neueste gute Sicherung: {datum} („{sicherung}“). Wiederherstellen mit: lotsendesk --db &quot;{pfad}&quot; backup restore &quot;{sicherungspfad}&quot;</source>
        <translation>The database “{datei}” is damaged ({befund}). Newest good backup: {datum} (“{sicherung}”). Restore with: lotsendesk --db &quot;{pfad}&quot; backup restore &quot;{sicherungspfad}&quot;</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="221"/>
        <source>Die beschädigte Datei konnte nicht beiseitegelegt werden ({grund}); es wurde nichts verändert.</source>
        <translation>The damaged file could not be moved aside ({grund}); nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="224"/>
        <source>1 Minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="225"/>
        <source>{n} Minuten</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="226"/>
        <source>{n} Stunden</source>
        <translation>{n} hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="227"/>
        <source>{n} Tagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="228"/>
        <source>{benutzer} auf {rechner} hat die Datei seit {seit} Uhr geöffnet, zuletzt aktiv vor {dauer}. Vermutlich wurde LotsenDesk dort nicht richtig beendet. Trotzdem öffnen?</source>
        <translation>{benutzer} on {rechner} has had the file open since {seit}, last active {dauer} ago. LotsenDesk was probably not closed properly there. Open it anyway?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="232"/>
        <source>Nur ansehen – geöffnet von {benutzer} auf {rechner} seit {seit} Uhr</source>
        <translation>View only – opened by {benutzer} on {rechner} since {seit}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="242"/>
        <source>Die Datenbank ist bereits geöffnet: von {benutzer} auf {rechner} seit {seit} Uhr, zuletzt aktiv vor {dauer}. Wurde LotsenDesk dort nicht richtig beendet, öffnen Sie die Datei in LotsenDesk (Frage „Trotzdem öffnen?“).</source>
        <translation>The database is already open: by {benutzer} on {rechner} since {seit}, last active {dauer} ago. If LotsenDesk was not closed properly there, open the file in LotsenDesk (question “Open it anyway?”).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="250"/>
        <source>Die Datei „{datei}“ gibt es nicht.</source>
        <translation>The file “{datei}” does not exist.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="251"/>
        <source>Die Datei ist von einer älteren LotsenDesk-Version und muss erst aktualisiert werden; das geht nicht, solange sie anderswo geöffnet ist.</source>
        <translation>The file is from an older version of LotsenDesk and must be updated first; that is not possible while it is open elsewhere.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="264"/>
        <source>Die Datenbank ist schreibgeschützt (die Datei oder ihr Ordner); Ihre Änderung wurde nicht gespeichert.</source>
        <translation>The database (the file or its folder) is read-only; your change was not saved.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="268"/>
        <source>Der Datenträger ist voll; Ihre Änderung wurde nicht gespeichert. Bitte schaffen Sie Platz und versuchen Sie es noch einmal.</source>
        <translation>The drive is full; your change was not saved. Please free up some space and try again.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="272"/>
        <source>Die Datenbankdatei ist nicht erreichbar (wurde der USB-Stick entfernt oder das Netzlaufwerk getrennt?); es wurde nichts gespeichert. Bitte schließen Sie LotsenDesk und öffnen Sie die Datei erneut, sobald sie wieder da ist.</source>
        <translation>The database file cannot be reached (was the USB stick removed or the network drive disconnected?); nothing was saved. Please close LotsenDesk and open the file again as soon as it is available again.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="304"/>
        <source>Bitte den Namen des Trägers angeben.</source>
        <translation>Please enter the name of the provider organisation.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="305"/>
        <source>In dieser Datenbank ist inzwischen etwas eingetragen; der Assistent hat nichts gespeichert.</source>
        <translation>Something has been entered in this database in the meantime; the wizard has not saved anything.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="358"/>
        <source>Nr</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="359"/>
        <source>Nachname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="360"/>
        <source>Vorname</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="361"/>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="362"/>
        <source>Rolle ab</source>
        <translation>Rolle ab</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="363"/>
        <source>Qualifiziert am</source>
        <translation>Qualifiziert am</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="364"/>
        <source>Eintritt</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="365"/>
        <source>Austritt</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="366"/>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="367"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="368"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="369"/>
        <source>Anschrift</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="370"/>
        <source>Sprachen</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="371"/>
        <source>Notizen</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="372"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="373"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="374"/>
        <source>Stunden</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="375"/>
        <source>Tätigkeit</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="376"/>
        <source>Bemerkung</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="377"/>
        <source>„{titel}“</source>
        <translation>“{titel}”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="378"/>
        <source>Nr. {nummer}</source>
        <translation>No. {nummer}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="382"/>
        <source>In „{datei}“ fehlt die Spalte {spalten}. Die Kopfzeile (hier Zeile {zeile}) muss die Spaltennamen enthalten, z. B. {beispiel} (gefunden: {gefunden}).</source>
        <translation>“{datei}” is missing the column {spalten}. The header row (here line {zeile}) must contain the column names, e.g. {beispiel} (found: {gefunden}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="386"/>
        <source>In „{datei}“ fehlen die Spalten {spalten}. Die Kopfzeile (hier Zeile {zeile}) muss die Spaltennamen enthalten, z. B. {beispiel} (gefunden: {gefunden}).</source>
        <translation>“{datei}” is missing the columns {spalten}. The header row (here line {zeile}) must contain the column names, e.g. {beispiel} (found: {gefunden}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="390"/>
        <source>Unbekanntes Feld „{feld}“ in der Spaltenzuordnung.</source>
        <translation>Unknown field “{feld}” in the column mapping.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="391"/>
        <source>Ungültige Spalte für „{feld}“ in der Spaltenzuordnung.</source>
        <translation>Invalid column for “{feld}” in the column mapping.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="392"/>
        <source>Die Spalte {spalte} ist „{feld1}“ und „{feld2}“ zugeordnet. Jede Spalte kann nur ein Feld füllen.</source>
        <translation>Column {spalte} is mapped to both “{feld1}” and “{feld2}”. Each column can only fill one field.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="395"/>
        <source>Für „{feld}“ ist keine Spalte gewählt. Bitte eine Spalte zuordnen.</source>
        <translation>No column has been chosen for “{feld}”. Please map a column to it.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="396"/>
        <source>Für {felder} sind keine Spalten gewählt. Bitte Spalten zuordnen.</source>
        <translation>No columns have been chosen for {felder}. Please map columns to them.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="399"/>
        <source>„{datei}“ ist {groesse} MB groß; importiert werden Dateien bis {grenze} MB. Bitte die Liste aufteilen, z. B. in ein Jahr je Datei.</source>
        <translation>“{datei}” is {groesse} MB in size; files of up to {grenze} MB can be imported. Please split the list, e.g. into one year per file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="406"/>
        <source>„{datei}“ ist keine Textdatei. Bitte eine CSV- oder Excel-Datei (.xlsx) wählen.</source>
        <translation>“{datei}” is not a text file. Please choose a CSV or Excel file (.xlsx).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="417"/>
        <source>Die Nr. der Lots*in fehlt.</source>
        <translation>The guide&apos;s No. is missing.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="418"/>
        <source>Eine*n Lots*in mit der Nr. „{nr}“ gibt es nicht.</source>
        <translation>There is no guide with the No. “{nr}”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="419"/>
        <source>Der Name der Tätigkeit darf höchstens 120 Zeichen lang sein.</source>
        <translation>The name of the activity may be at most 120 characters long.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="420"/>
        <source>{meldung} (Davon aus dieser Datei: Zeile {zeilen}.)</source>
        <translation>{meldung} (From this file: line {zeilen}.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="421"/>
        <source>{meldung} (Davon aus dieser Datei: Zeilen {zeilen}.)</source>
        <translation>{meldung} (From this file: lines {zeilen}.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="430"/>
        <source>Die Nr. „{nr}“ steht schon in Zeile {zeile}.</source>
        <translation>The No. “{nr}” is already in line {zeile}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="431"/>
        <source>„Rolle ab“ ist angegeben, aber keine Rolle.</source>
        <translation>“Rolle ab” (role from) is given, but no role.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="432"/>
        <source>{meldung} (Spalte „{spalte}“).</source>
        <translation>{meldung} (column “{spalte}”).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="433"/>
        <source>Es gibt schon Einsätze ab dem {datum}; der Eintritt kann nicht später liegen.</source>
        <translation>There are already assignments from {datum}; the joining date cannot be later.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="434"/>
        <source>Es gibt noch Einsätze bis zum {datum}; der Austritt kann nicht früher liegen.</source>
        <translation>There are still assignments up to {datum}; the leaving date cannot be earlier.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="435"/>
        <source>Der Import kann nicht rückgängig gemacht werden: Für die importierten Lots*innen mit der Nr. {nummern} sind inzwischen Einsätze erfasst.</source>
        <translation>The import cannot be undone: assignments have since been recorded for the imported guides with the No. {nummern}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="439"/>
        <source>Ein*e importierte*r Lots*in wurde inzwischen gelöscht; der Import kann nicht wiederholt werden.</source>
        <translation>An imported guide has been deleted in the meantime; the import cannot be redone.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="467"/>
        <source>Der Import wurde abgebrochen; es wurde nichts gespeichert.</source>
        <translation>The import was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="468"/>
        <source>„{datei}“ ist mit einem Kennwort geschützt und kann nicht gelesen werden. Bitte die Datei in Excel öffnen, unter „Datei → Informationen → Arbeitsmappe schützen → Mit Kennwort verschlüsseln“ das Kennwort löschen, speichern und noch einmal importieren.</source>
        <translation>“{datei}” is password-protected and cannot be read. Please open the file in Excel, delete the password under “File → Info → Protect Workbook → Encrypt with Password”, save the file and import it again.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="472"/>
        <source>„{datei}“ ist eine Arbeitsmappe im alten Excel-Format (.xls). Bitte in Excel „Speichern unter“ wählen, den Dateityp „Excel-Arbeitsmappe (*.xlsx)“ einstellen und die neue Datei importieren.</source>
        <translation>“{datei}” is a workbook in the old Excel format (.xls). Please choose “Save As” in Excel, set the file type to “Excel Workbook (*.xlsx)” and import the new file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="476"/>
        <source>„{datei}“ ist eine OpenDocument-Tabelle (LibreOffice). Bitte dort „Speichern unter“ wählen, den Dateityp „Excel 2007-365 (.xlsx)“ einstellen und die neue Datei importieren.</source>
        <translation>“{datei}” is an OpenDocument spreadsheet (LibreOffice). Please choose “Save As” there, set the file type to “Excel 2007-365 (.xlsx)” and import the new file.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="480"/>
        <source>Das Tabellenblatt „{blatt}“ in „{datei}“ ist leer. Bitte ein anderes wählen: {blaetter}.</source>
        <translation>The sheet “{blatt}” in “{datei}” is empty. Please choose another one: {blaetter}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="483"/>
        <source>Das Tabellenblatt „{blatt}“ in „{datei}“ ist leer.</source>
        <translation>The sheet “{blatt}” in “{datei}” is empty.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="484"/>
        <source>„{datei}“ ist eine CSV-Datei; sie hat keine Tabellenblätter (ohne Blatt importieren).</source>
        <translation>“{datei}” is a CSV file; it has no sheets (import it without choosing a sheet).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="486"/>
        <source>Das Tabellenblatt „{blatt}“ in „{datei}“ enthält nur die Kopfzeile und keine Daten.</source>
        <translation>The sheet “{blatt}” in “{datei}” contains only the header row and no data.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="498"/>
        <source>„{datei}“ enthält kein Tabellenblatt.</source>
        <translation>“{datei}” does not contain any sheet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="499"/>
        <source>In „{datei}“ gibt es kein Tabellenblatt „{blatt}“. Vorhanden: {blaetter}.</source>
        <translation>“{datei}” has no sheet “{blatt}”. Available: {blaetter}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="500"/>
        <source>„{datei}“ kann nicht als Excel-Arbeitsmappe gelesen werden – sie ist beschädigt oder unvollständig. Bitte die Datei in Excel öffnen, neu speichern und noch einmal importieren.</source>
        <translation>“{datei}” cannot be read as an Excel workbook – it is damaged or incomplete. Please open the file in Excel, save it again and import it once more.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="506"/>
        <source>Lots*in Nr. {nr} hat {jahr} keine Auszahlungen erhalten.</source>
        <translation>Guide No. {nr} received no payouts in {jahr}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="507"/>
        <source>{jahr} wurden keine Aufwandsentschädigungen ausgezahlt.</source>
        <translation>No expense allowances were paid out in {jahr}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="510"/>
        <source>Niemand hat bisher mindestens {schwelle} % der UE besucht; es gibt noch keine Teilnahmebescheinigung.</source>
        <translation>Nobody has attended at least {schwelle} % of the units so far; there is no certificate of attendance yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="513"/>
        <source>Diese Person steht nicht (mehr) auf der Teilnehmendenliste dieses Kurses.</source>
        <translation>This person is not (or no longer) on the participant list of this course.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="514"/>
        <source>Keine Teilnahmebescheinigung für {namen}: weniger als {schwelle} % der UE besucht.</source>
        <translation>No certificate of attendance for {namen}: less than {schwelle} % of the units attended.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="515"/>
        <source>Bitte mindestens eine Person auswählen.</source>
        <translation>Please select at least one person.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="516"/>
        <source>Der Kurs hat noch keine Termine; den Verwendungsnachweis gibt es erst nach dem Kurs.</source>
        <translation>The course has no sessions yet; the statement of use is only available after the course.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="517"/>
        <source>Der Kurs endet erst am {datum}; den Verwendungsnachweis bitte danach ausstellen (ein Entwurf ist jederzeit möglich).</source>
        <translation>The course does not end until {datum}; please issue the statement of use after that (a draft is possible at any time).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="523"/>
        <source>Der Kurs hat Kosten mit Beleg-Nummern und bleibt deshalb bestehen.</source>
        <translation>The course has costs with receipt numbers and is therefore kept.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="524"/>
        <source>Für diesen Kurs sind schon Zertifikate ausgestellt; er bleibt bestehen.</source>
        <translation>Certificates have already been issued for this course; it is kept.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="525"/>
        <source>Für diesen Kurs ist schon ein Verwendungsnachweis ausgestellt; er bleibt bestehen.</source>
        <translation>A Verwendungsnachweis has already been issued for this course; it is kept.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="527"/>
        <source>Diese Person steht schon auf der Teilnehmendenliste.</source>
        <translation>This person is already on the participant list.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="528"/>
        <source>Das Zertifikat ist ausgestellt; bitte zuerst das Zertifikat zurücknehmen.</source>
        <translation>The certificate has been issued; please revoke the certificate first.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="529"/>
        <source>Dieser Termin gehört zu einem anderen Kurs.</source>
        <translation>This session belongs to another course.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="530"/>
        <source>Das Zertifikat ist ausgestellt; die Anwesenheit lässt sich erst nach seiner Rücknahme ändern.</source>
        <translation>The certificate has been issued; the attendance can only be changed after it has been revoked.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="533"/>
        <source>Ein Zertifikat kann nicht in der Zukunft ausgestellt werden.</source>
        <translation>A certificate cannot be issued with a date in the future.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="534"/>
        <source>Das Zertifikat ist schon am {datum} ausgestellt.</source>
        <translation>The certificate was already issued on {datum}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="535"/>
        <source>Kein Zertifikat: anwesend bei {prozent} % der UE, nötig sind {schwelle} %.</source>
        <translation>No certificate: attended {prozent} % of the units, {schwelle} % required.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="536"/>
        <source>Das Zertifikat kann frühestens am letzten besuchten Termin ({datum}) ausgestellt werden.</source>
        <translation>The certificate can be issued no earlier than the last session attended ({datum}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="539"/>
        <source>Der Beleg {nr} gehört zum Jahr {jahr}; bitte ein Datum in {jahr} angeben.</source>
        <translation>Receipt {nr} belongs to the year {jahr}; please enter a date in {jahr}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="540"/>
        <source>Nur der zuletzt erfasste Beleg eines Jahres lässt sich löschen, damit die Beleg-Nummern lückenlos bleiben. Bitte {nr} stattdessen berichtigen (z. B. Betrag 0,00 € mit Begründung).</source>
        <translation>Only the most recently recorded receipt of a year can be deleted, so that the receipt numbers have no gaps. Please correct {nr} instead (e.g. amount 0,00 € with a reason).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="544"/>
        <source>Bitte angeben, wer die Qualifizierung durchgeführt hat.</source>
        <translation>Please enter who ran the training.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="545"/>
        <source>Das Datum liegt in der Zukunft.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="546"/>
        <source>Für diesen Kurs sind schon Zertifikate ausgestellt; seine Art bleibt deshalb, wie sie ist.</source>
        <translation>Certificates have already been issued for this course, so its type stays as it is.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="549"/>
        <source>Ein Zertifikat ist schon bei {prozent} % Anwesenheit ausgestellt; die Mindestanwesenheit kann deshalb nicht höher sein.</source>
        <translation>A certificate has already been issued at {prozent} % attendance, so the minimum attendance cannot be higher.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="553"/>
        <source>Für diesen Kurs sind schon Zertifikate ausgestellt; seine Termine bleiben deshalb, wie sie sind.</source>
        <translation>Certificates have already been issued for this course; its sessions therefore stay as they are.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="556"/>
        <source>Diesen Kurs gibt es nicht (mehr).</source>
        <translation>This course does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="557"/>
        <source>Diesen Termin gibt es nicht mehr.</source>
        <translation>This session no longer exists.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="558"/>
        <source>Diese Person steht nicht mehr auf der Teilnehmendenliste.</source>
        <translation>This person is no longer on the participant list.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="559"/>
        <source>Diesen Beleg gibt es nicht mehr.</source>
        <translation>This receipt no longer exists.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="560"/>
        <source>Bitte einen Titel für den Kurs angeben.</source>
        <translation>Please enter a title for the course.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="561"/>
        <source>Bitte den externen Veranstalter angeben.</source>
        <translation>Please enter the external organiser.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="562"/>
        <source>Bitte 0 bis 999 geplante Teilnehmende angeben.</source>
        <translation>Please enter 0 to 999 planned participants.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="563"/>
        <source>Ein Betrag kann nicht negativ sein.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="564"/>
        <source>Der Satz je Teilnehmende*n und UE muss größer als 0 sein.</source>
        <translation>The rate per participant and unit must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="565"/>
        <source>Die Mindestanwesenheit muss zwischen 1 und 100 % liegen.</source>
        <translation>The minimum attendance must be between 1 and 100 %.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="566"/>
        <source>Ein Termin hat 1 bis 12 UE.</source>
        <translation>A session has 1 to 12 units.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="567"/>
        <source>„{zeit}“ ist keine Uhrzeit (z. B. 18:00).</source>
        <translation>“{zeit}” is not a time (e.g. 18:00).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="568"/>
        <source>Das Ende liegt nicht nach dem Beginn.</source>
        <translation>The end is not after the start.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="569"/>
        <source>Bitte angeben, an wen gezahlt wurde.</source>
        <translation>Please enter who was paid.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="570"/>
        <source>Überschuss {betrag} – zurückzuzahlen</source>
        <translation>Surplus {betrag} – to be repaid</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="571"/>
        <source>Fehlbetrag {betrag} – noch anzufordern</source>
        <translation>Shortfall {betrag} – still to be claimed</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="572"/>
        <source>ausgeglichen</source>
        <translation>balanced</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="573"/>
        <source>Diesen Kurs gibt es schon wieder.</source>
        <translation>This course has already been restored.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="574"/>
        <source>Der Beleg {nr} lässt sich nicht wiederherstellen: seine Nummer ist vergeben.</source>
        <translation>Receipt {nr} cannot be restored: its number is already taken.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="577"/>
        <source>{name} hat {anzahl} erfasste Einsätze und kann deshalb nicht gelöscht werden. Setzen Sie den Status stattdessen auf „ausgeschieden“.</source>
        <translation>{name} has recorded assignments ({anzahl}) and therefore cannot be deleted. Set the status to “left” instead.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="581"/>
        <source>{name} steht auf der Teilnehmendenliste eines Kurses und kann deshalb nicht gelöscht werden. Setzen Sie den Status stattdessen auf „ausgeschieden“.</source>
        <translation>{name} is on the participant list of a course and therefore cannot be deleted. Set the status to “left” instead.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="585"/>
        <source>Die Nr. {nr} hat bereits {name}.</source>
        <translation>No. {nr} is already used by {name}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="526"/>
        <source>Diese*n Lots*in gibt es nicht mehr (inzwischen gelöscht?).</source>
        <translation>This guide no longer exists (deleted in the meantime?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="588"/>
        <source>Der Zeitraum beginnt nach seinem Ende ({von} – {bis}).</source>
        <translation>The period begins after its end ({von} – {bis}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="594"/>
        <source>{name} (Nr. {nr}) hat vom {von} bis {bis} keine Einsätze.</source>
        <translation>{name} (No. {nr}) has no assignments from {von} to {bis}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="589"/>
        <source>Vom {von} bis {bis} gibt es keine Einsätze.</source>
        <translation>There are no assignments from {von} to {bis}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="590"/>
        <source>{name} (Nr. {nr}) hat noch keine Einsätze.</source>
        <translation>{name} (No. {nr}) has no assignments yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="591"/>
        <source>Für {jahr} sind keine Freibeträge hinterlegt.</source>
        <translation>No tax-free allowance limits are on file for {jahr}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="592"/>
        <source>Für {jahr} gibt es keine aktiven Lots*innen und niemanden mit Einsätzen.</source>
        <translation>For {jahr} there are no active guides and nobody with assignments.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="593"/>
        <source>Eine*n Lots*in mit der Nr. {nr} gibt es nicht.</source>
        <translation>There is no guide with the No. {nr}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="597"/>
        <source>Der Name darf höchstens {anzahl} Zeichen lang sein.</source>
        <translation>The name may be at most {anzahl} characters long.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="600"/>
        <source>{name} hat {stunden} Stunden erfasst; abrechenbar sind höchstens {cap}. Die {rest} Stunden darüber werden nicht ausgezahlt.</source>
        <translation>{name} has {stunden} hours recorded; at most {cap} are claimable. The {rest} hours above that will not be paid out.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="604"/>
        <source>{name} hat die Jahreshöchstgrenze von {cap} Stunden für {jahr} erreicht; weitere Stunden sind nicht abrechenbar.</source>
        <translation>{name} has reached the annual cap of {cap} hours for {jahr}; further hours are not claimable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="608"/>
        <source>{name} hat {stunden} von höchstens {cap} Stunden erreicht ({prozent} %); abrechenbar sind noch {rest} Stunden.</source>
        <translation>{name} has reached {stunden} of at most {cap} hours ({prozent} %); {rest} hours are still claimable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="612"/>
        <source>{name} ist noch in Qualifizierung und hat {stunden} Stunden erfasst: diese Stunden sind nicht abrechenbar. Abrechenbar sind erst Stunden ab dem Zertifikat der Basisqualifizierung.</source>
        <translation>{name} is still in training and has {stunden} hours recorded: these hours are not claimable. Only hours from the basic training certificate onwards are claimable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="616"/>
        <source>{name} hat {stunden} Stunden erfasst, ist aber nicht als qualifiziert eingetragen: diese Stunden sind nicht abrechenbar. Tragen Sie das Datum der Basisqualifizierung ein, sobald sie abgeschlossen ist.</source>
        <translation>{name} has {stunden} hours recorded but is not entered as qualified: these hours are not claimable. Enter the date of the basic training as soon as it has been completed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="620"/>
        <source>{stunden} Stunden von {name} liegen vor dem Qualifizierungsdatum und sind nicht abrechenbar (letztes Einsatzdatum davor: {datum}).</source>
        <translation>{stunden} hours of {name} are before the “Qualified on” date and are not claimable (last assignment date before it: {datum}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="624"/>
        <source>{name} hat {stunden} Stunden nach dem Austritt am {austritt} erfasst; sie sind nicht abrechenbar. Bitte das Austrittsdatum oder die Einsätze prüfen.</source>
        <translation>{name} has {stunden} hours recorded after leaving on {austritt}; they are not claimable. Please check the leaving date or the assignments.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="628"/>
        <source>{name} hat in den 4 Wochen bis {datum} im Schnitt {stunden} Stunden pro Woche erfasst (Richtwert {richtwert} Stunden). Das ist erlaubt, solange die Jahreshöchstgrenze reicht.</source>
        <translation>In the 4 weeks up to {datum}, {name} recorded an average of {stunden} hours per week (guideline: {richtwert} hours). This is allowed as long as it stays within the annual cap.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="632"/>
        <source>{name} ist als pausiert eingetragen, hat aber in den letzten 4 Wochen {stunden} Stunden erfasst. Bitte den Status prüfen.</source>
        <translation>{name} is entered as paused but has {stunden} hours recorded in the last 4 weeks. Please check the status.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="636"/>
        <source>Budget {jahr} überschritten: abrechenbar sind {betrag}, bewilligt {bewilligt}. Der Verwendungsnachweis rechnet höchstens den bewilligten Betrag ab; {rest} sind nicht gedeckt.</source>
        <translation>Budget {jahr} exceeded: {betrag} is claimable, {bewilligt} approved. The statement of use claims at most the approved amount; {rest} is not covered.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="640"/>
        <source>Budget {jahr} fast ausgeschöpft: abrechenbar sind {betrag} von {bewilligt} ({prozent} %); noch frei {rest}.</source>
        <translation>Budget {jahr} almost used up: {betrag} of {bewilligt} is claimable ({prozent} %); {rest} still available.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="644"/>
        <source>ANBest: Mittel nur für den Bedarf der nächsten zwei Monate abrufen. Erhalten {erhalten}, ausgezahlt {ausgezahlt}; für zwei Monate werden etwa {bedarf} gebraucht. Die nächste Rate erst abrufen, wenn das Geld gebraucht wird.</source>
        <translation>ANBest: only draw down funds for what is needed in the next two months. Received {erhalten}, paid out {ausgezahlt}; about {bedarf} is needed for two months. Only draw down the next instalment when the money is needed.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="648"/>
        <source>Die Koordinierungspauschale {jahr} ist bewilligt, aber laut den Angaben zum Träger steht sie ihm nicht zu (nur gemeinnützige Träger und Kommunen unter 50.000 Einwohner*innen). Bitte die Angaben zum Träger prüfen.</source>
        <translation>The coordination lump sum {jahr} has been approved, but according to the details of the provider organisation it is not entitled to it (only non-profit provider organisations and municipalities with fewer than 50.000 inhabitants). Please check the details of the provider organisation.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="652"/>
        <source>Die Koordinierungspauschale {jahr} setzt mindestens {mindestens} aktive qualifizierte Lots*innen voraus; am {datum} sind es {anzahl}.</source>
        <translation>The coordination lump sum {jahr} requires at least {mindestens} active qualified guides; on {datum} there are {anzahl}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="656"/>
        <source>Für {name} liegt keine Freibetragserklärung für {jahr} vor; bitte vor der nächsten Auszahlung ({betrag} stehen noch aus) einholen.</source>
        <translation>There is no allowance declaration from {name} for {jahr}; please obtain one before the next payout ({betrag} still outstanding).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="660"/>
        <source>Freibetrag ({art}) von {name} für {jahr} überschritten: {genutzt} von {grenze} genutzt; {betrag} sind steuerpflichtig.</source>
        <translation>Tax-free allowance ({art}) of {name} for {jahr} exceeded: {genutzt} of {grenze} used; {betrag} is taxable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="664"/>
        <source>Freibetrag ({art}) von {name} für {jahr} fast ausgeschöpft: {genutzt} von {grenze} genutzt, noch {frei} frei.</source>
        <translation>Tax-free allowance ({art}) of {name} for {jahr} almost used up: {genutzt} of {grenze} used, {frei} still available.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="668"/>
        <source>Die nächste Auszahlung an {name} ({betrag}) überschreitet den Freibetrag ({art}) für {jahr}: {steuerpflichtig} wären steuerpflichtig.</source>
        <translation>The next payout to {name} ({betrag}) exceeds the tax-free allowance ({art}) for {jahr}: {steuerpflichtig} would be taxable.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="672"/>
        <source>Erklärung zum Zuwendungsbescheid {jahr}</source>
        <translation>Declaration on the grant notice {jahr}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="673"/>
        <source>Verwendungsnachweis {jahr}</source>
        <translation>Statement of use (Verwendungsnachweis) {jahr}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="674"/>
        <source>Antrag für {jahr}</source>
        <translation>Application for {jahr}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="675"/>
        <source>noch {tage} Tage</source>
        <translation>{tage} days left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="676"/>
        <source>noch 1 Tag</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="677"/>
        <source>heute fällig</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="678"/>
        <source>seit 1 Tag überfällig</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="679"/>
        <source>seit {tage} Tagen überfällig</source>
        <translation>{tage} days overdue</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="680"/>
        <source>{frist}: fällig am {datum} ({tage}). Unterschrieben an das Regierungspräsidium zurückschicken und das Datum beim Förderjahr eintragen.</source>
        <translation>{frist}: due on {datum} ({tage}). Return it signed to the regional council and enter the date under the funding year.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="684"/>
        <source>{frist}: fällig am {datum} ({tage}). Mit dem Sachbericht, dem zahlenmäßigen Nachweis und der Teilnehmendenliste per Post an das Regierungspräsidium schicken und den Versand beim Kurs vermerken.</source>
        <translation>{frist}: due on {datum} ({tage}). Send it by post to the regional council with the narrative report, the financial statement and the participant list, and mark it as sent on the course.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="688"/>
        <source>{frist}: fällig am {datum} ({tage}). Der Verwendungsnachweis geht per Post an das Regierungspräsidium.</source>
        <translation>{frist}: due on {datum} ({tage}). The statement of use is sent by post to the regional council.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="692"/>
        <source>{frist}: fällig am {datum} ({tage}). Der Antrag wird online gestellt; die Stunden dieses Jahres sind der Ausgangspunkt für die Kontingente.</source>
        <translation>{frist}: due on {datum} ({tage}). The application is made online; this year&apos;s hours are the starting point for the allocations.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="696"/>
        <source>Verwendungsnachweis Qualifizierung „{titel}“</source>
        <translation>Statement of use for the training “{titel}”</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="697"/>
        <source>„{titel}“: {hinweis}</source>
        <translation>“{titel}”: {hinweis}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="700"/>
        <source>bewilligt {bewilligt} · noch kein Kurs diesem Förderjahr zugeordnet</source>
        <translation>approved {bewilligt} · no course assigned to this funding year yet</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="701"/>
        <source>bewilligt {bewilligt} · förderfähig aus 1 Kurs: {foerderfaehig}</source>
        <translation>approved {bewilligt} · eligible from 1 course: {foerderfaehig}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="702"/>
        <source>bewilligt {bewilligt} · förderfähig aus {anzahl} Kursen: {foerderfaehig}</source>
        <translation>approved {bewilligt} · eligible from {anzahl} courses: {foerderfaehig}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="705"/>
        <source>Einen Auszahlungslauf Nr. {nr} gibt es nicht.</source>
        <translation>There is no payout run No. {nr}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="706"/>
        <source>storniert (Beleg {nr})</source>
        <translation>cancelled (receipt {nr})</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="707"/>
        <source>bar ausgezahlt</source>
        <translation>paid in cash</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="708"/>
        <source>Betrag 0,00 €</source>
        <translation>amount 0,00 €</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="709"/>
        <source>keine IBAN eingetragen</source>
        <translation>no IBAN entered</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="710"/>
        <source>IBAN ungültig</source>
        <translation>IBAN invalid</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="711"/>
        <source>Im Auszahlungslauf Nr. {nr} gibt es nichts zu überweisen (bar ausgezahlt, storniert oder ohne gültige IBAN).</source>
        <translation>There is nothing to transfer in payout run No. {nr} (paid in cash, cancelled or without a valid IBAN).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="715"/>
        <source>Für die SEPA-Datei fehlt das Konto des Trägers. Bitte IBAN (und Kontoinhaber) eintragen: Seite Förderjahr → „Träger…“.</source>
        <translation>The SEPA file needs the provider organisation&apos;s account. Please enter the IBAN (and account holder): Funding year page → “Provider organisation…”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="719"/>
        <source>Das Ausführungsdatum {datum} liegt in der Vergangenheit; die Bank nimmt die Datei so nicht an.</source>
        <translation>The execution date {datum} is in the past; the bank will not accept the file like this.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="722"/>
        <source>Für die SEPA-Datei fehlt der Name des Trägers (Seite Förderjahr → „Träger…“).</source>
        <translation>The SEPA file needs the provider organisation&apos;s name (Funding year page → “Provider organisation…”).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="723"/>
        <source>Die SEPA-Datei entspricht nicht dem Schema {schema}; es wurde nichts geschrieben.</source>
        <translation>The SEPA file does not conform to the schema {schema}; nothing was written.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="726"/>
        <source>Ein Stundenzettel gilt für einen Zeitraum innerhalb eines Jahres ({von} – {bis} reicht über den Jahreswechsel).</source>
        <translation>A timesheet covers a period within one year ({von} – {bis} spans the turn of the year).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="730"/>
        <source>Vom {von} bis {bis} gibt es keine aktiven Lots*innen.</source>
        <translation>There are no active guides from {von} to {bis}.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="731"/>
        <source>„{datei}“: {grund}</source>
        <translation>“{datei}”: {grund}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="732"/>
        <source>In „{datei}“ ist kein Einsatz eingetragen.</source>
        <translation>No assignment has been entered in “{datei}”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="733"/>
        <source>Blatt „{blatt}“, {meldung}</source>
        <translation>Sheet “{blatt}”, {meldung}</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="734"/>
        <source>„{datei}“ ist keine Excel-Arbeitsmappe (.xlsx). Bitte einen Stundenzettel wählen.</source>
        <translation>“{datei}” is not an Excel workbook (.xlsx). Please choose a timesheet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="735"/>
        <source>„{datei}“ kann nicht als Excel-Arbeitsmappe gelesen werden (beschädigt?).</source>
        <translation>“{datei}” cannot be read as an Excel workbook (damaged?).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="736"/>
        <source>„{datei}“ enthält keinen Stundenzettel von LotsenDesk (kein Blatt mit „Lots*innen-Nr.“ und der Tabelle „Datum“, „Dauer“).</source>
        <translation>“{datei}” does not contain a LotsenDesk timesheet (no sheet with “Lots*innen-Nr.” (guide no.) and the table “Datum”, “Dauer” (date, duration)).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="740"/>
        <source>Blatt „{blatt}“: Der Zeitraum (Zeitraum von, Zeitraum bis) fehlt oder ist kein Datum.</source>
        <translation>Sheet “{blatt}”: the period (“Zeitraum von”, “Zeitraum bis”) is missing or is not a date.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="741"/>
        <source>Das Datum {datum} liegt nicht im Zeitraum dieses Stundenzettels ({von} – {bis}).</source>
        <translation>The date {datum} is not within the period of this timesheet ({von} – {bis}).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="744"/>
        <source>„{name}“ ist {anzahl}-mal erfasst und kann nicht gelöscht werden; Sie können sie aber umbenennen.</source>
        <translation>“{name}” is used by recorded assignments ({anzahl}) and cannot be deleted; you can rename it, though.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="747"/>
        <source>Bitte einen Namen für die Tätigkeit angeben.</source>
        <translation>Please enter a name for the activity.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="748"/>
        <source>Der Name darf höchstens 120 Zeichen lang sein.</source>
        <translation>The name may be at most 120 characters long.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/_messages.py" line="749"/>
        <source>Die Tätigkeit „{name}“ gibt es schon.</source>
        <translation>The activity “{name}” already exists.</translation>
    </message>
</context>
<context>
    <name>NeuePersonDialog</name>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="138"/>
        <source>Neue Person auf der Teilnehmendenliste</source>
        <translation>New person on the participant list</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="141"/>
        <source>Die Person wird als Lots*in mit dem Status „in Qualifizierung“ angelegt. Mit dem Zertifikat der Basisqualifizierung wird sie aktiv; ihre Stunden zählen ab diesem Tag.</source>
        <translation>The person is added as a guide with the status “in training”. With the basic training certificate they become active; their hours count from that day.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="154"/>
        <source>Straße Nr.
PLZ Ort</source>
        <translation>Street and no.
Postcode and town</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="159"/>
        <source>Nr. *</source>
        <translation>No. *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="159"/>
        <source>Vorschlag: die nächste freie Nummer.</source>
        <translation>Suggested: the next free number.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="160"/>
        <source>Nachname *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="161"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="164"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="167"/>
        <source>Für die Teilnahmebescheinigung; später auch für Quittungen.</source>
        <translation>For the certificate of attendance; later also for receipts.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="169"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="170"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="188"/>
        <source>Bitte eine Nr. angeben.</source>
        <translation>Please enter a No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="190"/>
        <source>Bitte den Nachnamen angeben.</source>
        <translation>Please enter the surname.</translation>
    </message>
</context>
<context>
    <name>PayoutsModel</name>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="102"/>
        <source>Beleg-Nr.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="103"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="104"/>
        <source>Förderjahr</source>
        <translation>Funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="105"/>
        <source>Lots*in</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="106"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="107"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="108"/>
        <source>Zahlungsart</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="110"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="132"/>
        <source>Stornierung der Auszahlung %1 (negativer Betrag).</source>
        <translation>Cancellation of payout %1 (negative amount).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlungen_page.py" line="134"/>
        <source>Diese Auszahlung wurde mit Beleg-Nr. %1 storniert.</source>
        <translation>This payout was cancelled with receipt no. %1.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../lotsendesk/ui/pdf_preview.py" line="67"/>
        <source>Seite %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/pdf_preview.py" line="74"/>
        <source>… und %1 weitere Seiten. Das ganze Dokument zeigt „Öffnen“.</source>
        <translation>… and %1 more pages. “Open” shows the whole document.</translation>
    </message>
</context>
<context>
    <name>PersonBars</name>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="69"/>
        <source>Stunden je Lots*in</source>
        <translation>Hours per guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="94"/>
        <location filename="../lotsendesk/ui/person_bars.py" line="172"/>
        <source>%1 von %2 Std.</source>
        <translation>%1 of %2 h</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="99"/>
        <source>über der Grenze</source>
        <translation>over the cap</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="102"/>
        <source>Grenze erreicht</source>
        <translation>cap reached</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="103"/>
        <source>%1 % erreicht</source>
        <translation>%1 % reached</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="105"/>
        <source>nicht qualifiziert</source>
        <translation>not qualified</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="105"/>
        <source>nicht abrechenbar</source>
        <translation>not claimable</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="106"/>
        <source>im Rahmen</source>
        <translation>within the cap</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="110"/>
        <source>Jahresgrenze %1 Std. (Rollenwechsel im Jahr: nach der Regel des Förderjahres)</source>
        <translation>Annual cap %1 h (change of role during the year: according to the funding year&apos;s rule)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="114"/>
        <source>Jahresgrenze %1 Std. (koordinierende*r Lots*in)</source>
        <translation>Annual cap %1 h (coordinating guide)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="115"/>
        <source>Jahresgrenze %1 Std.</source>
        <translation>Annual cap %1 h</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="120"/>
        <source>%1: %2 abrechenbar, %3 erfasst, %4</source>
        <translation>%1: %2 claimable, %3 recorded, %4</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="131"/>
        <source>erfasst: %1 Std.</source>
        <translation>recorded: %1 h</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="132"/>
        <source>abrechenbar: %1 Std.</source>
        <translation>claimable: %1 h</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="136"/>
        <source>über der Grenze: %1 Std. (werden nicht ausgezahlt)</source>
        <translation>over the cap: %1 h (will not be paid out)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="139"/>
        <source>noch frei: %1 Std.</source>
        <translation>still available: %1 h</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="143"/>
        <source>nicht abrechenbar: %1 Std. (vor der Qualifizierung, außerhalb des Zeitraums …)</source>
        <translation>not claimable: %1 h (before training, outside the period …)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="145"/>
        <source>nicht abrechenbar: %1 Std. (noch nicht qualifiziert)</source>
        <translation>not claimable: %1 h (not yet qualified)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="147"/>
        <source>Klicken öffnet die Lots*in.</source>
        <translation>Click to open the guide.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="163"/>
        <location filename="../lotsendesk/ui/person_bars.py" line="386"/>
        <source>erfasst</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="380"/>
        <source>Lots*in</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="383"/>
        <source>abrechenbar / Jahresgrenze</source>
        <translation>claimable / annual cap</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="388"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/person_bars.py" line="430"/>
        <source>erfasst %1</source>
        <translation>recorded %1</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="100"/>
        <source>Auszahlen</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="101"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="102"/>
        <source>Lots*in</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="103"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="104"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="105"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="106"/>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="169"/>
        <source>Haken entfernen, um diese Person in diesem Lauf nicht auszuzahlen.</source>
        <translation>Untick to leave this person out of this run.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="215"/>
        <source>vorhanden</source>
        <translation>on file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="215"/>
        <source>fehlt</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>Protokoll</name>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="43"/>
        <source>Lots*innen</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="44"/>
        <source>Einsätze</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="45"/>
        <source>Tätigkeiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="46"/>
        <source>Förderjahre</source>
        <translation>Funding years</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="47"/>
        <source>Raten (Mittelabrufe)</source>
        <translation>Instalments (drawdowns)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="48"/>
        <source>Auszahlungsläufe</source>
        <translation>Payout runs</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="49"/>
        <source>Auszahlungen</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="50"/>
        <source>Freibetragserklärungen</source>
        <translation>Allowance declarations</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="51"/>
        <source>Verwendungsnachweis-Angaben</source>
        <translation>Statement of use details</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="52"/>
        <source>Ausgestellte Dokumente</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="53"/>
        <source>Importe</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="54"/>
        <source>Träger</source>
        <translation>Provider organisation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="55"/>
        <source>Datensicherung</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="56"/>
        <source>Qualifizierungen (Kurse)</source>
        <translation>Training (courses)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="57"/>
        <source>Kurs-Termine</source>
        <translation>Course sessions</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="58"/>
        <source>Kurs-Teilnehmende</source>
        <translation>Course participants</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="59"/>
        <source>Kurs-Anwesenheit</source>
        <translation>Course attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="60"/>
        <source>Kurs-Kosten (Belege)</source>
        <translation>Course costs (receipts)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="61"/>
        <source>Externe Qualifizierungen</source>
        <translation>External training</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="68"/>
        <source>angelegt</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="69"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="70"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="80"/>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="283"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="81"/>
        <source>Nachname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="82"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="83"/>
        <source>Qualifiziert am</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="84"/>
        <source>Eintritt</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="85"/>
        <source>Austritt</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="86"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="87"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="88"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="89"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="90"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="91"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="92"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="93"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="95"/>
        <source>Rolle(n)</source>
        <translation>Role(s)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="96"/>
        <source>Lots*in (Nr. intern)</source>
        <translation>Guide (internal no.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="97"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="98"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="99"/>
        <source>Tätigkeit (Nr. intern)</source>
        <translation>Activity (internal no.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="100"/>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="101"/>
        <source>Import (Nr.)</source>
        <translation>Import (no.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="102"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="103"/>
        <source>Position in der Liste</source>
        <translation>Position in the list</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="104"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="105"/>
        <source>Aktenzeichen</source>
        <translation>File reference</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="106"/>
        <source>Bescheid vom</source>
        <translation>Notice dated</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="107"/>
        <source>Bewilligung von</source>
        <translation>Approval period from</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="108"/>
        <source>Bewilligung bis</source>
        <translation>Approval period to</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="109"/>
        <source>Bewilligt: Einsatz</source>
        <translation>Approved: assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="110"/>
        <source>Bewilligt: Koordination</source>
        <translation>Approved: coordination</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="111"/>
        <source>Bewilligt: Qualifizierung</source>
        <translation>Approved: training</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="112"/>
        <source>Nebenbestimmungen</source>
        <translation>Ancillary provisions</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="113"/>
        <source>Stundensatz</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="114"/>
        <source>Höchststunden Lots*in</source>
        <translation>Maximum hours (guide)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="115"/>
        <source>Höchststunden koordinierend</source>
        <translation>Maximum hours (coordinating)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="116"/>
        <source>Wochenstunden Lots*in</source>
        <translation>Weekly hours (guide)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="117"/>
        <source>Wochenstunden koordinierend</source>
        <translation>Weekly hours (coordinating)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="118"/>
        <source>Kappung</source>
        <translation>Capping on change of role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="119"/>
        <source>Erklärung bis</source>
        <translation>Declaration due</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="120"/>
        <source>Erklärung zurück am</source>
        <translation>Declaration returned on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="121"/>
        <source>Verwendungsnachweis bis</source>
        <translation>Statement of use due</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="122"/>
        <source>Förderjahr (Nr. intern)</source>
        <translation>Funding year (internal no.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="123"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="124"/>
        <source>Zeitraum bis</source>
        <translation>Period until</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="125"/>
        <source>Bezahlt am</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="126"/>
        <source>Zahlweg</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="127"/>
        <source>Auszahlungslauf (Nr.)</source>
        <translation>Payout run (no.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="128"/>
        <source>Beleg-Jahr</source>
        <translation>Receipt year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="129"/>
        <source>Beleg-Nr. (laufend)</source>
        <translation>Receipt no. (sequential)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="130"/>
        <source>Storno von (Nr. intern)</source>
        <translation>Cancellation of (internal no.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="131"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="132"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="133"/>
        <source>Anderweitig genutzt</source>
        <translation>Claimed elsewhere</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="134"/>
        <source>Unterschrieben am</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="135"/>
        <source>Sozialleistungen</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="136"/>
        <source>Einwilligung am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="137"/>
        <source>Projektverlauf</source>
        <translation>Course of the project</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="138"/>
        <source>Zielerreichung</source>
        <translation>Achievement of objectives</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="139"/>
        <source>Zusammenarbeit</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="140"/>
        <source>Schwierigkeiten</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="141"/>
        <source>Ausblick</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="142"/>
        <source>Eigenmittel</source>
        <translation>Own funds</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="143"/>
        <source>Drittmittel</source>
        <translation>Third-party funds</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="144"/>
        <source>Koordinierungspauschale (Ist)</source>
        <translation>Coordination lump sum (actual)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="145"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="146"/>
        <source>Fassung</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="147"/>
        <source>Auszahlung (Nr. intern)</source>
        <translation>Payout (internal no.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="148"/>
        <source>Prüfsumme (SHA-256)</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="149"/>
        <source>Versandt am</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="150"/>
        <source>Rechtsform</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="151"/>
        <source>Gemeinnützig</source>
        <translation>Non-profit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="152"/>
        <source>Einwohner*innen</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="153"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="154"/>
        <source>Vertreter*in 1</source>
        <translation>Representative 1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="155"/>
        <source>Funktion Vertreter*in 1</source>
        <translation>Position of representative 1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="156"/>
        <source>Vertreter*in 2</source>
        <translation>Representative 2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="157"/>
        <source>Funktion Vertreter*in 2</source>
        <translation>Position of representative 2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="158"/>
        <source>Kontoinhaber</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="159"/>
        <source>Registergericht</source>
        <translation>Registry court</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="160"/>
        <source>Registernummer</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="161"/>
        <source>Finanzamt</source>
        <translation>Tax office</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="162"/>
        <source>Steuernummer</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="163"/>
        <source>Freistellungsbescheid vom</source>
        <translation>Exemption notice dated</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="164"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="165"/>
        <source>Anzahl Datensätze</source>
        <translation>Number of records</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="167"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="168"/>
        <source>Externer Veranstalter</source>
        <translation>External organiser</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="169"/>
        <source>Veranstalter</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="170"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="171"/>
        <source>Referent*innen</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="172"/>
        <source>Geplante Teilnehmende</source>
        <translation>Planned participants</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="173"/>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="174"/>
        <source>Satz je Teilnehmende*n und UE</source>
        <translation>Rate per participant and unit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="175"/>
        <source>Mindestanwesenheit</source>
        <translation>Minimum attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="176"/>
        <source>Erhalten</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="177"/>
        <source>Erhalten am</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="178"/>
        <source>Sachbericht</source>
        <translation>Narrative report</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="179"/>
        <source>Kurs (Nr. intern)</source>
        <translation>Course (internal no.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="180"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="181"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="182"/>
        <source>UE</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="183"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="184"/>
        <source>Zertifikat am</source>
        <translation>Certificate issued on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="185"/>
        <source>Qualifiziert am (vorher)</source>
        <translation>Qualified on (previous)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="186"/>
        <source>Teilnahme (Nr. intern)</source>
        <translation>Participation (internal no.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="187"/>
        <source>Termin (Nr. intern)</source>
        <translation>Session (internal no.)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="188"/>
        <source>Kostenart</source>
        <translation>Cost category</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="189"/>
        <source>Empfänger*in</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="190"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="191"/>
        <source>Förderfähig</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="205"/>
        <source>%1 Std.</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="211"/>
        <source>ab</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="215"/>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="220"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="217"/>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="221"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="222"/>
        <source>Überweisung</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="223"/>
        <source>bar</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="224"/>
        <source>Quittung</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="225"/>
        <source>Verwendungsnachweis</source>
        <translation>statement of use</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="226"/>
        <source>Verwendungsnachweis Qualifizierung</source>
        <translation>statement of use (training)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="227"/>
        <source>Basisqualifizierung</source>
        <translation>basic training</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="228"/>
        <source>Vertiefungsseminar</source>
        <translation>advanced seminar</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="229"/>
        <source>Entlastendes Reflexionsgespräch</source>
        <translation>supportive reflection session</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="232"/>
        <source>Honorare Referent*innen</source>
        <translation>trainer fees</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="233"/>
        <source>Raumkosten</source>
        <translation>room costs</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="234"/>
        <source>Material und Sachkosten</source>
        <translation>materials and supplies</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="235"/>
        <source>Verpflegung</source>
        <translation>catering</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="236"/>
        <source>Sonstige Kosten</source>
        <translation>other costs</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="257"/>
        <source>Lots*in</source>
        <translation>guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="258"/>
        <source>koordinierende*r Lots*in</source>
        <translation>coordinating guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="279"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="279"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="282"/>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="287"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="288"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="289"/>
        <source>Alter Wert</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="290"/>
        <source>Neuer Wert</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>ProtokollDialog</name>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="392"/>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="456"/>
        <source>Protokoll</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="396"/>
        <source>Ihr Name im Protokoll:</source>
        <translation>Your name in the change log:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="398"/>
        <source>Ihr Name im Protokoll</source>
        <translation>Your name in the change log</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="399"/>
        <source>z. B. Kassenwart*in Vorname Nachname</source>
        <translation>e.g. Treasurer First name Surname</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="401"/>
        <source>Wird mit jeder Änderung gespeichert, zusammen mit dem Benutzerkonto „%1“.</source>
        <translation>Saved with every change, together with the user account “%1”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="407"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="414"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="416"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="420"/>
        <source>Gesamter Zeitraum</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="421"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="422"/>
        <source>Letzte 7 Tage</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="423"/>
        <source>Letzte 30 Tage</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="424"/>
        <source>Dieses Jahr</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="425"/>
        <source>Letztes Jahr</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="426"/>
        <source>Von … bis …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="433"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="434"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="440"/>
        <source>Bereich:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="442"/>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="443"/>
        <source>Alle Bereiche</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="449"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="450"/>
        <source>Suchen: Name, Wert, Nr. …</source>
        <translation>Search: name, value, No. …</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="457"/>
        <source>Doppelklick: der Verlauf dieses Datensatzes</source>
        <translation>Double-click: the history of this record</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="523"/>
        <source>Es werden die neuesten %1 Einträge gezeigt; es gibt weitere. Grenzen Sie Zeitraum, Bereich oder Suche ein.</source>
        <translation>Showing the newest %1 entries; there are more. Narrow down the period, area or search.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="528"/>
        <source>%1 Einträge, neueste zuerst.</source>
        <translation>%1 entries, newest first.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="530"/>
        <source>Keine Einträge für diese Auswahl.</source>
        <translation>No entries for this selection.</translation>
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
    <name>RateDialog</name>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="566"/>
        <source>Rate erfassen – Förderjahr %1</source>
        <translation>Record instalment – funding year %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="567"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="571"/>
        <source>z. B. 1. Rate laut Mittelabruf vom …</source>
        <translation>e.g. 1st instalment as per drawdown of …</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="574"/>
        <source>Eingegangen am *</source>
        <translation>Received on *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="575"/>
        <source>Betrag (€) *</source>
        <translation>Amount (€) *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="576"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="577"/>
        <source>Eine Rate (Mittelabruf), die vom Regierungspräsidium auf dem Konto eingegangen ist.</source>
        <translation>An instalment (drawdown) that has been received in the account from the regional council (Regierungspräsidium).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/foerderjahr_dialog.py" line="591"/>
        <source>Der Betrag der Rate muss größer als 0 sein.</source>
        <translation>The instalment amount must be greater than 0.</translation>
    </message>
</context>
<context>
    <name>RollenEditor</name>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="42"/>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="44"/>
        <source>Rollenwechsel hinzufügen</source>
        <translation>Add role change</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="69"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="71"/>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="155"/>
        <source>von Beginn an</source>
        <translation>from the start</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="72"/>
        <source>Rolle ab Datum</source>
        <translation>Role from date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="74"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="76"/>
        <source>Diese Rolle entfernen</source>
        <translation>Remove this role</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/rollen_editor.py" line="79"/>
        <source>ab</source>
        <translation>from</translation>
    </message>
</context>
<context>
    <name>SachberichtDialog</name>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="295"/>
        <source>Sachbericht – %1</source>
        <translation>Narrative report – %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="298"/>
        <source>Der Sachbericht steht im Verwendungsnachweis des Kurses: Inhalte, Ablauf, Teilnahme und was gut oder weniger gut lief – in einigen Sätzen.</source>
        <translation>The narrative report is part of the course&apos;s statement of use: content, schedule, participation and what went well or less well – in a few sentences.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurs_dialog.py" line="305"/>
        <source>Sachbericht</source>
        <translation>Narrative report</translation>
    </message>
</context>
<context>
    <name>SepaDialog</name>
    <message>
        <location filename="../lotsendesk/ui/sepa_dialog.py" line="32"/>
        <source>SEPA-Datei speichern</source>
        <translation>Save SEPA file</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/sepa_dialog.py" line="34"/>
        <source>SEPA-Überweisungsdatei (*.xml)</source>
        <translation>SEPA transfer file (*.xml)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/sepa_dialog.py" line="50"/>
        <source>SEPA-Datei für Auszahlungslauf %1</source>
        <translation>SEPA file for payout run %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/sepa_dialog.py" line="54"/>
        <source>%1 Überweisungen, zusammen %2. Die Datei wird im Online-Banking hochgeladen.</source>
        <translation>%1 bank transfers, totalling %2. You upload the file in online banking.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/sepa_dialog.py" line="61"/>
        <source>Nicht in der Datei:</source>
        <translation>Not in the file:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/sepa_dialog.py" line="78"/>
        <source>Ausführungsdatum:</source>
        <translation>Execution date:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/sepa_dialog.py" line="82"/>
        <source>Speichern unter…</source>
        <translation>Save as…</translation>
    </message>
</context>
<context>
    <name>Sicherung</name>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="66"/>
        <source>LotsenDesk-Sicherung (*.sqlite);;Alle Dateien (*)</source>
        <translation>LotsenDesk backup (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="70"/>
        <source>Mit Kennwort verschlüsselte Sicherung (*.sqlite.enc)</source>
        <translation>Password-encrypted backup (*.sqlite.enc)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="83"/>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="159"/>
        <source>Sicherung erstellen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="99"/>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="217"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="108"/>
        <source>Mit Kennwort verschlüsseln</source>
        <translation>Encrypt with a password</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="113"/>
        <source>Kennwort der Sicherung:</source>
        <translation>Backup password:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="119"/>
        <source>Bitte ein Kennwort eingeben.</source>
        <translation>Please enter a password.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="126"/>
        <source>Kennwort wiederholen:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="136"/>
        <source>Die beiden Kennwörter stimmen nicht überein. Bitte noch einmal.</source>
        <translation>The two passwords do not match. Please try again.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="143"/>
        <source>Ordner für Sicherungen wählen</source>
        <translation>Choose a folder for backups</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="181"/>
        <source>Die Sicherung „%1“ wurde gespeichert und geprüft.

Inhalt: %2</source>
        <translation>The backup “%1” has been saved and checked.

Contents: %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="200"/>
        <source>Die Sicherung „%1“ enthält:</source>
        <translation>The backup “%1” contains:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="204"/>
        <source>Sie ersetzt alle jetzigen Daten. Der jetzige Stand wird vorher im Ordner „%1“ gesichert.

Wiederherstellen?</source>
        <translation>It replaces all current data. The current state is backed up in the folder “%1” first.

Restore?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="251"/>
        <source>Die Sicherung wurde wiederhergestellt: %1.</source>
        <translation>The backup has been restored: %1.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="255"/>
        <source>Der vorherige Stand ist gesichert in „%1“.</source>
        <translation>The previous state has been backed up in “%1”.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="357"/>
        <source>Die automatische Sicherung wurde nicht angelegt: %1</source>
        <translation>The automatic backup was not made: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="362"/>
        <source>Die automatische Sicherung ist fehlgeschlagen. Ihre Daten in der Datenbank sind davon nicht betroffen.</source>
        <translation>The automatic backup failed. Your data in the database is not affected.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="370"/>
        <source>Sicherung angelegt: %1 (%2).</source>
        <translation>Backup made: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="375"/>
        <source>Eine ältere Sicherung wurde gelöscht.</source>
        <translation>One older backup was deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="377"/>
        <source>%1 ältere Sicherungen wurden gelöscht.</source>
        <translation>%1 older backups were deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="390"/>
        <source>Noch keine Sicherung</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/backup_dialogs.py" line="391"/>
        <source>Letzte Sicherung: %1</source>
        <translation>Last backup: %1</translation>
    </message>
</context>
<context>
    <name>StornoDialog</name>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="44"/>
        <source>Auszahlung %1 stornieren</source>
        <translation>Cancel payout %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="47"/>
        <source>Beleg-Nr. %1 · %2</source>
        <translation>Receipt no. %1 · %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="53"/>
        <source>%1 Stunden · %2 · ausgezahlt am %3 (%4)</source>
        <translation>%1 hours · %2 · paid out on %3 (%4)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="61"/>
        <source>Die Auszahlung bleibt mit ihrer Beleg-Nr. erhalten; die Stornierung bekommt eine eigene Beleg-Nr. Die Einsätze werden wieder änderbar, und der nächste Auszahlungslauf rechnet neu.</source>
        <translation>The payout is kept with its receipt no.; the cancellation gets a receipt no. of its own. The assignments can be changed again, and the next payout run will recalculate.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="68"/>
        <source>Grund der Stornierung</source>
        <translation>Reason for the cancellation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="69"/>
        <source>z. B. falsche Stunden erfasst, doppelt ausgezahlt</source>
        <translation>e.g. wrong hours recorded, paid out twice</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="71"/>
        <source>Datum der Stornierung</source>
        <translation>Date of the cancellation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="81"/>
        <source>Grund *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="82"/>
        <source>Das Storno zählt für das Jahr dieses Datums (Zufluss).</source>
        <translation>The cancellation counts for the year of this date (receipt of payment).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="85"/>
        <source>Datum *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="90"/>
        <source>Stornieren…</source>
        <translation>Cancel payout…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="95"/>
        <source>* Pflichtangabe</source>
        <translation>* Required</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="164"/>
        <source>Das Storno kann nicht vor der Auszahlung am %1 liegen.</source>
        <translation>The cancellation cannot be dated before the payout on %1.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="182"/>
        <source>Bitte einen Grund für die Stornierung angeben.</source>
        <translation>Please give a reason for the cancellation.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="191"/>
        <source>Auszahlung %1 (%2, %3) zum %4 stornieren?

Die Stornierung bekommt die nächste Beleg-Nr. und kann nicht rückgängig gemacht werden – ein Beleg wird nie gelöscht.</source>
        <translation>Cancel payout %1 (%2, %3) as of %4?

The cancellation gets the next receipt no. and cannot be undone – a receipt is never deleted.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/storno_dialog.py" line="199"/>
        <source>Auszahlung stornieren</source>
        <translation>Cancel payout</translation>
    </message>
</context>
<context>
    <name>StundenzettelDialog</name>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="66"/>
        <source>Stundenzettel speichern</source>
        <translation>Save timesheets</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="68"/>
        <source>Excel-Arbeitsmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="81"/>
        <source>Ordner für die Stundenzettel wählen</source>
        <translation>Choose a folder for the timesheets</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="94"/>
        <source>Ausgefüllte Stundenzettel einlesen – Dateien wählen</source>
        <translation>Import filled-in timesheets – choose files</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="96"/>
        <source>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="107"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="212"/>
        <source>Stundenzettel erstellen</source>
        <translation>Create timesheets</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="223"/>
        <source>%1 Stundenzettel (%2) im Ordner „%3“ gespeichert, eine Datei je Lots*in.</source>
        <translation>%1 timesheets (%2) saved in the folder “%3”, one file per guide.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="231"/>
        <source>Den Ordner jetzt öffnen?</source>
        <translation>Open the folder now?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="244"/>
        <source>„%1“ gespeichert: Stundenzettel %2 für 1 Lots*in.</source>
        <translation>“%1” saved: timesheet %2 for 1 guide.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="246"/>
        <source>„%1“ gespeichert: Stundenzettel %2 mit einem Blatt je Lots*in (%3 Blätter).</source>
        <translation>“%1” saved: timesheets %2 with one sheet per guide (%3 sheets).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="251"/>
        <source>Die Datei jetzt öffnen?</source>
        <translation>Open the file now?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="275"/>
        <source>Stundenzettel-Import (%1 Dateien)</source>
        <translation>Timesheet import (%1 files)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="283"/>
        <source>Stundenzettel-Import „%1“</source>
        <translation>Timesheet import “%1”</translation>
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
    <name>TeilnahmeModel</name>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="90"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="96"/>
        <source>UE besucht</source>
        <translation>Units attended</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="98"/>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="100"/>
        <source>Zertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="104"/>
        <source>%1, %2 UE – anwesend: %3 von %4</source>
        <translation>%1, %2 units – present: %3 of %4</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="150"/>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="156"/>
        <source>%1 – unter %2 %</source>
        <translation>%1 – below %2 %</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="171"/>
        <source>Für ein Zertifikat sind mindestens %1 % der UE nötig.</source>
        <translation>A certificate requires at least %1 % of the units.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="173"/>
        <source>Zertifikat ausgestellt am %1</source>
        <translation>Certificate issued on %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="184"/>
        <source>%1 am %2: anwesend</source>
        <translation>%1 on %2: present</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="184"/>
        <source>%1 am %2: nicht anwesend</source>
        <translation>%1 on %2: absent</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_model.py" line="189"/>
        <source>Das Zertifikat ist ausgestellt; zum Ändern zuerst zurücknehmen.</source>
        <translation>The certificate has been issued; revoke it first to make changes.</translation>
    </message>
</context>
<context>
    <name>TerminDialog</name>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="32"/>
        <source>Neuer Termin</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="32"/>
        <source>Termin bearbeiten</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="33"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="36"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="39"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="43"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="51"/>
        <source>z. B. Rolle und Grenzen der Lots*innen</source>
        <translation>e.g. role and limits of guides</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="55"/>
        <source>Datum *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="56"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="61"/>
        <source>UE *</source>
        <translation>Units *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="64"/>
        <source>Unterrichtseinheiten zu 45 Minuten; ein ganzer Tag hat meist 8 UE.</source>
        <translation>Teaching units of 45 minutes; a full day usually has 8 units.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/termin_dialog.py" line="66"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
</context>
<context>
    <name>TermineModel</name>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="143"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="143"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="143"/>
        <source>UE</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/kurse_models.py" line="143"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
</context>
<context>
    <name>TimesheetImportDialog</name>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="301"/>
        <source>Stundenzettel einlesen</source>
        <translation>Import timesheets</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="306"/>
        <source>Die Datei wurde importiert.</source>
        <translation>The file has been imported.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="306"/>
        <source>Die Datei wurde nicht importiert.</source>
        <translation>The file has not been imported.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="309"/>
        <source>%1 von %2 Dateien wurden importiert.</source>
        <translation>%1 of %2 files have been imported.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="315"/>
        <source>Mit Bearbeiten → Rückgängig (Strg+Z) lässt sich der Import wieder entfernen.</source>
        <translation>You can remove the import again with Edit → Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="319"/>
        <source>Aus einer Datei mit Fehlern wurde nichts übernommen: bitte die genannten Zeilen korrigieren und die Datei noch einmal einlesen.</source>
        <translation>Nothing was taken from a file with errors: please correct the lines listed and import the file again.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="336"/>
        <source>Liste kopieren</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="342"/>
        <source>importiert</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="342"/>
        <source>nicht importiert</source>
        <translation>not imported</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="353"/>
        <source>1 Einsatz</source>
        <translation>1 assignment</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="353"/>
        <source>%1 Einsätze</source>
        <translation>%1 assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/stundenzettel_dialog.py" line="356"/>
        <source>Blatt „%1“: %2, %3 Stunden</source>
        <translation>Sheet “%1”: %2, %3 hours</translation>
    </message>
</context>
<context>
    <name>Traeger</name>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="77"/>
        <source>Träger-Angaben ändern</source>
        <translation>Change provider organisation details</translation>
    </message>
</context>
<context>
    <name>TraegerDialog</name>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="527"/>
        <source>Träger des Projekts</source>
        <translation>Provider organisation of the project</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="551"/>
        <source>Die Koordinierungspauschale gibt es nur für gemeinnützige Träger oder Kommunen unter 50.000 Einwohner*innen. Anschrift, Unterschriften und Logo erscheinen auf den Dokumenten. Dieselben Angaben stehen unter Einstellungen → Träger.</source>
        <translation>The coordination lump sum is only available to non-profit provider organisations or municipalities with fewer than 50.000 inhabitants. The address, the signatures and the logo appear on the documents. The same details are under Settings → Provider organisation.</translation>
    </message>
</context>
<context>
    <name>TraegerForm</name>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="130"/>
        <source>z. B. Freundeskreis Asyl e. V.</source>
        <translation>e.g. Freundeskreis Asyl e. V.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="141"/>
        <source>Straße Nr.
PLZ Ort</source>
        <translation>Street and no.
Postcode and town</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="143"/>
        <source>z. B. Offenbach am Main</source>
        <translation>e.g. Offenbach am Main</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="145"/>
        <source>als gemeinnützig anerkannt</source>
        <translation>recognised as non-profit</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="147"/>
        <source>z. B. Finanzamt Offenbach am Main</source>
        <translation>e.g. Finanzamt Offenbach am Main</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="149"/>
        <source>z. B. 035 250 12345</source>
        <translation>e.g. 035 250 12345</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="153"/>
        <location filename="../lotsendesk/ui/traeger_form.py" line="222"/>
        <source>Freistellungsbescheid vom</source>
        <translation>Exemption notice dated</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="155"/>
        <source>z. B. Amtsgericht Gießen</source>
        <translation>e.g. Amtsgericht Gießen</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="157"/>
        <source>z. B. VR 1234</source>
        <translation>e.g. VR 1234</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="158"/>
        <source>Registernummer</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="165"/>
        <source>leer: der Name des Trägers</source>
        <translation>if empty: the provider organisation&apos;s name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="169"/>
        <source>BIC (freiwillig)</source>
        <translation>BIC (optional)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="170"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="181"/>
        <source>Vorschau des Logos</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="182"/>
        <source>Bild wählen…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="185"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="189"/>
        <source>Träger</source>
        <translation>Provider organisation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="191"/>
        <location filename="../lotsendesk/ui/traeger_form.py" line="239"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="192"/>
        <source>Rechtsform *</source>
        <translation>Legal form *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="195"/>
        <source>Einwohner*innen</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="199"/>
        <source>Nur für eine Kommune: unter 50.000 gibt es die Koordinierungspauschale auch ohne Gemeinnützigkeit.</source>
        <translation>Only for a municipality: below 50.000 inhabitants, the coordination lump sum is available even without non-profit status.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="202"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="205"/>
        <source>Ort für Unterschriften</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="208"/>
        <source>Steht in „Ort, Datum“ der Dokumente.</source>
        <translation>Appears in the “Place, date” line of the documents.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="211"/>
        <source>Gemeinnützigkeit und Register</source>
        <translation>Non-profit status and register</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="215"/>
        <source>Gemeinnützigkeit</source>
        <translation>Non-profit status</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="218"/>
        <source>Laut Freistellungsbescheid des Finanzamts.</source>
        <translation>As stated in the tax office&apos;s exemption notice.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="220"/>
        <source>Finanzamt</source>
        <translation>Tax office</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="221"/>
        <source>Steuernummer</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="226"/>
        <source>Vereinsregister</source>
        <translation>Register of associations</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="229"/>
        <source>Nur für einen eingetragenen Verein.</source>
        <translation>Only for a registered association.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="233"/>
        <source>Registergericht</source>
        <translation>Registry court</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="235"/>
        <source>Unterschriften und Projektkonto</source>
        <translation>Signatures and project account</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="241"/>
        <source>Funktion, z. B. Vorsitzende*r</source>
        <translation>Position, e.g. Chair</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="244"/>
        <source>Unterschrift %1</source>
        <translation>Signature %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="247"/>
        <source>Vertretungsberechtigte Person: steht unter den Unterschriftslinien.</source>
        <translation>Authorised representative: appears below the signature lines.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="250"/>
        <source>Funktion %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="252"/>
        <source>Kontoinhaber*in</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="255"/>
        <source>Projektkonto (IBAN)</source>
        <translation>Project account (IBAN)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="258"/>
        <source>Von diesem Konto gehen die Überweisungen der SEPA-Datei.</source>
        <translation>The transfers in the SEPA file are made from this account.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="272"/>
        <source>Logo für die Dokumente</source>
        <translation>Logo for the documents</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="285"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="289"/>
        <source>PNG, JPEG oder SVG. Steht oben rechts auf jedem neuen Dokument; schon ausgestellte Quittungen und Verwendungsnachweise bleiben, wie sie sind.</source>
        <translation>PNG, JPEG or SVG. Appears at the top right of every new document; receipts and statements of use already issued stay as they are.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="390"/>
        <source>Kein Logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/traeger_form.py" line="436"/>
        <source>Das Datum liegt in der Zukunft.</source>
        <translation>The date is in the future.</translation>
    </message>
</context>
<context>
    <name>TraegerPage</name>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="106"/>
        <source>Der Träger</source>
        <translation>The provider organisation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="108"/>
        <source>Wer führt das Projekt? Name, Anschrift und Unterschrift stehen auf Quittungen und Nachweisen.</source>
        <translation>Who runs the project? The name, address and signature appear on receipts and reports.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="111"/>
        <source>z. B. Freundeskreis Asyl e. V.</source>
        <translation>e.g. Freundeskreis Asyl e. V.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="126"/>
        <source>Straße Nr.
PLZ Ort</source>
        <translation>Street and no.
Postcode and town</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="128"/>
        <source>z. B. Offenbach am Main</source>
        <translation>e.g. Offenbach am Main</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="130"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="132"/>
        <source>Funktion, z. B. Vorsitzende*r</source>
        <translation>Position, e.g. Chair</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="133"/>
        <source>Funktion</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="143"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="144"/>
        <source>Rechtsform *</source>
        <translation>Legal form *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="147"/>
        <source>Einwohner*innen</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="150"/>
        <source>Nur für eine Kommune: unter 50.000 gibt es die Koordinierungspauschale.</source>
        <translation>Only for a municipality: below 50,000 it receives the coordination lump sum.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="152"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="153"/>
        <source>Ort für Unterschriften</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="153"/>
        <source>Steht in „Ort, Datum“.</source>
        <translation>Appears in the “Place, date” line.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="156"/>
        <source>Vertreter*in</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="159"/>
        <source>Wer für den Träger unterschreibt, z. B. die*der Vorsitzende.</source>
        <translation>Who signs for the provider organisation, e.g. the chair.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="164"/>
        <source>Steuernummer, Projektkonto, Logo und mehr ergänzen Sie später unter Einstellungen → Träger.</source>
        <translation>You add the tax number, project account, logo and more later under Settings → Provider organisation.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="190"/>
        <source>Bitte den Namen des Trägers angeben.</source>
        <translation>Please enter the name of the provider organisation.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="192"/>
        <source>Bitte die Einwohnerzahl der Kommune angeben.</source>
        <translation>Please enter the municipality’s number of inhabitants.</translation>
    </message>
</context>
<context>
    <name>UebersichtPage</name>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="85"/>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="250"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="94"/>
        <source>Förderjahr:</source>
        <translation>Funding year:</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="96"/>
        <source>Förderjahr wählen</source>
        <translation>Choose funding year</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="126"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="135"/>
        <source>Nächste Fristen</source>
        <translation>Upcoming deadlines</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="87"/>
        <source>Wie das Förderjahr steht – Budget, Stunden je Lots*in, nächste Fristen – und die Prüfhinweise, die Ihre Aufmerksamkeit brauchen. Ein Klick auf eine Lots*in oder ein Doppelklick auf einen Hinweis öffnet, worum es geht.</source>
        <translation>Where the funding year stands – budget, hours per guide, upcoming deadlines – and the checks that need your attention. Click a guide or double-click a check to open what it is about.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="100"/>
        <source>Einsätze erfassen</source>
        <translation>Record assignments</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="103"/>
        <source>Stunden von den Stundenzetteln eintippen (Seite Einsätze)</source>
        <translation>Type in the hours from the timesheets (Assignments page)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="104"/>
        <source>Auszahlung vorbereiten</source>
        <translation>Prepare payout</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="107"/>
        <source>Den Vorschlag für die nächste Auszahlung prüfen und bestätigen (Seite Auszahlungen)</source>
        <translation>Check and confirm the proposal for the next payout (Payouts page)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="109"/>
        <source>Verwendungsnachweis erstellen</source>
        <translation>Create statement of use</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="112"/>
        <source>Den Verwendungsnachweis des gewählten Förderjahres auf der Seite Berichte öffnen</source>
        <translation>Open the statement of use of the selected funding year on the Reports page</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="149"/>
        <source>Noch kein Förderjahr angelegt – legen Sie es mit den Angaben aus dem Zuwendungsbescheid an: Aktenzeichen, bewilligte Beträge und Raten. Dann zeigt diese Seite das Budget, die Stunden je Lots*in, die Fristen und alle Prüfhinweise.</source>
        <translation>No funding year set up yet – add it with the details from the grant notice: file reference, approved amounts and instalments. This page then shows the budget, the hours per guide, the deadlines and all checks.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="156"/>
        <source>Förderjahr anlegen…</source>
        <translation>Add funding year…</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="166"/>
        <source>Stunden je Lots*in</source>
        <translation>Hours per guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="172"/>
        <source>Abrechenbar sind höchstens 276 Stunden im Jahr, als koordinierende*r Lots*in 414 – nach einem Rollenwechsel anteilig. Schraffiert: Stunden über der Grenze.</source>
        <translation>At most 276 hours a year are claimable, 414 as a coordinating guide – pro rata after a change of role. Hatched: hours over the cap.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="186"/>
        <source>Prüfhinweise</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="198"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="198"/>
        <source>Prüfhinweis</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="199"/>
        <source>Liste der Prüfhinweise</source>
        <translation>List of checks</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="292"/>
        <source>Für %1 ist noch kein Förderjahr angelegt.</source>
        <translation>No funding year has been set up for %1 yet.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="297"/>
        <source>Budget %1 (Einsatz)</source>
        <translation>Budget %1 (assignments)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="300"/>
        <source>%1 Stunden erfasst, davon %2 abrechenbar zu %3 je Stunde.</source>
        <translation>%1 hours recorded, of which %2 claimable at %3 per hour.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="318"/>
        <source>Stunden je Lots*in %1</source>
        <translation>Hours per guide %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="321"/>
        <source>Noch keine Lots*innen mit Stunden in %1. Legen Sie die Lots*innen auf der Seite Lots*innen an und erfassen Sie ihre Einsätze – dann steht hier, wie viel jede*r noch abrechnen kann.</source>
        <translation>No guides with hours in %1 yet. Add the guides on the Guides page and record their assignments – this then shows how much each of them can still claim.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="337"/>
        <source>Keine offenen Fristen.</source>
        <translation>No open deadlines.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="354"/>
        <source>Öffnen, wozu die Frist gehört</source>
        <translation>Open what the deadline belongs to</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="364"/>
        <source>und 1 weitere Frist</source>
        <translation>and 1 more deadline</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="364"/>
        <source>und %1 weitere Fristen</source>
        <translation>and %1 more deadlines</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="368"/>
        <source>(unter den Prüfhinweisen, sobald sie näher rücken)</source>
        <translation>(among the checks once they come closer)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="403"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="403"/>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="403"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="422"/>
        <source>%1 Fehler</source>
        <translation>Errors: %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="425"/>
        <source>1 Warnung</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="425"/>
        <source>%1 Warnungen</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="431"/>
        <source>1 Hinweis</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="431"/>
        <source>%1 Hinweise</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/uebersicht_page.py" line="439"/>
        <source>Keine Prüfhinweise für %1 – nichts zu tun. Neue Hinweise erscheinen hier, sobald Stunden, Auszahlungen oder Fristen es verlangen.</source>
        <translation>No checks for %1 – nothing to do. New checks appear here as soon as hours, payouts or deadlines call for them.</translation>
    </message>
</context>
<context>
    <name>VerlaufDialog</name>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="348"/>
        <source>Verlauf – %1</source>
        <translation>History – %1</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="351"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="367"/>
        <source>%1 Einträge. Das Protokoll kann nicht geändert werden.</source>
        <translation>%1 entries. The change log cannot be edited.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/protokoll_dialog.py" line="374"/>
        <source>Für diesen Datensatz ist nichts protokolliert. Änderungen, die vor der Einführung des Protokolls gemacht wurden, sind nicht erfasst.</source>
        <translation>Nothing has been logged for this record. Changes made before the change log was introduced are not recorded.</translation>
    </message>
</context>
<context>
    <name>VnAngabenDialog</name>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="31"/>
        <source>Verwendungsnachweis %1 – Angaben und Sachbericht</source>
        <translation>Statement of use %1 – details and narrative report</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="34"/>
        <source>Projektverlauf</source>
        <translation>Course of the project</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="35"/>
        <source>Was im Jahr geschah: Gewinnung, Qualifizierung und Einsätze der Lots*innen.</source>
        <translation>What happened during the year: recruitment, training and assignments of the guides.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="38"/>
        <source>Zielerreichung</source>
        <translation>Achievement of objectives</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="39"/>
        <source>Wurden die Ziele des Antrags erreicht? Wo nicht, warum?</source>
        <translation>Were the objectives of the application achieved? Where not, why not?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="42"/>
        <source>Zusammenarbeit</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="43"/>
        <source>Mit Behörden, Beratungsstellen, Kommune und anderen Trägern.</source>
        <translation>With public authorities, advice centres, the municipality and other provider organisations.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="46"/>
        <source>Schwierigkeiten</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="47"/>
        <source>Was nicht gelang und wie der Träger damit umging.</source>
        <translation>What did not work and how the provider organisation dealt with it.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="49"/>
        <source>Ausblick</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="49"/>
        <source>Was im nächsten Jahr geplant ist.</source>
        <translation>What is planned for next year.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="62"/>
        <source>&amp;Sachbericht</source>
        <translation>&amp;Narrative report</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="68"/>
        <source>Eigenmittel</source>
        <translation>Own funds</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="68"/>
        <source>Eigene Mittel des Trägers für das Projekt.</source>
        <translation>The provider organisation&apos;s own funds for the project.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="69"/>
        <source>Drittmittel</source>
        <translation>Third-party funds</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="69"/>
        <source>z. B. Zuschuss der Kommune oder einer Stiftung.</source>
        <translation>e.g. a grant from the municipality or a foundation.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="71"/>
        <source>Koordinierungspauschale (Ist)</source>
        <translation>Coordination lump sum (actual)</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="72"/>
        <source>Tatsächlich verwendet. Leer lassen: der bewilligte Betrag wird angesetzt.</source>
        <translation>Actually spent. If left empty, the approved amount is used.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="81"/>
        <source>&amp;Zahlen</source>
        <translation>&amp;Figures</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/vn_angaben_dialog.py" line="85"/>
        <source>Diese Texte und Beträge stehen im Verwendungsnachweis %1. Keine Angaben über begleitete Personen – nur zusammengefasste Aussagen.</source>
        <translation>These texts and amounts appear in the statement of use %1. No information about the people accompanied – only summary statements.</translation>
    </message>
</context>
<context>
    <name>WillkommenPage</name>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="54"/>
        <source>Willkommen bei LotsenDesk</source>
        <translation>Welcome to LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="55"/>
        <source>Das Programm für Träger von Projekten der WIR-Integrationslots*innen in Hessen.</source>
        <translation>The program for provider organisations of projects with WIR integration guides in Hesse.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="58"/>
        <source>LotsenDesk hilft bei der Abrechnung: Lots*innen und ihre Einsätze erfassen, die Aufwandsentschädigungen nach den Regeln des Förderprogramms berechnen und auszahlen (mit Quittungen und SEPA-Datei), Qualifizierungen verwalten und am Ende des Jahres den Verwendungsnachweis erstellen. Alle Daten bleiben auf diesem Computer.</source>
        <translation>LotsenDesk helps with the accounting: record guides and their assignments, calculate and pay out the expense allowances according to the rules of the funding programme (with receipts and a SEPA file), manage training and create the statement of use at the end of the year. All data stays on this computer.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="64"/>
        <source>Wie möchten Sie beginnen?</source>
        <translation>How would you like to start?</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="66"/>
        <source>Eigenen Träger einrichten</source>
        <translation>Set up your own provider organisation</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="67"/>
        <source>Zwei kurze Schritte: die Angaben zum Träger und das erste Förderjahr.</source>
        <translation>Two short steps: the provider organisation&apos;s details and the first funding year.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="71"/>
        <source>Erst einmal die Demo ansehen</source>
        <translation>Look at the demo first</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="73"/>
        <source>Ein erfundener Verein mit Lots*innen, Einsätzen und Auszahlungen zum Ausprobieren. Ihre eigene Datenbank bleibt leer; dieser Assistent erscheint beim nächsten Start wieder.</source>
        <translation>A made-up association with guides, assignments and payouts to try things out. Your own database stays empty; this wizard appears again the next time LotsenDesk starts.</translation>
    </message>
</context>
<context>
    <name>ZertifikatDialog</name>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="226"/>
        <source>Zertifikat ausstellen</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="231"/>
        <source>Zertifikate für alle %1 Teilnehmenden, die mindestens %2 % der UE besucht haben: %3.</source>
        <translation>Certificates for all %1 participants who attended at least %2 % of the units: %3.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="237"/>
        <source>Zertifikat für %1 (%2 % der UE besucht).</source>
        <translation>Certificate for %1 (%2 % of the units attended).</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="241"/>
        <source>Mit dem Zertifikat der Basisqualifizierung gilt die Person ab diesem Tag als qualifiziert; ihre Stunden sind ab dann abrechenbar.</source>
        <translation>With the basic training certificate, the person counts as qualified from this day; their hours are claimable from then on.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="246"/>
        <source>Ausgestellt am</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="250"/>
        <source>Ausgestellt am *</source>
        <translation>Issued on *</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/teilnahme_dialogs.py" line="252"/>
        <source>Ausstellen</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>_DoneModel</name>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="766"/>
        <source>Beleg-Nr.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="766"/>
        <source>Lots*in</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="766"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/auszahlung_wizard.py" line="766"/>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../lotsendesk/ui/app.py" line="68"/>
        <location filename="../lotsendesk/ui/app.py" line="107"/>
        <location filename="../lotsendesk/ui/app.py" line="164"/>
        <location filename="../lotsendesk/ui/erststart_wizard.py" line="435"/>
        <source>LotsenDesk</source>
        <translation>LotsenDesk</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/app.py" line="115"/>
        <source>Nur ansehen</source>
        <translation>View only</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/app.py" line="124"/>
        <source>Die Datenbank ist beschädigt (%1). Neueste gute Sicherung: %2 („%3“). Wiederherstellen?

Die beschädigte Datei wird nicht gelöscht, sondern daneben aufbewahrt.</source>
        <translation>The database is damaged (%1). Newest good backup: %2 (“%3”). Restore it?

The damaged file is not deleted but kept alongside it.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/app.py" line="139"/>
        <source>Wiederhergestellt. Die beschädigte Datei liegt unter %1.</source>
        <translation>Restored. The damaged file is kept at %1.</translation>
    </message>
    <message>
        <location filename="../lotsendesk/ui/app.py" line="165"/>
        <source>Ein unerwarteter Fehler ist aufgetreten; die letzte Aktion wurde möglicherweise nicht ausgeführt. Ihre gespeicherten Daten sind nicht betroffen.

Einzelheiten stehen in %1.</source>
        <translation>An unexpected error occurred; the last action may not have been carried out. Your saved data is not affected.

Details are in %1.</translation>
    </message>
</context>
</TS>
