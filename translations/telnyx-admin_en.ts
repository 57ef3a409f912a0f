<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>telnyx::MainWindow</name>
    <message numerus="yes">
        <source>%n account(s) sent by the server could not be read and are not shown (%1).</source>
        <translation>
            <numerusform>%n account sent by the server could not be read and are not shown (%1).</numerusform>
            <numerusform>%n accounts sent by the server could not be read and are not shown (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading was cancelled: %n account(s) loaded so far. Press F5 to load everything.</source>
        <translation>
            <numerusform>Loading was cancelled: %n account loaded so far. Press F5 to load everything.</numerusform>
            <numerusform>Loading was cancelled: %n accounts loaded so far. Press F5 to load everything.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n account(s) so far</source>
        <translation>
            <numerusform>Loading… %n account so far</numerusform>
            <numerusform>Loading… %n accounts so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) shown</source>
        <translation>
            <numerusform>%1 of %n account shown</numerusform>
            <numerusform>%1 of %n accounts shown</numerusform>
        </translation>
    </message>
</context>
</TS>
