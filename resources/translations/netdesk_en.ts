<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ContactActions</name>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n contact for good? This cannot be undone.</numerusform><numerusform>Delete %n contacts for good? This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)?</source>
        <translation>
            <numerusform>Delete %n contact?</numerusform><numerusform>Delete %n contacts?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n contact(s):</source>
        <translation>
            <numerusform>Tag for %n contact:</numerusform><numerusform>Tag for %n contacts:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reached out to %n contact(s)</source>
        <translation>
            <numerusform>Reached out to %n contact</numerusform><numerusform>Reached out to %n contacts</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message numerus="yes">
        <source>%n other(s) at this organisation</source>
        <translation>
            <numerusform>%n other at this organisation</numerusform><numerusform>%n others at this organisation</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform><numerusform>overdue by %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform><numerusform>Delete %n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation>
            <numerusform>Tag %n contact</numerusform><numerusform>Tag %n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set circle of %n contact(s)</source>
        <translation>
            <numerusform>Set circle of %n contact</numerusform><numerusform>Set circle of %n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n contact(s)</source>
        <translation>
            <numerusform>Snooze %n contact</numerusform><numerusform>Snooze %n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n contact(s)</source>
        <translation>
            <numerusform>Merge %n contact</numerusform><numerusform>Merge %n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restore %n contact</numerusform><numerusform>Restore %n contacts</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message numerus="yes">
        <source>contacts</source>
        <comment>dashboard tile</comment>
        <translation>
            <numerusform>contacts</numerusform><numerusform>contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in touch in the last 30 days</source>
        <comment>dashboard tile</comment>
        <translation>
            <numerusform>in touch in the last 30 days</numerusform><numerusform>in touch in the last 30 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in touch in the last 90 days</source>
        <comment>dashboard tile</comment>
        <translation>
            <numerusform>in touch in the last 90 days</numerusform><numerusform>in touch in the last 90 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>overdue for a catch-up</source>
        <comment>dashboard tile</comment>
        <translation>
            <numerusform>overdue for a catch-up</numerusform><numerusform>overdue for a catch-up</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>due this week</source>
        <comment>dashboard tile</comment>
        <translation>
            <numerusform>due this week</numerusform><numerusform>due this week</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>never contacted</source>
        <comment>dashboard tile</comment>
        <translation>
            <numerusform>never contacted</numerusform><numerusform>never contacted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>times I gave</source>
        <comment>balance</comment>
        <translation>
            <numerusform>times I gave</numerusform><numerusform>times I gave</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>times I received</source>
        <comment>balance</comment>
        <translation>
            <numerusform>times I received</numerusform><numerusform>times I received</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>open asks</source>
        <comment>balance</comment>
        <translation>
            <numerusform>open asks</numerusform><numerusform>open asks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>offers made</source>
        <comment>balance</comment>
        <translation>
            <numerusform>offers made</numerusform><numerusform>offers made</numerusform></translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message numerus="yes">
        <source>%n contact(s) overdue for a catch-up. A short message keeps a connection warm.</source>
        <translation>
            <numerusform>%n contact overdue for a catch-up. A short message keeps a connection warm.</numerusform><numerusform>%n contacts overdue for a catch-up. A short message keeps a connection warm.</numerusform></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <translation>
            <numerusform>Exported %n contact to %1</numerusform><numerusform>Exported %n contacts to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n row(s) may be a contact you have or an earlier row, with nothing to prove it: each is added as new unless you check it to merge.</source>
        <translation>
            <numerusform>%n row may be a contact you have or an earlier row, with nothing to prove it: each is added as new unless you check it to merge.</numerusform><numerusform>%n rows may be a contact you have or an earlier row, with nothing to prove it: each is added as new unless you check it to merge.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform><numerusform>…and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out.</source>
        <translation>
            <numerusform>%n row left out.</numerusform><numerusform>%n rows left out.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message numerus="yes">
        <source>Show the %n imported</source>
        <translation>
            <numerusform>Show the %n imported</numerusform><numerusform>Show the %n imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing only the %n imported.</source>
        <translation>
            <numerusform>Showing only the %n imported.</numerusform><numerusform>Showing only the %n imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Timeline — %n interaction(s)</source>
        <translation>
            <numerusform>Timeline — %n interaction</numerusform><numerusform>Timeline — %n interactions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) shown</source>
        <translation>
            <numerusform>%n contact shown</numerusform><numerusform>%n contacts shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>of %n</numerusform><numerusform>of %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
</context>
<context>
    <name>MonthlyBarChart</name>
    <message numerus="yes">
        <source>%1: %Ln interaction(s)</source>
        <translation>
            <numerusform>%1: %Ln interaction</numerusform><numerusform>%1: %Ln interactions</numerusform></translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message numerus="yes">
        <source>Keep in touch every %n day(s).</source>
        <translation>
            <numerusform>Keep in touch every %n day.</numerusform><numerusform>Keep in touch every %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) exported to %1</source>
        <translation>
            <numerusform>%n follow-up exported to %1</numerusform><numerusform>%n follow-ups exported to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>NetworkViewDialog</name>
    <message numerus="yes">
        <source>Open Asks (%Ln)</source>
        <translation>
            <numerusform>Open Asks (%Ln)</numerusform><numerusform>Open Asks (%Ln)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>What I Gave Lately (%Ln)</source>
        <translation>
            <numerusform>What I Gave Lately (%Ln)</numerusform><numerusform>What I Gave Lately (%Ln)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Introductions (%Ln)</source>
        <translation>
            <numerusform>Introductions (%Ln)</numerusform><numerusform>Introductions (%Ln)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Events (%Ln)</source>
        <translation>
            <numerusform>Events (%Ln)</numerusform><numerusform>Events (%Ln)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>What you gave in the last %Ln day(s): favours, help and offers.</source>
        <translation>
            <numerusform>What you gave in the last %Ln day: favours, help and offers.</numerusform><numerusform>What you gave in the last %Ln days: favours, help and offers.</numerusform></translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncAccountDialog</name>
    <message numerus="yes">
        <source>Found %n address book(s).</source>
        <translation>
            <numerusform>Found %n address book.</numerusform><numerusform>Found %n address books.</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n message)</numerusform><numerusform>%1 (%n messages)</numerusform></translation>
    </message>
</context>
<context>
    <name>TrayReminder</name>
    <message numerus="yes">
        <source>%n contact(s) overdue for a catch-up.</source>
        <translation>
            <numerusform>%n contact overdue for a catch-up.</numerusform><numerusform>%n contacts overdue for a catch-up.</numerusform></translation>
    </message>
</context>
</TS>