<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>dd::AcknowledgmentTemplate</name>
    <message>
        <source>an acknowledgment template starts with a &quot;Subject:&quot; line</source>
        <translation>шаблон подтверждения начинается со строки &quot;Subject:&quot;</translation>
    </message>
    <message>
        <source>the acknowledgment subject is empty</source>
        <translation>тема подтверждения пуста</translation>
    </message>
    <message>
        <source>the acknowledgment body is empty</source>
        <translation>текст подтверждения пуст</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dd::AdministrationWindow</name>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Tariffs &amp;&amp; policies</source>
        <translation>Тарифы и политики</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
</context>
<context>
    <name>dd::BillingSplit</name>
    <message>
        <source>the work ends before it starts</source>
        <translation>работа заканчивается раньше, чем начинается</translation>
    </message>
</context>
<context>
    <name>dd::BreachDockWidget</name>
    <message>
        <source>Breach warnings</source>
        <translation>Нарушения сроков</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Overdue regression runs (%1)</source>
        <translation>Просроченные регрессионные прогоны (%1)</translation>
    </message>
</context>
<context>
    <name>dd::BreachNotifier</name>
    <message>
        <source>Dutydesk</source>
        <translation>Dutydesk</translation>
    </message>
    <message>
        <source>#%1 breached its SLA</source>
        <translation>№%1: срок SLA нарушен</translation>
    </message>
    <message>
        <source>#%1 is close to breaching its SLA</source>
        <translation>№%1: срок SLA под угрозой</translation>
    </message>
    <message>
        <source>%1 — %2
%3: %4 left</source>
        <translation>%1 — %2
%3: осталось %4</translation>
    </message>
    <message>
        <source>Dutydesk: %1 breached, %2 in warning</source>
        <translation>Dutydesk: просрочено %1, под угрозой %2</translation>
    </message>
    <message>
        <source>New emergency ticket #%1</source>
        <translation>Новое экстренное обращение №%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>dd::CalendarRepository</name>
    <message>
        <source>%1 is not a calendar year</source>
        <translation>%1 — не календарный год</translation>
    </message>
    <message>
        <source>the calendar for %1 was not stored</source>
        <translation>календарь на %1 год не сохранён</translation>
    </message>
    <message>
        <source>the stored calendar for %1 has an unknown source “%2”</source>
        <translation>у сохранённого календаря на %1 год неизвестный источник «%2»</translation>
    </message>
    <message>
        <source>the stored calendar for %1 has a damaged day “%2” (%3)</source>
        <translation>в сохранённом календаре на %1 год повреждён день «%2» (%3)</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>это не дата</translation>
    </message>
    <message>
        <source>changing a day of the calendar needs a reason</source>
        <translation>для изменения дня календаря нужна причина</translation>
    </message>
    <message>
        <source>no calendar for %1 is loaded; import it first</source>
        <translation>календарь на %1 год не загружен; сначала импортируйте его</translation>
    </message>
</context>
<context>
    <name>dd::CalendarTab</name>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>Shortened day</source>
        <translation>Сокращённый день</translation>
    </message>
    <message>
        <source>a decree, a company decision</source>
        <translation>постановление, решение компании</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Становится</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Change the day</source>
        <translation>Изменить день</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>shortened</source>
        <translation>сокращённый</translation>
    </message>
    <message>
        <source>working weekend</source>
        <translation>рабочий выходной</translation>
    </message>
    <message>
        <source>Import xmlcalendar…</source>
        <translation>Импорт xmlcalendar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Import a production calendar</source>
        <translation>Импорт производственного календаря</translation>
    </message>
    <message>
        <source>xmlcalendar (*.xml)</source>
        <translation>xmlcalendar (*.xml)</translation>
    </message>
    <message>
        <source>Export the production calendar</source>
        <translation>Экспорт производственного календаря</translation>
    </message>
    <message>
        <source>The production calendar ends on %1: import the next year&apos;s calendar.</source>
        <translation>Производственный календарь заканчивается %1: импортируйте календарь на следующий год.</translation>
    </message>
    <message>
        <source>No calendar for %1 is loaded.</source>
        <translation>Календарь на %1 год не загружен.</translation>
    </message>
    <message>
        <source>%1 changed for everyone using this database.</source>
        <translation>%1 изменён для всех, кто работает с этой базой.</translation>
    </message>
    <message>
        <source>The calendar for %1 is loaded.</source>
        <translation>Календарь на %1 год загружен.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 год выгружен в %2.</translation>
    </message>
</context>
<context>
    <name>dd::CannedAnswersDialog</name>
    <message>
        <source>Canned answers</source>
        <translation>Готовые ответы</translation>
    </message>
    <message>
        <source>The text; {client}, {number} and {engineer} are filled in when it is used</source>
        <translation>Текст; {client}, {number} и {engineer} подставляются при использовании</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Last changed by %1</source>
        <translation>Последним изменял: %1</translation>
    </message>
    <message>
        <source>A canned answer needs a title and a text.</source>
        <translation>У готового ответа должны быть название и текст.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>dd::Categories</name>
    <message>
        <source>Public or admin part of the site unusable</source>
        <translation>Публичная или административная часть сайта не работает</translation>
    </message>
    <message>
        <source>Cannot add to cart or place an order</source>
        <translation>Невозможно добавить товар в корзину или оформить заказ</translation>
    </message>
    <message>
        <source>Cannot pay or receive money</source>
        <translation>Невозможно оплатить или принять деньги</translation>
    </message>
    <message>
        <source>Wrong order total</source>
        <translation>Неверный расчёт стоимости заказа</translation>
    </message>
    <message>
        <source>Order-intake integration broken</source>
        <translation>Не работает интеграция приёма заказов</translation>
    </message>
    <message>
        <source>Delivery modules broken</source>
        <translation>Не работают модули доставки</translation>
    </message>
    <message>
        <source>The site is hacked</source>
        <translation>Взлом сайта</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Консультирование</translation>
    </message>
    <message>
        <source>Domain control</source>
        <translation>Контроль доменов</translation>
    </message>
    <message>
        <source>Security monitoring (viruses)</source>
        <translation>Мониторинг безопасности (вирусы)</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Ежедневное резервное копирование</translation>
    </message>
    <message>
        <source>Virus cleaning and recovery after failure</source>
        <translation>Чистка от вирусов и восстановление после сбоя</translation>
    </message>
    <message>
        <source>Visitor counters</source>
        <translation>Счётчики посещаемости</translation>
    </message>
    <message>
        <source>Instructions for administrators</source>
        <translation>Инструкции для администраторов</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Тестирование</translation>
    </message>
    <message>
        <source>Site structure changes</source>
        <translation>Изменение структуры сайта</translation>
    </message>
    <message>
        <source>Template, CSS, JS, PHP, module changes</source>
        <translation>Изменение шаблонов, CSS, JS, PHP, модулей</translation>
    </message>
    <message>
        <source>CMS module install or removal</source>
        <translation>Установка или удаление модулей CMS</translation>
    </message>
    <message>
        <source>CMS configuration</source>
        <translation>Настройка CMS</translation>
    </message>
    <message>
        <source>Bug fixing</source>
        <translation>Исправление ошибок</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Оптимизация</translation>
    </message>
    <message>
        <source>CMS updates</source>
        <translation>Обновление CMS</translation>
    </message>
    <message>
        <source>Internet or proxy at the client&apos;s workplaces</source>
        <translation>Интернет или прокси на рабочих местах клиента</translation>
    </message>
    <message>
        <source>Software on the client&apos;s computers</source>
        <translation>ПО на компьютерах клиента</translation>
    </message>
    <message>
        <source>Third-party services not integrated with the site</source>
        <translation>Сторонние сервисы, не интегрированные с сайтом</translation>
    </message>
    <message>
        <source>New functionality or modules</source>
        <translation>Новый функционал или модули</translation>
    </message>
    <message>
        <source>Graphic design</source>
        <translation>Графический дизайн</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Экстренная</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартная</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Вне рамок поддержки</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Разработка</translation>
    </message>
</context>
<context>
    <name>dd::ChangeWatcher</name>
    <message>
        <source>reconnected to the database</source>
        <translation>соединение с базой данных восстановлено</translation>
    </message>
    <message>
        <source>cannot listen for changes: %1</source>
        <translation>не удалось подписаться на изменения: %1</translation>
    </message>
    <message>
        <source>unreadable change notification: %1</source>
        <translation>нечитаемое уведомление об изменении: %1</translation>
    </message>
</context>
<context>
    <name>dd::ChecklistEditorDialog</name>
    <message>
        <source>Checklist — %1</source>
        <translation>Чек-лист — %1</translation>
    </message>
    <message>
        <source>One item a line: &lt;i&gt;id: title&lt;/i&gt;. The id stays the same when you reword the title; runs already started keep their checklist.</source>
        <translation>По одному пункту в строке: &lt;i&gt;идентификатор: название&lt;/i&gt;. При изменении названия идентификатор остаётся прежним; уже начатые прогоны сохраняют свой чек-лист.</translation>
    </message>
    <message>
        <source>&amp;Default for an online shop</source>
        <translation>&amp;Стандартный для интернет-магазина</translation>
    </message>
</context>
<context>
    <name>dd::ChecklistTemplate</name>
    <message>
        <source>Catalogue: categories, filters, sorting, paging</source>
        <translation>Каталог: разделы, фильтры, сортировка, постраничный вывод</translation>
    </message>
    <message>
        <source>Search: results, typos, empty result</source>
        <translation>Поиск: результаты, опечатки, пустой результат</translation>
    </message>
    <message>
        <source>Product page: photos, price, options, availability</source>
        <translation>Карточка товара: фото, цена, варианты, наличие</translation>
    </message>
    <message>
        <source>Cart: add, change quantity, remove, totals</source>
        <translation>Корзина: добавление, изменение количества, удаление, итоги</translation>
    </message>
    <message>
        <source>Checkout: place an order as a guest and as a customer</source>
        <translation>Оформление: заказ без регистрации и из личного кабинета</translation>
    </message>
    <message>
        <source>Payment: every payment method, correct order total</source>
        <translation>Оплата: все способы оплаты, верная сумма заказа</translation>
    </message>
    <message>
        <source>Order e-mails to the customer and the shop</source>
        <translation>Письма о заказе покупателю и магазину</translation>
    </message>
    <message>
        <source>Personal account: sign-up, login, password reset, orders</source>
        <translation>Личный кабинет: регистрация, вход, сброс пароля, заказы</translation>
    </message>
    <message>
        <source>Admin login and the admin part opens</source>
        <translation>Вход в административную часть, она открывается</translation>
    </message>
    <message>
        <source>Order-intake integrations (CRM, 1C) receive the test order</source>
        <translation>Интеграции приёма заказов (CRM, 1С) получают тестовый заказ</translation>
    </message>
    <message>
        <source>Delivery modules: cost and pick-up points calculated</source>
        <translation>Модули доставки: рассчитываются стоимость и пункты выдачи</translation>
    </message>
    <message>
        <source>Forms: feedback, call-back, subscription deliver</source>
        <translation>Формы: обратная связь, обратный звонок, подписка доходят</translation>
    </message>
    <message>
        <source>Page speed: home, catalogue and product page load fast</source>
        <translation>Скорость: главная, каталог и карточка товара загружаются быстро</translation>
    </message>
    <message>
        <source>Backups present: the latest daily backup exists</source>
        <translation>Резервные копии: последняя ежедневная копия есть</translation>
    </message>
    <message>
        <source>The feature works as the ticket describes</source>
        <translation>Функция работает так, как описано в обращении</translation>
    </message>
    <message>
        <source>The ticket&apos;s steps to reproduce no longer fail</source>
        <translation>Шаги воспроизведения из обращения больше не приводят к ошибке</translation>
    </message>
    <message>
        <source>Related pages and the order path still work</source>
        <translation>Связанные страницы и оформление заказа по-прежнему работают</translation>
    </message>
    <message>
        <source>the item “%1” has no title</source>
        <translation>у пункта «%1» нет названия</translation>
    </message>
    <message>
        <source>the item “%1” appears twice</source>
        <translation>пункт «%1» встречается дважды</translation>
    </message>
    <message>
        <source>the checklist has no items</source>
        <translation>в чек-листе нет пунктов</translation>
    </message>
    <message>
        <source>“%1” is not an item id (lower-case letters, digits, dashes)</source>
        <translation>«%1» — не идентификатор пункта (строчные буквы, цифры, дефисы)</translation>
    </message>
</context>
<context>
    <name>dd::ClientMessageDialog</name>
    <message>
        <source>Client&apos;s message on #%1</source>
        <translation>Сообщение клиента по обращению №%1</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Arrived (Moscow time):</source>
        <translation>Поступило (московское время):</translation>
    </message>
    <message>
        <source>What the client said:</source>
        <translation>Что сообщил клиент:</translation>
    </message>
</context>
<context>
    <name>dd::ClientRepository</name>
    <message>
        <source>a client needs a name</source>
        <translation>у клиента должно быть название</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>there is already a client “%1”</source>
        <translation>клиент «%1» уже существует</translation>
    </message>
    <message>
        <source>the new client got no id</source>
        <translation>новый клиент не получил идентификатор</translation>
    </message>
</context>
<context>
    <name>dd::ConnectionMonitor</name>
    <message>
        <source>no answer from the server</source>
        <translation>сервер не отвечает</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>подключено к %1</translation>
    </message>
    <message>
        <source>the database %1 is unreachable (%2); nothing can be saved until it is back. Next try in %3 s</source>
        <translation>база данных %1 недоступна (%2); пока она не вернётся, ничего сохранить нельзя. Следующая попытка через %3 с</translation>
    </message>
    <message>
        <source>the database %1 is unreachable; reconnecting…</source>
        <translation>база данных %1 недоступна; переподключение…</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>сервер закрыл соединение</translation>
    </message>
    <message>
        <source>the connection broke</source>
        <translation>соединение прервано</translation>
    </message>
