<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>dd::Database</name>
    <message>
        <source>the database location is empty</source>
        <translation>не указано расположение базы данных</translation>
    </message>
    <message>
        <source>“%1” is not a valid postgresql://user@host:port/db URL</source>
        <translation>«%1» — неверный адрес вида postgresql://пользователь@хост:порт/база</translation>
    </message>
    <message>
        <source>the database URL must not contain a password; it is kept in the system keychain</source>
        <translation>адрес базы данных не должен содержать пароль: пароль хранится в системной связке ключей</translation>
    </message>
    <message>
        <source>the database URL “%1” names no database</source>
        <translation>в адресе «%1» не указана база данных</translation>
    </message>
    <message>
        <source>unsupported database “%1”: use a file path or postgresql://…</source>
        <translation>неподдерживаемая база данных «%1»: укажите путь к файлу или postgresql://…</translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>Dutydesk — %1</source>
        <translation>Dutydesk — %1</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <source>Register a request that came by phone or messenger</source>
        <translation>Зарегистрировать обращение, поступившее по телефону или в мессенджер</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;About Dutydesk</source>
        <translation>&amp;О программе Dutydesk</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>&amp;Зарегистрировать…</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Отложить…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Решено…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Out of scope…</source>
        <translation>&amp;Вне рамок поддержки…</translation>
    </message>
    <message>
        <source>Hand to &amp;development…</source>
        <translation>Передать в &amp;разработку…</translation>
    </message>
    <message>
        <source>Mark &amp;escalated</source>
        <translation>Отметить &amp;эскалацию</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначены</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Экстренные</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Просрочены</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Number, subject or client (Ctrl+F)</source>
        <translation>Номер, тема или клиент (Ctrl+F)</translation>
    </message>
    <message>
        <source>Client / project</source>
        <translation>Клиент / проект</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Select a ticket to see its clocks, history and the project&apos;s account manager, programmer and tester.</source>
        <translation>Выберите обращение, чтобы увидеть его сроки, историю, аккаунт-менеджера, программиста и тестировщика проекта.</translation>
    </message>
    <message>
        <source>Breach warnings</source>
        <translation>Нарушения сроков</translation>
    </message>
    <message>
        <source>No clock is in warning or breached.</source>
        <translation>Нет сроков под угрозой или просроченных.</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Общая база данных: %1</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Локальная база данных: %1</translation>
    </message>
    <message>
        <source>About Dutydesk</source>
        <translation>О программе Dutydesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dutydesk %1&lt;/h3&gt;&lt;p&gt;The technical-support console: per-project queues with live countdowns to SLA breach, breach warnings, the bimonthly regression schedule.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dutydesk %1&lt;/h3&gt;&lt;p&gt;Пульт службы технической поддержки: очереди обращений по проектам с живым отсчётом до нарушения SLA, предупреждения о нарушениях, график тестирования раз в два месяца.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dd::StatusClockWidget</name>
    <message>
        <source>Moscow %1</source>
        <translation>Москва %1</translation>
    </message>
    <message>
        <source>Moscow time (service windows): %1</source>
        <translation>Московское время (окна обслуживания): %1</translation>
    </message>
    <message>
        <source>local %1 (UTC%2)</source>
        <translation>местное %1 (UTC%2)</translation>
    </message>
    <message>
        <source>Your desktop&apos;s time: %1</source>
        <translation>Время вашего компьютера: %1</translation>
    </message>
</context>
<context>
    <name>dd::Time</name>
    <message>
        <source>“%1” is not an ISO 8601 instant (expected e.g. 2026-03-03T10:00:00+03:00)</source>
        <translation>«%1» — не момент времени в ISO 8601 (ожидается, например, 2026-03-03T10:00:00+03:00)</translation>
    </message>
    <message>
        <source>“%1” is not a valid date and time</source>
        <translation>«%1» — неверные дата и время</translation>
    </message>
    <message>
        <source>“%1” does not exist in Moscow time</source>
        <translation>«%1» не существует по московскому времени</translation>
    </message>
</context>
<context>
    <name>dd::ctl</name>
    <message>
        <source>Database: a SQLite file or postgresql://user@host:port/db.</source>
        <translation>База данных: файл SQLite или postgresql://пользователь@хост:порт/база.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Выводить машиночитаемый JSON.</translation>
    </message>
    <message>
        <source>unknown command “%1 %2”; see dutydeskctl %1 --help</source>
        <translation>неизвестная команда «%1 %2»; см. dutydeskctl %1 --help</translation>
    </message>
    <message>
        <source>Usage: dutydeskctl %1 COMMAND [OPTIONS]</source>
        <translation>Использование: dutydeskctl %1 КОМАНДА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>version takes no arguments</source>
        <translation>команда version не принимает аргументов</translation>
    </message>
    <message>
        <source>Usage: dutydeskctl [--database PATH|URL] [--json] [--lang ru|en] COMMAND [OPTIONS]</source>
        <translation>Использование: dutydeskctl [--database ПУТЬ|АДРЕС] [--json] [--lang ru|en] КОМАНДА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>The scriptable face of the Dutydesk support console.</source>
        <translation>Командная строка пульта поддержки Dutydesk.</translation>
    </message>
    <message>
        <source>Run “dutydeskctl COMMAND --help” for a command&apos;s options.</source>
        <translation>Параметры команды: «dutydeskctl КОМАНДА --help».</translation>
    </message>
    <message>
        <source>unsupported language “%1” (use ru or en)</source>
        <translation>неподдерживаемый язык «%1» (используйте ru или en)</translation>
    </message>
    <message>
        <source>no command given; see dutydeskctl --help</source>
        <translation>не указана команда; см. dutydeskctl --help</translation>
    </message>
    <message>
        <source>unknown command “%1”; see dutydeskctl --help</source>
        <translation>неизвестная команда «%1»; см. dutydeskctl --help</translation>
    </message>
</context>
</TS>
