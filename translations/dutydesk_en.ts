<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>dd::Database</name>
    <message>
        <source>the database location is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid postgresql://user@host:port/db URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL must not contain a password; it is kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL “%1” names no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported database “%1”: use a file path or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>Dutydesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a request that came by phone or messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dutydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out of scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to &amp;development…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
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
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, subject or client (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client / project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket to see its clocks, history and the project&apos;s account manager, programmer and tester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock is in warning or breached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dutydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dutydesk %1&lt;/h3&gt;&lt;p&gt;The technical-support console: per-project queues with live countdowns to SLA breach, breach warnings, the bimonthly regression schedule.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::StatusClockWidget</name>
    <message>
        <source>Moscow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moscow time (service windows): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local %1 (UTC%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop&apos;s time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Time</name>
    <message>
        <source>“%1” is not an ISO 8601 instant (expected e.g. 2026-03-03T10:00:00+03:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist in Moscow time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl</name>
    <message>
        <source>Database: a SQLite file or postgresql://user@host:port/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1 %2”; see dutydeskctl %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dutydeskctl %1 COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dutydeskctl [--database PATH|URL] [--json] [--lang ru|en] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scriptable face of the Dutydesk support console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “dutydeskctl COMMAND --help” for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported language “%1” (use ru or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see dutydeskctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”; see dutydeskctl --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