</context>
<context>
    <name>dd::ConsoleSession</name>
    <message>
        <source>Demo data: %1</source>
        <translation>Демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>dd::ConversationWidget</name>
    <message>
        <source>Reply to the client</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>Internal note (never sent)</source>
        <translation>Внутренняя заметка (не отправляется)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Вложить…</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <source>Insert a canned answer (Ctrl+Shift+T)</source>
        <translation>Вставить готовый ответ (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Attachments of the request</source>
        <translation>Вложения обращения</translation>
    </message>
    <message>
        <source>&lt;i&gt;No messages yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Сообщений пока нет.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>sent to %1 at %2</source>
        <translation>отправлено %1 в %2</translation>
    </message>
    <message>
        <source>not delivered to %1 after %2 attempts: %3</source>
        <translation>не доставлено %1 после %2 попыток: %3</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить ещё раз</translation>
    </message>
    <message>
        <source>queued for %1</source>
        <translation>в очереди на отправку %1</translation>
    </message>
    <message>
        <source>%1 attempts, last: %2</source>
        <translation>попыток: %1, последняя: %2</translation>
    </message>
    <message>
        <source>Client · %1 · %2</source>
        <translation>Клиент · %1 · %2</translation>
    </message>
    <message>
        <source>Reply by %1 · %2</source>
        <translation>Ответ: %1 · %2</translation>
    </message>
    <message>
        <source>Automatic acknowledgment · %1</source>
        <translation>Автоматическое подтверждение · %1</translation>
    </message>
    <message>
        <source>Internal note by %1 · %2</source>
        <translation>Внутренняя заметка: %1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Save original…</source>
        <translation>Сохранить оригинал…</translation>
    </message>
    <message>
        <source>The mail goes out with the intake&apos;s next cycle.</source>
        <translation>Письмо уйдёт со следующим циклом приёма почты.</translation>
    </message>
    <message>
        <source>Save original</source>
        <translation>Сохранить оригинал</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Письма (*.eml)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>No application opens %1</source>
        <translation>Нет приложения, чтобы открыть %1</translation>
    </message>
    <message>
        <source>Add note (Ctrl+Enter)</source>
        <translation>Добавить заметку (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send reply (Ctrl+Enter)</source>
        <translation>Отправить ответ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>A note for colleagues; the client never sees it.</source>
        <translation>Заметка для коллег; клиент её не увидит.</translation>
    </message>
    <message>
        <source>Your reply to the client; it is e-mailed from the support address.</source>
        <translation>Ваш ответ клиенту; он уйдёт письмом с адреса поддержки.</translation>
    </message>
    <message>
        <source>The ticket is %1: reopen it to reply.</source>
        <translation>Обращение в статусе «%1»: чтобы ответить, откройте его снова.</translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation>Вложить файлы в ответ</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <source>Reply queued for %1.</source>
        <translation>Ответ поставлен в очередь на отправку: %1.</translation>
    </message>
</context>
<context>
    <name>dd::CredentialStore</name>
    <message>
        <source>cannot %1 in the system keychain: %2</source>
        <translation>не удалось %1 в системной связке ключей: %2</translation>
    </message>
    <message>
        <source>read the password for %1</source>
        <translation>прочитать пароль для %1</translation>
    </message>
    <message>
        <source>save the password for %1</source>
        <translation>сохранить пароль для %1</translation>
    </message>
    <message>
        <source>remove the password for %1</source>
        <translation>удалить пароль для %1</translation>
    </message>
</context>
<context>
    <name>dd::CurlSession</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>ошибка %1: %2</translation>
    </message>
</context>
<context>
    <name>dd::DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>ТБ</translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>драйвер Qt SQL %1 не установлен</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>the database did not tell its time</source>
        <translation>база данных не сообщила своё время</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>не удалось начать транзакцию: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>не удалось зафиксировать транзакцию: %1</translation>
    </message>
    <message>
        <source>the database %1 is unreachable: nothing was saved. Dutydesk reconnects by itself; try again when it is back</source>
        <translation>база данных %1 недоступна: ничего не сохранено. Dutydesk переподключится сам; повторите, когда она вернётся</translation>
    </message>
    <message>
        <source>the database %1 is unreachable; Dutydesk reconnects by itself</source>
        <translation>база данных %1 недоступна; Dutydesk переподключится сам</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>the transaction is already finished</source>
        <translation>транзакция уже завершена</translation>
    </message>
    <message>
        <source>a part of the change failed; nothing was saved</source>
        <translation>часть изменения не выполнена; ничего не сохранено</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program knows (%2); update Dutydesk</source>
        <translation>версия схемы базы данных %1 новее известной этой программе (%2); обновите Dutydesk</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>миграция %1 (%2) не выполнена: %3</translation>
    </message>
    <message>
        <source>this program lacks schema migration %1; it was built without one of its modules</source>
        <translation>в этой программе нет миграции схемы %1: она собрана без одного из своих модулей</translation>
    </message>
    <message>
        <source>the folder %1 of the database does not exist</source>
        <translation>папка базы данных %1 не существует</translation>
    </message>
    <message>
        <source>the database has schema version %1 and this program needs %2; its owner updates it first: dutydeskctl migrate --database postgresql://OWNER@…</source>
        <translation>у базы данных версия схемы %1, а этой программе нужна %2; сначала её обновляет владелец базы: dutydeskctl migrate --database postgresql://ВЛАДЕЛЕЦ@…</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseLocation</name>
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
    <name>dd::DateTimeFormat</name>
    <message>
        <source>Your time: %1</source>
        <translation>Ваше время: %1</translation>
    </message>
    <message>
        <source>%1 Moscow time</source>
        <translation>%1 по Москве</translation>
    </message>
</context>
<context>
    <name>dd::DemoData</name>
    <message>
        <source>the number of tickets must not be negative, the number of weeks positive</source>
        <translation>число обращений не может быть отрицательным, а число недель должно быть положительным</translation>
    </message>
    <message>
        <source>the database already holds data (%1); demo data goes into an empty database</source>
        <translation>в базе данных уже есть данные (%1); демонстрационные данные загружаются только в пустую базу</translation>
    </message>
</context>
<context>
    <name>dd::DesktopNotifications</name>
    <message>
        <source>Open the ticket</source>
        <translation>Открыть обращение</translation>
    </message>
</context>
<context>
    <name>dd::DurationText</name>
    <message>
        <source>“%1” is not a duration; write it like 4h, 90m or 1h30m</source>
        <translation>«%1» — не длительность; пишите как 4h, 90m или 1h30m</translation>
    </message>
</context>
<context>
    <name>dd::EscalationNotice</name>
    <message>
        <source>%1 Escalated: %2</source>
        <translation>%1 Эскалация: %2</translation>
    </message>
    <message>
        <source>%1 wrote to the head of support about ticket #%2 “%3”; the ticket is flagged as escalated.

Their mail:

%4
</source>
        <translation>%1 написал руководителю поддержки по обращению №%2 «%3»; обращение отмечено как эскалированное.

Письмо:

%4
</translation>
    </message>
</context>
<context>
    <name>dd::EscalationNotifier</name>
    <message>
        <source>Escalation: ticket #%1</source>
        <translation>Эскалация: обращение №%1</translation>
    </message>
    <message>
        <source>%1 (%2) escalated “%3” to the head of support</source>
        <translation>%1 (%2): обращение «%3» передано руководителю отдела поддержки</translation>
    </message>
</context>
<context>
    <name>dd::ExplanationText</name>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>days off</source>
        <translation>выходные</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>праздник</translation>
    </message>
    <message>
        <source>public holidays</source>
        <translation>праздники</translation>
    </message>
    <message>
        <source>transferred day off</source>
        <translation>перенесённый выходной</translation>
    </message>
    <message>
        <source>transferred days off</source>
        <translation>перенесённые выходные</translation>
    </message>
    <message>
        <source>shortened day</source>
        <translation>сокращённый день</translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation>%1 рабочих часов</translation>
    </message>
    <message>
        <source>%1 hours, 06:00–20:00 every day</source>
        <translation>%1 ч, ежедневно 06:00–20:00</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n раб. день</numerusform>
            <numerusform>%n раб. дня</numerusform>
            <numerusform>%n раб. дней</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1 (the deadline was %2)</source>
        <translation>просрочено на %1 (срок был %2)</translation>
    </message>
</context>
<context>
    <name>dd::FeatureTestDialog</name>
    <message>
        <source>Feature test for #%1</source>
        <translation>Тестирование функционала по №%1</translation>
    </message>
    <message>
        <source>Feature test</source>
        <translation>Тестирование функционала</translation>
    </message>
    <message>
        <source>&amp;Request test</source>
        <translation>&amp;Запросить тестирование</translation>
    </message>
    <message>
        <source>&amp;Tester:</source>
        <translation>&amp;Тестировщик:</translation>
    </message>
    <message>
        <source>Test &amp;by:</source>
        <translation>Протестировать &amp;до:</translation>
    </message>
    <message>
        <source>Nobody holds the tester role yet.</source>
        <translation>Роль тестировщика пока ни у кого нет.</translation>
    </message>
</context>
<context>
    <name>dd::FirstRunDialog</name>
    <message>
        <source>Test the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Welcome to Dutydesk</source>
        <translation>Добро пожаловать в Dutydesk</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>С чего начать?</translation>
    </message>
    <message>
        <source>Try the demo: 14 projects and their tickets, marked DEMO</source>
        <translation>Попробовать демо: 14 проектов с обращениями, с пометкой ДЕМО</translation>
    </message>
    <message>
        <source>Connect to the team&apos;s database (PostgreSQL)</source>
        <translation>Подключиться к общей базе команды (PostgreSQL)</translation>
    </message>
    <message>
        <source>Start with an empty database on this computer</source>
        <translation>Начать с пустой базы на этом компьютере</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>хранится в системной связке ключей</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Give a postgresql://login@host:port/database address</source>
        <translation>Укажите адрес вида postgresql://логин@сервер:порт/база</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
</context>
<context>
    <name>dd::ImapClient</name>
    <message>
        <source>the IMAP server reported no UIDVALIDITY for %1</source>
        <translation>сервер IMAP не сообщил UIDVALIDITY для %1</translation>
    </message>
    <message>
        <source>UID %1: %2</source>
        <translation>UID %1: %2</translation>
    </message>
    <message>
        <source>expected imaps://user@host[:port]/MAILBOX, got &quot;%1&quot;</source>
        <translation>ожидается imaps://пользователь@хост[:порт]/ЯЩИК, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>put the mailbox password in the keychain or a password file, not in the URL</source>
        <translation>пароль почтового ящика храните в связке ключей или в файле пароля, а не в адресе</translation>
    </message>
    <message>
        <source>the IMAP URL names no user: imaps://user@host/INBOX</source>
        <translation>в адресе IMAP не указан пользователь: imaps://пользователь@хост/INBOX</translation>
    </message>
</context>
<context>
    <name>dd::IntakeDaemon</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>no --password-file, and the keychain cannot be read: %1</source>
        <translation>нет --password-file, а связку ключей прочитать не удалось: %1</translation>
    </message>
    <message>
        <source>no password for %1: pass --password-file or store it in the keychain</source>
        <translation>нет пароля для %1: укажите --password-file или сохраните пароль в связке ключей</translation>
    </message>
    <message>
        <source>--%1 wants a duration from 1s to 24h like 30s, 5m or 1h, not “%2”</source>
        <translation>--%1 ожидает длительность от 1s до 24h, например 30s, 5m или 1h, а не «%2»</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 ожидает целое число от %2 до %3, а не «%4»</translation>
    </message>
    <message>
        <source>the folder %1 of the database does not exist</source>
        <translation>папка базы данных %1 не существует</translation>
    </message>
    <message>
        <source>the database %1 does not exist; create it with `dutydeskctl migrate` first</source>
        <translation>база данных %1 не существует; сначала создайте её командой `dutydeskctl migrate`</translation>
    </message>
    <message>
        <source>%1 has no Dutydesk schema; create it with `dutydeskctl migrate` first</source>
        <translation>в %1 нет схемы Dutydesk; сначала создайте её командой `dutydeskctl migrate`</translation>
    </message>
    <message>
        <source>--from wants an address, e.g. &quot;Техподдержка &lt;support@example.org&gt;&quot;, not “%1”</source>
        <translation>--from требует адрес, например &quot;Техподдержка &lt;support@example.org&gt;&quot;, а не «%1»</translation>
    </message>
    <message>
        <source>Reads the support mailbox and files every request as a ticket.</source>
        <translation>Читает почтовый ящик поддержки и регистрирует каждое письмо как обращение.</translation>
    </message>
    <message>
        <source>The Dutydesk database.</source>
        <translation>База данных Dutydesk.</translation>
    </message>
    <message>
        <source>Read the PostgreSQL password from FILE.</source>
        <translation>Читать пароль PostgreSQL из файла FILE.</translation>
    </message>
    <message>
        <source>The support mailbox.</source>
        <translation>Почтовый ящик поддержки.</translation>
    </message>
    <message>
        <source>The relay for acknowledgments.</source>
        <translation>Сервер отправки подтверждений.</translation>
    </message>
    <message>
        <source>Sender of the acknowledgments (default: the shared setting mail.support-address).</source>
        <translation>Отправитель подтверждений (по умолчанию — общая настройка mail.support-address).</translation>
    </message>
    <message>
        <source>Read the mailbox once and exit.</source>
        <translation>Прочитать ящик один раз и завершиться.</translation>
    </message>
    <message>
        <source>Time between two reads (default 30s).</source>
        <translation>Интервал между чтениями (по умолчанию 30s).</translation>
    </message>
    <message>
        <source>Read the mailbox password from FILE instead of the keychain.</source>
        <translation>Читать пароль почтового ящика из файла FILE, а не из связки ключей.</translation>
    </message>
    <message>
        <source>Read the SMTP password from FILE (default: the mailbox password).</source>
        <translation>Читать пароль SMTP из файла FILE (по умолчанию: пароль почтового ящика).</translation>
    </message>
    <message>
        <source>Trust the mail servers&apos; certificates issued by this CA.</source>
        <translation>Доверять сертификатам почтовых серверов, выпущенным этим УЦ.</translation>
    </message>
    <message>
        <source>Acknowledgment of a new ticket (Subject: line, empty line, body).</source>
        <translation>Подтверждение нового обращения (строка Subject:, пустая строка, текст).</translation>
    </message>
    <message>
        <source>Acknowledgment of a message added to a ticket.</source>
        <translation>Подтверждение сообщения, добавленного к обращению.</translation>
    </message>
    <message>
        <source>On the first run, leave the mail already in the mailbox alone.</source>
        <translation>При первом запуске не трогать письма, уже лежащие в ящике.</translation>
    </message>
    <message>
        <source>Attachments above this size are not stored (default: the shared setting mail.max-attachment-mb).</source>
        <translation>Вложения больше этого размера не сохраняются (по умолчанию — общая настройка mail.max-attachment-mb).</translation>
    </message>
    <message>
        <source>At most one acknowledgment per sender and ticket this often (default: the shared setting mail.ack-interval; the loop guard).</source>
        <translation>Не чаще одного подтверждения отправителю по обращению за этот срок (по умолчанию — общая настройка mail.ack-interval; защита от петель).</translation>
    </message>
    <message>
        <source>Mailbox UIDs listed per request (default and most %1).</source>
        <translation>Сколько UID ящика запрашивать за раз (по умолчанию и не больше %1).</translation>
    </message>
    <message>
        <source>Ask this SpamAssassin daemon about every mail before filing it.</source>
        <translation>Проверять каждое письмо этим демоном SpamAssassin перед регистрацией.</translation>
    </message>
    <message>
        <source>The head of support&apos;s address: a mail to it about a ticket escalates the ticket (default: the shared setting mail.head-of-support-address).</source>
        <translation>Адрес руководителя поддержки: письмо на него об обращении эскалирует обращение (по умолчанию — общая настройка mail.head-of-support-address).</translation>
    </message>
    <message>
        <source>--%1 is required; see --help</source>
        <translation>нужен параметр --%1; см. --help</translation>
    </message>
</context>
<context>
    <name>dd::IntakeRules</name>
    <message>
        <source>delivery report (bounce) from %1</source>
        <translation>отчёт о недоставке от %1</translation>
    </message>
    <message>
        <source>automatic message from %1</source>
        <translation>автоматическое сообщение от %1</translation>
    </message>
    <message>
        <source>%1 is a trusted address of more than one client</source>
        <translation>%1 — доверенный адрес сразу нескольких клиентов</translation>
    </message>
    <message>
        <source>%1 is neither a client&apos;s official address nor a trusted person</source>
        <translation>%1 — не официальный адрес клиента и не адрес доверенного лица</translation>
    </message>
    <message>
        <source>%1 refers to ticket #%2 of another client</source>
        <translation>%1 ссылается на обращение №%2 другого клиента</translation>
    </message>
</context>
<context>
    <name>dd::IntakeRunner</name>
    <message>
        <source>%1 unavailable: %2</source>
        <translation>%1: нет связи — %2</translation>
    </message>
    <message>
        <source>%1 available again</source>
        <translation>%1: связь восстановлена</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>почтовый ящик</translation>
    </message>
    <message>
        <source>mail relay</source>
        <translation>почтовый релей</translation>
    </message>
    <message>
        <source>%1 (will retry)</source>
        <translation>%1 (повторим позже)</translation>
    </message>
    <message>
        <source>shared settings</source>
        <translation>общие настройки</translation>
    </message>
    <message>
        <source>no support address: set mail.support-address or --from</source>
        <translation>нет адреса поддержки: задайте mail.support-address или --from</translation>
    </message>
</context>
<context>
    <name>dd::IntakeService</name>
    <message>
        <source>UID %1: %2</source>
        <translation>UID %1: %2</translation>
    </message>
    <message>
        <source>could not be registered: %1</source>
        <translation>не удалось зарегистрировать: %1</translation>
    </message>
    <message>
        <source>the client of %1 has %2 active projects and the mail names none of their sites</source>
        <translation>у клиента с адресом %1 несколько активных проектов (%2), а в письме не упомянут ни один из их сайтов</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>(unreadable mail)</source>
        <translation>(нечитаемое письмо)</translation>
    </message>
    <message>
        <source>say why the mail is discarded</source>
        <translation>укажите причину отклонения</translation>
    </message>
    <message>
        <source>Attachment “%1” (%2 bytes) was not stored: it exceeds the size limit.</source>
        <translation>Вложение «%1» (%2 байт) не сохранено: превышен допустимый размер.</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <source>⚠ The original mail is attached as original-message.eml.</source>
        <translation>⚠ Исходное письмо приложено как original-message.eml.</translation>
    </message>
    <message>
        <source>spam (score %1)</source>
        <translation>спам (оценка %1)</translation>
    </message>
    <message>
        <source>%1; filed as %2</source>
        <translation>%1; зарегистрировано как %2</translation>
    </message>
    <message>
        <source>no acknowledgment (loop guard: one was sent recently)</source>
        <translation>без подтверждения (защита от петель: подтверждение уже отправлялось недавно)</translation>
    </message>
    <message>
        <source>mail to %1 (ticket %2) failed for good: %3</source>
        <translation>письмо для %1 (обращение %2) так и не отправлено: %3</translation>
    </message>
    <message>
        <source>mail to %1 (ticket %2): %3</source>
        <translation>письмо для %1 (обращение %2): %3</translation>
    </message>
    <message>
        <source>automatic: no reaction owed</source>
        <translation>автоматическое: реакция не требуется</translation>
    </message>
    <message numerus="yes">
        <source>escalated (%n notified by mail)</source>
        <translation>
            <numerusform>эскалировано (по почте уведомлён %n адресат)</numerusform>
            <numerusform>эскалировано (по почте уведомлены %n адресата)</numerusform>
            <numerusform>эскалировано (по почте уведомлено %n адресатов)</numerusform>
        </translation>
    </message>
    <message>
        <source>its draft could not be composed into a message</source>
        <translation>из его черновика не удалось составить письмо</translation>
    </message>
</context>
<context>
    <name>dd::IntakeStore</name>
    <message>
        <source>there is no quarantined mail %1</source>
        <translation>в карантине нет письма %1</translation>
    </message>
    <message>
        <source>quarantined mail %1 is not held any more</source>
        <translation>письмо %1 уже не в карантине</translation>
    </message>
    <message>
        <source>the new row got no id</source>
        <translation>новая строка не получила идентификатор</translation>
    </message>
    <message>
        <source>the same mail was read before</source>
        <translation>это письмо уже было прочитано</translation>
    </message>
    <message>
        <source>Message-ID %1 was filed before</source>
        <translation>письмо с Message-ID %1 уже зарегистрировано</translation>
    </message>
    <message>
        <source>its Message-ID %1 is that of one of our own mails</source>
        <translation>его Message-ID %1 совпадает с идентификатором нашего собственного письма</translation>
    </message>
    <message>
        <source>its Message-ID %1 is used by another mail with other content</source>
        <translation>его Message-ID %1 уже занят другим письмом с иным содержимым</translation>
    </message>
    <message>
        <source>message %1 of this ticket has no stored original</source>
        <translation>у сообщения %1 этого обращения нет сохранённого оригинала</translation>
    </message>
    <message>
        <source>the stored original of message %1 is damaged</source>
        <translation>сохранённый оригинал сообщения %1 повреждён</translation>
    </message>
</context>
<context>
    <name>dd::MailParser</name>
    <message>
        <source>the message is empty</source>
        <translation>письмо пустое</translation>
    </message>
    <message>
        <source>not an e-mail message</source>
        <translation>это не электронное письмо</translation>
    </message>
    <message>
        <source>the message has no sender (From header)</source>
        <translation>у письма нет отправителя (заголовка From)</translation>
    </message>
    <message>
        <source>the sender address cannot be read: %1</source>
        <translation>не удалось прочитать адрес отправителя: %1</translation>
    </message>
    <message>
        <source>unknown charset %1</source>
        <translation>неизвестная кодировка %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of the text did not match its charset %1 and were replaced by �</source>
        <translation>
            <numerusform>%n байт текста не соответствовал кодировке %1 и заменён на �</numerusform>
            <numerusform>%n байта текста не соответствовали кодировке %1 и заменены на �</numerusform>
            <numerusform>%n байт текста не соответствовали кодировке %1 и заменены на �</numerusform>
        </translation>
    </message>
    <message>
        <source>forwarded messages nested more than %1 deep were not read</source>
        <translation>пересланные письма глубже %1 уровней вложенности не прочитаны</translation>
    </message>
    <message>
        <source>---------- Forwarded message from %1: %2 ----------</source>
        <translation>---------- Пересланное письмо от %1: %2 ----------</translation>
    </message>
    <message>
        <source>“%1” is damaged (invalid or truncated base64): its content may be incomplete</source>
        <translation>«%1» повреждено (неверный или обрезанный base64): содержимое может быть неполным</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>the HTML text is nested too deep to keep its layout: its bare text is shown</source>
        <translation>HTML-текст вложен слишком глубоко, чтобы сохранить вёрстку: показан только текст</translation>
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
        <source>Select a ticket to see its clocks, history and the project&apos;s account manager, programmer and tester.</source>
        <translation>Выберите обращение, чтобы увидеть его сроки, историю, аккаунт-менеджера, программиста и тестировщика проекта.</translation>
    </message>
    <message>
        <source>Breach warnings</source>
        <translation>Нарушения сроков</translation>
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
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Queue order</source>
        <translation>&amp;Порядок очереди</translation>
    </message>
    <message>
        <source>Emergencies first by deadline, then first in, first out</source>
        <translation>Сначала экстренные по сроку, затем в порядке поступления</translation>
    </message>
    <message>
        <source>Show &amp;resolved and closed</source>
        <translation>Показывать &amp;решённые и закрытые</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Не удалось открыть базу данных: %1</translation>
    </message>
    <message>
        <source>SLA policy: %1</source>
        <translation>Политика SLA: %1</translation>
    </message>
    <message>
        <source>Cannot read the tickets: %1</source>
        <translation>Не удалось прочитать обращения: %1</translation>
    </message>
    <message>
        <source>Ticket queues</source>
        <translation>Очереди обращений</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again to %1</source>
        <translation>Снова подключено к %1</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>Загрузка обращений…</translation>
    </message>
    <message numerus="yes">
        <source>(%n breached) %1</source>
        <translation>
            <numerusform>(%n нарушение) %1</numerusform>
            <numerusform>(%n нарушения) %1</numerusform>
            <numerusform>(%n нарушений) %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save this view…</source>
        <translation>&amp;Сохранить этот вид…</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <source>Name (filters, search, project and sort are kept):</source>
        <translation>Название (сохраняются фильтры, поиск, проект и сортировка):</translation>
    </message>
    <message>
        <source>Saved &amp;views</source>
        <translation>Сохранённые &amp;виды</translation>
    </message>
    <message>
        <source>View “%1” saved</source>
        <translation>Вид «%1» сохранён</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Сохранённых видов пока нет</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ticket(s)</source>
        <translation>
            <numerusform>%1 из %n обращения</numerusform>
            <numerusform>%1 из %n обращений</numerusform>
            <numerusform>%1 из %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for «%1»</source>
        <translation>Ничего не найдено по «%1»</translation>
    </message>
    <message>
        <source>Search closed tickets too</source>
        <translation>Искать и среди закрытых</translation>
    </message>
    <message>
        <source>No ticket matches these filters</source>
        <translation>Нет обращений, подходящих под эти фильтры</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>&amp;Краткое руководство</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Dutydesk — DEMO — %1</source>
        <translation>Dutydesk — ДЕМО — %1</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>Demo data: the clients, people and tickets are made up</source>
        <translation>Демонстрационные данные: клиенты, сотрудники и обращения вымышлены</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <source>“%1” is not a user of this database. Pick yourself, so that “My tickets” shows your work and your actions carry your name:</source>
        <translation>«%1» нет среди пользователей этой базы. Выберите себя, чтобы в «Моих обращениях» была ваша работа, а ваши действия записывались под вашим именем:</translation>
    </message>
    <message>
        <source>You work as %1</source>
        <translation>Вы работаете как %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved or closed ticket(s) load when shown (View → Show resolved and closed).</source>
        <translation>
            <numerusform>%n решённое или закрытое обращение загрузится при показе (Вид → Показывать решённые и закрытые).</numerusform>
            <numerusform>%n решённых или закрытых обращения загрузятся при показе (Вид → Показывать решённые и закрытые).</numerusform>
            <numerusform>%n решённых или закрытых обращений загрузятся при показе (Вид → Показывать решённые и закрытые).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Canned answers…</source>
        <translation>&amp;Готовые ответы…</translation>
    </message>
</context>
<context>
    <name>dd::MonthlyReport</name>
    <message>
        <source>no month given</source>
        <translation>не указан месяц</translation>
    </message>
    <message>
        <source>work-log entry %1 on ticket #%2: %3</source>
        <translation>запись журнала работ %1 по обращению №%2: %3</translation>
    </message>
    <message>
        <source>the tariff “%1” has no hourly rate: its hours are listed without amounts</source>
        <translation>у тарифа «%1» нет часовой ставки: часы показаны без сумм</translation>
    </message>
    <message>
        <source>met</source>
        <translation>соблюдено</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в процессе</translation>
    </message>
    <message>
        <source>outside the SLA</source>
        <translation>вне SLA</translation>
    </message>
</context>
<context>
    <name>dd::MonthlyReportCsv</name>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>обращение</translation>
    </message>
    <message>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>arrived (Moscow)</source>
        <translation>поступило (МСК)</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>first reaction</source>
        <translation>первая реакция</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>normal hours</source>
        <translation>часы по обычному тарифу</translation>
    </message>
    <message>
        <source>double hours</source>
        <translation>часы по двойному тарифу</translation>
    </message>
    <message>
        <source>rate per hour</source>
        <translation>ставка в час</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>dd::MonthlyReportDialog</name>
    <message>
        <source>&amp;PDF for the client</source>
        <translation>&amp;PDF для клиента</translation>
    </message>
    <message>
        <source>&amp;CSV for a spreadsheet</source>
        <translation>&amp;CSV для таблицы</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Ежемесячный отчёт</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Сохранить ежемесячный отчёт</translation>
    </message>
    <message>
        <source>There is no client to report on.</source>
        <translation>Нет клиента, по которому можно составить отчёт.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Укажите файл, в который записать отчёт.</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n ticket(s)).</source>
        <translation>
            <numerusform>Записано: %1 (%n обращение).</numerusform>
            <numerusform>Записано: %1 (%n обращения).</numerusform>
            <numerusform>Записано: %1 (%n обращений).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::MonthlyReportPdf</name>
    <message>
        <source>Dutydesk · technical support</source>
        <translation>Dutydesk · техническая поддержка</translation>
    </message>
    <message>
        <source>Monthly support report</source>
        <translation>Ежемесячный отчёт о технической поддержке</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Hours at normal rate</source>
        <translation>Часы по обычному тарифу</translation>
    </message>
    <message>
        <source>Hours at double rate</source>
        <translation>Часы по двойному тарифу</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <source> (Moscow time)</source>
        <translation> (московское время)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Subject / project</source>
        <translation>Тема / проект</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Double</source>
        <translation>Двойной</translation>
    </message>
    <message>
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Журнал работ</translation>
    </message>
    <message>
        <source>No work was logged in this month.</source>
        <translation>В этом месяце работы не записывались.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Work on tickets of the urgent level outside business hours (working days of the production calendar, 08:00–16:00 Moscow time) is billed at double rate. Hours are shown as h:mm.</source>
        <translation>Работа по обращениям срочного уровня вне рабочего времени (рабочие дни производственного календаря, 08:00–16:00 по московскому времени) оплачивается по двойному тарифу. Часы указаны в формате ч:мм.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Monthly support report: %1, %2</source>
        <translation>Ежемесячный отчёт о технической поддержке: %1, %2</translation>
    </message>
</context>
<context>
    <name>dd::NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Urgent: the client asked for work outside business hours</source>
        <translation>Срочно: клиент просит выполнить работу вне рабочего времени</translation>
    </message>
    <message>
        <source>What the client reports, in a line</source>
        <translation>Суть обращения клиента одной строкой</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Arrived (Moscow time):</source>
        <translation>Поступило (МСК):</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Проект:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Choose the client&apos;s project.</source>
        <translation>Выберите проект клиента.</translation>
    </message>
    <message>
        <source>The arrival time is in the future.</source>
        <translation>Время поступления — в будущем.</translation>
    </message>
    <message>
        <source>1. Open … 2. Press … 3. See …</source>
        <translation>1. Открыть … 2. Нажать … 3. Увидеть …</translation>
    </message>
    <message>
        <source>Steps to reproduce:</source>
        <translation>Шаги воспроизведения:</translation>
    </message>
    <message>
        <source>Page URL:</source>
        <translation>Адрес страницы:</translation>
    </message>
</context>
<context>
    <name>dd::NotificationBanner</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (и ещё %n)</numerusform>
            <numerusform>%1 (и ещё %n)</numerusform>
            <numerusform>%1 (и ещё %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::Permissions</name>
    <message>
        <source>Only engineers, testers, managers and administrators file requests.</source>
        <translation>Регистрировать обращения могут только инженеры, тестировщики, менеджеры и администраторы.</translation>
    </message>
    <message>
        <source>Only engineers, managers and administrators release or discard quarantined mail.</source>
        <translation>Регистрировать или отклонять письма из карантина могут только инженеры, менеджеры и администраторы.</translation>
    </message>
    <message>
        <source>Only the project&apos;s tester, managers and administrators edit the checklist.</source>
        <translation>Чек-лист правят только тестировщик проекта, менеджеры и администраторы.</translation>
    </message>
    <message>
        <source>Only testers, managers and administrators start testing runs.</source>
        <translation>Запускать тестирование могут только тестировщики, менеджеры и администраторы.</translation>
    </message>
    <message>
        <source>Escalations are announced to managers and administrators.</source>
        <translation>Об эскалациях оповещаются менеджеры и администраторы.</translation>
    </message>
</context>
<context>
    <name>dd::ProductionCalendar</name>
    <message>
        <source>the built-in production calendar is missing</source>
        <translation>встроенный производственный календарь отсутствует</translation>
    </message>
    <message>
        <source>no production calendar for %1: import the year&apos;s calendar first</source>
        <translation>нет производственного календаря на %1 год: сначала импортируйте календарь этого года</translation>
    </message>
    <message>
        <source>the file has no calendar element</source>
        <translation>в файле нет элемента calendar</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, expected &lt;calendar&gt;</source>
        <translation>корневой элемент — &lt;%1&gt;, ожидается &lt;calendar&gt;</translation>
    </message>
    <message>
        <source>the calendar has no &lt;days&gt; element</source>
        <translation>в календаре нет элемента &lt;days&gt;</translation>
    </message>
    <message>
        <source>the file ends too early (truncated?)</source>
        <translation>файл обрывается раньше времени (обрезан?)</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>ошибка в XML: %1</translation>
    </message>
    <message>
        <source>the calendar has no valid year attribute (found “%1”)</source>
        <translation>у календаря нет верного атрибута year (найдено «%1»)</translation>
    </message>
    <message>
        <source>the file is the calendar for %1, expected %2</source>
        <translation>в файле календарь на %1 год, ожидается %2</translation>
    </message>
    <message>
        <source>“%1” is not a date of %2 (expected MM.DD)</source>
        <translation>«%1» — не дата %2 года (ожидается ММ.ДД)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 указан дважды</translation>
    </message>
    <message>
        <source>unknown day type t=“%1” for %2 (expected 1 day off, 2 shortened, 3 working)</source>
        <translation>неизвестный тип дня t=«%1» для %2 (ожидается 1 — выходной, 2 — сокращённый, 3 — рабочий)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>dd::ProjectRepository</name>
    <message>
        <source>“%1” is not a valid project code (lower-case Latin letters, digits and -)</source>
        <translation>«%1» — неверный код проекта (строчные латинские буквы, цифры и -)</translation>
    </message>
    <message>
        <source>a project needs a name</source>
        <translation>у проекта должно быть название</translation>
    </message>
    <message>
        <source>the testing interval must be at least one month</source>
        <translation>интервал тестирования — не меньше одного месяца</translation>
    </message>
    <message>
        <source>unknown tariff “%1” (known: %2)</source>
        <translation>неизвестный тариф «%1» (известные: %2)</translation>
    </message>
    <message>
        <source>there is already a project “%1”</source>
        <translation>проект «%1» уже существует</translation>
    </message>
    <message>
        <source>the new project got no id</source>
        <translation>новый проект не получил идентификатор</translation>
    </message>
    <message>
        <source>the short name “%1” is longer than %2 characters</source>
        <translation>краткое название «%1» длиннее %2 символов</translation>
    </message>
    <message>
        <source>the short name “%1” is already taken by project “%2”</source>
        <translation>краткое название «%1» уже занято проектом «%2»</translation>
    </message>
    <message>
        <source>the project was removed</source>
        <translation>проект удалён</translation>
    </message>
    <message>
        <source>project “%1” was changed meanwhile (now “%2”, short name “%3”); reload and try again</source>
        <translation>проект «%1» тем временем изменили (теперь «%2», краткое название «%3»); обновите данные и повторите</translation>
    </message>
</context>
<context>
    <name>dd::ProjectTreeModel</name>
    <message>
        <source>Client / project</source>
        <translation>Клиент / проект</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n открытое обращение</numerusform>
            <numerusform>%n открытых обращения</numerusform>
            <numerusform>%n открытых обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s), worst clock: %1</source>
        <translation>
            <numerusform>%n открытое обращение, худшее состояние: %1</numerusform>
            <numerusform>%n открытых обращения, худшее состояние: %1</numerusform>
            <numerusform>%n открытых обращений, худшее состояние: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ProjectsTab</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>The short name (at most %1 characters) is what the queue, the project tree and the dashboard show; empty: the full name. Double-click a name to change it.</source>
        <translation>Краткое название (не длиннее %1 символов) показывают очередь, дерево проектов и панель SLA; если его нет — полное название. Чтобы изменить название, дважды щёлкните по нему.</translation>
    </message>
    <message>
        <source>Project “%1” saved.</source>
        <translation>Проект «%1» сохранён.</translation>
    </message>
</context>
<context>
    <name>dd::QuarantineDialog</name>
    <message>
        <source>Automatic reply</source>
        <translation>Автоответ</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Неизвестный отправитель</translation>
    </message>
    <message>
        <source>Sender of two clients</source>
        <translation>Отправитель двух клиентов</translation>
    </message>
    <message>
        <source>Another client&apos;s ticket</source>
        <translation>Обращение другого клиента</translation>
    </message>
    <message>
        <source>Unreadable mail</source>
        <translation>Нечитаемое письмо</translation>
    </message>
    <message>
        <source>Project unclear</source>
        <translation>Проект не определён</translation>
    </message>
    <message>
        <source>Mail quarantine</source>
        <translation>Карантин почты</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>В карантине</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Зарегистрированные</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Отклонённые</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Received (Moscow)</source>
        <translation>Получено (МСК)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Select a mail to read it.</source>
        <translation>Выберите письмо, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Прое&amp;кт:</translation>
    </message>
    <message>
        <source>&amp;All active projects</source>
        <translation>&amp;Все активные проекты</translation>
    </message>
    <message>
        <source>&amp;Release into a ticket</source>
        <translation>&amp;Зарегистрировать как обращение</translation>
    </message>
    <message>
        <source>Why the mail is set aside (spam, duplicate, …)</source>
        <translation>Почему письмо отклонено (спам, дубликат, …)</translation>
    </message>
    <message>
        <source>Discard &amp;reason:</source>
        <translation>Прич&amp;ина отклонения:</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Отклони&amp;ть</translation>
    </message>
    <message>
        <source>Ticket #%1 (%2)</source>
        <translation>Обращение №%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reason: %1 — %2</source>
        <translation>Причина: %1 — %2</translation>
    </message>
    <message>
        <source>Discarded by %1: %2</source>
        <translation>Отклонил %1: %2</translation>
    </message>
    <message>
        <source>Released by %1</source>
        <translation>Зарегистрировал %1</translation>
    </message>
    <message>
        <source>Received: %1 (Moscow)</source>
        <translation>Получено: %1 (МСК)</translation>
    </message>
    <message>
        <source>The mail cannot be read: %1</source>
        <translation>Письмо не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>Reply-To: %1</source>
        <translation>Ответ на: %1</translation>
    </message>
    <message>
        <source>Date: %1 (Moscow)</source>
        <translation>Дата: %1 (МСК)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Message-ID: %1</source>
        <translation>Message-ID: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Вложения: %1</translation>
    </message>
    <message>
        <source>Select a mail and a project first.</source>
        <translation>Сначала выберите письмо и проект.</translation>
    </message>
    <message>
        <source>The mail was not released: %1</source>
        <translation>Письмо не зарегистрировано: %1</translation>
    </message>
    <message>
        <source>Released as ticket #%1 in %2.</source>
        <translation>Зарегистрировано как обращение №%1 в проекте %2.</translation>
    </message>
    <message>
        <source>Select a mail first.</source>
        <translation>Сначала выберите письмо.</translation>
    </message>
    <message>
        <source>The mail was not discarded: %1</source>
        <translation>Письмо не отклонено: %1</translation>
    </message>
    <message>
        <source>Discarded: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
</context>
<context>
    <name>dd::QuarantineService</name>
    <message>
        <source>a quarantine status is held, released or discarded, not “%1”</source>
        <translation>статус карантина — held, released или discarded, а не «%1»</translation>
    </message>
</context>
<context>
    <name>dd::QueueModel</name>
    <message>
        <source>%1: %2, deadline %3</source>
        <translation>%1: %2, срок %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>No clock runs: the ticket is %1</source>
        <translation>Таймер не идёт: обращение — %1</translation>
    </message>
    <message>
        <source>Not counted: the ticket left the SLA (out of scope or development)</source>
        <translation>Не учитывается: обращение вышло из SLA (вне регламента или передано в разработку)</translation>
    </message>
    <message>
        <source>No clock runs: no reaction is owed and the tariff sets no resolution target</source>
        <translation>Таймер не идёт: реакция не требуется, а тариф не задаёт срок решения</translation>
    </message>
    <message>
        <source>When the request arrived, Moscow time (your own time in each row&apos;s tooltip)</source>
        <translation>Когда поступило обращение, по московскому времени (ваше местное время — в подсказке строки)</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The ticket&apos;s last message, reply, note or change, Moscow time</source>
        <translation>Последнее сообщение, ответ, заметка или изменение обращения, время московское</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
</context>
<context>
    <name>dd::QueueSync</name>
    <message>
        <source>Live updates are off: %1</source>
        <translation>Обновления в реальном времени отключены: %1</translation>
    </message>
</context>
<context>
    <name>dd::QuickGuideDialog</name>
    <message>
        <source>Quick guide</source>
        <translation>Краткое руководство</translation>
    </message>
    <message>
        <source>&lt;h3&gt;A day in Dutydesk&lt;/h3&gt;&lt;p&gt;&lt;b&gt;The queue&lt;/b&gt; lists the open requests of every project, the most urgent first: emergencies by deadline, then first in, first out. &lt;i&gt;Time left&lt;/i&gt; counts down to the deadline of the clock that runs now — reaction, a follow-up reaction, or resolution — in the service hours of the request&apos;s level; a paused clock (the client is asked for something) shows ‖.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quick filters&lt;/b&gt; (Alt+1 … Alt+5) combine: &lt;i&gt;My tickets&lt;/i&gt; and &lt;i&gt;Breached&lt;/i&gt; together show your breached requests. Save a way of looking at the queue under View → Saved views.&lt;/p&gt;&lt;p&gt;&lt;b&gt;A new request&lt;/b&gt; by phone or messenger: File → New request (Ctrl+N). Register it, answer the client, put it on hold with a reason, resolve it — each from the ticket menu; every step is in the History.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Breach warnings&lt;/b&gt; are docked below the queue; an alert also comes as a desktop notification and a banner above the queue. Opening one keeps your filters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The testing schedule&lt;/b&gt; tab lists every project&apos;s bimonthly regression run; overdue runs are in the warnings dock too.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Рабочий день в Dutydesk&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Очередь&lt;/b&gt; показывает открытые обращения всех проектов, самые срочные — первыми: экстренные по сроку, затем в порядке поступления. Колонка &lt;i&gt;Осталось&lt;/i&gt; отсчитывает время до срока того таймера, который идёт сейчас, — реакции, повторной реакции или решения — в часы обслуживания уровня обращения; остановленный таймер (у клиента что-то запросили) отмечен знаком ‖.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Быстрые фильтры&lt;/b&gt; (Alt+1 … Alt+5) сочетаются: &lt;i&gt;Мои обращения&lt;/i&gt; вместе с &lt;i&gt;Просрочены&lt;/i&gt; покажут ваши просроченные обращения. Удобный вид очереди можно сохранить: Вид → Сохранённые виды.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Новое обращение&lt;/b&gt; по телефону или в мессенджере: Файл → Новое обращение (Ctrl+N). Зарегистрируйте его, ответьте клиенту, отложите с указанием причины, решите — всё из меню обращения; каждый шаг виден на вкладке «История».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Нарушения сроков&lt;/b&gt; собраны в панели под очередью; кроме того, приходит уведомление на рабочий стол и появляется строка над очередью. Переход по уведомлению сохраняет ваши фильтры.&lt;/p&gt;&lt;p&gt;&lt;b&gt;График тестирования&lt;/b&gt; показывает регрессионные прогоны каждого проекта раз в два месяца; просроченные прогоны тоже попадают в панель предупреждений.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dd::RatingDialog</name>
    <message>
        <source>Client rating of #%1</source>
        <translation>Оценка клиента по №%1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Rating (1–5):</source>
        <translation>Оценка (1–5):</translation>
    </message>
    <message>
        <source>Client&apos;s comment:</source>
        <translation>Комментарий клиента:</translation>
    </message>
</context>
<context>
    <name>dd::RegisterDialog</name>
    <message>
        <source>Register #%1</source>
        <translation>Регистрация №%1</translation>
    </message>
    <message>
        <source>The client asked for urgent work outside business hours (double rate)</source>
        <translation>Клиент просит срочную работу вне рабочего времени (двойной тариф)</translation>
    </message>
    <message>
        <source>— unassigned —</source>
        <translation>— не назначен —</translation>
    </message>
    <message>
        <source>What the client was told (optional)</source>
        <translation>Что сообщили клиенту (необязательно)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>This category is outside the support SLA: use “Out of scope” or “Hand to development” instead.</source>
        <translation>Эта категория вне SLA поддержки: используйте «Вне рамок поддержки» или «Передать в разработку».</translation>
    </message>
    <message>
        <source>Suggested by the regulation: %1</source>
        <translation>По регламенту: %1</translation>
    </message>
</context>
<context>
    <name>dd::Regression</name>
    <message>
        <source>Feature test #%1: %2</source>
        <translation>Тестирование функционала №%1: %2</translation>
    </message>
    <message>
        <source>Regression test: %1</source>
        <translation>Регрессионное тестирование: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>Tester: %1</source>
        <translation>Тестировщик: %1</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Run %1: %2 pass, %3 fail, %4 skipped, %5 not checked</source>
        <translation>Прогон %1: пройдено %2, не пройдено %3, пропущено %4, не проверено %5</translation>
    </message>
    <message>
        <source>Days overdue: %1</source>
        <translation>Дней просрочки: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>не пройден</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <source>due</source>
        <translation>подошёл срок</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлен</translation>
    </message>
</context>
<context>
    <name>dd::RegressionRepository</name>
    <message>
        <source>there is no test run %1</source>
        <translation>нет прогона тестирования %1</translation>
    </message>
    <message>
        <source>test run %1 is already finished</source>
        <translation>прогон тестирования %1 уже завершён</translation>
    </message>
    <message>
        <source>test run %1 has not been started</source>
        <translation>прогон тестирования %1 не начат</translation>
    </message>
    <message>
        <source>there is no project %1</source>
        <translation>нет проекта %1</translation>
    </message>
    <message>
        <source>project “%1” is %2; only active projects are tested</source>
        <translation>проект «%1» в состоянии «%2»; тестируются только активные проекты</translation>
    </message>
    <message>
        <source>project “%1” already has regression run %2 in progress</source>
        <translation>у проекта «%1» уже идёт регрессионный прогон %2</translation>
    </message>
    <message>
        <source>user %1 is not a tester</source>
        <translation>пользователь %1 не тестировщик</translation>
    </message>
    <message>
        <source>test run %1 was already started</source>
        <translation>прогон тестирования %1 уже начат</translation>
    </message>
    <message>
        <source>test run %1 has no item “%2”</source>
        <translation>в прогоне тестирования %1 нет пункта «%2»</translation>
    </message>
    <message>
        <source>the file “%1” is empty</source>
        <translation>файл «%1» пуст</translation>
    </message>
    <message>
        <source>the attachment got no id</source>
        <translation>вложение не получило идентификатор</translation>
    </message>
    <message>
        <source>there is no attachment %1</source>
        <translation>нет вложения %1</translation>
    </message>
    <message>
        <source>test run %1 cannot be finished: %2 of %3 items are not checked (%4)</source>
        <translation>прогон тестирования %1 нельзя завершить: не проверено пунктов — %2 из %3 (%4)</translation>
    </message>
    <message>
        <source>test run %1 was finished by someone else</source>
        <translation>прогон тестирования %1 уже завершил кто-то другой</translation>
    </message>
    <message>
        <source>there is no checklist item %1</source>
        <translation>нет пункта чек-листа %1</translation>
    </message>
    <message>
        <source>only a failed item becomes a ticket; “%1” is %2</source>
        <translation>обращением может стать только непройденный пункт; «%1»: %2</translation>
    </message>
    <message>
        <source>the item “%1” is already ticket #%2</source>
        <translation>пункт «%1» уже стал обращением №%2</translation>
    </message>
    <message>
        <source>Feature test of #%1 failed: %2</source>
        <translation>Тестирование функционала по №%1 не пройдено: %2</translation>
    </message>
    <message>
        <source>Regression test failed: %1</source>
        <translation>Регрессионное тестирование не пройдено: %1</translation>
    </message>
    <message>
        <source>Found by %1 in test run %2 (%3), item %4 “%5”.</source>
        <translation>Обнаружено: %1, прогон тестирования %2 (%3), пункт %4 «%5».</translation>
    </message>
    <message>
        <source>the new test run got no id</source>
        <translation>новый прогон тестирования не получил идентификатор</translation>
    </message>
</context>
<context>
    <name>dd::RegressionScheduleModel</name>
    <message>
        <source>Days past the due date: %1</source>
        <translation>Дней после срока: %1</translation>
    </message>
    <message>
        <source>%1 (%2 d)</source>
        <translation>%1 %2 дн.</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>feature test, ticket #%1</source>
        <translation>тест функционала, №%1</translation>
    </message>
    <message>
        <source>regression test</source>
        <translation>регрессионный тест</translation>
    </message>
    <message>
        <source>%1 pass · %2 fail · %3 skipped · %4 left</source>
        <translation>✓ %1 · ✗ %2 · пропущено %3 · ост. %4</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Тестировщик</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
</context>
<context>
    <name>dd::RegressionScheduleWidget</name>
    <message>
        <source>&amp;My runs</source>
        <translation>&amp;Мои прогоны</translation>
    </message>
    <message>
        <source>Only the runs assigned to %1</source>
        <translation>Только прогоны, назначенные на %1</translation>
    </message>
    <message>
        <source>Show &amp;finished</source>
        <translation>Показывать &amp;завершённые</translation>
    </message>
    <message>
        <source>By tester</source>
        <translation>По тестировщикам</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>По проектам</translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation>&amp;Начать прогон</translation>
    </message>
    <message>
        <source>&amp;Open run log</source>
        <translation>&amp;Открыть журнал прогона</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>&amp;Экспорт календаря…</translation>
    </message>
    <message>
        <source>Save the schedule as an iCalendar file to subscribe to</source>
        <translation>Сохранить график в файл iCalendar для подписки</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due · %3 in progress</source>
        <translation>просрочено: %1 · подошёл срок: %2 · выполняется: %3</translation>
    </message>
    <message>
        <source>Export the testing calendar</source>
        <translation>Экспорт календаря тестирования</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Dutydesk testing — %1</source>
        <translation>Тестирование Dutydesk — %1</translation>
    </message>
    <message>
        <source>Dutydesk testing</source>
        <translation>Тестирование Dutydesk</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Calendar saved to %1</source>
        <translation>Календарь сохранён в %1</translation>
    </message>
    <message>
        <source>&amp;Checklist…</source>
        <translation>&amp;Чек-лист…</translation>
    </message>
    <message>
        <source>Edit the selected project&apos;s regression checklist</source>
        <translation>Изменить чек-лист регрессионного тестирования выбранного проекта</translation>
    </message>
    <message>
        <source>Checklist saved; it applies to the next run</source>
        <translation>Чек-лист сохранён; он будет применён со следующего прогона</translation>
    </message>
</context>
<context>
    <name>dd::RegressionTimelineView</name>
    <message>
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>No runs to show</source>
        <translation>Нет прогонов</translation>
    </message>
    <message>
        <source>feature test, ticket #%1</source>
        <translation>тест функционала, №%1</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 skipped, %4 left</source>
        <translation>пройдено %1, не пройдено %2, пропущено %3, осталось %4</translation>
    </message>
</context>
<context>
    <name>dd::ReplyTemplates</name>
    <message>
        <source>there is no template %1</source>
        <translation>нет шаблона %1</translation>
    </message>
    <message>
        <source>only managers edit the canned answers; ask the head of support</source>
        <translation>готовые ответы правят только менеджеры; обратитесь к руководителю поддержки</translation>
    </message>
    <message>
        <source>a template needs a title and a text</source>
        <translation>у шаблона должны быть название и текст</translation>
    </message>
    <message>
        <source>there is already a template “%1”</source>
        <translation>шаблон «%1» уже есть</translation>
    </message>
    <message>
        <source>template “%1” was changed by %2 (version %3, you read %4); your change was not saved</source>
        <translation>шаблон «%1» изменил(а) %2 (версия %3, вы читали %4); ваше изменение не сохранено</translation>
    </message>
</context>
<context>
    <name>dd::ReportRepository</name>
    <message>
        <source>no client “%1”</source>
        <translation>нет клиента «%1»</translation>
    </message>
</context>
<context>
    <name>dd::ReportsService</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>dd::RunLogDialog</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Пункт чек-листа</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Пройдено</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>&amp;Не пройдено</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>П&amp;ропустить</translation>
    </message>
    <message>
        <source>What you saw: the page, the steps, the error</source>
        <translation>Что вы увидели: страница, шаги, ошибка</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Сохранить &amp;заметку</translation>
    </message>
    <message>
        <source>&amp;Attach screenshot…</source>
        <translation>Приложить &amp;снимок…</translation>
    </message>
    <message>
        <source>Create &amp;ticket from this failure</source>
        <translation>Создать &amp;обращение по ошибке</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Screenshots:</source>
        <translation>Снимки экрана:</translation>
    </message>
    <message>
        <source>Finish the run</source>
        <translation>Завершение прогона</translation>
    </message>
    <message>
        <source>Summary for the client and the team</source>
        <translation>Итог для клиента и команды</translation>
    </message>
    <message>
        <source>F&amp;inish run</source>
        <translation>Зав&amp;ершить прогон</translation>
    </message>
    <message>
        <source>Feature test of ticket #%1</source>
        <translation>Тестирование функционала по обращению №%1</translation>
    </message>
    <message>
        <source>Regression test</source>
        <translation>Регрессионное тестирование</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>завершён %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>запрошен</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;tester %3 · due %4 · run %5, %6</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;тестировщик %3 · срок %4 · прогон %5, %6</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>Run %1 — %2</source>
        <translation>Прогон %1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 checked · %3 pass · %4 fail · %5 skipped</source>
        <translation>проверено %1 из %2 · пройдено %3 · не пройдено %4 · пропущено %5</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>обращение №%1</translation>
    </message>
    <message>
        <source>screenshots: %1</source>
        <translation>снимки экрана: %1</translation>
    </message>
    <message>
        <source>Ticket #%1 created</source>
        <translation>Создано обращение №%1</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>Сохранено: %1 — %2</translation>
    </message>
    <message>
        <source>Attach screenshots</source>
        <translation>Приложить снимки экрана</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp *.gif);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Screenshots attached: %1</source>
        <translation>Приложено снимков экрана: %1</translation>
    </message>
    <message>
        <source>Ticket #%1 filed in the %2 queue</source>
        <translation>Обращение №%1 поставлено в очередь «%2»</translation>
    </message>
    <message>
        <source>Run finished</source>
        <translation>Прогон завершён</translation>
    </message>
