<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ContactCard</name>
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
</context>
<context>
    <name>MainActions</name>
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
    <name>SidebarModel</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
</context>
</TS>