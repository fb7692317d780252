<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SteerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records what the steering committee for digital transformation and Project 06 assigns and what units report, and produces the meeting report, charts and spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1. This program comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database is illustrative: it is drawn from press reports of committee meetings and is not an official record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Language of messages: vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, demo or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language %1: use vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: steerdesk demo --out FILE [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: steerdesk init FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (data version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo database to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: steerdesk check FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SteerDesk: tasks, indicators and reports of a steering committee.

Commands:
  init FILE               create an empty database
  demo --out FILE [--force]  write the demo database
  check FILE              print data version, integrity and row counts
  stats FILE [--as-of DATE]  task figures as JSON
  export FILE --table tasks [--as-of DATE] --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date figures are stated at (YYYY-MM-DD); today by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table to export: tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before a deadline that count as due soon (7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due-soon-days takes a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: steerdesk stats FILE --as-of YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: steerdesk export FILE --table tasks --as-of YYYY-MM-DD --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the older data version %2: open it once in SteerDesk to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table %1. Tables: tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only .csv files can be written so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>SteerDesk could not prepare the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; SteerDesk does not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a SteerDesk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SteerDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened. It has not been changed; open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is incomplete (cut short, %2 bytes) and cannot be opened. It has not been changed; open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a SteerDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer SteerDesk (data version %2). This version reads data versions up to %3: install a newer SteerDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another SteerDesk (process %1 on %2) has it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only because %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened (%2). It has not been changed; open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is incomplete (it has no tables) and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses the older data version %1 and can only be upgraded when it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was not upgraded because its backup failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The file is unchanged at version %1; a copy was saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to data version %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; backups never overwrite a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy carries another data version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its verification (%2) and was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>integrity check could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row %2: reference to a missing row in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data version %1 is older than %2: opening the file in SteerDesk upgrades it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version: %1 (this SteerDesk writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open read-only; the demo content cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds data; the demo is only written into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo content cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is open in another SteerDesk; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database %1 could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SteerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the illustrative demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a verified copy of the open file in the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — read-only — SteerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SteerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: illustrative, not an official record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SteerDesk could not open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SteerDesk could not create “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists, and SteerDesk never replaces a database. Choose another name, or open the file with File › Open….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SteerDesk could not write the demo database to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was written. Your file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified copy of the file was saved as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SteerDesk databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>1</source>
        <comment>quarter numeral</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2</source>
        <comment>quarter numeral</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3</source>
        <comment>quarter numeral</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4</source>
        <comment>quarter numeral</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <extracomment>A month as a period, e.g. &quot;Tháng 5/2026&quot;; %1 month number, %2 year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter, e.g. &quot;Quý III/2026&quot;; %1 the quarter numeral, %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page arrives with a later version of SteerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open. Use File › Open… or File › Open demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing can be changed in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers and dates follow the language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatusRules</name>
    <message>
        <source>Completed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress, within deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Central Steering Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial Steering Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial People&apos;s Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks · %2 completed (%3 on time, %4 late) · %5 within deadline · %6 overdue and not completed · pilot models %7/%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses are derived as of this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code or title — accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SteerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