</context>
<context>
    <name>dd::SearchRefresher</name>
    <message>
        <source>the search index was not refreshed: %1</source>
        <translation>поисковый индекс не обновлён: %1</translation>
    </message>
</context>
<context>
    <name>dd::SessionIdentity</name>
    <message>
        <source>on the shared database you act as your login “%1”; only an administrator may act as “%2”</source>
        <translation>в общей базе вы действуете под своим логином «%1»; действовать как «%2» может только администратор</translation>
    </message>
    <message>
        <source>only an administrator may do this (the login “%1” is not in dutydesk_admin)</source>
        <translation>это может сделать только администратор (логин «%1» не входит в dutydesk_admin)</translation>
    </message>
    <message>
        <source>only an administrator may do this (acting as “%1”)</source>
        <translation>это может сделать только администратор (действуете как «%1»)</translation>
    </message>
    <message>
        <source>database logins exist only on the shared (PostgreSQL) database</source>
        <translation>логины базы данных есть только в общей базе (PostgreSQL)</translation>
    </message>
    <message>
        <source>creating the login “%1” needs CREATEROLE: run this as the database owner</source>
        <translation>для создания логина «%1» нужно право CREATEROLE: выполните это от имени владельца базы</translation>
    </message>
    <message>
        <source>the new login “%1” needs a password</source>
        <translation>новому логину «%1» нужен пароль</translation>
    </message>
