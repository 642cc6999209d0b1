#include "core/demo/DemoCatalog.h"

namespace dd {

const std::vector<DemoCatalog::Person>& DemoCatalog::people()
{
    static const std::vector<Person> list {
        { "admin", "Администратор Dutydesk", { QStringLiteral("admin") } },
        { "s.kuznetsov", "Сергей Кузнецов", { QStringLiteral("head-of-support"), QStringLiteral("engineer") } },
        { "a.petrova", "Анна Петрова", { QStringLiteral("engineer") } },
        { "d.sokolov", "Дмитрий Соколов", { QStringLiteral("engineer") } },
        { "o.ivanova", "Ольга Иванова", { QStringLiteral("engineer") } },
        { "i.belov", "Илья Белов", { QStringLiteral("engineer") } },
        { "m.volkova", "Марина Волкова", { QStringLiteral("account-manager") } },
        { "i.lebedev", "Игорь Лебедев", { QStringLiteral("account-manager") } },
        { "a.morozov", "Алексей Морозов", { QStringLiteral("programmer") } },
        { "p.novikov", "Павел Новиков", { QStringLiteral("programmer") } },
        { "v.zaitseva", "Виктория Зайцева", { QStringLiteral("programmer") } },
        { "e.smirnova", "Екатерина Смирнова", { QStringLiteral("tester") } },
        { "n.fedorova", "Наталья Фёдорова", { QStringLiteral("tester") } },
    };
    return list;
}

const std::vector<DemoCatalog::DemoClient>& DemoCatalog::clients()
{
    static const std::vector<DemoClient> list {
        { "ООО «Рыболов»",
          "info@rybolov-shop.ru",
          "director@rybolov-shop.ru",
          "Андрей Карпов",
          { { "rybolov", "Интернет-магазин «Рыболов»", "Рыболов", "https://rybolov-shop.ru", "standard" } } },
        { "ООО «Мир посуды»",
          "shop@mir-posudy.ru",
          "buh@mir-posudy.ru",
          "Галина Орлова",
          { { "mirposudy", "Интернет-магазин «Мир посуды»", "Мир посуды", "https://mir-posudy.ru", "premium" } } },
        { "ООО «ЭкоДом»",
          "office@ekodom.ru",
          "marketing@ekodom.ru",
          "Светлана Гусева",
          { { "ekodom", "Магазин экотоваров «ЭкоДом»", "ЭкоДом", "https://ekodom-market.ru", "standard" },
            { "ekodom-corp", "Корпоративный сайт «ЭкоДом»", "ЭкоДом: сайт", "https://ekodom.ru", "standard" } } },
        { "ИП Сидоров А. В.",
          "sidorov@avtozapchasti24.ru",
          "manager@avtozapchasti24.ru",
          "Роман Сидоров",
          { { "avtozap24", "Интернет-магазин «Автозапчасти 24»", "Автозапчасти", "https://avtozapchasti24.ru",
              "standard" } } },
        { "ООО «Сибирские меха»",
          "sale@sibmeha.ru",
          "owner@sibmeha.ru",
          "Евгения Соболева",
          { { "sibmeha", "Интернет-магазин «Сибирские меха»", "Сибмеха", "https://sibmeha.ru", "premium" } } },
        { "ООО «Торговый дом „Омский бекон“»",
          "zakaz@omskbekon.ru",
          "it@omskbekon.ru",
          "Олег Свиридов",
          { { "omskbekon", "Интернет-магазин «Омский бекон»", "Бекон: магазин", "https://omskbekon.ru", "standard" },
            { "omskbekon-opt", "Оптовый портал «Омский бекон»", "Бекон: опт", "https://opt.omskbekon.ru",
              "premium" } } },
        { "ООО «Детская планета»",
          "info@detplaneta.ru",
          "admin@detplaneta.ru",
          "Ирина Котова",
          { { "detplaneta", "Магазин игрушек «Детская планета»", "Детпланета", "https://detplaneta.ru",
              "standard" } } },
        { "АО «СтройМаркет»",
          "web@stroymarket.ru",
          "ceo@stroymarket.ru",
          "Виталий Каменев",
          { { "stroymarket", "Интернет-магазин «СтройМаркет»", "СтройМаркет", "https://stroymarket.ru", "premium" } } },
        { "ООО «Цветочная лавка»",
          "flowers@cvetlavka.ru",
          "owner@cvetlavka.ru",
          "Лилия Розанова",
          { { "cvetlavka", "Доставка цветов «Цветочная лавка»", "Цветлавка", "https://cvetlavka.ru", "standard" } } },
        { "ООО «ВелоМир»",
          "shop@velomir.ru",
          "director@velomir.ru",
          "Константин Рулев",
          { { "velomir", "Веломагазин «ВелоМир»", "ВелоМир", "https://velomir.ru", "standard" } } },
        { "ООО «Книжный дом»",
          "info@knigidom.ru",
          "editor@knigidom.ru",
          "Мария Чехова",
          { { "knigidom", "Книжный интернет-магазин «Книжный дом»", "Книжный дом", "https://knigidom.ru",
              "standard" } } },
        { "ООО «Зоомагазин „Лапа“»",
          "hello@lapa-shop.ru",
          "vet@lapa-shop.ru",
          "Дарья Котикова",
          { { "lapa", "Зоомагазин «Лапа»", "Лапа", "https://lapa-shop.ru", "standard" } } },
    };
    return list;
}

const std::vector<DemoCatalog::Subject>& DemoCatalog::emergencySubjects()
{
    static const std::vector<Subject> list {
        { "site-down", "Сайт не открывается, ошибка 502" },
        { "site-down", "Не заходит в админку, белый экран" },
        { "cart-broken", "Не получается оформить заказ" },
        { "cart-broken", "Товар не добавляется в корзину" },
        { "payment-broken", "Не проходит оплата картой" },
        { "payment-broken", "Оплата через СБП висит в статусе «ожидание»" },
        { "wrong-order-total", "Неверно считается сумма заказа со скидкой" },
        { "order-integration-broken", "Заказы не выгружаются в 1С" },
        { "order-integration-broken", "Заказы не приходят в CRM" },
        { "delivery-broken", "Не рассчитывается доставка СДЭК" },
        { "delivery-broken", "Пропал выбор пунктов выдачи Boxberry" },
        { "site-hacked", "На сайте чужой баннер, похоже на взлом" },
    };
    return list;
}

const std::vector<DemoCatalog::Subject>& DemoCatalog::standardSubjects()
{
    static const std::vector<Subject> list {
        { "consulting", "Как выгрузить отчёт по заказам за месяц?" },
        { "consulting", "Подскажите, как добавить новый раздел каталога" },
        { "domain-control", "Продлить домен до следующего года" },
        { "security-monitoring", "Антивирус хостинга прислал предупреждение" },
        { "backup", "Нужна резервная копия за прошлую неделю" },
        { "virus-cleaning", "Восстановить сайт после сбоя на хостинге" },
        { "visitor-counters", "Подключить Яндекс.Метрику к новому домену" },
        { "admin-instructions", "Инструкция по загрузке прайса для нового менеджера" },
        { "testing", "Проверить работу формы обратной связи" },
        { "structure-changes", "Добавить раздел «Акции» в главное меню" },
        { "template-changes", "Поправить вёрстку карточки товара на телефоне" },
        { "template-changes", "Заменить баннер на главной странице" },
        { "template-changes", "Сдвинулся футер в Safari" },
        { "cms-modules", "Удалить неиспользуемый модуль отзывов" },
        { "cms-configuration", "Настроить отправку писем о заказе менеджеру" },
        { "bug-fixing", "Не работает фильтр по цене в каталоге" },
        { "bug-fixing", "Поиск не находит товары по артикулу" },
        { "bug-fixing", "Дублируются письма клиентам о заказе" },
        { "optimisation", "Медленно открывается каталог" },
        { "cms-updates", "Обновить CMS до последней версии" },
    };
    return list;
}

const std::vector<DemoCatalog::Subject>& DemoCatalog::outOfScopeSubjects()
{
    static const std::vector<Subject> list {
        { "client-internet", "В офисе не работает интернет" },
        { "client-software", "Не настраивается почта в Outlook" },
        { "third-party-services", "Не приходят уведомления из банка" },
    };
    return list;
}

const std::vector<DemoCatalog::Subject>& DemoCatalog::developmentSubjects()
{
    static const std::vector<Subject> list {
        { "new-functionality", "Сделать личный кабинет оптовика" },
        { "new-functionality", "Подключить программу лояльности" },
        { "graphic-design", "Нарисовать новые баннеры к распродаже" },
    };
    return list;
}

} // namespace dd
