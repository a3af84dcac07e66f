<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CertificateExpiry</name>
    <message numerus="yes">
        <source>The certificate for %1 is valid for %n more day(s).</source>
        <translation>
            <numerusform>The certificate for %1 is valid for %n more day.</numerusform>
            <numerusform>The certificate for %1 is valid for %n more days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate for %1 expires in %n day(s). %2</source>
        <translation>
            <numerusform>The certificate for %1 expires in %n day. %2</numerusform>
            <numerusform>The certificate for %1 expires in %n days. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>No spam yet today; %n message(s) checked.</source>
        <translation>
            <numerusform>No spam yet today; %n message checked.</numerusform>
            <numerusform>No spam yet today; %n messages checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostsModel</name>
    <message numerus="yes">
        <source>%n message(s) wait for another delivery attempt.</source>
        <translation>
            <numerusform>%n message waits for another delivery attempt.</numerusform>
            <numerusform>%n messages wait for another delivery attempt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostsPage</name>
    <message numerus="yes">
        <source>Connecting to %n host(s)…</source>
        <translation>
            <numerusform>Connecting to %n host…</numerusform>
            <numerusform>Connecting to %n hosts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) answered in %1 ms at %2.</source>
        <translation>
            <numerusform>%n host answered in %1 ms at %2.</numerusform>
            <numerusform>%n hosts answered in %1 ms at %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected.</source>
        <translation>
            <numerusform>%n not connected.</numerusform>
            <numerusform>%n not connected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention.</source>
        <translation>
            <numerusform>%n needs attention.</numerusform>
            <numerusform>%n need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message numerus="yes">
        <source>Reading canceled: %n message(s) so far</source>
        <translation>
            <numerusform>Reading canceled: %n message so far</numerusform>
            <numerusform>Reading canceled: %n messages so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) shown</source>
        <translation>
            <numerusform>%1 of %n message shown</numerusform>
            <numerusform>%1 of %n messages shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailroom::ConfigEditor</name>
    <message numerus="yes">
        <source>%n parameters from “postconf -d” of the installed Postfix; descriptions from its postconf(5) manual page. Click one to go to its line, or to add it with its default value.</source>
        <translation>
            <numerusform>%n parameter from “postconf -d” of the installed Postfix; descriptions from its postconf(5) manual page. Click one to go to its line, or to add it with its default value.</numerusform>
            <numerusform>%n parameters from “postconf -d” of the installed Postfix; descriptions from its postconf(5) manual page. Click one to go to its line, or to add it with its default value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailroom::MailboxWriter</name>
    <message numerus="yes">
        <source>%n message(s) removed.</source>
        <translation>
            <numerusform>%n message removed.</numerusform>
            <numerusform>%n messages removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) arrived meanwhile and were kept.</source>
        <translation>
            <numerusform>%n new message arrived meanwhile and was kept.</numerusform>
            <numerusform>%n new messages arrived meanwhile and were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailroom::MessageView</name>
    <message numerus="yes">
        <source>Mailroom shows the first %n character(s) of this message&apos;s text here (it has %1).</source>
        <translation>
            <numerusform>Mailroom shows the first %n character of this message&apos;s text here (it has %1).</numerusform>
            <numerusform>Mailroom shows the first %n characters of this message&apos;s text here (it has %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailroom::SpamLearner</name>
    <message numerus="yes">
        <source>Cancelled; SpamAssassin learned from %n message(s) before that.</source>
        <translation>
            <numerusform>Cancelled; SpamAssassin learned from %n message before that.</numerusform>
            <numerusform>Cancelled; SpamAssassin learned from %n messages before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SpamAssassin learned from %n message(s); it already knew the others.</source>
        <translation>
            <numerusform>SpamAssassin learned from %n message; it already knew the others.</numerusform>
            <numerusform>SpamAssassin learned from %n messages; it already knew the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SpamAssassin learned from %n message(s).</source>
        <translation>
            <numerusform>SpamAssassin learned from %n message.</numerusform>
            <numerusform>SpamAssassin learned from %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n message(s) have waited in the mail queue for more than an hour.</source>
        <translation>
            <numerusform>%n message has waited in the mail queue for more than an hour.</numerusform>
            <numerusform>%n messages have waited in the mail queue for more than an hour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueAction</name>
    <message numerus="yes">
        <source>%n message(s) retried now</source>
        <translation>
            <numerusform>%n message retried now</numerusform>
            <numerusform>%n messages retried now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put on hold</source>
        <translation>
            <numerusform>%n message put on hold</numerusform>
            <numerusform>%n messages put on hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released</source>
        <translation>
            <numerusform>%n message released</numerusform>
            <numerusform>%n messages released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) requeued</source>
        <translation>
            <numerusform>%n message requeued</numerusform>
            <numerusform>%n messages requeued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted</source>
        <translation>
            <numerusform>%n message deleted</numerusform>
            <numerusform>%n messages deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message numerus="yes">
        <source>%n message(s) waiting in the queue.</source>
        <translation>
            <numerusform>%n message waiting in the queue.</numerusform>
            <numerusform>%n messages waiting in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown by the filters.</source>
        <translation>
            <numerusform>%n shown by the filters.</numerusform>
            <numerusform>%n shown by the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the queue? They will not be delivered.</source>
        <translation>
            <numerusform>Delete %n message from the queue? It will not be delivered.</numerusform>
            <numerusform>Delete %n messages from the queue? They will not be delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message numerus="yes">
        <source>%n configuration backup(s) are kept.</source>
        <translation>
            <numerusform>%n configuration backup is kept.</numerusform>
            <numerusform>%n configuration backups are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailroomctl</name>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