</context>
<context>
    <name>dd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>без изменений (хранится в системной связке ключей)</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/db:</source>
        <translation>Файл SQLite или postgresql://пользователь@хост:порт/база:</translation>
    </message>
    <message>
        <source>PostgreSQL password:</source>
        <translation>Пароль PostgreSQL:</translation>
    </message>
    <message>
        <source>A new database is used after a restart.</source>
        <translation>Новая база данных будет использована после перезапуска.</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language (after a restart):</source>
        <translation>Язык (после перезапуска):</translation>
    </message>
    <message>
        <source>Only a PostgreSQL database takes a password.</source>
        <translation>Пароль нужен только для базы данных PostgreSQL.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Пароль не сохранён: %1</translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation>Логин не может содержать пробелы.</translation>
    </message>
    <message>
        <source>With the desktop&apos;s message sound</source>
        <translation>Со стандартным звуком уведомлений</translation>
    </message>
    <message>
        <source>Breach warnings, service hours, tariffs and mail settings are shared by every desktop of the database: administrators change them in Administration.</source>
        <translation>Предупреждения о нарушениях, часы обслуживания, тарифы и почтовые настройки общие для всех рабочих мест базы: их меняют администраторы в окне «Администрирование».</translation>
    </message>
    <message>
        <source>Desktop notifications: warnings, breaches, new emergency tickets, escalations</source>
        <translation>Уведомления на рабочем столе: предупреждения, нарушения, новые экстренные обращения, эскалации</translation>
    </message>
    <message>
        <source>You are:</source>
        <translation>Вы:</translation>
    </message>
    <message>
        <source>On the shared database you work as your PostgreSQL login, %1.</source>
        <translation>В общей базе вы работаете под своим логином PostgreSQL — %1.</translation>
    </message>
    <message>
        <source>The system login (%1)</source>
        <translation>Системный логин (%1)</translation>
    </message>
    <message>
        <source>%1 (not a user of this database)</source>
        <translation>%1 (нет среди пользователей этой базы)</translation>
    </message>
    <message>
        <source>Who works at this desktop: “My tickets” and your actions follow this choice.</source>
        <translation>Кто работает за этим компьютером: от этого выбора зависят «Мои обращения» и то, от чьего имени записываются действия.</translation>
    </message>
</context>
<context>
    <name>dd::SharedSettings</name>
    <message>
        <source>%1 cannot be “%2”; accepted: %3</source>
        <translation>%1 не может быть «%2»; допустимо: %3</translation>
    </message>
    <message>
        <source>a duration from %1 to %2, like 1h or 90m</source>
        <translation>длительность от %1 до %2, например 1h или 90m</translation>
    </message>
    <message>
        <source>an e-mail address, or empty for none</source>
        <translation>адрес электронной почты или пусто, если его нет</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <source>a template: a “Subject:” line, an empty line, the body; empty for the built-in one</source>
        <translation>шаблон: строка «Subject:», пустая строка, текст; пусто — встроенный шаблон</translation>
    </message>
    <message>
        <source>Pre-holiday days end an hour early</source>
        <translation>Предпраздничные дни короче на час</translation>
    </message>
    <message>
        <source>Warning when less than this share of the time is left (%)</source>
        <translation>Предупреждать, когда осталось меньше этой доли времени (%)</translation>
    </message>
    <message>
        <source>Warning minutes before an emergency deadline</source>
        <translation>Предупреждать за столько минут до срока (экстренный)</translation>
    </message>
    <message>
        <source>Warning minutes before a standard deadline</source>
        <translation>Предупреждать за столько минут до срока (стандартный)</translation>
    </message>
    <message>
        <source>Warning minutes before an urgent deadline</source>
        <translation>Предупреждать за столько минут до срока (срочный)</translation>
    </message>
    <message>
        <source>Support address</source>
        <translation>Адрес поддержки</translation>
    </message>
    <message>
        <source>Head of support&apos;s address</source>
        <translation>Адрес руководителя поддержки</translation>
    </message>
    <message>
        <source>At most one acknowledgment per sender and ticket this often</source>
        <translation>Не чаще одного подтверждения отправителю по обращению за</translation>
    </message>
    <message>
        <source>Largest attachment stored (MB)</source>
        <translation>Наибольшее сохраняемое вложение (МБ)</translation>
    </message>
    <message>
        <source>Default testing interval of a new project (months)</source>
        <translation>Интервал тестирования нового проекта по умолчанию (месяцев)</translation>
    </message>
    <message>
        <source>Acknowledgment template (Russian)</source>
        <translation>Шаблон подтверждения (русский)</translation>
    </message>
    <message>
        <source>Acknowledgment template (English)</source>
        <translation>Шаблон подтверждения (английский)</translation>
    </message>
    <message>
        <source>Language of this desktop</source>
        <translation>Язык этого рабочего места</translation>
    </message>
    <message>
        <source>Who works at this desktop</source>
        <translation>Кто работает на этом рабочем месте</translation>
    </message>
    <message>
        <source>there is no setting “%1”; the shared settings are: %2</source>
        <translation>нет настройки «%1»; общие настройки: %2</translation>
    </message>
    <message>
        <source>%1 is a desktop setting: set it in the console&apos;s Settings on that desktop</source>
        <translation>%1 — настройка рабочего места: задайте её в окне «Настройки» консоли на этом рабочем месте</translation>
    </message>
    <message>
        <source>%1 was reset meanwhile; reload it and try again</source>
        <translation>%1 тем временем сброшена; перечитайте и попробуйте снова</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 to “%4”; reload it and try again</source>
        <translation>%1: изменено пользователем %2 в %3 на «%4»; перечитайте и попробуйте снова</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
</context>
<context>
    <name>dd::SharedSettingsTab</name>
    <message>
        <source>Save for every desktop</source>
        <translation>Сохранить для всех рабочих мест</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Saved; every desktop uses the new values now.</source>
        <translation>Сохранено; все рабочие места уже используют новые значения.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>dd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>dd::Sla</name>
    <message>
        <source>emergency</source>
        <translation>экстренный</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>стандартный</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>срочный</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>рабочее время</translation>
    </message>
    <message>
        <source>emergency hours</source>
        <translation>время экстренной поддержки</translation>
    </message>
    <message>
        <source>day off (weekend)</source>
        <translation>выходной (суббота/воскресенье)</translation>
    </message>
    <message>
        <source>day off (public holiday)</source>
        <translation>выходной (праздник)</translation>
    </message>
    <message>
        <source>day off (transferred)</source>
        <translation>выходной (перенесённый)</translation>
    </message>
    <message>
        <source>%1 level, %2: %3 counted from %4, deadline %5</source>
        <translation>%1 уровень, %2: отсчёт %3 от %4, срок %5</translation>
    </message>
    <message>
        <source>(shortened day)</source>
        <translation>(сокращённый день)</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>событие %1: %2</translation>
    </message>
    <message>
        <source>the history is not valid JSON: %1 at byte %2</source>
        <translation>история — некорректный JSON: %1 (байт %2)</translation>
    </message>
    <message>
        <source>the history must be an object with an “events” array</source>
        <translation>история должна быть объектом с массивом «events»</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <source>unknown type “%1”</source>
        <translation>неизвестный тип «%1»</translation>
    </message>
    <message>
        <source>“at” is missing</source>
        <translation>нет поля «at»</translation>
    </message>
    <message>
        <source>unknown level “%1”</source>
        <translation>неизвестный уровень «%1»</translation>
    </message>
    <message>
        <source>a level change needs “level”</source>
        <translation>для смены уровня нужно поле «level»</translation>
    </message>
</context>
<context>
    <name>dd::SlaDashboardWidget</name>
    <message>
        <source>SLA dashboard</source>
        <translation>Панель SLA</translation>
    </message>
    <message>
        <source>Compliance for:</source>
        <translation>Соблюдение SLA для:</translation>
    </message>
    <message>
        <source>Reactions in time, % by week</source>
        <translation>Реакции в срок, % по неделям</translation>
    </message>
    <message>
        <source>Breaches by week</source>
        <translation>Нарушения сроков по неделям</translation>
    </message>
    <message>
        <source>First reaction time (working time)</source>
        <translation>Время первой реакции (рабочее время)</translation>
    </message>
    <message>
        <source>Open tickets at the end of each week</source>
        <translation>Открытые обращения на конец каждой недели</translation>
    </message>
    <message>
        <source>Average rating by project</source>
        <translation>Средняя оценка по проектам</translation>
    </message>
    <message>
        <source>Average rating by engineer</source>
        <translation>Средняя оценка по инженерам</translation>
    </message>
    <message>
        <source>Regression testing runs</source>
        <translation>Регрессионное тестирование</translation>
    </message>
    <message>
        <source>Breached reactions</source>
        <translation>Просроченные реакции</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Late by (working time)</source>
        <translation>Опоздание (рабочее время)</translation>
    </message>
    <message>
        <source>Escalations to the head of support</source>
        <translation>Эскалации руководителю отдела поддержки</translation>
    </message>
    <message>
        <source>Client / project</source>
        <translation>Клиент / проект</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Рассмотрено</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Кем рассмотрено</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Отметить как рассмотренную</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %&lt;/b&gt; of reactions in time (%2 of %3) · &lt;b&gt;%4&lt;/b&gt; breaches · &lt;b&gt;%5&lt;/b&gt; open escalations · average rating &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %&lt;/b&gt; реакций в срок (%2 из %3) · нарушений сроков: &lt;b&gt;%4&lt;/b&gt; · открытых эскалаций: &lt;b&gt;%5&lt;/b&gt; · средняя оценка &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>breached reactions</source>
        <translation>просроченные реакции</translation>
    </message>
    <message>
        <source>due</source>
        <translation>по плану</translation>
    </message>
    <message>
        <source>done</source>
        <translation>проведено</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>средняя оценка</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reactions in time, % by week: %1</source>
        <translation>Реакции в срок, % по неделям: %1</translation>
    </message>
    <message>
        <source>week from Monday (Moscow time)</source>
        <translation>неделя с понедельника (МСК)</translation>
    </message>
    <message>
        <source> (follow-up)</source>
        <translation> (доп. информация)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>there is no chart “%1”</source>
        <translation>нет диаграммы «%1»</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удалось записать %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>Computing the figures from every ticket&apos;s history…</source>
        <translation>Показатели рассчитываются по истории всех обращений…</translation>
    </message>
    <message>
        <source>Cannot compute the dashboard: %1</source>
        <translation>Не удалось рассчитать панель SLA: %1</translation>
    </message>
    <message>
        <source>Double-click a row to open the ticket in the console</source>
        <translation>Дважды щёлкните по строке, чтобы открыть обращение в консоли</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>№%1 %2</translation>
    </message>
</context>
<context>
    <name>dd::SlaStatistics</name>
    <message>
        <source>≤15m</source>
        <translation>≤15м</translation>
    </message>
    <message>
        <source>15–30m</source>
        <translation>15–30м</translation>
    </message>
    <message>
        <source>30–60m</source>
        <translation>30–60м</translation>
    </message>
    <message>
        <source>1–2h</source>
        <translation>1–2ч</translation>
    </message>
    <message>
        <source>2–4h</source>
        <translation>2–4ч</translation>
    </message>
    <message>
        <source>4–8h</source>
        <translation>4–8ч</translation>
    </message>
    <message>
        <source>&gt;8h</source>
        <translation>&gt;8ч</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначено</translation>
    </message>
</context>
<context>
    <name>dd::SmtpSender</name>
    <message>
        <source>no recipient</source>
        <translation>нет получателя</translation>
    </message>
    <message>
        <source>expected smtp[s]://[user@]host[:port], got &quot;%1&quot;</source>
        <translation>ожидается smtp[s]://[пользователь@]хост[:порт], получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>put the SMTP password in the keychain or a password file, not in the URL</source>
        <translation>пароль SMTP храните в связке ключей или в файле пароля, а не в адресе</translation>
    </message>
</context>
<context>
    <name>dd::SpamCheck</name>
    <message>
        <source>--spamd wants host[:port], e.g. 127.0.0.1:783, not “%1”</source>
        <translation>--spamd ожидает host[:port], например 127.0.0.1:783, а не «%1»</translation>
    </message>
    <message>
        <source>anti-spam check at %1:%2 failed: %3</source>
        <translation>антиспам-проверка на %1:%2 не удалась: %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>the answer has no verdict</source>
        <translation>в ответе нет вердикта</translation>
    </message>
