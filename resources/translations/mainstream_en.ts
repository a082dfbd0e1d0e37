<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttentionModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_page.py" line="+96"/>
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Overdue by %Ln day</numerusform>
            <numerusform>Overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln day(s) past its planned end</source>
        <translation>
            <numerusform>%Ln day past its planned end</numerusform>
            <numerusform>%Ln days past its planned end</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location line="+213"/>
        <source>%Ln meeting(s) in the last 12 months</source>
        <translation>
            <numerusform>%Ln meeting in the last 12 months</numerusform>
            <numerusform>%Ln meetings in the last 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln decision(s) in all</source>
        <translation>
            <numerusform>%Ln decision in all</numerusform>
            <numerusform>%Ln decisions in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>across %Ln activities</source>
        <translation>
            <numerusform>across %Ln activity</numerusform>
            <numerusform>across %Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %Ln work plan(s)</source>
        <translation>
            <numerusform>in %Ln work plan</numerusform>
            <numerusform>in %Ln work plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{share} women · %Ln activities</source>
        <translation>
            <numerusform>{share} women · %Ln activity</numerusform>
            <numerusform>{share} women · %Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>— showing the %Ln oldest, up to {limit} of each kind</source>
        <translation>
            <numerusform>— showing the %Ln oldest, up to {limit} of each kind</numerusform>
            <numerusform>— showing the %Ln oldest, up to {limit} of each kind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/history_page.py" line="+306"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n field changed.</numerusform>
            <numerusform>%n fields changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n record(s) went to the trash together (trash group {group}).</source>
        <translation>
            <numerusform>%n record went to the trash (trash group {group}).</numerusform>
            <numerusform>%n records went to the trash together (trash group {group}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) came back from the trash together (trash group {group}).</source>
        <translation>
            <numerusform>%n record came back from the trash (trash group {group}).</numerusform>
            <numerusform>%n records came back from the trash together (trash group {group}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/list_page.py" line="+113"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="+431"/>
        <source>Demo data loaded: %Ln record(s) added.</source>
        <translation>
            <numerusform>Demo data loaded: %Ln record added.</numerusform>
            <numerusform>Demo data loaded: %Ln records added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/workbooks.py" line="+104"/>
        <source>%n cell(s) refused: nothing can be imported. They are marked in {path}: fix them there and import that copy.</source>
        <translation>
            <numerusform>%n cell refused: nothing can be imported. It is marked in {path}: fix it there and import that copy.</numerusform>
            <numerusform>%n cells refused: nothing can be imported. They are marked in {path}: fix them there and import that copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/exchange_receive.py" line="+428"/>
        <source>%Ln field(s) were edited on both sides: see the Conflicts tab.</source>
        <translation>
            <numerusform>%Ln field was edited on both sides: see the Conflicts tab.</numerusform>
            <numerusform>%Ln fields were edited on both sides: see the Conflicts tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln record(s) now break a rule because edits made apart met; open them to put them right:</source>
        <translation>
            <numerusform>%Ln record now breaks a rule because edits made apart met; open it to put it right:</numerusform>
            <numerusform>%Ln records now break a rule because edits made apart met; open them to put them right:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports_page.py" line="+570"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/exchange_send.py" line="+199"/>
        <source>Saved {path}: %Ln change(s)</source>
        <translation>
            <numerusform>Saved {path}: %Ln change</numerusform>
            <numerusform>Saved {path}: %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, with %Ln attached file(s)</source>
        <translation>
            <numerusform>, with %Ln attached file</numerusform>
            <numerusform>, with %Ln attached files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/trash_page.py" line="+130"/>
        <source>kept by a partner&apos;s edit; %n record it owned</source>
        <translation>
            <numerusform>kept by a partner&apos;s edit; %n record it owned</numerusform>
            <numerusform>kept by a partner&apos;s edit; %n records it owned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n more</source>
        <translation>
            <numerusform>with %n more</numerusform>
            <numerusform>with %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location line="+130"/>
        <source>&lt;h3&gt;Nothing from {country} is in the trash&lt;/h3&gt;&lt;p&gt;Entries of other countries and shared records: %n. Choose All countries to see them.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Nothing from {country} is in the trash&lt;/h3&gt;&lt;p&gt;Entries of other countries and shared records: %n. Choose All countries to see them.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Nothing from {country} is in the trash&lt;/h3&gt;&lt;p&gt;Entries of other countries and shared records: %n. Choose All countries to see them.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Restored {what} and %n more that went to the trash with it.</source>
        <translation>
            <numerusform>Restored {what} and %n more that went to the trash with it.</numerusform>
            <numerusform>Restored {what} and %n more that went to the trash with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/workbooks.py" line="+91"/>
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n record to {path}.</numerusform>
            <numerusform>Exported %n records to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Imported {file}: %n record(s) created or changed. The database before it is in {backup}.</source>
        <translation>
            <numerusform>Imported {file}: %n record created or changed. The database before it is in {backup}.</numerusform>
            <numerusform>Imported {file}: %n records created or changed. The database before it is in {backup}.</numerusform>
        </translation>
    </message>
</context>
</TS>
