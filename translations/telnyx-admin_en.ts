<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>telnyx::AccountsPage</name>
    <message numerus="yes">
        <source>%n account(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n account sent by Telnyx could not be read and are not shown: %1</numerusform>
            <numerusform>%n accounts sent by Telnyx could not be read and are not shown: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded so far; the list may be incomplete.</source>
        <translation>
            <numerusform>%n account loaded so far; the list may be incomplete.</numerusform>
            <numerusform>%n accounts loaded so far; the list may be incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>D&amp;isable %n account(s)…</source>
        <translation>
            <numerusform>D&amp;isable %n account…</numerusform>
            <numerusform>D&amp;isable %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enable %n account(s)…</source>
        <translation>
            <numerusform>&amp;Enable %n account…</numerusform>
            <numerusform>&amp;Enable %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)?</source>
        <translation>
            <numerusform>Enable %n account?</numerusform>
            <numerusform>Enable %n accounts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)</source>
        <translation>
            <numerusform>Enable %n account</numerusform>
            <numerusform>Enable %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)?</source>
        <translation>
            <numerusform>Disable %n account?</numerusform>
            <numerusform>Disable %n accounts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)</source>
        <translation>
            <numerusform>Disable %n account</numerusform>
            <numerusform>Disable %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) enabled.</source>
        <translation>
            <numerusform>%n account enabled.</numerusform>
            <numerusform>%n accounts enabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) disabled.</source>
        <translation>
            <numerusform>%n account disabled.</numerusform>
            <numerusform>%n accounts disabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Exported %n account to %1.</numerusform>
            <numerusform>Exported %n accounts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n account(s)</source>
        <translation>
            <numerusform>Enabling %n account</numerusform>
            <numerusform>Enabling %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabling %n account(s)</source>
        <translation>
            <numerusform>Disabling %n account</numerusform>
            <numerusform>Disabling %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln account(s) so far</source>
        <translation>
            <numerusform>Loading… %Ln account so far</numerusform>
            <numerusform>Loading… %Ln accounts so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln account shown</numerusform>
            <numerusform>%1 of %Ln accounts shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::BulkRunDialog</name>
    <message numerus="yes">
        <source>%n failed; the reasons are listed below.</source>
        <translation>
            <numerusform>%n failed; the reasons are listed below.</numerusform>
            <numerusform>%n failed; the reasons are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted (cancelled).</source>
        <translation>
            <numerusform>%n not attempted (cancelled).</numerusform>
            <numerusform>%n not attempted (cancelled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done.</source>
        <translation>
            <numerusform>%1 of %n done.</numerusform>
            <numerusform>%1 of %n done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::ChannelLimitDialog</name>
    <message numerus="yes">
        <source>This account may hold up to %n simultaneous outbound call(s).</source>
        <translation>
            <numerusform>This account may hold up to %n simultaneous outbound call.</numerusform>
            <numerusform>This account may hold up to %n simultaneous outbound calls.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::GroupsReportPage</name>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n user sent by Telnyx could not be read and are not shown: %1</numerusform>
            <numerusform>%n users sent by Telnyx could not be read and are not shown: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s); group ID %1</source>
        <translation>
            <numerusform>%n member; group ID %1</numerusform>
            <numerusform>%n members; group ID %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln user shown</numerusform>
            <numerusform>%1 of %Ln users shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::UsersModel</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>telnyx::UsersPage</name>
    <message numerus="yes">
        <source>%n user(s) sent by Telnyx could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n user sent by Telnyx could not be read and are not shown: %1</numerusform>
            <numerusform>%n users sent by Telnyx could not be read and are not shown: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n user(s)…</source>
        <translation>
            <numerusform>&amp;Remove %n user…</numerusform>
            <numerusform>&amp;Remove %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded so far; the list may be incomplete.</source>
        <translation>
            <numerusform>%n user loaded so far; the list may be incomplete.</numerusform>
            <numerusform>%n users loaded so far; the list may be incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from the organization?</source>
        <translation>
            <numerusform>Remove %n user from the organization?</numerusform>
            <numerusform>Remove %n users from the organization?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s)</source>
        <translation>
            <numerusform>Remove %n user</numerusform>
            <numerusform>Remove %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n user(s)</source>
        <translation>
            <numerusform>Removing %n user</numerusform>
            <numerusform>Removing %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) removed.</source>
        <translation>
            <numerusform>%n user removed.</numerusform>
            <numerusform>%n users removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln user(s) so far</source>
        <translation>
            <numerusform>Loading… %Ln user so far</numerusform>
            <numerusform>Loading… %Ln users so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln user shown</numerusform>
            <numerusform>%1 of %Ln users shown</numerusform>
        </translation>
    </message>
</context>
</TS>