</context>
<context>
    <name>dd::SqliteChangeWatcher</name>
    <message>
        <source>the change watcher is not started</source>
        <translation>отслеживание изменений не запущено</translation>
    </message>
    <message>
        <source>changes were missed while this desktop was not watching</source>
        <translation>изменения пропущены, пока этот компьютер не отслеживал их</translation>
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
        <translation>Московское время (часы обслуживания): %1</translation>
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
    <name>dd::TariffPolicyTab</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Rate, ₽/h</source>
        <translation>Ставка, ₽/ч</translation>
    </message>
    <message>
        <source>Double rate ×</source>
        <translation>Двойная ставка ×</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Max reaction</source>
        <translation>Макс. реакция</translation>
    </message>
    <message>
        <source>Resolution target</source>
        <translation>Цель решения</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>1500 or 1500.50; empty: no rate</source>
        <translation>1500 или 1500.50; пусто — без ставки</translation>
    </message>
    <message>
        <source>4h, 90m, 1h30m</source>
        <translation>4h, 90m, 1h30m</translation>
    </message>
    <message>
        <source>empty: measured only</source>
        <translation>пусто — только измеряется</translation>
    </message>
    <message>
        <source>Hourly rate, ₽</source>
        <translation>Часовая ставка, ₽</translation>
    </message>
    <message>
        <source>Double-rate multiplier</source>
        <translation>Множитель двойной ставки</translation>
    </message>
    <message>
        <source>Add tariff</source>
        <translation>Добавить тариф</translation>
    </message>
    <message>
        <source>Save tariff</source>
        <translation>Сохранить тариф</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <source>Apply from now on</source>
        <translation>Применить с этого момента</translation>
    </message>
    <message>
        <source>Clocks that started earlier keep the times in force when they started.</source>
        <translation>Таймеры, запущенные раньше, сохраняют сроки, действовавшие при их запуске.</translation>
    </message>
    <message>
        <source>SLA policy in force</source>
        <translation>Действующая политика SLA</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>начала</translation>
    </message>
    <message>
        <source>Tariff %1 added.</source>
        <translation>Тариф %1 добавлен.</translation>
    </message>
    <message>
        <source>the double-rate multiplier is a number like 2 or 1.5</source>
        <translation>множитель двойной ставки — число, например 2 или 1.5</translation>
    </message>
    <message>
        <source>Tariff %1 saved.</source>
        <translation>Тариф %1 сохранён.</translation>
    </message>
    <message>
        <source>Max reaction: %1</source>
        <translation>Макс. реакция: %1</translation>
    </message>
    <message>
        <source>Resolution target: %1</source>
        <translation>Цель решения: %1</translation>
    </message>
    <message>
        <source>The new times apply to clocks starting from now; earlier clocks keep theirs.</source>
        <translation>Новые сроки действуют для таймеров, запущенных с этого момента; прежние таймеры сохраняют свои.</translation>
    </message>
</context>
<context>
    <name>dd::TariffRepository</name>
    <message>
        <source>a tariff code is lower-case letters, digits and dashes, not “%1”</source>
        <translation>код тарифа — строчные латинские буквы, цифры и дефисы, а не «%1»</translation>
    </message>
    <message>
        <source>the tariff %1 needs a name</source>
        <translation>у тарифа %1 должно быть название</translation>
    </message>
    <message>
        <source>the tariff %1 exists already</source>
        <translation>тариф %1 уже есть</translation>
    </message>
    <message>
        <source>the double-rate multiplier is from 100 % to 1000 %, not %1 %</source>
        <translation>множитель двойной ставки — от 100 % до 1000 %, а не %1 %</translation>
    </message>
    <message>
        <source>there is no tariff “%1”</source>
        <translation>нет тарифа «%1»</translation>
    </message>
    <message>
        <source>the tariff %1 was changed meanwhile (now “%2”, rate %3); reload it and try again</source>
        <translation>тариф %1 тем временем изменён (теперь «%2», ставка %3); перечитайте и попробуйте снова</translation>
    </message>
    <message>
        <source>reaction and resolution times must be longer than zero</source>
        <translation>время реакции и решения должно быть больше нуля</translation>
    </message>
    <message>
        <source>the %1 × %2 policy was changed meanwhile (reaction now %3); reload it and try again</source>
        <translation>политика %1 × %2 тем временем изменена (реакция теперь %3); перечитайте и попробуйте снова</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>an hourly rate is an amount in roubles like 1500 or 1500.50, not “%1”</source>
        <translation>часовая ставка — сумма в рублях, например 1500 или 1500.50, а не «%1»</translation>
    </message>
</context>
<context>
    <name>dd::TemplatePicker</name>
    <message>
        <source>Canned answers</source>
        <translation>Готовые ответы</translation>
    </message>
    <message>
        <source>Type to filter by title or text</source>
        <translation>Начните вводить — отбор по названию и тексту</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>There are no canned answers yet; managers add them (dutydeskctl template add).</source>
        <translation>Готовых ответов пока нет; их добавляют менеджеры (dutydeskctl template add).</translation>
    </message>
</context>
<context>
    <name>dd::TemplatesTab</name>
    <message>
        <source>Subject: {tag} …

Body with {number}, {subject}, {name}, {arrived}. Empty: the shipped text.</source>
        <translation>Subject: {tag} …

Текст с {number}, {subject}, {name}, {arrived}. Пусто — встроенный текст.</translation>
    </message>
    <message>
        <source>Save templates</source>
        <translation>Сохранить шаблоны</translation>
    </message>
    <message>
        <source>Acknowledgment of a new ticket, Russian</source>
        <translation>Подтверждение нового обращения, на русском</translation>
    </message>
    <message>
        <source>Acknowledgment of a new ticket, English</source>
        <translation>Подтверждение нового обращения, на английском</translation>
    </message>
    <message>
        <source>Saved; the mail intake uses them from its next round.</source>
        <translation>Сохранено; приём почты использует их со следующего цикла.</translation>
    </message>
</context>
<context>
    <name>dd::TicketActions</name>
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
        <translation>О&amp;тложить…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Решить…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>З&amp;акрыть</translation>
    </message>
    <message>
        <source>&amp;Out of scope…</source>
        <translation>В&amp;не рамок поддержки…</translation>
    </message>
    <message>
        <source>Hand to &amp;development…</source>
        <translation>&amp;Передать в разработку…</translation>
    </message>
    <message>
        <source>Mark &amp;escalated</source>
        <translation>Отметить &amp;эскалацию</translation>
    </message>
    <message>
        <source>Postpone #%1</source>
        <translation>Отложить №%1</translation>
    </message>
    <message>
        <source>What the ticket waits for (the client is told):</source>
        <translation>Чего ждёт обращение (сообщается клиенту):</translation>
    </message>
    <message>
        <source>Resolve #%1</source>
        <translation>Решение №%1</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Что сделано:</translation>
    </message>
    <message>
        <source>#%1 is out of scope</source>
        <translation>№%1 вне рамок поддержки</translation>
    </message>
    <message>
        <source>Why the request is outside technical support (§2.3.3):</source>
        <translation>Почему обращение выходит за рамки технической поддержки (§2.3.3):</translation>
    </message>
    <message>
        <source>Hand #%1 to development</source>
        <translation>Передать №%1 в разработку</translation>
    </message>
    <message>
        <source>What the development department should estimate:</source>
        <translation>Что должен оценить отдел разработки:</translation>
    </message>
    <message>
        <source>Your input is kept: check the ticket and apply it again, or cancel.</source>
        <translation>Введённое сохранено: проверьте обращение и примените ещё раз или отмените.</translation>
    </message>
    <message>
        <source>The ticket was not changed</source>
        <translation>Обращение не изменено</translation>
    </message>
    <message>
        <source>Reope&amp;n</source>
        <translation>От&amp;крыть повторно</translation>
    </message>
    <message>
        <source>Record client &amp;rating…</source>
        <translation>Записать о&amp;ценку клиента…</translation>
    </message>
    <message>
        <source>&amp;Take it</source>
        <translation>&amp;Взять себе</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;message by phone…</source>
        <translation>Сообщение &amp;клиента по телефону…</translation>
    </message>
    <message>
        <source>Close #%1? The client can no longer reopen it by answering.</source>
        <translation>Закрыть №%1? Ответом на письмо клиент его уже не откроет.</translation>
    </message>
    <message>
        <source>Mark #%1 as escalated? The head of support sees it among the escalations.</source>
        <translation>Отметить эскалацию №%1? Руководитель поддержки увидит обращение среди эскалаций.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>№%1 %2</translation>
    </message>
</context>
<context>
    <name>dd::TicketChangeDialog</name>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>dd::TicketConversation</name>
    <message>
        <source>the new row got no id</source>
        <translation>новая запись не получила номера</translation>
    </message>
    <message>
        <source>there is no ticket with id %1</source>
        <translation>нет обращения с id %1</translation>
    </message>
    <message>
        <source>mail %1 has not failed: only a failed mail is sent again</source>
        <translation>письмо %1 не в статусе «не доставлено»: повторно отправляется только недоставленное</translation>
    </message>
</context>
<context>
    <name>dd::TicketDetailWidget</name>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>When (Moscow)</source>
        <translation>Когда (МСК)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>Таймеры SLA</translation>
    </message>
    <message>
        <source>Project team</source>
        <translation>Команда проекта</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>Аккаунт-менеджер:</translation>
    </message>
    <message>
        <source>Programmer:</source>
        <translation>Программист:</translation>
    </message>
    <message>
        <source>Tester:</source>
        <translation>Тестировщик:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>№%1 %2</translation>
    </message>
    <message>
        <source>Steps to reproduce:</source>
        <translation>Шаги воспроизведения:</translation>
    </message>
    <message>
        <source>&lt;i&gt;No description.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Нет описания.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Проект:</translation>
    </message>
    <message>
        <source>%1 (tariff %2)</source>
        <translation>%1 (тариф «%2»)</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>эскалировано</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>&lt;i&gt;not triaged&lt;/i&gt;</source>
        <translation>&lt;i&gt;не разобрано&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>Поступило:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>&lt;i&gt;unassigned&lt;/i&gt;</source>
        <translation>&lt;i&gt;не назначен&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Страница:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody assigned&lt;/i&gt;</source>
        <translation>&lt;i&gt;никто не назначен&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>Таймеры SLA не запущены.</translation>
    </message>
    <message>
        <source>The ticket is %1; its clocks have stopped.</source>
        <translation>Обращение %1; таймеры SLA остановлены.</translation>
    </message>
    <message>
        <source>&lt;br&gt;allowed %1, left %2, deadline %3</source>
        <translation>&lt;br&gt;отведено %1, осталось %2, срок %3</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Сообщения (%1)</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Работы</translation>
    </message>
    <message>
        <source>&lt;br&gt;The ticket left the SLA; this clock is not counted in any figure.</source>
        <translation>&lt;br&gt;Обращение вышло из SLA; этот таймер не учитывается ни в одном показателе.</translation>
    </message>
    <message>
        <source>Tariff “%1”, %2 level.</source>
        <translation>Тариф «%1», уровень: %2.</translation>
    </message>
    <message>
        <source>Paused while the ticket waited; %1 counted so far.</source>
        <translation>Приостанавливались на время ожидания; пока учтено %1.</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Разбор</translation>
    </message>
</context>
<context>
    <name>dd::TicketDialog</name>
    <message>
        <source>Apply to the current version</source>
        <translation>Применить к текущей версии</translation>
    </message>
</context>
<context>
    <name>dd::TicketEventText</name>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>эскалировано</translation>
    </message>
    <message>
        <source>escalation withdrawn</source>
        <translation>эскалация снята</translation>
    </message>
    <message>
        <source>arrived by %1</source>
        <translation>поступило по каналу %1</translation>
    </message>
    <message>
        <source>a message from the client</source>
        <translation>сообщение от клиента</translation>
    </message>
    <message>
        <source>a reply to the client</source>
        <translation>ответ клиенту</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <source>by %1 at %2 (%3)</source>
        <translation>%1 в %2 (%3)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <source>ticket #%1 was changed by someone else; your change was not saved</source>
        <translation>обращение №%1 изменил кто-то другой; ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>ticket #%1 was changed %2; your change was not saved</source>
        <translation>обращение №%1 изменено: %2; ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>rated %1: «%2»</source>
        <translation>оценка %1: «%2»</translation>
    </message>
    <message>
        <source>the client answered</source>
        <translation>клиент ответил</translation>
    </message>
    <message>
        <source>a message from the client by %1: «%2»</source>
        <translation>сообщение клиента (%1): «%2»</translation>
    </message>
    <message>
        <source>a reply to %1: «%2»</source>
        <translation>ответ для %1: «%2»</translation>
    </message>
    <message>
        <source>a reply to the client: «%1»</source>
        <translation>ответ клиенту: «%1»</translation>
    </message>
    <message>
        <source>comment: «%1»</source>
        <translation>комментарий: «%1»</translation>
    </message>
    <message>
        <source>page URL</source>
        <translation>адрес страницы</translation>
    </message>
    <message>
        <source>steps to reproduce: «%1»</source>
        <translation>шаги воспроизведения: «%1»</translation>
    </message>
    <message>
        <source>internal note: «%1»</source>
        <translation>внутренняя заметка: «%1»</translation>
    </message>
    <message>
        <source>an automatic reply from the client&apos;s side</source>
        <translation>автоматический ответ со стороны клиента</translation>
    </message>
    <message>
        <source>waiting reason %1 → %2</source>
        <translation>причина ожидания: %1 → %2</translation>
    </message>
    <message>
        <source>mail intake</source>
        <translation>приём почты</translation>
    </message>
</context>
<context>
    <name>dd::TicketFeedback</name>
    <message>
        <source>a rating is from 1 to 5, not %1</source>
        <translation>оценка — от 1 до 5, а не %1</translation>
    </message>
    <message>
        <source>ticket #%1 is %2: it can be rated once resolved</source>
        <translation>обращение №%1 в статусе «%2»: оценить его можно только после решения</translation>
    </message>
    <message>
        <source>the reply contains no rating (such as «оценка 5» or «5 из 5»)</source>
        <translation>в ответе нет оценки (например, «оценка 5» или «5 из 5»)</translation>
    </message>
    <message>
        <source>ticket #%1 is already escalated</source>
        <translation>обращение №%1 уже эскалировано</translation>
    </message>
    <message>
        <source>ticket #%1 has no open escalation</source>
        <translation>у обращения №%1 нет открытой эскалации</translation>
    </message>
</context>
<context>
    <name>dd::TicketFlow</name>
    <message>
        <source>a ticket can wait only with a reason (%1)</source>
        <translation>обращение может ожидать только с указанием причины (%1)</translation>
    </message>
    <message>
        <source>a reason applies only when the ticket goes to waiting</source>
        <translation>причина указывается только при переводе обращения в ожидание</translation>
    </message>
    <message>
        <source>the ticket is already %1</source>
        <translation>обращение уже в статусе «%1»</translation>
    </message>
    <message>
        <source>a %1 ticket cannot become %2 (allowed: %3)</source>
        <translation>обращение в статусе «%1» нельзя перевести в статус «%2» (допустимо: %3)</translation>
    </message>
</context>
<context>
    <name>dd::TicketMessages</name>
    <message>
        <source>the message got no id</source>
        <translation>сообщение не получило идентификатор</translation>
    </message>
</context>
<context>
    <name>dd::TicketReplies</name>
    <message>
        <source>ticket #%1 is %2: reopen it before writing to the client</source>
        <translation>обращение №%1 в статусе %2: откройте его снова, прежде чем писать клиенту</translation>
    </message>
    <message>
        <source>cannot read the attachment %1</source>
        <translation>не удалось прочитать вложение %1</translation>
    </message>
    <message>
        <source>the attachment %1 has %2 MB; at most %3 MB go with a reply</source>
        <translation>вложение %1 занимает %2 МБ; к ответу можно приложить не больше %3 МБ</translation>
    </message>
    <message>
        <source>the reply is empty: write what the client should read</source>
        <translation>ответ пуст: напишите, что должен прочитать клиент</translation>
    </message>
    <message>
        <source>the attachment %1 exceeds %2 MB</source>
        <translation>вложение %1 больше %2 МБ</translation>
    </message>
    <message>
        <source>ticket #%1: the client «%2» has no e-mail address and wrote no mail; answer by phone or messenger and add the address to the client</source>
        <translation>обращение №%1: у клиента «%2» нет адреса электронной почты, и писем от него не было; ответьте по телефону или в мессенджере и добавьте клиенту адрес</translation>
    </message>
    <message>
        <source>the support address is not known yet: the mail intake records it with its first mail</source>
        <translation>адрес поддержки ещё неизвестен: приём почты запоминает его с первым письмом</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>заметка пуста</translation>
    </message>
    <message>
        <source>mail from the client is filed by the mail intake; record phone and messenger messages here</source>
        <translation>письма клиента регистрирует приём почты; здесь записываются сообщения по телефону и в мессенджерах</translation>
    </message>
    <message>
        <source>the client&apos;s message is empty</source>
        <translation>сообщение клиента пусто</translation>
    </message>
    <message>
        <source>the message cannot arrive in the future (%1)</source>
        <translation>сообщение не может поступить в будущем (%1)</translation>
    </message>
    <message>
        <source>ticket #%1 arrived later than this message</source>
        <translation>обращение №%1 поступило позже этого сообщения</translation>
    </message>
