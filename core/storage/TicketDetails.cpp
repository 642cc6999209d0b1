#include "core/storage/TicketDetails.h"
#include "core/storage/TicketRepository.h"

#include "core/domain/PageUrl.h"
#include "core/domain/TicketEventRecord.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace dd {

Status detailChanges(const TicketChange& change, const Ticket& current, QStringList& assignments, QVariantList& values,
                     QList<std::pair<QString, QJsonObject>>& events)
{
    if (change.pageUrl && change.pageUrl->trimmed() != current.pageUrl) {
        const QString url = change.pageUrl->trimmed();
        if (!url.isEmpty() && !isPageUrl(url)) {
            return Error { TicketRepository::tr("“%1” is not a page address (http:// or https://)").arg(url) };
        }
        assignments << QStringLiteral("page_url = ?");
        values << textOrEmpty(url);
        events.append({ ticket_event::pageUrlChanged,
                        { { QStringLiteral("from"), current.pageUrl }, { QStringLiteral("to"), url } } });
    }
    if (change.stepsToReproduce && change.stepsToReproduce->trimmed() != current.stepsToReproduce) {
        const QString steps = change.stepsToReproduce->trimmed();
        assignments << QStringLiteral("steps_to_reproduce = ?");
        values << textOrEmpty(steps);
        events.append({ ticket_event::stepsChanged,
                        { { QStringLiteral("from"), current.stepsToReproduce }, { QStringLiteral("to"), steps } } });
    }
    return Done {};
}

} // namespace dd
