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
    <name>ChangeLeadUnitDialog</name>
    <message>
        <source>Choose the new lead unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit is called “%1”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New &amp;lead unit for %n task(s):</source>
        <translation>
            <numerusform>New &amp;lead unit for %n task:</numerusform>
            <numerusform>New &amp;lead unit for %n tasks:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type part of the name, accents optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseUnitDialog</name>
    <message>
        <source>No unit is called “%1”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close “%1”: from this date it no longer exists; its history and tasks are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which unit took over from “%1” when it closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken over by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tasks keep it as their lead unit until you give them another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it &amp;all the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourRuleEdits</name>
    <message>
        <source>Unknown kind of colour rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commune score rules do not belong to an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour rules were not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the commune colour rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the default colour rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the default colour rules for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the colour rules of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourRules</name>
    <message>
        <source>Target achieved (100% or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 80% to under 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 80%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A range of values, e.g. &quot;80–100&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing covers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both include %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing covers values above %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing covers %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 points or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 50 to under 80 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 50 points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourRulesDialog</name>
    <message>
        <source>Row %1: “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default set for indicators (achievement in %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune score (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the default set for indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges must follow one another without gaps or overlaps, from 0 upwards. Leave From or To empty for no limit.</source>
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
        <source>The date figures are stated at (YYYY-MM-DD); today by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
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
        <source>%1 uses the older data version %2: open it once in SteerDesk to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, demo, check, stats or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period has commune colours up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 has no commune colours: assess it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of the communes&apos; colours (2026-05), the latest assessed by default; month of the units&apos; reports, the as-of date&apos;s by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 is not a month of the form YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table to export: tasks, indicators, communes, unit-reports or meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table %1. Tables: tasks, indicators, communes, unit-reports, meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SteerDesk: tasks, indicators and reports of a steering committee.

Commands:
  init FILE               create an empty database
  demo --out FILE [--force]  write the demo database
  check FILE              print data version, integrity and row counts
  stats FILE [--as-of DATE]  task, indicator and commune figures as JSON
  export FILE --table tasks|indicators [--as-of DATE] --out FILE.csv|.xlsx
  export FILE --table communes [--period PERIOD] --out FILE.csv|.xlsx
  export FILE --table unit-reports [--period YYYY-MM] [--as-of DATE] --out FILE.csv|.xlsx
  export FILE --table meetings [--as-of DATE] --out FILE.csv|.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: steerdesk export FILE --table tasks|indicators|communes|unit-reports|meetings --as-of YYYY-MM-DD [--period PERIOD] --out FILE.csv|.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file %1 must end in one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneAssessor</name>
    <message>
        <source>%1/%2 tasks on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task fell due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 indicators achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no indicator with a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n task overdue</numerusform>
            <numerusform>%n tasks overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (red from %n)</source>
        <translation>
            <numerusform>%1 (red from %n)</numerusform>
            <numerusform>%1 (red from %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (green allows at most %n)</source>
        <translation>
            <numerusform>%1 (green allows at most %n)</numerusform>
            <numerusform>%1 (green allows at most %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to score: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing fell due and no indicator has a target: record the commune&apos;s tasks or targets, or set its colour by hand with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A green commune has at most %n overdue task(s).</source>
        <translation>
            <numerusform>A green commune has at most %n overdue task.</numerusform>
            <numerusform>A green commune has at most %n overdue tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete %1 “%2”, overdue since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete %1 “%2” for %3, overdue since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points short of green (%2 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green cannot be reached in this period: with every indicator achieved the score would be %1, and tasks completed late or overdue stay so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Achieve %n more indicator(s), %1 points each:</source>
        <translation>
            <numerusform>Achieve %n more indicator, %1 points each:</numerusform>
            <numerusform>Achieve %n more indicators, %1 points each:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no figure reported, target %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneEdits</name>
    <message>
        <source>Choose the period to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun yet: it cannot be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commune rules cannot be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communes could not be assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no commune, ward or special zone open in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>assess %n commune(s) for %1</source>
        <translation>
            <numerusform>assess %n commune for %1</numerusform>
            <numerusform>assess %n communes for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a commune, ward or special zone has a traffic light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour: green, yellow or red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for setting the colour by hand: it is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no colour set by hand for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return %1 to the rule&apos;s colour for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not open in %2: the rules do not assess it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the commune rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneRules</name>
    <message>
        <source>The weights cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one weight must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of overdue tasks cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red from %1 overdue tasks must be more than the %2 overdue tasks a green commune may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score ranges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commune rule set stored in the file cannot be read; the defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneRulesDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of &amp;tasks completed on time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of &amp;indicators achieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green with at most … overdue tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Red from … overdue tasks (0: never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commune without its own target is judged against the &amp;province&apos;s target (rates and percentages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score ranges (edited with the colour rules): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneStatusModel</name>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneStore</name>
    <message>
        <source>%1 yellow · %2 green · %3 red</source>
        <extracomment>Counts of communes per colour, e.g. &quot;55 yellow · 38 green · 9 red&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment removed (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule&apos;s colour %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunesPage</name>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communes&apos; colours could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period has been assessed yet: use Assess by rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a commune to see why it has its colour, what would make it green and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, set by hand (the rules say %2, score %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by the rules, score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the rules today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves it to green:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours by period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green by the rules today; the colour was set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What moves the %n yellow commune(s) to green, %1:</source>
        <translation>
            <numerusform>What moves the %n yellow commune to green, %1:</numerusform>
            <numerusform>What moves the %n yellow communes to green, %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessed %1 by the rules: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assessed %1 by the rules: %n commune(s) changed.</source>
        <translation>
            <numerusform>Assessed %1 by the rules: %n commune changed.</numerusform>
            <numerusform>Assessed %1 by the rules: %n communes changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assess by rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to assess (a colour set by hand stays):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune name, accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess by rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute every commune&apos;s colour for a period from its tasks and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow to green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteTasksDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) &amp;completed on:</source>
        <translation>
            <numerusform>Mark %n task &amp;completed on:</numerusform>
            <numerusform>Mark %n tasks &amp;completed on:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clear the completion: the %n task(s) are open again.</source>
        <translation>
            <numerusform>Clear the completion: the task is open again.</numerusform>
            <numerusform>Clear the completion: the %n tasks are open again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recurring tasks must be recorded one at a time, period by period: %n of the %1 selected tasks recur. Marked here, they would be closed for good. Select a recurring task on its own and choose Mark completed again.</source>
        <translation>
            <numerusform>Recurring tasks must be recorded one at a time, period by period: %n of the %1 selected tasks recurs. Marked here, it would be closed for good. Select a recurring task on its own and choose Mark completed again.</numerusform>
            <numerusform>Recurring tasks must be recorded one at a time, period by period: %n of the %1 selected tasks recur. Marked here, they would be closed for good. Select a recurring task on its own and choose Mark completed again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Falls due every month: each month is recorded on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls due every quarter: each quarter is recorded on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls due every year: each year is recorded on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A period to record and its status today, e.g. &quot;Tháng 5/2026 — Đang thực hiện, trong hạn&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period has fallen due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears the completion recorded for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open the recurring task (it falls due again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose the recurring task (it no longer falls due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was closed on %1 and has not fallen due since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the task has ended: no period after %1 falls due any more. A period&apos;s report is recorded above.</source>
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
    <name>DashboardContent</name>
    <message>
        <source>Tasks by status and programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue tasks by lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks completed and tasks fallen due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One indicator across communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes by colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: the committee&apos;s task register (SteerDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: indicator figures reported to the committee (SteerDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other unit(s) with open tasks are summed under Others.</source>
        <translation>
            <numerusform>%n other unit with open tasks are summed under Others.</numerusform>
            <numerusform>%n other units with open tasks are summed under Others.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallen due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement of the target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 indicators with a target are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 communes shown, evenly along the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes without a target of their own are coloured against the province&apos;s target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: commune assessments (SteerDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commune was assessed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3, as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank (1 is best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure of %1 in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard as of %1 could not be computed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the dashboard is stated at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot models completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes in green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes in yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes in red</source>
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
    <name>DeadlineEdit</name>
    <message>
        <source>e.g. Quý III/2026 or 30/09/2026; empty: standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Quý IV/2026 or 31/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date (30/09/2026) or a period (Quý III/2026, tháng 5/2026, năm 2026): a period is due on its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing, no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date or period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
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
    <name>DirectiveReviewModel</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No task created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a task</source>
        <translation>
            <numerusform>%n without a task</numerusform>
            <numerusform>%n without a task</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assigned on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead unit is not in the unit list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add task &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of &apos;%1&apos; has been extended before: record the new deadline with Extend deadline, so that its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit task &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the deadline of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename task &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the lead unit of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark &apos;%1&apos; completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date (%1) is in the future; record it once the task is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selected task no longer exists; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was assigned on %2, after the completion date %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>mark %n task(s) completed</source>
        <translation>
            <numerusform>mark %n task completed</numerusform>
            <numerusform>mark %n tasks completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reopen %n task(s)</source>
        <translation>
            <numerusform>reopen %n task</numerusform>
            <numerusform>reopen %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the lead unit: every task has one unit in charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>change the lead unit of %n task(s)</source>
        <translation>
            <numerusform>change the lead unit of %n task</numerusform>
            <numerusform>change the lead unit of %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; recurs every period and has no single deadline to extend; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standing task without a deadline; give it one in the task form. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has an extension decided on %2; a new one must be decided on or after that day. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>extend the deadline of %n task(s)</source>
        <translation>
            <numerusform>extend the deadline of %n task</numerusform>
            <numerusform>extend the deadline of %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>archive &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>archive %n task(s)</source>
        <translation>
            <numerusform>archive %n task</numerusform>
            <numerusform>archive %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restore %n task(s)</source>
        <translation>
            <numerusform>restore %n task</numerusform>
            <numerusform>restore %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the programme&apos;s code and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another programme already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add programme &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the programme&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename programme &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not recur; record its completion in the task itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fall due in the period %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark &apos;%1&apos; completed for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen &apos;%1&apos; for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <source>No deadline was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Deadline now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing, no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new deadline for %n task(s).</source>
        <translation>
            <numerusform>A new deadline for %n task.</numerusform>
            <numerusform>A new deadline for %n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted in &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45/QĐ-UBND; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormWidgets</name>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing can be saved in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator / denominator × 100; a unit with children sums both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>Targets of %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the target selected in the table (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate: numerator / denominator × 100 (sums of both roll up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HS-SOHOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hồ sơ, tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecimals shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &amp;counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorEdits</name>
    <message>
        <source>Enter the indicator&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the indicator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another indicator already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the indicator measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether higher or lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether a value is for the period or to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level the indicator is observed at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals must be between 0 and 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a percentage can be a rate (numerator / denominator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add indicator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit indicator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the target is set for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date from which the target applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target rank is a place of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who assigned the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already set a target of %2 from %3 for this unit; remove it first to set another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a target for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a target of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorRules</name>
    <message>
        <source>%1/%2</source>
        <extracomment>A rank among its peers: &quot;6/63&quot; (6th of 63 provinces)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roll-up: ranks do not add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roll-up: scores do not add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roll-up: percentages without numerator and denominator cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Roll-up of %n unit(s): sum of their values.</source>
        <translation>
            <numerusform>Roll-up of %n unit: sum of its value.</numerusform>
            <numerusform>Roll-up of %n units: sum of their values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roll-up of %n unit(s): summed numerators over summed denominators.</source>
        <translation>
            <numerusform>Roll-up of %n unit: its numerator over its denominator.</numerusform>
            <numerusform>Roll-up of %n units: summed numerators over summed denominators.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without numerator and denominator left out.</source>
        <translation>
            <numerusform>%n unit without numerator and denominator left out.</numerusform>
            <numerusform>%n units without numerator and denominator left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorStatusModel</name>
    <message>
        <source>%1
Code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Code: %2 · unit: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the latest figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s own target in force on the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure against target, not capped at 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous period: percentage points for percentages, places for ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorStore</name>
    <message numerus="yes">
        <source>%n unit(s) without a figure for %1 left out.</source>
        <translation>
            <numerusform>%n unit without a figure for %1 left out.</numerusform>
            <numerusform>%n units without a figure for %1 left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>value to date, reported for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2 indicators with a target in force · %3 achieved · %4 green · %5 yellow · %6 red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest figures and targets in force on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour (no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as of a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue and targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocaleNumber</name>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number: it contains letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number: %2 cannot be used in a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one decimal mark %2. Thousands are separated with %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one decimal mark %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 marks decimals and %3 separates thousands, as in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 separates thousands, in groups of three digits. For decimals use %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 separates thousands, in groups of three digits, and %3 marks decimals, as in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
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
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programmes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or rename the programmes tasks and indicators belong to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;haired by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair&apos;s &amp;position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion &amp;notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connected points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many places were connected to the online conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hội nghị đánh giá kết quả thực hiện nhiệm vụ 5 tháng đầu năm 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hồ Văn Mừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 145/TB-VPUBND; empty: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees, in the order of the minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEdits</name>
    <message>
        <source>add directive &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit directive &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove directive &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add decision &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit decision &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove decision &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add information &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit information &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove information &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the title of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of meeting: regular review, thematic meeting or online conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of connected points cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee %1 has no name: enter the person or the group, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of attendee %1 is not in the unit list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the conclusion notice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion notice %1 is dated %2, before the meeting (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deadline. Write a date (30/09/2026), a period (Quý III/2026), &quot;Thường xuyên&quot; for a standing directive or &quot;Hằng tháng&quot; for a monthly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the directive a deadline, or mark it standing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standing directive has no deadline: clear &quot;%1&quot; or untick Standing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline %1 is before the meeting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove meeting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome cannot be moved to another meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of outcome: information, decision or directive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the directive asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the text of the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme is not in the programme list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks were created from this directive: it stays a directive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one lead unit for the directive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead unit of the directive is not in the unit list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinating unit of the directive is not in the unit list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directive no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a directive becomes tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lead unit of this directive already has its task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>create %n task(s) from directive &apos;%1&apos;</source>
        <translation>
            <numerusform>create %n task from directive &apos;%1&apos;</numerusform>
            <numerusform>create %n tasks from directive &apos;%1&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingFigures</name>
    <message>
        <source>The figures as of %1 could not be computed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the figures are stated at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen figures cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they state no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of the meeting of %1 were frozen on %2 and do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze the figures of the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 has not been held yet: its figures can be frozen from that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingFiguresModel</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate (standing tasks aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>A change of a percentage in percentage points: &quot;+2,1 điểm %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Pilot models completed out of all: &quot;24/42&quot;
----------
Monthly reports received out of those owed: &quot;25/30&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a target in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes, wards and special zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units&apos; monthly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not frozen)</source>
        <extracomment>A column of figures whose meeting has none frozen: &quot;Họp 17/04/2025 (chưa chốt)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingFiguresPane</name>
    <message>
        <source>(no comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures as of %1 could not be computed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (computed now, not frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 has no frozen figures: they are computed now as of its date, from what the file holds today, and may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Regular review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures frozen as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures not frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures frozen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is recorded yet: add one with New meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n connected point(s)</source>
        <translation>
            <numerusform>%1 with %n connected point</numerusform>
            <numerusform>%1 with %n connected points</numerusform>
        </translation>
    </message>
    <message>
        <source>Chaired by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion notice %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion notice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendee recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of this meeting were frozen as of %1: they never change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the task counts, indicators and commune colours as of the meeting&apos;s date with the meeting, so that what was printed for it never changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lead unit of this directive has its task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one task per lead unit of the selected directive, linked to it (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the meeting %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its attendees and its %n outcome(s) are removed with it.</source>
        <translation>
            <numerusform>Its attendees and its %n outcome are removed with it.</numerusform>
            <numerusform>Its attendees and its %n outcomes are removed with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n task(s) created from its directives stay in the register.</source>
        <translation>
            <numerusform>The %n task created from its directives stay in the register.</numerusform>
            <numerusform>The %n tasks created from its directives stay in the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its frozen figures are removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit › Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the figures of the meeting of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task counts by status, the indicators against their targets and the commune colours as of %1 are stored with the meeting. What is printed for it then never changes, whatever is recorded later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of the meeting of %1 are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove outcome %1 of this meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n task(s) created from it stay in the register, no longer linked to this meeting. Edit › Undo brings the outcome and the links back.</source>
        <translation>
            <numerusform>The %n task created from it stay in the register, no longer linked to this meeting. Edit › Undo brings the outcome and the links back.</numerusform>
            <numerusform>The %n tasks created from it stay in the register, no longer linked to this meeting. Edit › Undo brings the outcome and the links back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n task(s): %1.</source>
        <translation>
            <numerusform>Created %n task: %1.</numerusform>
            <numerusform>Created %n tasks: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directives&apos; tasks are shown with their status as of this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions and directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a meeting: date, kind, chair, attendees (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen meeting&apos;s form (Ctrl+E or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add information, a decision or a directive to the meeting (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit o&amp;utcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected outcome&apos;s form (Ctrl+E or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected task in the task register (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveUnitDialog</name>
    <message>
        <source>Choose the unit to put it under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit is called “%1”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put “%1” &amp;under:</source>
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
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationEdits</name>
    <message>
        <source>The indicator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit of the edit is no longer in the unit list; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this indicator is not a rate; enter its value only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the denominator must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the numerator cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rank is a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter how many were ranked, e.g. 16/34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rank %2 is beyond the %3 ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a count or an amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the value of &apos;%1&apos; for %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the value of &apos;%1&apos; for %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>enter %n value(s) of &apos;%1&apos;</source>
        <translation>
            <numerusform>enter %n value of &apos;%1&apos;</numerusform>
            <numerusform>enter %n values of &apos;%1&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservationGrid</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First period: 2026-01, 2026Q1, 2026H1 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last period, of the same kind as the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: figures can be read but not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Denominator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;ranked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty removes the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give two periods of the same kind, e.g. 2026-01 to 2026-12, or 2025Q1 to 2026Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter how many were ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationGridModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value. Type a number, or numerator/denominator (955745/1037500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value. Type the rank with the number ranked (16/34).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value. Type a number to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator / denominator: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a rate (numerator/denominator, e.g. 955745/1037500) or a rank (rank/number ranked, e.g. 16/34) is entered with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number ranked is a whole number, e.g. 16/34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator is not a percentage: enter the number without &quot;%&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many were ranked is not known yet: enter the rank with it, e.g. 16/34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted block does not fit in the grid from %1, %2: nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceTable</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>The outcome was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing: no single deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text, as the conclusion words it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sở Nội vụ khẩn trương thuê tư vấn, tổ chức đấu thầu để hoàn thành số hóa dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead units (one task each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oordinating units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead unit: a directive needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coordinating unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single deadline: an ongoing task (Thường xuyên), or one that recurs as worded (Hằng tháng, Hằng quý, Hằng năm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) were created from this directive; they keep their own deadline and units when it is edited.</source>
        <translation>
            <numerusform>%n task were created from this directive; they keep their own deadline and units when it is edited.</numerusform>
            <numerusform>%n tasks were created from this directive; they keep their own deadline and units when it is edited.</numerusform>
        </translation>
    </message>
    <message>
        <source>a task recurring %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideColourDialog</name>
    <message>
        <source>Set colour by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of %1 for %2 is set by hand and stays when the period is assessed by the rules again, until you clear it. The reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why this colour, e.g. the document that confirms it</source>
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
    <name>ProgrammesDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
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
    <name>RecordReportDialog</name>
    <message>
        <source>The report was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record received report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — report for %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 125/BC-STC; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
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
        <source>Once</source>
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
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank among peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes and wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowChanges</name>
    <message>
        <source>The record was changed or removed meanwhile; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>Give the filter a name.</source>
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
    <message>
        <source>The setting was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due soon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks whose deadline is this close are marked due soon. Kept in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1 cannot be written: only %2 files can be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Choose the unit the target is set for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place, e.g. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 80 (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25/KH-BCĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document d&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <source>Set by %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned in &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recurs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating &amp;units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 120/KH-UBND; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name, accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new task gets the next free code; any unique code may be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coordinating unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due at the end of every period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit is called “%1”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadli&amp;ne:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods, with their status today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each period&apos;s status today. Record a period&apos;s report with Mark completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;sed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurring task closed on a date no longer falls due after that period. Each period&apos;s report is recorded with Mark completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Saved filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this filter (for example &quot;Overdue — Department of Science and Technology&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved filter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archi&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived tasks instead of current ones; restore them from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filters under a name, in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit: type part of the name, accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assigning levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskHistoryModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Assigned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (redo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting directive</source>
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
    <name>TaskValidator</name>
    <message>
        <source>Enter the task&apos;s code, e.g. NV-0272.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another task already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the task is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead unit: every task has one unit in charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a period. Write e.g. 30/09/2026, Quý III/2026 or Tháng 5/2026; leave it empty for a standing task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurring task needs the date it was assigned: its first period starts then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline (%1) is before the date the task was assigned (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date (%1) is in the future; record it once the task is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date (%1) is before the task was assigned (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment date (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a period. Write e.g. 31/12/2026 or Quý IV/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new deadline (%1) is before the date the task was assigned (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the extension was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension&apos;s decision date (%1) is in the future.</source>
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
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected tasks back into the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected tasks out of the register; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: select one task to see its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: select a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1: no changes recorded since it was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new task (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;completed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the completion date of the selected tasks, or reopen them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;lead unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected tasks to another lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a deadline extension for the selected tasks, with its document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who changed the selected task, what and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected task&apos;s form (Ctrl+E or double-click); F2 edits the title, lead unit or completion date in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From directive %1 of the meeting of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the date to open the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitChecklist</name>
    <message numerus="yes">
        <source>%n selected: %1</source>
        <translation>
            <numerusform>%n selected: %1</numerusform>
            <numerusform>%n selected: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter units, accents optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitComboBox</name>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>No unit is called “%1”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SO-KHCN, XA-MYHOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitEdits</name>
    <message numerus="yes">
        <source>%1 still leads %n open task(s).</source>
        <translation>
            <numerusform>%1 still leads %n open task.</numerusform>
            <numerusform>%1 still leads %n open tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n open unit(s) under it.</source>
        <translation>
            <numerusform>%1 still has %n open unit under it.</numerusform>
            <numerusform>%1 still has %n open units under it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the unit&apos;s code and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another unit already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of unit it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent unit is not in the unit list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed on %2: place the new unit under an open unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor is not in the unit list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be its own successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of %2 and cannot take over from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open on %2, so it cannot take over from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already closed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened on %2: it can only close after that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm to close it all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open: close it first, then name the unit that takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the successor of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be placed under itself or under one of its own units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitReportEdits</name>
    <message>
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the report was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for %1 cannot have been received on %2, before the month began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not owe monthly reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the report of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report of %1 is recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the report of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitReportMatrixModel</name>
    <message>
        <source>%1: due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitReportRules</name>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitReportStore</name>
    <message>
        <source>The units&apos; reports could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit has reported for %1 (as of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units that have not yet reported for %1 (as of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — due %3, %n day(s) late</source>
        <translation>
            <numerusform>%1. %2 — due %3, %n day late</numerusform>
            <numerusform>%1. %2 — due %3, %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 — due %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitReportsPage</name>
    <message>
        <source>The monthly reports could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No month is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n on time</source>
        <translation>
            <numerusform>%n on time</numerusform>
            <numerusform>%n on time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet due</source>
        <translation>
            <numerusform>%n not yet due</numerusform>
            <numerusform>%n not yet due</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reported for %1, ready to send as a reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reports received by this date count; later ones show as not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the received date and document number of the selected unit&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the received date of the selected report (it stays owed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Departments and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes, wards and special zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — closed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — closed on %2, taken over by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successor recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Leads %n task(s), %1 of them open</source>
        <translation>
            <numerusform>Leads %n task, %1 of them open</numerusform>
            <numerusform>Leads %n tasks, %1 of them open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open unit(s) under it</source>
        <translation>
            <numerusform>%n open unit under it</numerusform>
            <numerusform>%n open units under it</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unit under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the unit on a date, naming the unit that takes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;successor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;closed units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a unit by code or name, accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the unit under another one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: its part %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is not valid XML (line %3: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged: it cannot be opened as one. Save it again as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet with cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet %3 refers to a text that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet %3 holds &quot;%4&quot;, which is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet %3 holds &quot;%4&quot;, which is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 unpacks to more than %L3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: it holds more than %L2 different texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: it holds more than %L2 parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 of %2 is refused: it has more than %L3 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the rows of sheet %2 are out of order near row %L3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 of %2 is refused: row %L3 has a cell beyond column %L4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 of %2 is refused: it has more than %L3 cells.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet name &quot;%1&quot; is not allowed by Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header of column %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sheet holds from 1 to %L1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sheet holds at most %L1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %L1, column %2 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %L1, column %2 is longer than the %L3 characters a cell holds.</source>
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