</context>
<context>
    <name>dd::TicketRepository</name>
    <message>
        <source>there is no ticket with id %1</source>
        <translation>нет обращения с идентификатором %1</translation>
    </message>
    <message>
        <source>a ticket needs a subject</source>
        <translation>у обращения должна быть тема</translation>
    </message>
    <message>
        <source>unknown level “%1” (%2)</source>
        <translation>неизвестный уровень «%1» (%2)</translation>
    </message>
    <message>
        <source>a ticket needs its arrival time</source>
        <translation>у обращения должно быть время поступления</translation>
    </message>
    <message>
        <source>the ticket counter is missing</source>
        <translation>отсутствует счётчик номеров обращений</translation>
    </message>
    <message>
        <source>the new ticket got no id</source>
        <translation>новое обращение не получило идентификатор</translation>
    </message>
    <message>
        <source>ticket #%1 is at version %2; there is no version %3</source>
        <translation>обращение №%1 в версии %2; версии %3 нет</translation>
    </message>
    <message>
        <source>ticket #%1: %2</source>
        <translation>обращение №%1: %2</translation>
    </message>
    <message>
        <source>there is no user with id %1</source>
        <translation>нет пользователя с идентификатором %1</translation>
    </message>
    <message>
        <source>ticket #%1: nothing to change</source>
        <translation>обращение №%1: нечего менять</translation>
    </message>
    <message>
        <source>“%1” is not a page address (http:// or https://)</source>
        <translation>«%1» — не адрес страницы (http:// или https://)</translation>
    </message>
</context>
<context>
    <name>dd::TicketService</name>
    <message>
        <source>attachment %1 has no stored content</source>
        <translation>у вложения %1 нет сохранённого содержимого</translation>
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
    <name>dd::ToolWindows</name>
    <message>
        <source>Te&amp;sting</source>
        <translation>&amp;Тестирование</translation>
    </message>
    <message>
        <source>Regression &amp;schedule</source>
        <translation>&amp;График регрессионного тестирования</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>От&amp;чёты</translation>
    </message>
    <message>
        <source>SLA &amp;dashboard</source>
        <translation>&amp;Панель SLA</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>Почт&amp;а</translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation>&amp;Карантин…</translation>
    </message>
    <message>
        <source>Testing schedule</source>
        <translation>График тестирования</translation>
    </message>
    <message>
        <source>SLA dashboard</source>
        <translation>Панель SLA</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Техническая поддержка</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Администрирование…</translation>
    </message>
    <message>
        <source>The production calendar ends on %1: import the next year (Administration → Calendar).</source>
        <translation>Производственный календарь заканчивается %1: импортируйте следующий год (Администрирование → Календарь).</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Ежемесячный отчёт…</translation>
    </message>
</context>
<context>
    <name>dd::TriageEditor</name>
    <message>
        <source>Take it</source>
        <translation>Взять себе</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Page URL:</source>
        <translation>Адрес страницы:</translation>
    </message>
    <message>
        <source>1. Open … 2. Press … 3. See …</source>
        <translation>1. Открыть … 2. Нажать … 3. Увидеть …</translation>
    </message>
    <message>
        <source>Steps to reproduce:</source>
        <translation>Шаги воспроизведения:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>— unassigned —</source>
        <translation>— не назначен —</translation>
    </message>
    <message>
        <source>You have no user account in this database to take tickets with.</source>
        <translation>У вас нет учётной записи в этой базе, чтобы брать обращения.</translation>
    </message>
    <message>
        <source>There is nobody called “%1”.</source>
        <translation>Сотрудника «%1» нет.</translation>
    </message>
    <message>
        <source>Your input is kept: check the ticket and apply it again, or revert.</source>
        <translation>Введённое сохранено: проверьте обращение и примените ещё раз или верните как было.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Assign the ticket to me (Ctrl+I)</source>
        <translation>Назначить обращение на меня (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>dd::UserRepository</name>
    <message>
        <source>“%1” is not a valid login (lower-case Latin letters, digits, _ . -)</source>
        <translation>«%1» — неверный логин (строчные латинские буквы, цифры, _ . -)</translation>
    </message>
    <message>
        <source>a user needs at least one role (%1)</source>
        <translation>у пользователя должна быть хотя бы одна роль (%1)</translation>
    </message>
    <message>
        <source>there is already a user “%1”</source>
        <translation>пользователь «%1» уже существует</translation>
    </message>
    <message>
        <source>the new user got no id</source>
        <translation>новый пользователь не получил идентификатор</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>нет пользователя «%1»</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>the user was removed</source>
        <translation>пользователь удалён</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (now “%2”, %3); reload and try again</source>
        <translation>%1 тем временем изменён (теперь «%2», %3); перечитайте и попробуйте снова</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n open ticket(s); reassign them to someone first</source>
        <translation>
            <numerusform>у %1 %n открытое обращение; сначала передайте его кому-нибудь</numerusform>
            <numerusform>у %1 %n открытых обращения; сначала передайте их кому-нибудь</numerusform>
            <numerusform>у %1 %n открытых обращений; сначала передайте их кому-нибудь</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deactivated</source>
        <translation>%1 деактивирован(а)</translation>
    </message>
    <message>
        <source>there is no user with id %1</source>
        <translation>нет пользователя с идентификатором %1</translation>
    </message>
    <message>
        <source>%1 is deactivated</source>
        <translation>%1 деактивирован(а)</translation>
    </message>
    <message>
        <source>%1 is not a %2 (their roles: %3)</source>
        <translation>%1 не имеет роли %2 (роли: %3)</translation>
    </message>
</context>
<context>
    <name>dd::UsersTab</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Open tickets go to</source>
        <translation>Кому передать открытые обращения</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Save user</source>
        <translation>Сохранить пользователя</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(никто не выбран)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 добавлен(а).</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Сначала выберите пользователя в списке.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 сохранён(а).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n open ticket(s): choose who takes them over, then deactivate.</source>
        <translation>
            <numerusform>у %1 %n открытое обращение: выберите, кому его передать, затем деактивируйте.</numerusform>
            <numerusform>у %1 %n открытых обращения: выберите, кому их передать, затем деактивируйте.</numerusform>
            <numerusform>у %1 %n открытых обращений: выберите, кому их передать, затем деактивируйте.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1 деактивирован(а).</translation>
    </message>
</context>
<context>
    <name>dd::Vocabulary</name>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>in work</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>открыто повторно</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>вне рамок поддержки</translation>
    </message>
    <message>
        <source>in development</source>
        <translation>передано в разработку</translation>
    </message>
    <message>
        <source>cannot reproduce / no access to the project</source>
        <translation>невозможно воспроизвести / нет доступа к проекту</translation>
    </message>
    <message>
        <source>not enough information</source>
        <translation>недостаточно информации</translation>
    </message>
    <message>
        <source>needs detailed diagnosis or development</source>
        <translation>требуется детальная диагностика или доработка</translation>
    </message>
    <message>
        <source>outside technical support</source>
        <translation>выходит за рамки технической поддержки</translation>
    </message>
    <message>
        <source>question incorrect or discussion unconstructive</source>
        <translation>вопрос некорректен или обсуждение неконструктивно</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>e-mail «СРОЧНО»</source>
        <translation>эл. почта «СРОЧНО»</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Reaction to additional information</source>
        <translation>Реакция на дополнительную информацию</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в норме</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>met</source>
        <translation>соблюдено</translation>
    </message>
    <message>
        <source>waiting for a third party (hosting, vendor)</source>
        <translation>ожидание третьей стороны (хостинг, поставщик)</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source>calendar missing</source>
        <translation>нет календаря</translation>
    </message>
    <message>
        <source>no access</source>
        <comment>waiting reason, short</comment>
        <translation>нет доступа</translation>
    </message>
    <message>
        <source>client</source>
        <comment>waiting reason, short</comment>
        <translation>клиент</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <comment>waiting reason, short</comment>
        <translation>диагностика</translation>
    </message>
    <message>
        <source>outside support</source>
        <comment>waiting reason, short</comment>
        <translation>вне поддержки</translation>
    </message>
    <message>
        <source>unconstructive</source>
        <comment>waiting reason, short</comment>
        <translation>неконструктивно</translation>
    </message>
    <message>
        <source>third party</source>
        <comment>waiting reason, short</comment>
        <translation>третья сторона</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: short waiting reason</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dd::WalCheckpointer</name>
    <message>
        <source>the log was not copied into the database: %1</source>
        <translation>журнал предзаписи не перенесён в базу данных: %1</translation>
    </message>
</context>
<context>
    <name>dd::WorkLogEntry</name>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>«%1» — не дата и время</translation>
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation>«%1» — не время суток</translation>
    </message>
    <message>
        <source>start: %1</source>
        <translation>начало: %1</translation>
    </message>
    <message>
        <source>end: %1</source>
        <translation>конец: %1</translation>
    </message>
    <message>
        <source>“%1” is not a duration such as 1:30, 90 мин, 1ч 30м or 1,5 ч</source>
        <translation>«%1» — не длительность вроде 1:30, 90 мин, 1ч 30м или 1,5 ч</translation>
    </message>
    <message>
        <source>the start, the end and the duration disagree: give two of them</source>
        <translation>начало, конец и длительность не сходятся: укажите два из трёх</translation>
    </message>
    <message>
        <source>give the start and the end or the duration</source>
        <translation>укажите начало и конец или длительность</translation>
    </message>
    <message>
        <source>a work-log entry needs its start and end</source>
        <translation>у записи о работе должны быть начало и конец</translation>
    </message>
    <message>
        <source>the work ends before it starts</source>
        <translation>работа заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>the work cannot end in the future (%1; now it is %2 Moscow time)</source>
        <translation>работа не может закончиться в будущем (%1; сейчас %2 по Москве)</translation>
    </message>
    <message>
        <source>the work cannot start at %1, before the ticket arrived at %2 (Moscow time)</source>
        <translation>работа не может начаться в %1 — раньше, чем поступило обращение (%2 по Москве)</translation>
    </message>
</context>
<context>
    <name>dd::WorkLogRepository</name>
    <message>
        <source>no user with id %1</source>
        <translation>нет пользователя с идентификатором %1</translation>
    </message>
    <message>
        <source>no ticket with id %1</source>
        <translation>нет обращения с идентификатором %1</translation>
    </message>
    <message>
        <source>the new work-log entry got no id</source>
        <translation>новая запись журнала работ не получила идентификатор</translation>
    </message>
    <message>
        <source>the new work-log entry cannot be read back</source>
        <translation>новую запись журнала работ не удалось прочитать</translation>
    </message>
    <message>
        <source>no work-log entry with id %1</source>
        <translation>нет записи журнала работ с идентификатором %1</translation>
    </message>
</context>
<context>
    <name>dd::WorkLogWidget</name>
    <message>
        <source>Start (Moscow)</source>
        <translation>Начало (МСК)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Double</source>
        <translation>Двойной</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Что сделано:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Log time</source>
        <translation>Записать время</translation>
    </message>
    <message>
        <source>Total: %1 at normal rate, %2 at double rate</source>
        <translation>Итого: %1 по обычному тарифу, %2 по двойному тарифу</translation>
    </message>
    <message>
        <source>“%1” is not a user of this database</source>
        <translation>«%1» — не пользователь этой базы данных</translation>
    </message>
    <message>
        <source>From (Moscow time):</source>
        <translation>С (время московское):</translation>
    </message>
    <message>
        <source>09:30 today, or 12.10.2026 09:30</source>
        <translation>09:30 сегодня или 12.10.2026 09:30</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>18:00 today; empty with a duration</source>
        <translation>18:00 сегодня; пусто, если указана длительность</translation>
    </message>
    <message>
        <source>Or duration:</source>
        <translation>Или длительность:</translation>
    </message>
    <message>
        <source>1:30, 90 мин, 1ч 30м, 1,5 ч</source>
        <translation>1:30, 90 мин, 1ч 30м, 1,5 ч</translation>
    </message>
    <message>
        <source>Start work timer</source>
        <translation>Запустить таймер работы</translation>
    </message>
    <message>
        <source>timer %1</source>
        <translation>таймер: %1</translation>
    </message>
    <message>
        <source>timer %1 on #%2</source>
        <translation>таймер: %1 по №%2</translation>
    </message>
    <message>
        <source>Stop work timer</source>
        <translation>Остановить таймер работы</translation>
    </message>
    <message>
        <source>The timer runs on #%1; stop it there</source>
        <translation>Таймер идёт по обращению №%1; остановите его там</translation>
    </message>
</context>
<context>
    <name>dd::ctl::CalendarCommand</name>
    <message>
        <source>the calendar for %1 was not stored: %2</source>
        <translation>календарь на %1 год не сохранён: %2</translation>
    </message>
    <message>
        <source>Stored the production calendar for %1 in %2: %3 days off, %4 shortened days, %5 working weekend days</source>
        <translation>Производственный календарь на %1 год сохранён в %2: выходных — %3, сокращённых дней — %4, рабочих выходных — %5</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD.</source>
        <translation>День, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>working, off or shortened.</source>
        <translation>working, off или shortened.</translation>
    </message>
    <message>
        <source>Why (a decree, a company decision).</source>
        <translation>Почему (постановление, решение компании).</translation>
    </message>
    <message>
        <source>calendar set-day needs one DATE like 2026-12-31</source>
        <translation>calendar set-day нужна одна ДАТА, например 2026-12-31</translation>
    </message>
    <message>
        <source>--type is working, off or shortened, not “%1”</source>
        <translation>--type — working, off или shortened, а не «%1»</translation>
    </message>
    <message>
        <source>calendar set-day needs --reason R</source>
        <translation>calendar set-day нужен --reason ПРИЧИНА</translation>
    </message>
    <message>
        <source>%1 is now %2 for everyone using this database.</source>
        <translation>%1 теперь %2 для всех, кто работает с этой базой.</translation>
    </message>
    <message>
        <source>The year, e.g. 2026.</source>
        <translation>Год, например 2026.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Записать в FILE вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>calendar export takes one YEAR</source>
        <translation>calendar export принимает один ГОД</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Production calendar %1</source>
        <translation>Производственный календарь на %1 год</translation>
    </message>
    <message>
        <source>Stored in the database (%1 by %2, %3)</source>
        <translation>Хранится в базе данных (%1, загрузил %2, %3)</translation>
    </message>
    <message>
        <source>days off: %1</source>
        <translation>выходные: %1</translation>
    </message>
    <message>
        <source>shortened days: %1</source>
        <translation>сокращённые дни: %1</translation>
    </message>
    <message>
        <source>working weekend days: %1</source>
        <translation>рабочие выходные: %1</translation>
    </message>
    <message>
        <source>working days: %1, working hours: %2</source>
        <translation>рабочих дней: %1, рабочих часов: %2</translation>
    </message>
    <message>
        <source>Year: %1 working days, %2 working hours (business schedule %3–%4)</source>
        <translation>Год: рабочих дней — %1, рабочих часов — %2 (рабочее время %3–%4)</translation>
    </message>
    <message>
        <source>The production calendar: show a year, check or import an xmlcalendar file.</source>
        <translation>Производственный календарь: показать год, проверить или импортировать файл xmlcalendar.</translation>
    </message>
    <message>
        <source>A year month by month: days off, shortened days, working hours.</source>
        <translation>Год по месяцам: выходные, сокращённые дни, рабочие часы.</translation>
    </message>
    <message>
        <source>Validate an xmlcalendar file.</source>
        <translation>Проверить файл xmlcalendar.</translation>
    </message>
    <message>
        <source>Validate an xmlcalendar file and load its year.</source>
        <translation>Проверить файл xmlcalendar и загрузить его год.</translation>
    </message>
    <message>
        <source>Write a year as an xmlcalendar file.</source>
        <translation>Записать год файлом xmlcalendar.</translation>
    </message>
    <message>
        <source>Change one day (working, off, shortened) with a reason.</source>
        <translation>Изменить один день (рабочий, выходной, сокращённый) с указанием причины.</translation>
    </message>
    <message>
        <source>Show a year of the production calendar, month by month.</source>
        <translation>Показать год производственного календаря по месяцам.</translation>
    </message>
    <message>
        <source>“%1” is not a year</source>
        <translation>«%1» — не год</translation>
    </message>
    <message>
        <source>Validate an xmlcalendar file and store its year in the database, replacing the shipped or previously stored one.</source>
        <translation>Проверить файл xmlcalendar и сохранить его год в базе данных вместо поставляемого или ранее сохранённого.</translation>
    </message>
    <message>
        <source>Refuse the file unless it is for this year.</source>
        <translation>Отклонить файл, если он не на этот год.</translation>
    </message>
    <message>
        <source>An xmlcalendar file.</source>
        <translation>Файл xmlcalendar.</translation>
    </message>
    <message>
        <source>%1: a valid calendar for %2: %3 working days, %4 days off, %5 shortened, %6 working weekend days</source>
        <translation>%1: верный календарь на %2 год: рабочих дней — %3, выходных — %4, сокращённых — %5, рабочих выходных — %6</translation>
    </message>
</context>
<context>
    <name>dd::ctl::ClientCommand</name>
    <message>
        <source>The client&apos;s name.</source>
        <translation>Название клиента.</translation>
    </message>
    <message>
        <source>The official e-mail address.</source>
        <translation>Официальный адрес электронной почты.</translation>
    </message>
    <message>
        <source>A trusted person&apos;s address; repeat for several.</source>
        <translation>Адрес доверенного лица; для нескольких повторите.</translation>
    </message>
    <message>
        <source>client add needs one NAME and --email</source>
        <translation>команде client add нужны аргумент NAME и --email</translation>
    </message>
    <message>
        <source>client “%1” added (id %2)</source>
        <translation>клиент «%1» добавлен (id %2)</translation>
    </message>
    <message>
        <source>List clients.</source>
        <translation>Список клиентов.</translation>
    </message>
    <message>
        <source>Add and list clients with their official and trusted addresses.</source>
        <translation>Добавление клиентов и их список с официальными и доверенными адресами.</translation>
    </message>
    <message>
        <source>Add a client (administrators).</source>
        <translation>Добавить клиента (администраторы).</translation>
    </message>
</context>
<context>
    <name>dd::ctl::CommandContext</name>
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
    <message>
        <source>usage: %1</source>
        <translation>использование: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументы:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
</context>
<context>
    <name>dd::ctl::DemoCommand</name>
    <message>
        <source>Fill an empty database with demo data.</source>
        <translation>Заполнить пустую базу данных демонстрационными данными.</translation>
    </message>
    <message>
        <source>Fill an empty database with demo clients, projects, people and tickets with their histories over recent weeks (the same seed gives the same data).</source>
        <translation>Заполнить пустую базу данных демонстрационными клиентами, проектами, сотрудниками и обращениями с историей за последние недели (одно и то же зерно даёт одни и те же данные).</translation>
    </message>
    <message>
        <source>How many tickets.</source>
        <translation>Сколько обращений.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Зерно генератора случайных чисел.</translation>
    </message>
    <message>
        <source>Spread over W weeks.</source>
        <translation>Распределить на W недель.</translation>
    </message>
    <message>
        <source>--tickets needs a number ≥ 0, --seed a number, --weeks a number ≥ 1</source>
        <translation>--tickets требует число ≥ 0, --seed — число, --weeks — число ≥ 1</translation>
    </message>
    <message>
        <source>%1 users, %2 clients, %3 projects, %4 tickets with %5 history events in %6 ms</source>
        <translation>пользователей: %1, клиентов: %2, проектов: %3, обращений: %4, событий истории: %5; за %6 мс</translation>
    </message>
</context>
<context>
    <name>dd::ctl::FeedbackCommand</name>
    <message>
        <source>Ratings, reopening and escalations of tickets.</source>
        <translation>Оценки, повторное открытие и эскалации обращений.</translation>
    </message>
    <message>
        <source>Record the client&apos;s rating (1–5) or parse it from a reply.</source>
        <translation>Записать оценку клиента (1–5) или найти её в ответе.</translation>
    </message>
    <message>
        <source>Reopen a resolved ticket at the client&apos;s request.</source>
        <translation>Повторно открыть решённое обращение по просьбе клиента.</translation>
    </message>
    <message>
        <source>Flag a ticket the client escalated to the head of support.</source>
        <translation>Отметить обращение, по которому клиент обратился к руководителю отдела поддержки.</translation>
    </message>
    <message>
        <source>Mark a ticket&apos;s escalation handled.</source>
        <translation>Отметить эскалацию обращения как рассмотренную.</translation>
    </message>
    <message>
        <source>List escalations, open ones first.</source>
        <translation>Список эскалаций, сначала открытые.</translation>
    </message>
    <message>
        <source>The client&apos;s reply to find the rating in («оценка 5»).</source>
        <translation>Ответ клиента, в котором искать оценку («оценка 5»).</translation>
    </message>
    <message>
        <source>a rating is from 1 to 5, not “%1”</source>
        <translation>оценка — от 1 до 5, а не «%1»</translation>
    </message>
    <message>
        <source>ticket #%1 rated %2</source>
        <translation>обращение №%1 оценено на %2</translation>
    </message>
    <message>
        <source>ticket #%1: %2 done</source>
        <translation>обращение №%1: %2 выполнено</translation>
    </message>
    <message>
        <source>Handled escalations too.</source>
        <translation>Включая рассмотренные эскалации.</translation>
    </message>
    <message>
        <source>handled %1 by %2</source>
        <translation>рассмотрено %1, %2</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>ОТКРЫТА</translation>
    </message>
    <message>
        <source>1 to 5; none with --reply.</source>
        <translation>От 1 до 5; с --reply не указывается.</translation>
    </message>
</context>
<context>
    <name>dd::ctl::MigrateCommand</name>
    <message>
        <source>Apply pending schema migrations.</source>
        <translation>Применить ожидающие миграции схемы.</translation>
    </message>
    <message>
        <source>Create or upgrade the database schema. Running it again changes nothing; every connection also does it.</source>
        <translation>Создать или обновить схему базы данных. Повторный запуск ничего не меняет; это делает и каждое подключение.</translation>
    </message>
    <message>
        <source>schema version %1, up to date</source>
        <translation>версия схемы %1, обновление не требуется</translation>
    </message>
    <message>
        <source>schema upgraded from version %1 to %2</source>
        <translation>схема обновлена с версии %1 до %2</translation>
    </message>
</context>
<context>
    <name>dd::ctl::PolicyCommand</name>
    <message>
        <source>reaction %1, resolution %2, since %3</source>
        <translation>реакция %1, решение %2, с %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>начала</translation>
    </message>
    <message>
        <source>The tariff&apos;s code.</source>
        <translation>Код тарифа.</translation>
    </message>
    <message>
        <source>emergency, standard or urgent.</source>
        <translation>emergency, standard или urgent.</translation>
    </message>
    <message>
        <source>Max reaction, like 4h, 90m or 1h30m.</source>
        <translation>Макс. реакция, например 4h, 90m или 1h30m.</translation>
    </message>
    <message>
        <source>Resolution target, or none (measured only).</source>
        <translation>Цель решения или none (только измеряется).</translation>
    </message>
    <message>
        <source>policy set needs --tariff T --level L --reaction DUR</source>
        <translation>policy set нужны --tariff T --level L --reaction ДЛИТ</translation>
    </message>
    <message>
        <source>--level is emergency, standard or urgent, not “%1”</source>
        <translation>--level — emergency, standard или urgent, а не «%1»</translation>
    </message>
    <message>
        <source>, or none</source>
        <translation> или none</translation>
    </message>
    <message>
        <source>%1 × %2: reaction %3, resolution %4 from now on; clocks started earlier keep the old times.</source>
        <translation>%1 × %2: реакция %3, решение %4 с этого момента; таймеры, запущенные раньше, сохраняют прежние сроки.</translation>
    </message>
    <message>
        <source>List and change the SLA policy (tariff × level → reaction, resolution).</source>
        <translation>Просмотр и изменение политики SLA (тариф × уровень → реакция, решение).</translation>
    </message>
    <message>
        <source>The rows in force now.</source>
        <translation>Строки, действующие сейчас.</translation>
    </message>
    <message>
        <source>Every row with the instant it took effect.</source>
        <translation>Все строки с моментом вступления в силу.</translation>
    </message>
    <message>
        <source>A new row from now on: policy set --tariff T --level L --reaction DUR [--resolution DUR|none].</source>
        <translation>Новая строка с этого момента: policy set --tariff T --level L --reaction ДЛИТ [--resolution ДЛИТ|none].</translation>
    </message>
</context>
<context>
    <name>dd::ctl::ProjectCommand</name>
    <message>
        <source>there is no user “%1” (--%2)</source>
        <translation>нет пользователя «%1» (--%2)</translation>
    </message>
    <message>
        <source>The short name shown in narrow places (at most 20 characters; an empty value removes it).</source>
        <translation>Краткое название для узких мест интерфейса (не длиннее 20 символов; пустое значение убирает его).</translation>
    </message>
    <message>
        <source>A short handle, e.g. rybolov.</source>
        <translation>Краткий код, например rybolov.</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>Название проекта.</translation>
    </message>
    <message>
        <source>The client (id or name).</source>
        <translation>Клиент (id или название).</translation>
    </message>
    <message>
        <source>The tariff code.</source>
        <translation>Код тарифа.</translation>
    </message>
    <message>
        <source>A site URL; repeat for several.</source>
        <translation>Адрес сайта; для нескольких повторите.</translation>
    </message>
    <message>
        <source>The account manager&apos;s login.</source>
        <translation>Логин аккаунт-менеджера.</translation>
    </message>
    <message>
        <source>The programmer&apos;s login.</source>
        <translation>Логин программиста.</translation>
    </message>
    <message>
        <source>The tester&apos;s login.</source>
        <translation>Логин тестировщика.</translation>
    </message>
    <message>
        <source>The start date, YYYY-MM-DD.</source>
        <translation>Дата начала, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>active, paused or closed (default active).</source>
        <translation>active, paused или closed (по умолчанию active).</translation>
    </message>
    <message>
        <source>Months between regression tests (default: the shared setting testing.default-interval-months).</source>
        <translation>Месяцев между регрессионными тестированиями (по умолчанию — общая настройка testing.default-interval-months).</translation>
    </message>
    <message>
        <source>--testing-interval needs a number of months</source>
        <translation>--testing-interval требует число месяцев</translation>
    </message>
    <message>
        <source>--start needs a date YYYY-MM-DD</source>
        <translation>--start требует дату ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>unknown project status “%1” (%2)</source>
        <translation>неизвестное состояние проекта «%1» (%2)</translation>
    </message>
    <message>
        <source>there is no client “%1”</source>
        <translation>нет клиента «%1»</translation>
    </message>
    <message>
        <source>project add needs --%1</source>
        <translation>команде project add нужен параметр --%1</translation>
    </message>
    <message>
        <source>project %1 added (id %2)</source>
        <translation>проект %1 добавлен (id %2)</translation>
    </message>
    <message>
        <source>The project&apos;s id, code or name.</source>
        <translation>Номер, код или название проекта.</translation>
    </message>
    <message>
        <source>project update needs --name or --short-name</source>
        <translation>project update нужен --name или --short-name</translation>
    </message>
    <message>
        <source>there is no project “%1”</source>
        <translation>нет проекта «%1»</translation>
    </message>
    <message>
        <source>project %1 updated</source>
        <translation>проект %1 изменён</translation>
    </message>
    <message>
        <source>List projects.</source>
        <translation>Список проектов.</translation>
    </message>
    <message>
        <source>Add, change and list client projects.</source>
        <translation>Добавление, изменение и список проектов клиентов.</translation>
    </message>
    <message>
        <source>Add a project (administrators).</source>
        <translation>Добавить проект (администраторы).</translation>
    </message>
    <message>
        <source>Change a project&apos;s name or short name (administrators).</source>
        <translation>Изменить название или краткое название проекта (администраторы).</translation>
    </message>
</context>
<context>
    <name>dd::ctl::QuarantineCommand</name>
    <message>
        <source>a quarantine id is a positive number, not “%1”</source>
        <translation>номер письма в карантине — положительное число, а не «%1»</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Mail the intake held back: list, show, release, discard.</source>
        <translation>Письма, задержанные приёмом почты: список, просмотр, выпуск, отклонение.</translation>
    </message>
    <message>
        <source>List held mail (--all: every status).</source>
        <translation>Список задержанных писем (--all: все статусы).</translation>
    </message>
    <message>
        <source>Show one held mail and its original.</source>
        <translation>Показать задержанное письмо и его оригинал.</translation>
    </message>
    <message>
        <source>File a held mail as a ticket of a project.</source>
        <translation>Зарегистрировать задержанное письмо как обращение по проекту.</translation>
    </message>
    <message>
        <source>Discard a held mail, saying why.</source>
        <translation>Отклонить задержанное письмо с указанием причины.</translation>
    </message>
    <message>
        <source>List held mail.</source>
        <translation>Список задержанных писем.</translation>
    </message>
    <message>
        <source>held (default), released or discarded.</source>
        <translation>held (по умолчанию), released или discarded.</translation>
    </message>
    <message>
        <source>Every status.</source>
        <translation>Все статусы.</translation>
    </message>
    <message>
        <source>Show one held mail.</source>
        <translation>Показать одно задержанное письмо.</translation>
    </message>
    <message>
        <source>Print the original mail only.</source>
        <translation>Вывести только исходное письмо.</translation>
    </message>
    <message>
        <source>Quarantined mail %1 (%2)</source>
        <translation>Письмо в карантине %1 (%2)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Получено: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Отправитель: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Reason: %1 — %2</source>
        <translation>Причина: %1 — %2</translation>
    </message>
    <message>
        <source>File a held mail as a ticket.</source>
        <translation>Зарегистрировать задержанное письмо как обращение.</translation>
    </message>
    <message>
        <source>The project of the ticket (id, code or name).</source>
        <translation>Проект обращения (id, код или название).</translation>
    </message>
    <message>
        <source>Sender of the acknowledgment (default: that of the intake&apos;s last one).</source>
        <translation>Отправитель подтверждения (по умолчанию — как у последнего подтверждения приёма почты).</translation>
    </message>
    <message>
        <source>there is no project “%1”</source>
        <translation>нет проекта «%1»</translation>
    </message>
    <message>
        <source>the intake has sent no acknowledgment yet: name the sender with --from ADDRESS</source>
        <translation>приём почты ещё не отправлял подтверждений: укажите отправителя через --from ADDRESS</translation>
    </message>
    <message>
        <source>quarantined mail %1 filed as ticket #%2</source>
        <translation>письмо %1 из карантина зарегистрировано как обращение №%2</translation>
    </message>
    <message>
        <source>Discard a held mail.</source>
        <translation>Отклонить задержанное письмо.</translation>
    </message>
    <message>
        <source>Why it is discarded.</source>
        <translation>Почему письмо отклонено.</translation>
    </message>
    <message>
        <source>quarantined mail %1 discarded</source>
        <translation>письмо %1 из карантина отклонено</translation>
    </message>
    <message>
        <source>Write the original of a mail filed on a ticket.</source>
        <translation>Выгрузить оригинал письма, зарегистрированного в обращении.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Записать в FILE вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>The held mail&apos;s id.</source>
        <translation>Номер задержанного письма.</translation>
    </message>
    <message>
        <source>The mail&apos;s id on the ticket.</source>
        <translation>Номер письма в обращении.</translation>
    </message>
</context>
<context>
    <name>dd::ctl::RegressionCommand</name>
    <message>
        <source>“%1” is not a test run number</source>
        <translation>«%1» — не номер прогона тестирования</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>нет пользователя «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Only this tester&apos;s runs.</source>
        <translation>Только прогоны этого тестировщика.</translation>
    </message>
    <message>
        <source>Plan as of this Moscow date (default: today).</source>
        <translation>План на эту дату по Москве (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>The bimonthly regression schedule and the run log.</source>
        <translation>График регрессионного тестирования раз в два месяца и журнал прогонов.</translation>
    </message>
    <message>
        <source>List the runs that are due, overdue or in progress.</source>
        <translation>Список прогонов, у которых подошёл срок, просроченных или выполняемых.</translation>
    </message>
    <message>
        <source>Show a run and its checklist.</source>
        <translation>Показать прогон и его чек-лист.</translation>
    </message>
    <message>
        <source>Start a project&apos;s regression run.</source>
        <translation>Начать регрессионный прогон проекта.</translation>
    </message>
    <message>
        <source>Record an item: pass, fail or skip.</source>
        <translation>Записать результат пункта: pass, fail или skip.</translation>
    </message>
    <message>
        <source>Finish a run with a summary.</source>
        <translation>Завершить прогон с итогом.</translation>
    </message>
    <message>
        <source>Turn a failed item into a ticket.</source>
        <translation>Создать обращение по непройденному пункту.</translation>
    </message>
    <message>
        <source>Attach a tester to a ticket to test a feature.</source>
        <translation>Привлечь тестировщика к обращению для тестирования функционала.</translation>
    </message>
    <message>
        <source>Write the schedule as an iCalendar file.</source>
        <translation>Записать график в файл iCalendar.</translation>
    </message>
    <message>
        <source>Show or replace a project&apos;s checklist.</source>
        <translation>Показать или заменить чек-лист проекта.</translation>
    </message>
    <message>
        <source>Also list planned runs, paused projects and finished runs.</source>
        <translation>Также показать запланированные прогоны, приостановленные проекты и завершённые прогоны.</translation>
    </message>
    <message>
        <source> feature test of #%1</source>
        <translation> тест функционала №%1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>прогон %1</translation>
    </message>
    <message>
        <source>  (%1 days late)</source>
        <translation>  (просрочено дней: %1)</translation>
    </message>
    <message>
        <source>there is no project “%1”</source>
        <translation>нет проекта «%1»</translation>
    </message>
    <message>
        <source>What the tester saw.</source>
        <translation>Что увидел тестировщик.</translation>
    </message>
    <message>
        <source>“%1” is not a result (pass, fail, skip)</source>
        <translation>«%1» — не результат (pass, fail, skip)</translation>
    </message>
    <message>
        <source>run %1 item %2 %3: %4</source>
        <translation>прогон %1, пункт %2 %3: %4</translation>
    </message>
    <message>
        <source>The run&apos;s summary.</source>
        <translation>Итог прогона.</translation>
    </message>
    <message>
        <source>test run %1 has no item “%2”</source>
        <translation>в прогоне тестирования %1 нет пункта «%2»</translation>
    </message>
    <message>
        <source>ticket #%1: %2</source>
        <translation>обращение №%1: %2</translation>
    </message>
    <message>
        <source>The tester who tests the feature.</source>
        <translation>Тестировщик, который проверяет функционал.</translation>
    </message>
    <message>
        <source>Test by this date (default: today).</source>
        <translation>Протестировать к этой дате (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>there is no ticket #%1</source>
        <translation>нет обращения №%1</translation>
    </message>
    <message>
        <source>Leave out finished runs.</source>
        <translation>Не включать завершённые прогоны.</translation>
    </message>
    <message>
        <source>Write the schedule as an iCalendar file to standard output.</source>
        <translation>Вывести график в формате iCalendar на стандартный вывод.</translation>
    </message>
    <message>
        <source>Dutydesk testing — %1</source>
        <translation>Тестирование Dutydesk — %1</translation>
    </message>
    <message>
        <source>Dutydesk testing</source>
        <translation>Тестирование Dutydesk</translation>
    </message>
    <message>
        <source>Replace the checklist with this file (- for standard input), one &quot;slug: title&quot; a line.</source>
        <translation>Заменить чек-лист содержимым этого файла (- — стандартный ввод), по одной строке &quot;идентификатор: название&quot;.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>run %1  %2 %3  %4  tester %5  due %6  pass %7, fail %8, skip %9, not checked %10</source>
        <translation>прогон %1  %2 %3  %4  тестировщик %5  срок %6  пройдено %7, не пройдено %8, пропущено %9, не проверено %10</translation>
    </message>
    <message>
        <source>summary: %1</source>
        <translation>итог: %1</translation>
    </message>
    <message>
        <source>The project (id, code or name).</source>
        <translation>Проект (номер, код или название).</translation>
    </message>
    <message>
        <source>The test run&apos;s number.</source>
        <translation>Номер прогона тестирования.</translation>
    </message>
    <message>
        <source>The checklist item (its number or slug).</source>
        <translation>Пункт чек-листа (номер или код).</translation>
    </message>
    <message>
        <source>pass, fail or skip.</source>
        <translation>pass, fail или skip.</translation>
    </message>
</context>
<context>
    <name>dd::ctl::ReportCommand</name>
    <message>
        <source>Write a client&apos;s monthly report (hours, amounts, SLA) as CSV or PDF.</source>
        <translation>Сформировать ежемесячный отчёт клиента (часы, суммы, SLA) в CSV или PDF.</translation>
    </message>
    <message>
        <source>A client&apos;s monthly report as CSV or PDF.</source>
        <translation>Ежемесячный отчёт клиента в CSV или PDF.</translation>
    </message>
    <message>
        <source>The client (id or exact name).</source>
        <translation>Клиент (id или точное название).</translation>
    </message>
    <message>
        <source>csv or pdf (default: from the file name).</source>
        <translation>csv или pdf (по умолчанию: по имени файла).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation>«%1» — не месяц (ГГГГ-ММ)</translation>
    </message>
    <message>
        <source>--format must be csv or pdf</source>
        <translation>--format должен быть csv или pdf</translation>
    </message>
    <message>
        <source>this dutydeskctl was built without the GUI libraries and cannot write PDF</source>
        <translation>этот dutydeskctl собран без графических библиотек и не может записывать PDF</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 tickets, normal %3 h, double %4 h, %5 ₽</source>
        <translation>%1: обращений — %2, обычный тариф %3 ч, двойной тариф %4 ч, %5 ₽</translation>
    </message>
    <message>
        <source>The month.</source>
        <translation>Месяц.</translation>
    </message>
</context>
<context>
    <name>dd::ctl::SecretPrompt</name>
    <message>
        <source>the keychain holds no password for %1</source>
        <translation>в связке ключей нет пароля для %1</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>пароль не введён</translation>
    </message>
</context>
<context>
    <name>dd::ctl::SettingsCommand</name>
    <message>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <source>The setting (see settings list).</source>
        <translation>Настройка (см. settings list).</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Её новое значение.</translation>
    </message>
    <message>
        <source>%1 is a desktop setting: set it in the console&apos;s Settings on that desktop</source>
        <translation>%1 — настройка рабочего места: задайте её в окне «Настройки» консоли на этом рабочем месте</translation>
    </message>
    <message>
        <source>there is no setting “%1”; the shared settings are: %2</source>
        <translation>нет настройки «%1»; общие настройки: %2</translation>
    </message>
    <message>
        <source>Only this setting.</source>
        <translation>Только эта настройка.</translation>
    </message>
    <message>
        <source>List and change the shared settings (every desktop, the CLI and the intake read them).</source>
        <translation>Просмотр и изменение общих настроек (их читают все рабочие места, CLI и приём почты).</translation>
    </message>
    <message>
        <source>Every shared setting and its value.</source>
        <translation>Все общие настройки и их значения.</translation>
    </message>
    <message>
        <source>Change one: settings set KEY VALUE.</source>
        <translation>Изменить одну: settings set КЛЮЧ ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <source>Who changed what, newest first.</source>
        <translation>Кто что изменил, новые сначала.</translation>
    </message>
</context>
<context>
    <name>dd::ctl::SlaCommand</name>
    <message>
        <source>Service level: emergency, standard or urgent.</source>
        <translation>Уровень обслуживания: emergency, standard или urgent.</translation>
    </message>
    <message>
        <source>The client&apos;s tariff (default: the default policy).</source>
        <translation>Тариф клиента (по умолчанию: политика по умолчанию).</translation>
    </message>
    <message>
        <source>The moment to evaluate at, ISO 8601 (default: now).</source>
        <translation>Момент, на который считать, ISO 8601 (по умолчанию — сейчас).</translation>
    </message>
    <message>
        <source>Start instant, ISO 8601 (no offset = Moscow time).</source>
        <translation>Момент начала, ISO 8601 (без смещения — московское время).</translation>
    </message>
    <message>
        <source>End instant, ISO 8601 (no offset = Moscow time).</source>
        <translation>Момент окончания, ISO 8601 (без смещения — московское время).</translation>
    </message>
    <message>
        <source>Count shortened pre-holiday days as full business days.</source>
        <translation>Считать сокращённые предпраздничные дни полными рабочими днями.</translation>
    </message>
    <message>
        <source>--level is required (emergency, standard or urgent)</source>
        <translation>нужен --level (emergency, standard или urgent)</translation>
    </message>
    <message>
        <source>unknown level “%1” (use emergency, standard or urgent)</source>
        <translation>неизвестный уровень «%1» (используйте emergency, standard или urgent)</translation>
    </message>
    <message>
        <source>--from is required</source>
        <translation>нужен --from</translation>
    </message>
    <message>
        <source>unknown tariff “%1” (known: %2)</source>
        <translation>неизвестный тариф «%1» (известные: %2)</translation>
    </message>
    <message>
        <source>cannot read the history from stdin</source>
        <translation>не удалось прочитать историю со стандартного ввода</translation>
    </message>
    <message>
        <source>Print the SLA clocks of a ticket history read from stdin as JSON: {&quot;events&quot;:[{&quot;type&quot;:&quot;arrived&quot;,&quot;at&quot;:&quot;2026-03-02T10:00&quot;,&quot;level&quot;:&quot;standard&quot;}, …]}.</source>
        <translation>Напечатать часы SLA по истории обращения, прочитанной со стандартного ввода в JSON: {&quot;events&quot;:[{&quot;type&quot;:&quot;arrived&quot;,&quot;at&quot;:&quot;2026-03-02T10:00&quot;,&quot;level&quot;:&quot;standard&quot;}, …]}.</translation>
    </message>
    <message>
        <source>Print the deadline of a request arriving at --from; without --from, read one instant per line on stdin and print one deadline per line.</source>
        <translation>Вывести срок обращения, поступившего в момент --from; без --from читать моменты из stdin по одному в строке и выводить по одному сроку в строке.</translation>
    </message>
    <message>
        <source>Print the whole seconds of the level&apos;s schedule counted between --from and --to.</source>
        <translation>Вывести целые секунды графика уровня, учтённые между --from и --to.</translation>
    </message>
    <message>
        <source>Print the windows that counted for the deadline of a request arriving at --from.</source>
        <translation>Вывести отрезки часов обслуживания, учтённые при расчёте срока обращения, поступившего в момент --from.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>--to is required</source>
        <translation>нужен --to</translation>
    </message>
    <message>
        <source>SLA arithmetic: deadlines, counted time, explanations.</source>
        <translation>Расчёты SLA: сроки, учтённое время, пояснения.</translation>
    </message>
    <message>
        <source>The deadline for a start (or for each line of stdin).</source>
        <translation>Срок для момента начала (или для каждой строки stdin).</translation>
    </message>
    <message>
        <source>Working seconds counted between two instants.</source>
        <translation>Учтённые рабочие секунды между двумя моментами.</translation>
    </message>
    <message>
        <source>The windows that counted for a deadline.</source>
        <translation>Отрезки часов обслуживания, учтённые при расчёте срока.</translation>
    </message>
    <message>
        <source>The clocks of a ticket history given as JSON on stdin.</source>
        <translation>Часы SLA по истории обращения в JSON со стандартного ввода.</translation>
    </message>
</context>
<context>
    <name>dd::ctl::StorageSession</name>
    <message>
        <source>Act as this user in the history (default: $DUTYDESK_USER, else the system login). On PostgreSQL you act as your database login; only administrators may act for someone else, and the history says so.</source>
        <translation>От чьего имени записывать в историю (по умолчанию: $DUTYDESK_USER, иначе системный логин). В PostgreSQL вы действуете под своим логином базы; от имени другого может действовать только администратор, и история это отмечает.</translation>
    </message>
    <message>
        <source>“%1” is not a ticket number</source>
        <translation>«%1» — не номер обращения</translation>
    </message>
    <message>
        <source>there is no ticket #%1</source>
        <translation>нет обращения №%1</translation>
    </message>
    <message>
        <source>The ticket&apos;s number: 12 or #12.</source>
        <translation>Номер обращения: 12 или #12.</translation>
    </message>
</context>
<context>
    <name>dd::ctl::TariffCommand</name>
    <message>
        <source>--rate: %1, or none</source>
        <translation>--rate: %1, или none</translation>
    </message>
    <message>
        <source>--multiplier is the double rate&apos;s factor from 1 to 10, like 2 or 1.5, not “%1”</source>
        <translation>--multiplier — множитель двойной ставки от 1 до 10, например 2 или 1.5, а не «%1»</translation>
    </message>
    <message>
        <source>rate %1 ₽/h</source>
        <translation>ставка %1 ₽/ч</translation>
    </message>
    <message>
        <source>no hourly rate</source>
        <translation>без часовой ставки</translation>
    </message>
    <message>
        <source>, double ×%1</source>
        <translation>, двойная ×%1</translation>
    </message>
    <message>
        <source>The tariff&apos;s code, e.g. premium.</source>
        <translation>Код тарифа, например premium.</translation>
    </message>
    <message>
        <source>The tariff&apos;s name.</source>
        <translation>Название тарифа.</translation>
    </message>
    <message>
        <source>Hourly rate in roubles (e.g. 1500 or 1500.50), or none.</source>
        <translation>Часовая ставка в рублях (например 1500 или 1500.50) или none.</translation>
    </message>
    <message>
        <source>The double rate&apos;s factor (default 2).</source>
        <translation>Множитель двойной ставки (по умолчанию 2).</translation>
    </message>
    <message>
        <source>tariff add needs --name N and --rate R</source>
        <translation>tariff add нужны --name N и --rate R</translation>
    </message>
    <message>
        <source>tariff set needs --rate R, --name N or --multiplier M</source>
        <translation>tariff set нужен --rate R, --name N или --multiplier M</translation>
    </message>
    <message>
        <source>the tariff vanished</source>
        <translation>тариф исчез</translation>
    </message>
    <message>
        <source>Added the tariff %1.</source>
        <translation>Тариф %1 добавлен.</translation>
    </message>
    <message>
        <source>Changed the tariff %1.</source>
        <translation>Тариф %1 изменён.</translation>
    </message>
    <message>
        <source>List, add and change tariffs and their hourly rates.</source>
        <translation>Просмотр, добавление и изменение тарифов и их часовых ставок.</translation>
    </message>
    <message>
        <source>Every tariff with its rate.</source>
        <translation>Все тарифы со ставками.</translation>
    </message>
    <message>
        <source>A new tariff: tariff add CODE --name N --rate R [--multiplier M].</source>
        <translation>Новый тариф: tariff add КОД --name N --rate R [--multiplier M].</translation>
    </message>
    <message>
        <source>Change one: tariff set CODE [--rate R] [--name N] [--multiplier M].</source>
        <translation>Изменить тариф: tariff set КОД [--rate R] [--name N] [--multiplier M].</translation>
    </message>
</context>
<context>
    <name>dd::ctl::TemplateCommand</name>
    <message>
        <source>List, add and edit the canned answers for replies.</source>
        <translation>Список, добавление и правка готовых ответов.</translation>
    </message>
    <message>
        <source>List the canned answers.</source>
        <translation>Показать готовые ответы.</translation>
    </message>
    <message>
        <source>Add a canned answer (managers).</source>
        <translation>Добавить готовый ответ (менеджеры).</translation>
    </message>
    <message>
        <source>Change a canned answer (managers).</source>
        <translation>Изменить готовый ответ (менеджеры).</translation>
    </message>
    <message>
        <source>Only those containing every word of TEXT.</source>
        <translation>Только содержащие каждое слово из TEXT.</translation>
    </message>
    <message>
        <source>Add a canned answer. The text may use {client}, {number} and {engineer}.</source>
        <translation>Добавить готовый ответ. В тексте можно использовать {client}, {number} и {engineer}.</translation>
    </message>
    <message>
        <source>Change a canned answer you have read (--expect-version).</source>
        <translation>Изменить прочитанный готовый ответ (--expect-version).</translation>
    </message>
    <message>
        <source>The template id.</source>
        <translation>Номер шаблона.</translation>
    </message>
    <message>
        <source>The version you read (required).</source>
        <translation>Прочитанная вами версия (обязательно).</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Название.</translation>
    </message>
    <message>
        <source>The answer.</source>
        <translation>Текст ответа.</translation>
    </message>
    <message>
        <source>template %1 “%2” saved (version %3)</source>
        <translation>шаблон %1 «%2» сохранён (версия %3)</translation>
    </message>
</context>
<context>
    <name>dd::ctl::TicketCommand</name>
    <message>
        <source>List, show, add and update tickets.</source>
        <translation>Список, просмотр, добавление и изменение обращений.</translation>
    </message>
    <message>
        <source>List tickets with their SLA deadline.</source>
        <translation>Список обращений со сроками SLA.</translation>
    </message>
    <message>
        <source>Show one ticket and its history.</source>
        <translation>Показать одно обращение и его историю.</translation>
    </message>
    <message>
        <source>Write the original of a mail on a ticket.</source>
        <translation>Выгрузить оригинал письма из обращения.</translation>
    </message>
    <message>
        <source>File a new ticket.</source>
        <translation>Зарегистрировать новое обращение.</translation>
    </message>
    <message>
        <source>Change a ticket you have read.</source>
        <translation>Изменить прочитанное обращение.</translation>
    </message>
    <message>
        <source>Reply to the client by e-mail.</source>
        <translation>Ответить клиенту письмом.</translation>
    </message>
    <message>
        <source>Add an internal note.</source>
        <translation>Добавить внутреннюю заметку.</translation>
    </message>
    <message>
        <source>Record a client&apos;s message by phone or messenger.</source>
        <translation>Записать сообщение клиента по телефону или в мессенджере.</translation>
    </message>
    <message>
        <source>Send a failed mail again.</source>
        <translation>Повторно отправить недоставленное письмо.</translation>
    </message>
    <message>
        <source>List tickets, oldest first, with the running clock&apos;s deadline.</source>
        <translation>Список обращений, сначала самые старые, со сроком действующего таймера.</translation>
    </message>
    <message>
        <source>there is no project “%1”</source>
        <translation>нет проекта «%1»</translation>
    </message>
    <message>
        <source>Show a ticket, its SLA clock and its history.</source>
        <translation>Показать обращение, его таймер SLA и историю.</translation>
    </message>
    <message>
        <source>The ticket id.</source>
        <translation>Идентификатор обращения.</translation>
    </message>
    <message>
        <source>ticket show needs one ticket id</source>
        <translation>команде ticket show нужен один идентификатор обращения</translation>
    </message>
    <message>
        <source>Ticket #%1 (id %2, version %3): %4</source>
        <translation>Обращение №%1 (id %2, версия %3): %4</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation>Проект: %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Level: %1, channel: %2, arrived %3 (Moscow)</source>
        <translation>Уровень: %1, канал: %2, поступило %3 (МСК)</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Исполнитель: %1</translation>
    </message>
    <message>
        <source>SLA: %1, deadline %2</source>
        <translation>SLA: %1, срок %2</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>File a new ticket (status new) and record its arrival.</source>
        <translation>Зарегистрировать новое обращение (статус new) и записать его поступление.</translation>
    </message>
    <message>
        <source>ticket add needs --%1</source>
        <translation>команде ticket add нужен параметр --%1</translation>
    </message>
    <message>
        <source>the arrival time %1 is in the future</source>
        <translation>время поступления %1 — в будущем</translation>
    </message>
    <message>
        <source>ticket #%1 added (id %2, version %3)</source>
        <translation>обращение №%1 добавлено (id %2, версия %3)</translation>
    </message>
    <message>
        <source>Change a ticket. --expect-version is the version you read: if anyone saved since, nothing is written, the change that beat you is printed and the exit code is %1.</source>
        <translation>Изменить обращение. --expect-version — прочитанная вами версия: если с тех пор кто-то сохранил изменения, ничего не записывается, выводится опередившее вас изменение, а код выхода — %1.</translation>
    </message>
    <message>
        <source>ticket update needs one ticket id</source>
        <translation>команде ticket update нужен один идентификатор обращения</translation>
    </message>
    <message>
        <source>ticket update needs --expect-version V, the version you read</source>
        <translation>команде ticket update нужен --expect-version V — прочитанная вами версия</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>нет пользователя «%1»</translation>
    </message>
    <message>
        <source>ticket #%1 saved (version %2)</source>
        <translation>обращение №%1 сохранено (версия %2)</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>Текст.</translation>
    </message>
    <message>
        <source>Reply to the client by e-mail: the mail intake sends it from the support address.</source>
        <translation>Ответить клиенту письмом: приём почты отправит его с адреса поддержки.</translation>
    </message>
    <message>
        <source>Attach FILE (repeatable, at most %1 MB each).</source>
        <translation>Вложить FILE (можно несколько, каждый не больше %1 МБ).</translation>
    </message>
    <message>
        <source>reply on #%1 queued for %2</source>
        <translation>ответ по обращению №%1 поставлен в очередь на отправку для %2</translation>
    </message>
    <message>
        <source>Add an internal note to a ticket; it is never sent to the client.</source>
        <translation>Добавить к обращению внутреннюю заметку; клиенту она не отправляется.</translation>
    </message>
    <message>
        <source>note added to #%1</source>
        <translation>заметка добавлена к обращению №%1</translation>
    </message>
    <message>
        <source>Record a client&apos;s message taken by phone or messenger; a reaction is owed from its arrival.</source>
        <translation>Записать сообщение клиента, принятое по телефону или в мессенджере; время реакции отсчитывается от его поступления.</translation>
    </message>
    <message>
        <source>phone, telegram, whatsapp or viber.</source>
        <translation>phone, telegram, whatsapp или viber.</translation>
    </message>
    <message>
        <source>When it arrived (ISO 8601; no offset = Moscow time; default now).</source>
        <translation>Когда поступило (ISO 8601; без смещения — московское время; по умолчанию сейчас).</translation>
    </message>
    <message>
        <source>--channel is phone, telegram, whatsapp or viber</source>
        <translation>--channel — это phone, telegram, whatsapp или viber</translation>
    </message>
    <message>
        <source>client message recorded on #%1</source>
        <translation>сообщение клиента записано в обращение №%1</translation>
    </message>
    <message>
        <source>Send a failed mail again (its id is in ticket show --json).</source>
        <translation>Повторно отправить недоставленное письмо (его номер есть в ticket show --json).</translation>
    </message>
    <message>
        <source>The mail id.</source>
        <translation>Номер письма.</translation>
    </message>
    <message>
        <source>mail %1 queued again</source>
        <translation>письмо %1 снова в очереди</translation>
    </message>
    <message>
        <source>The version you read (required).</source>
        <translation>Прочитанная вами версия (обязательно).</translation>
    </message>
    <message>
        <source>New status (%1).</source>
        <translation>Новый статус (%1).</translation>
    </message>
    <message>
        <source>Why it waits (%1).</source>
        <translation>Причина ожидания (%1).</translation>
    </message>
    <message>
        <source>Assign to this login; &quot;none&quot; unassigns.</source>
        <translation>Назначить на этот логин; &quot;none&quot; снимает назначение.</translation>
    </message>
    <message>
        <source>New level (%1).</source>
        <translation>Новый уровень (%1).</translation>
    </message>
    <message>
        <source>New category slug.</source>
        <translation>Идентификатор новой категории.</translation>
    </message>
    <message>
        <source>Add a comment to the history.</source>
        <translation>Добавить комментарий в историю.</translation>
    </message>
    <message>
        <source>Steps to reproduce (an empty text clears them).</source>
        <translation>Шаги воспроизведения (пустой текст их стирает).</translation>
    </message>
    <message>
        <source>The page the request is about (an empty text clears it).</source>
        <translation>Страница, о которой обращение (пустой текст её стирает).</translation>
    </message>
    <message>
        <source>unknown status “%1” (%2)</source>
        <translation>неизвестный статус «%1» (%2)</translation>
    </message>
    <message>
        <source>unknown reason “%1” (%2)</source>
        <translation>неизвестная причина «%1» (%2)</translation>
    </message>
    <message>
        <source>unknown level “%1” (%2)</source>
        <translation>неизвестный уровень «%1» (%2)</translation>
    </message>
    <message>
        <source>unknown category “%1”</source>
        <translation>неизвестная категория «%1»</translation>
    </message>
    <message>
        <source>--url wants a page address (http:// or https://)</source>
        <translation>--url ожидает адрес страницы (http:// или https://)</translation>
    </message>
    <message>
        <source>The project (id, code or name).</source>
        <translation>Проект (id, код или название).</translation>
    </message>
    <message>
        <source>What the request is about.</source>
        <translation>О чём обращение.</translation>
    </message>
    <message>
        <source>How it came (%1).</source>
        <translation>Как поступило (%1).</translation>
    </message>
    <message>
        <source>When it arrived, ISO 8601; no offset means Moscow time (default: now).</source>
        <translation>Когда поступило, ISO 8601; без смещения — московское время (по умолчанию: сейчас).</translation>
    </message>
    <message>
        <source>The category slug (see the SLA categories).</source>
        <translation>Идентификатор категории (см. категории SLA).</translation>
    </message>
    <message>
        <source>The level (%1; default: from the category).</source>
        <translation>Уровень (%1; по умолчанию: по категории).</translation>
    </message>
    <message>
        <source>The request&apos;s text.</source>
        <translation>Текст обращения.</translation>
    </message>
    <message>
        <source>Steps to reproduce.</source>
        <translation>Шаги воспроизведения.</translation>
    </message>
    <message>
        <source>The page the request is about.</source>
        <translation>Страница, о которой обращение.</translation>
    </message>
    <message>
        <source>unknown channel “%1” (%2)</source>
        <translation>неизвестный канал «%1» (%2)</translation>
    </message>
    <message>
        <source>unknown category “%1” (%2)</source>
        <translation>неизвестная категория «%1» (%2)</translation>
    </message>
    <message>
        <source>Only this project (id, code or name).</source>
        <translation>Только этот проект (id, код или название).</translation>
    </message>
    <message>
        <source>Only this status (%1).</source>
        <translation>Только этот статус (%1).</translation>
    </message>
    <message>
        <source>Only this level (%1).</source>
        <translation>Только этот уровень (%1).</translation>
    </message>
    <message>
        <source>At most N tickets.</source>
        <translation>Не больше N обращений.</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit требует положительное число</translation>
    </message>
</context>
<context>
    <name>dd::ctl::UserCommand</name>
    <message>
        <source>Password for the login %1: </source>
        <translation>Пароль для логина %1: </translation>
    </message>
    <message>
        <source>The login (also the PostgreSQL role name).</source>
        <translation>Логин (он же имя роли PostgreSQL).</translation>
    </message>
    <message>
        <source>A role (%1); repeat for several.</source>
        <translation>Роль (%1); для нескольких повторите.</translation>
    </message>
    <message>
        <source>The full name.</source>
        <translation>Полное имя.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>Адрес электронной почты.</translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation>Номер телефона.</translation>
    </message>
    <message>
        <source>Also create the PostgreSQL login with the group roles of its roles (as the database owner); the password is asked for, never given on the command line.</source>
        <translation>Также создать логин PostgreSQL с групповыми ролями, соответствующими ролям (от имени владельца базы); пароль запрашивается, а не передаётся в командной строке.</translation>
    </message>
    <message>
        <source>With --login: take the password from this keychain&apos;s entry for the database as that login.</source>
        <translation>С --login: взять пароль из записи связки ключей для этой базы под этим логином.</translation>
    </message>
    <message>
        <source>unknown role “%1” (%2)</source>
        <translation>неизвестная роль «%1» (%2)</translation>
    </message>
    <message>
        <source>user %1 added (id %2)</source>
        <translation>пользователь %1 добавлен (id %2)</translation>
    </message>
    <message>
        <source>List users and their roles.</source>
        <translation>Список пользователей и их ролей.</translation>
    </message>
    <message>
        <source>Add and list users and their roles.</source>
        <translation>Добавление пользователей и их список с ролями.</translation>
    </message>
    <message>
        <source>Add a user with roles (administrators).</source>
        <translation>Добавить пользователя с ролями (администраторы).</translation>
    </message>
    <message>
        <source>List users.</source>
        <translation>Список пользователей.</translation>
    </message>
    <message>
        <source>Change a user&apos;s name, e-mail, phone, roles.</source>
        <translation>Изменить имя, e-mail, телефон и роли пользователя.</translation>
    </message>
    <message>
        <source>Deactivate a user, reassigning their open tickets.</source>
        <translation>Деактивировать пользователя, передав его открытые обращения.</translation>
    </message>
    <message>
        <source>The user&apos;s login.</source>
        <translation>Логин пользователя.</translation>
    </message>
    <message>
        <source>The e-mail address (empty to clear).</source>
        <translation>Адрес электронной почты (пусто — очистить).</translation>
    </message>
    <message>
        <source>The phone number (empty to clear).</source>
        <translation>Номер телефона (пусто — очистить).</translation>
    </message>
    <message>
        <source>A role (%1); repeat for several; replaces the roles held.</source>
        <translation>Роль (%1); повторите для нескольких; заменяет текущие роли.</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>нет пользователя «%1»</translation>
    </message>
    <message>
        <source>user %1 changed</source>
        <translation>пользователь %1 изменён</translation>
    </message>
    <message>
        <source>The engineer who takes over their open tickets.</source>
        <translation>Инженер, которому переходят открытые обращения.</translation>
    </message>
    <message>
        <source>there is no user “%1” (--reassign-to)</source>
        <translation>нет пользователя «%1» (--reassign-to)</translation>
    </message>
    <message>
        <source> (dutydeskctl user deactivate %1 --reassign-to LOGIN)</source>
        <translation> (dutydeskctl user deactivate %1 --reassign-to ЛОГИН)</translation>
    </message>
    <message>
        <source>user %1 deactivated</source>
        <translation>пользователь %1 деактивирован</translation>
    </message>
</context>
<context>
    <name>dd::ctl::WatchCommand</name>
    <message>
        <source>Print one JSON line per change in the database as it happens.</source>
        <translation>Выводить по строке JSON на каждое изменение в базе данных по мере их появления.</translation>
    </message>
    <message>
        <source>Only changes of this table (repeatable), e.g. tickets.</source>
        <translation>Только изменения этой таблицы (можно повторять), например tickets.</translation>
    </message>
    <message>
        <source>Exit after printing this many changes.</source>
        <translation>Завершиться после вывода стольких изменений.</translation>
    </message>
    <message>
        <source>--count takes a positive number</source>
        <translation>--count требует положительное число</translation>
    </message>
    <message>
        <source>reconnected to %1</source>
        <translation>соединение с %1 восстановлено</translation>
    </message>
</context>
<context>
    <name>dd::ctl::WorklogCommand</name>
    <message>
        <source>Log and list work time on tickets (double rate for urgent work off hours).</source>
        <translation>Запись и просмотр рабочего времени по обращениям (двойной тариф за срочную работу в нерабочее время).</translation>
    </message>
    <message>
        <source>Log time spent on a ticket.</source>
        <translation>Записать время, затраченное на обращение.</translation>
    </message>
    <message>
        <source>List a ticket&apos;s work log with billing.</source>
        <translation>Журнал работ по обращению с тарификацией.</translation>
    </message>
    <message>
        <source>Remove a work-log entry by its id.</source>
        <translation>Удалить запись журнала работ по её id.</translation>
    </message>
    <message>
        <source>Start (ISO 8601; no offset = Moscow time).</source>
        <translation>Начало (ISO 8601; без смещения — московское время).</translation>
    </message>
    <message>
        <source>End (ISO 8601; default: now with --duration).</source>
        <translation>Конец (ISO 8601; по умолчанию с --duration: сейчас).</translation>
    </message>
    <message>
        <source>Length instead of an end or a start: 90m, 1h30m, 1:30, 1.5h, 90 мин, 1ч 30м.</source>
        <translation>Длительность вместо конца или начала: 90m, 1h30m, 1:30, 1.5h, 90 мин, 1ч 30м.</translation>
    </message>
    <message>
        <source>Whose time it is (a login; default: the acting user).</source>
        <translation>Чьё это время (логин; по умолчанию: текущий пользователь).</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>Что сделано.</translation>
    </message>
    <message>
        <source>the work must end after it starts</source>
        <translation>работа должна заканчиваться после начала</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>нет пользователя «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a user of this database; name one with --user</source>
        <translation>«%1» — не пользователь этой базы данных; укажите пользователя через --user</translation>
    </message>
    <message>
        <source>logged %1 on ticket #%2 (entry %3)</source>
        <translation>записано %1 по обращению №%2 (запись %3)</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>запись %1: %2</translation>
    </message>
    <message>
        <source>normal %1,</source>
        <translation>обычный %1,</translation>
    </message>
    <message>
        <source>double %1</source>
        <translation>двойной %1</translation>
    </message>
    <message>
        <source>ticket #%1 (%2): %3 entries, normal %4, double %5</source>
        <translation>обращение №%1 (%2): записей — %3, обычный тариф %4, двойной %5</translation>
    </message>
    <message>
        <source>“%1” is not a work-log entry id</source>
        <translation>«%1» — не id записи журнала работ</translation>
    </message>
    <message>
        <source>work-log entry %1 removed</source>
        <translation>запись журнала работ %1 удалена</translation>
    </message>
    <message>
        <source>The work-log entry&apos;s id.</source>
        <translation>Номер записи журнала работ.</translation>
    </message>
</context>
</TS>
