<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>dd::AcknowledgmentTemplate</name>
    <message>
        <source>an acknowledgment template starts with a &quot;Subject:&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acknowledgment subject is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acknowledgment body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AdministrationWindow</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariffs &amp;&amp; policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BillingSplit</name>
    <message>
        <source>the work ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BreachDockWidget</name>
    <message>
        <source>Breach warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue regression runs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BreachNotifier</name>
    <message>
        <source>Dutydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 breached its SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is close to breaching its SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3: %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutydesk: %1 breached, %2 in warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New emergency ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CalendarRepository</name>
    <message>
        <source>%1 is not a calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar for %1 was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored calendar for %1 has an unknown source “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored calendar for %1 has a damaged day “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a day of the calendar needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calendar for %1 is loaded; import it first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CalendarTab</name>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decree, a company decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import xmlcalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a production calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xmlcalendar (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the production calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production calendar ends on %1: import the next year&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar for %1 is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed for everyone using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar for %1 is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CannedAnswersDialog</name>
    <message>
        <source>Canned answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text; {client}, {number} and {engineer} are filled in when it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A canned answer needs a title and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Categories</name>
    <message>
        <source>Public or admin part of the site unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to cart or place an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pay or receive money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order-intake integration broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery modules broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is hacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security monitoring (viruses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus cleaning and recovery after failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions for administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site structure changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template, CSS, JS, PHP, module changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS module install or removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet or proxy at the client&apos;s workplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software on the client&apos;s computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party services not integrated with the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New functionality or modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphic design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ChangeWatcher</name>
    <message>
        <source>reconnected to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen for changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable change notification: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ChecklistEditorDialog</name>
    <message>
        <source>Checklist — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item a line: &lt;i&gt;id: title&lt;/i&gt;. The id stays the same when you reword the title; runs already started keep their checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default for an online shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ChecklistTemplate</name>
    <message>
        <source>Catalogue: categories, filters, sorting, paging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: results, typos, empty result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product page: photos, price, options, availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart: add, change quantity, remove, totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout: place an order as a guest and as a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment: every payment method, correct order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order e-mails to the customer and the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account: sign-up, login, password reset, orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin login and the admin part opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order-intake integrations (CRM, 1C) receive the test order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery modules: cost and pick-up points calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms: feedback, call-back, subscription deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page speed: home, catalogue and product page load fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups present: the latest daily backup exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature works as the ticket describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s steps to reproduce no longer fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related pages and the order path still work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item “%1” has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item “%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an item id (lower-case letters, digits, dashes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ClientMessageDialog</name>
    <message>
        <source>Client&apos;s message on #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived (Moscow time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client said:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ClientRepository</name>
    <message>
        <source>a client needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a client “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new client got no id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ConnectionMonitor</name>
    <message>
        <source>no answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is unreachable (%2); nothing can be saved until it is back. Next try in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is unreachable; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ConsoleSession</name>
    <message>
        <source>Demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ConversationWidget</name>
    <message>
        <source>Reply to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note (never sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned answer (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No messages yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered to %1 after %2 attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempts, last: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic acknowledgment · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note by %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail goes out with the intake&apos;s next cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for colleagues; the client never sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply to the client; it is e-mailed from the support address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is %1: reopen it to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply queued for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CredentialStore</name>
    <message>
        <source>cannot %1 in the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the password for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CurlSession</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database did not tell its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is unreachable: nothing was saved. Dutydesk reconnects by itself; try again when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is unreachable; Dutydesk reconnects by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the change failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program knows (%2); update Dutydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program lacks schema migration %1; it was built without one of its modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 of the database does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1 and this program needs %2; its owner updates it first: dutydeskctl migrate --database postgresql://OWNER@…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DatabaseLocation</name>
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
    <name>dd::DateTimeFormat</name>
    <message>
        <source>Your time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Moscow time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DemoData</name>
    <message>
        <source>the number of tickets must not be negative, the number of weeks positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database already holds data (%1); demo data goes into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DesktopNotifications</name>
    <message>
        <source>Open the ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DurationText</name>
    <message>
        <source>“%1” is not a duration; write it like 4h, 90m or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::EscalationNotice</name>
    <message>
        <source>%1 Escalated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote to the head of support about ticket #%2 “%3”; the ticket is flagged as escalated.

Their mail:

%4
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::EscalationNotifier</name>
    <message>
        <source>Escalation: ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) escalated “%3” to the head of support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ExplanationText</name>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortened day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours, 06:00–20:00 every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1 (the deadline was %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::FeatureTestDialog</name>
    <message>
        <source>Feature test for #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds the tester role yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::FirstRunDialog</name>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Dutydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo: 14 projects and their tickets, marked DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the team&apos;s database (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a postgresql://login@host:port/database address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ImapClient</name>
    <message>
        <source>the IMAP server reported no UIDVALIDITY for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected imaps://user@host[:port]/MAILBOX, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the mailbox password in the keychain or a password file, not in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IMAP URL names no user: imaps://user@host/INBOX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IntakeDaemon</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no --password-file, and the keychain cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for %1: pass --password-file or store it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a duration from 1s to 24h like 30s, 5m or 1h, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 of the database does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 does not exist; create it with `dutydeskctl migrate` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Dutydesk schema; create it with `dutydeskctl migrate` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from wants an address, e.g. &quot;Техподдержка &lt;support@example.org&gt;&quot;, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the support mailbox and files every request as a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dutydesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the PostgreSQL password from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay for acknowledgments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender of the acknowledgments (default: the shared setting mail.support-address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the mailbox once and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between two reads (default 30s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the mailbox password from FILE instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the SMTP password from FILE (default: the mailbox password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the mail servers&apos; certificates issued by this CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment of a new ticket (Subject: line, empty line, body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment of a message added to a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the first run, leave the mail already in the mailbox alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments above this size are not stored (default: the shared setting mail.max-attachment-mb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one acknowledgment per sender and ticket this often (default: the shared setting mail.ack-interval; the loop guard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox UIDs listed per request (default and most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this SpamAssassin daemon about every mail before filing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of support&apos;s address: a mail to it about a ticket escalates the ticket (default: the shared setting mail.head-of-support-address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required; see --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IntakeRules</name>
    <message>
        <source>delivery report (bounce) from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a trusted address of more than one client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a client&apos;s official address nor a trusted person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to ticket #%2 of another client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IntakeRunner</name>
    <message>
        <source>%1 unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (will retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no support address: set mail.support-address or --from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::IntakeService</name>
    <message>
        <source>UID %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client of %1 has %2 active projects and the mail names none of their sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the mail is discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment “%1” (%2 bytes) was not stored: it exceeds the size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The original mail is attached as original-message.eml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spam (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; filed as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acknowledgment (loop guard: one was sent recently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail to %1 (ticket %2) failed for good: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail to %1 (ticket %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic: no reaction owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>escalated (%n notified by mail)</source>
        <translation>
            <numerusform>escalated (%n notified by mail)</numerusform>
            <numerusform>escalated (%n notified by mail)</numerusform>
        </translation>
    </message>
    <message>
        <source>its draft could not be composed into a message</source>
        <translation>its draft could not be composed into a message</translation>
    </message>
</context>
<context>
    <name>dd::IntakeStore</name>
    <message>
        <source>there is no quarantined mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined mail %1 is not held any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new row got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same mail was read before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID %1 was filed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Message-ID %1 is that of one of our own mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Message-ID %1 is used by another mail with other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 of this ticket has no stored original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored original of message %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::MailParser</name>
    <message>
        <source>the message is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no sender (From header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender address cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown charset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of the text did not match its charset %1 and were replaced by �</source>
        <translation>
            <numerusform>%n byte of the text did not match its charset %1 and was replaced by �</numerusform>
            <numerusform>%n bytes of the text did not match its charset %1 and were replaced by �</numerusform>
        </translation>
    </message>
    <message>
        <source>forwarded messages nested more than %1 deep were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>---------- Forwarded message from %1: %2 ----------</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (invalid or truncated base64): its content may be incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTML text is nested too deep to keep its layout: its bare text is shown</source>
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
        <source>Select a ticket to see its clocks, history and the project&apos;s account manager, programmer and tester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach warnings</source>
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
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergencies first by deadline, then first in, first out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;resolved and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n breached) %1</source>
        <translation>
            <numerusform>(%n breached) %1</numerusform>
            <numerusform>(%n breached) %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (filters, search, project and sort are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ticket(s)</source>
        <translation>
            <numerusform>%1 of %n ticket</numerusform>
            <numerusform>%1 of %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search closed tickets too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutydesk — DEMO — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: the clients, people and tickets are made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user of this database. Pick yourself, so that “My tickets” shows your work and your actions carry your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolved or closed ticket(s) load when shown (View → Show resolved and closed).</source>
        <translation>
            <numerusform>%n resolved or closed ticket load when shown (View → Show resolved and closed).</numerusform>
            <numerusform>%n resolved or closed tickets load when shown (View → Show resolved and closed).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Canned answers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::MonthlyReport</name>
    <message>
        <source>no month given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work-log entry %1 on ticket #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tariff “%1” has no hourly rate: its hours are listed without amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::MonthlyReportCsv</name>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived (Moscow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::MonthlyReportDialog</name>
    <message>
        <source>&amp;PDF for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n ticket(s)).</source>
        <translation>
            <numerusform>Written: %1 (%n ticket).</numerusform>
            <numerusform>Written: %1 (%n tickets).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::MonthlyReportPdf</name>
    <message>
        <source>Dutydesk · technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours at normal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours at double rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Moscow time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject / project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work was logged in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on tickets of the urgent level outside business hours (working days of the production calendar, 08:00–16:00 Moscow time) is billed at double rate. Hours are shown as h:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly support report: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: the client asked for work outside business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client reports, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived (Moscow time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client&apos;s project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open … 2. Press … 3. See …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to reproduce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::NotificationBanner</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::Permissions</name>
    <message>
        <source>Only engineers, testers, managers and administrators file requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only engineers, managers and administrators release or discard quarantined mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s tester, managers and administrators edit the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only testers, managers and administrators start testing runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations are announced to managers and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ProductionCalendar</name>
    <message>
        <source>the built-in production calendar is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no production calendar for %1: import the year&apos;s calendar first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no calendar element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, expected &lt;calendar&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar has no &lt;days&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar has no valid year attribute (found “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is the calendar for %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date of %2 (expected MM.DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown day type t=“%1” for %2 (expected 1 day off, 2 shortened, 3 working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ProjectRepository</name>
    <message>
        <source>“%1” is not a valid project code (lower-case Latin letters, digits and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the testing interval must be at least one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tariff “%1” (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new project got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the short name “%1” is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the short name “%1” is already taken by project “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project “%1” was changed meanwhile (now “%2”, short name “%3”); reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ProjectTreeModel</name>
    <message>
        <source>Client / project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n open ticket</numerusform>
            <numerusform>%n open tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s), worst clock: %1</source>
        <translation>
            <numerusform>%n open ticket, worst clock: %1</numerusform>
            <numerusform>%n open tickets, worst clock: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ProjectsTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name (at most %1 characters) is what the queue, the project tree and the dashboard show; empty: the full name. Double-click a name to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::QuarantineDialog</name>
    <message>
        <source>Automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender of two clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client&apos;s ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (Moscow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mail to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All active projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release into a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the mail is set aside (spam, duplicate, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1 (Moscow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 (Moscow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mail and a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail was not released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released as ticket #%1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mail first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail was not discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::QuarantineService</name>
    <message>
        <source>a quarantine status is held, released or discarded, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::QueueModel</name>
    <message>
        <source>%1: %2, deadline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
        <source>No clock runs: the ticket is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: the ticket left the SLA (out of scope or development)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock runs: no reaction is owed and the tariff sets no resolution target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the request arrived, Moscow time (your own time in each row&apos;s tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s last message, reply, note or change, Moscow time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::QueueSync</name>
    <message>
        <source>Live updates are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::QuickGuideDialog</name>
    <message>
        <source>Quick guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;A day in Dutydesk&lt;/h3&gt;&lt;p&gt;&lt;b&gt;The queue&lt;/b&gt; lists the open requests of every project, the most urgent first: emergencies by deadline, then first in, first out. &lt;i&gt;Time left&lt;/i&gt; counts down to the deadline of the clock that runs now — reaction, a follow-up reaction, or resolution — in the service hours of the request&apos;s level; a paused clock (the client is asked for something) shows ‖.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quick filters&lt;/b&gt; (Alt+1 … Alt+5) combine: &lt;i&gt;My tickets&lt;/i&gt; and &lt;i&gt;Breached&lt;/i&gt; together show your breached requests. Save a way of looking at the queue under View → Saved views.&lt;/p&gt;&lt;p&gt;&lt;b&gt;A new request&lt;/b&gt; by phone or messenger: File → New request (Ctrl+N). Register it, answer the client, put it on hold with a reason, resolve it — each from the ticket menu; every step is in the History.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Breach warnings&lt;/b&gt; are docked below the queue; an alert also comes as a desktop notification and a banner above the queue. Opening one keeps your filters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The testing schedule&lt;/b&gt; tab lists every project&apos;s bimonthly regression run; overdue runs are in the warnings dock too.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RatingDialog</name>
    <message>
        <source>Client rating of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RegisterDialog</name>
    <message>
        <source>Register #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked for urgent work outside business hours (double rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— unassigned —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client was told (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category is outside the support SLA: use “Out of scope” or “Hand to development” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the regulation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Regression</name>
    <message>
        <source>Feature test #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2 pass, %3 fail, %4 skipped, %5 not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RegressionRepository</name>
    <message>
        <source>there is no test run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test run %1 is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test run %1 has not been started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project “%1” is %2; only active projects are tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project “%1” already has regression run %2 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is not a tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test run %1 was already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test run %1 has no item “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file “%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test run %1 cannot be finished: %2 of %3 items are not checked (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test run %1 was finished by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no checklist item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a failed item becomes a ticket; “%1” is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item “%1” is already ticket #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature test of #%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by %1 in test run %2 (%3), item %4 “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new test run got no id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RegressionScheduleModel</name>
    <message>
        <source>Days past the due date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature test, ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pass · %2 fail · %3 skipped · %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RegressionScheduleWidget</name>
    <message>
        <source>&amp;My runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the runs assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the schedule as an iCalendar file to subscribe to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue · %2 due · %3 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the testing calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutydesk testing — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutydesk testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected project&apos;s regression checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist saved; it applies to the next run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RegressionTimelineView</name>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature test, ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 skipped, %4 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReplyTemplates</name>
    <message>
        <source>there is no template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only managers edit the canned answers; ask the head of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template needs a title and a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template “%1” was changed by %2 (version %3, you read %4); your change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportRepository</name>
    <message>
        <source>no client “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ReportsService</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::RunLogDialog</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw: the page, the steps, the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;ticket from this failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the client and the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;inish run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature test of ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;tester %3 · due %4 · run %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checked · %3 pass · %4 fail · %5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 filed in the %2 queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SearchRefresher</name>
    <message>
        <source>the search index was not refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SessionIdentity</name>
    <message>
        <source>on the shared database you act as your login “%1”; only an administrator may act as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator may do this (the login “%1” is not in dutydesk_admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator may do this (acting as “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database logins exist only on the shared (PostgreSQL) database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the login “%1” needs CREATEROLE: run this as the database owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new login “%1” needs a password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/db:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database is used after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (after a restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a PostgreSQL database takes a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the desktop&apos;s message sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach warnings, service hours, tariffs and mail settings are shared by every desktop of the database: administrators change them in Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the shared database you work as your PostgreSQL login, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system login (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a user of this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works at this desktop: “My tickets” and your actions follow this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications: warnings, breaches, new emergency tickets, escalations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SharedSettings</name>
    <message>
        <source>%1 cannot be “%2”; accepted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration from %1 to %2, like 1h or 90m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address, or empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template: a “Subject:” line, an empty line, the body; empty for the built-in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-holiday days end an hour early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning when less than this share of the time is left (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning minutes before an emergency deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning minutes before a standard deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning minutes before an urgent deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of support&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one acknowledgment per sender and ticket this often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest attachment stored (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default testing interval of a new project (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment template (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment template (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works at this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no setting “%1”; the shared settings are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a desktop setting: set it in the console&apos;s Settings on that desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was reset meanwhile; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 to “%4”; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SharedSettingsTab</name>
    <message>
        <source>Save for every desktop</source>
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
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; every desktop uses the new values now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Sla</name>
    <message>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off (weekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off (public holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off (transferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 level, %2: %3 counted from %4, deadline %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shortened day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history must be an object with an “events” array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“at” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level change needs “level”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SlaDashboardWidget</name>
    <message>
        <source>SLA dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions in time, % by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reaction time (working time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets at the end of each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating by project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating by engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression testing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by (working time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations to the head of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client / project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %&lt;/b&gt; of reactions in time (%2 of %3) · &lt;b&gt;%4&lt;/b&gt; breaches · &lt;b&gt;%5&lt;/b&gt; open escalations · average rating &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions in time, % by week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week from Monday (Moscow time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no chart “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures from every ticket&apos;s history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to open the ticket in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SlaStatistics</name>
    <message>
        <source>≤15m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30–60m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–4h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–8h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;8h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SmtpSender</name>
    <message>
        <source>no recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected smtp[s]://[user@]host[:port], got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the SMTP password in the keychain or a password file, not in the URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SpamCheck</name>
    <message>
        <source>--spamd wants host[:port], e.g. 127.0.0.1:783, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anti-spam check at %1:%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SqliteChangeWatcher</name>
    <message>
        <source>the change watcher is not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes were missed while this desktop was not watching</source>
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
    <name>dd::TariffPolicyTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate, ₽/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double rate ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1500 or 1500.50; empty: no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4h, 90m, 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: measured only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-rate multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks that started earlier keep the times in force when they started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the double-rate multiplier is a number like 2 or 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max reaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new times apply to clocks starting from now; earlier clocks keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TariffRepository</name>
    <message>
        <source>a tariff code is lower-case letters, digits and dashes, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tariff %1 needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tariff %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the double-rate multiplier is from 100 % to 1000 %, not %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no tariff “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tariff %1 was changed meanwhile (now “%2”, rate %3); reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaction and resolution times must be longer than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 × %2 policy was changed meanwhile (reaction now %3); reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hourly rate is an amount in roubles like 1500 or 1500.50, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TemplatePicker</name>
    <message>
        <source>Canned answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter by title or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no canned answers yet; managers add them (dutydeskctl template add).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TemplatesTab</name>
    <message>
        <source>Subject: {tag} …

Body with {number}, {subject}, {name}, {arrived}. Empty: the shipped text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment of a new ticket, Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment of a new ticket, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the mail intake uses them from its next round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketActions</name>
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
        <source>Postpone #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the ticket waits for (the client is told):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the request is outside technical support (§2.3.3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand #%1 to development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the development department should estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your input is kept: check the ticket and apply it again, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record client &amp;rating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s &amp;message by phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close #%1? The client can no longer reopen it by answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark #%1 as escalated? The head of support sees it among the escalations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketChangeDialog</name>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketConversation</name>
    <message>
        <source>the new row got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no ticket with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail %1 has not failed: only a failed mail is sent again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketDetailWidget</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (Moscow)</source>
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
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to reproduce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No description.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tariff %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;not triaged&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;unassigned&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody assigned&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is %1; its clocks have stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;allowed %1, left %2, deadline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;The ticket left the SLA; this clock is not counted in any figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff “%1”, %2 level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while the ticket waited; %1 counted so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketDialog</name>
    <message>
        <source>Apply to the current version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketEventText</name>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message from the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 was changed by someone else; your change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 was changed %2; your change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1: «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message from the client by %1: «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply to %1: «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply to the client: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps to reproduce: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal note: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an automatic reply from the client&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting reason %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketFeedback</name>
    <message>
        <source>a rating is from 1 to 5, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 is %2: it can be rated once resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply contains no rating (such as «оценка 5» or «5 из 5»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 is already escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 has no open escalation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketFlow</name>
    <message>
        <source>a ticket can wait only with a reason (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason applies only when the ticket goes to waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 ticket cannot become %2 (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketMessages</name>
    <message>
        <source>the message got no id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketReplies</name>
    <message>
        <source>ticket #%1 is %2: reopen it before writing to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment %1 has %2 MB; at most %3 MB go with a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is empty: write what the client should read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment %1 exceeds %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: the client «%2» has no e-mail address and wrote no mail; answer by phone or messenger and add the address to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the support address is not known yet: the mail intake records it with its first mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail from the client is filed by the mail intake; record phone and messenger messages here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s message is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message cannot arrive in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 arrived later than this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketRepository</name>
    <message>
        <source>there is no ticket with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket needs a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket needs its arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket counter is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new ticket got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 is at version %2; there is no version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a page address (http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TicketService</name>
    <message>
        <source>attachment %1 has no stored content</source>
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
    <name>dd::ToolWindows</name>
    <message>
        <source>Te&amp;sting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression &amp;schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production calendar ends on %1: import the next year (Administration → Calendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::TriageEditor</name>
    <message>
        <source>Take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open … 2. Press … 3. See …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to reproduce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— unassigned —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no user account in this database to take tickets with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your input is kept: check the ticket and apply it again, or revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the ticket to me (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::UserRepository</name>
    <message>
        <source>“%1” is not a valid login (lower-case Latin letters, digits, _ . -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user needs at least one role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new user got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (now “%2”, %3); reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n open ticket(s); reassign them to someone first</source>
        <translation>
            <numerusform>%1 has %n open ticket; reassign them to someone first</numerusform>
            <numerusform>%1 has %n open tickets; reassign them to someone first</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 (their roles: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::UsersTab</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
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
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n open ticket(s): choose who takes them over, then deactivate.</source>
        <translation>
            <numerusform>%1 has %n open ticket: choose who takes them over, then deactivate.</numerusform>
            <numerusform>%1 has %n open tickets: choose who takes them over, then deactivate.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Vocabulary</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reproduce / no access to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs detailed diagnosis or development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question incorrect or discussion unconstructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail «СРОЧНО»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction to additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a third party (hosting, vendor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access</source>
        <comment>waiting reason, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <comment>waiting reason, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosis</source>
        <comment>waiting reason, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside support</source>
        <comment>waiting reason, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconstructive</source>
        <comment>waiting reason, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third party</source>
        <comment>waiting reason, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: short waiting reason</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::WalCheckpointer</name>
    <message>
        <source>the log was not copied into the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::WorkLogEntry</name>
    <message>
        <source>“%1” is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a duration such as 1:30, 90 мин, 1ч 30м or 1,5 ч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start, the end and the duration disagree: give two of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the start and the end or the duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a work-log entry needs its start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work cannot end in the future (%1; now it is %2 Moscow time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work cannot start at %1, before the ticket arrived at %2 (Moscow time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::WorkLogRepository</name>
    <message>
        <source>no user with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new work-log entry got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new work-log entry cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no work-log entry with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::WorkLogWidget</name>
    <message>
        <source>Start (Moscow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 at normal rate, %2 at double rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (Moscow time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>09:30 today, or 12.10.2026 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18:00 today; empty with a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:30, 90 мин, 1ч 30м, 1,5 ч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timer %1 on #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop work timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer runs on #%1; stop it there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::CalendarCommand</name>
    <message>
        <source>the calendar for %1 was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the production calendar for %1 in %2: %3 days off, %4 shortened days, %5 working weekend days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working, off or shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (a decree, a company decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar set-day needs one DATE like 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is working, off or shortened, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar set-day needs --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 for everyone using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year, e.g. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar export takes one YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the database (%1 by %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortened days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working weekend days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days: %1, working hours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: %1 working days, %2 working hours (business schedule %3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production calendar: show a year, check or import an xmlcalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year month by month: days off, shortened days, working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate an xmlcalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate an xmlcalendar file and load its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a year as an xmlcalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one day (working, off, shortened) with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a year of the production calendar, month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate an xmlcalendar file and store its year in the database, replacing the shipped or previously stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the file unless it is for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An xmlcalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a valid calendar for %2: %3 working days, %4 days off, %5 shortened, %6 working weekend days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::ClientCommand</name>
    <message>
        <source>The client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted person&apos;s address; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client add needs one NAME and --email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client “%1” added (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and list clients with their official and trusted addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::CommandContext</name>
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
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::DemoCommand</name>
    <message>
        <source>Fill an empty database with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with demo clients, projects, people and tickets with their histories over recent weeks (the same seed gives the same data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread over W weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tickets needs a number ≥ 0, --seed a number, --weeks a number ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users, %2 clients, %3 projects, %4 tickets with %5 history events in %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::FeedbackCommand</name>
    <message>
        <source>Ratings, reopening and escalations of tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the client&apos;s rating (1–5) or parse it from a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a resolved ticket at the client&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a ticket the client escalated to the head of support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a ticket&apos;s escalation handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List escalations, open ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s reply to find the rating in («оценка 5»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating is from 1 to 5, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 rated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled escalations too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 5; none with --reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::MigrateCommand</name>
    <message>
        <source>Apply pending schema migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade the database schema. Running it again changes nothing; every connection also does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1, up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema upgraded from version %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::PolicyCommand</name>
    <message>
        <source>reaction %1, resolution %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency, standard or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max reaction, like 4h, 90m or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution target, or none (measured only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy set needs --tariff T --level L --reaction DUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level is emergency, standard or urgent, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2: reaction %3, resolution %4 from now on; clocks started earlier keep the old times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List and change the SLA policy (tariff × level → reaction, resolution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows in force now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row with the instant it took effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new row from now on: policy set --tariff T --level L --reaction DUR [--resolution DUR|none].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::ProjectCommand</name>
    <message>
        <source>there is no user “%1” (--%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name shown in narrow places (at most 20 characters; an empty value removes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short handle, e.g. rybolov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site URL; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account manager&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programmer&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tester&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, paused or closed (default active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months between regression tests (default: the shared setting testing.default-interval-months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--testing-interval needs a number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start needs a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown project status “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no client “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project add needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 added (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s id, code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project update needs --name or --short-name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change and list client projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a project (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a project&apos;s name or short name (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::QuarantineCommand</name>
    <message>
        <source>a quarantine id is a positive number, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail the intake held back: list, show, release, discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List held mail (--all: every status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one held mail and its original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a held mail as a ticket of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard a held mail, saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List held mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held (default), released or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one held mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the original mail only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined mail %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a held mail as a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project of the ticket (id, code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender of the acknowledgment (default: that of the intake&apos;s last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intake has sent no acknowledgment yet: name the sender with --from ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined mail %1 filed as ticket #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard a held mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined mail %1 discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the original of a mail filed on a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The held mail&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail&apos;s id on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::RegressionCommand</name>
    <message>
        <source>“%1” is not a test run number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this tester&apos;s runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan as of this Moscow date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bimonthly regression schedule and the run log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the runs that are due, overdue or in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a run and its checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a project&apos;s regression run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an item: pass, fail or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish a run with a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a failed item into a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a tester to a ticket to test a feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the schedule as an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or replace a project&apos;s checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list planned runs, paused projects and finished runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> feature test of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1 days late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tester saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a result (pass, fail, skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 item %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test run %1 has no item “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tester who tests the feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test by this date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out finished runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the schedule as an iCalendar file to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutydesk testing — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutydesk testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the checklist with this file (- for standard input), one &quot;slug: title&quot; a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1  %2 %3  %4  tester %5  due %6  pass %7, fail %8, skip %9, not checked %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project (id, code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test run&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist item (its number or slug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass, fail or skip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::ReportCommand</name>
    <message>
        <source>Write a client&apos;s monthly report (hours, amounts, SLA) as CSV or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s monthly report as CSV or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client (id or exact name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or pdf (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this dutydeskctl was built without the GUI libraries and cannot write PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 tickets, normal %3 h, double %4 h, %5 ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::SecretPrompt</name>
    <message>
        <source>the keychain holds no password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::SettingsCommand</name>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting (see settings list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a desktop setting: set it in the console&apos;s Settings on that desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no setting “%1”; the shared settings are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List and change the shared settings (every desktop, the CLI and the intake read them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shared setting and its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one: settings set KEY VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::SlaCommand</name>
    <message>
        <source>Service level: emergency, standard or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s tariff (default: the default policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment to evaluate at, ISO 8601 (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start instant, ISO 8601 (no offset = Moscow time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End instant, ISO 8601 (no offset = Moscow time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count shortened pre-holiday days as full business days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level is required (emergency, standard or urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level “%1” (use emergency, standard or urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tariff “%1” (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the history from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the SLA clocks of a ticket history read from stdin as JSON: {&quot;events&quot;:[{&quot;type&quot;:&quot;arrived&quot;,&quot;at&quot;:&quot;2026-03-02T10:00&quot;,&quot;level&quot;:&quot;standard&quot;}, …]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the deadline of a request arriving at --from; without --from, read one instant per line on stdin and print one deadline per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the whole seconds of the level&apos;s schedule counted between --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the windows that counted for the deadline of a request arriving at --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA arithmetic: deadlines, counted time, explanations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline for a start (or for each line of stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working seconds counted between two instants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The windows that counted for a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks of a ticket history given as JSON on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::StorageSession</name>
    <message>
        <source>Act as this user in the history (default: $DUTYDESK_USER, else the system login). On PostgreSQL you act as your database login; only administrators may act for someone else, and the history says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s number: 12 or #12.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::TariffCommand</name>
    <message>
        <source>--rate: %1, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--multiplier is the double rate&apos;s factor from 1 to 10, like 2 or 1.5, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate %1 ₽/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, double ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff&apos;s code, e.g. premium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate in roubles (e.g. 1500 or 1500.50), or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The double rate&apos;s factor (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariff add needs --name N and --rate R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariff set needs --rate R, --name N or --multiplier M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tariff vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the tariff %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the tariff %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add and change tariffs and their hourly rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tariff with its rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new tariff: tariff add CODE --name N --rate R [--multiplier M].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one: tariff set CODE [--rate R] [--name N] [--multiplier M].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::TemplateCommand</name>
    <message>
        <source>List, add and edit the canned answers for replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the canned answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a canned answer (managers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a canned answer (managers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those containing every word of TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a canned answer. The text may use {client}, {number} and {engineer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a canned answer you have read (--expect-version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version you read (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 “%2” saved (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::TicketCommand</name>
    <message>
        <source>List, show, add and update tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tickets with their SLA deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one ticket and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the original of a mail on a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a new ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a ticket you have read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the client by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an internal note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a client&apos;s message by phone or messenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a failed mail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tickets, oldest first, with the running clock&apos;s deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a ticket, its SLA clock and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket show needs one ticket id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 (id %2, version %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1, channel: %2, arrived %3 (Moscow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: %1, deadline %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a new ticket (status new) and record its arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket add needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arrival time %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 added (id %2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a ticket. --expect-version is the version you read: if anyone saved since, nothing is written, the change that beat you is printed and the exit code is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket update needs one ticket id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket update needs --expect-version V, the version you read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 saved (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the client by e-mail: the mail intake sends it from the support address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach FILE (repeatable, at most %1 MB each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply on #%1 queued for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an internal note to a ticket; it is never sent to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note added to #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a client&apos;s message taken by phone or messenger; a reaction is owed from its arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, telegram, whatsapp or viber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it arrived (ISO 8601; no offset = Moscow time; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel is phone, telegram, whatsapp or viber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client message recorded on #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a failed mail again (its id is in ticket show --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail %1 queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version you read (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it waits (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to this login; &quot;none&quot; unassigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New level (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment to the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to reproduce (an empty text clears them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page the request is about (an empty text clears it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url wants a page address (http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project (id, code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the request is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it came (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it arrived, ISO 8601; no offset means Moscow time (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category slug (see the SLA categories).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level (%1; default: from the category).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to reproduce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page the request is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this project (id, code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this level (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::UserCommand</name>
    <message>
        <source>Password for the login %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login (also the PostgreSQL role name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role (%1); repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create the PostgreSQL login with the group roles of its roles (as the database owner); the password is asked for, never given on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --login: take the password from this keychain&apos;s entry for the database as that login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 added (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and list users and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user with roles (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a user&apos;s name, e-mail, phone, roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate a user, reassigning their open tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address (empty to clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number (empty to clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role (%1); repeat for several; replaces the roles held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engineer who takes over their open tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user “%1” (--reassign-to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dutydeskctl user deactivate %1 --reassign-to LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::WatchCommand</name>
    <message>
        <source>Print one JSON line per change in the database as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes of this table (repeatable), e.g. tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit after printing this many changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ctl::WorklogCommand</name>
    <message>
        <source>Log and list work time on tickets (double rate for urgent work off hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log time spent on a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a ticket&apos;s work log with billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a work-log entry by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (ISO 8601; no offset = Moscow time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (ISO 8601; default: now with --duration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length instead of an end or a start: 90m, 1h30m, 1:30, 1.5h, 90 мин, 1ч 30м.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose time it is (a login; default: the acting user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user of this database; name one with --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged %1 on ticket #%2 (entry %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 (%2): %3 entries, normal %4, double %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a work-log entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work-log entry %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work-log entry&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
