#include "ui/ticket/ArrivalFields.h"

#include "core/domain/Vocabulary.h"
#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"
#include "ui/common/DateTimeFormat.h"
#include "ui/common/VocabularyNames.h"

#include <QComboBox>
#include <QDateTimeEdit>

namespace dd {

void fillHandEnteredChannels(QComboBox* channels)
{
    for (Channel channel : { Channel::Phone, Channel::Telegram, Channel::Whatsapp, Channel::Viber }) {
        channels->addItem(channelName(channel), toSlug(channel));
    }
}

void setUpArrivedEdit(QDateTimeEdit* arrived)
{
    const QDateTime moscow = toMoscow(Clock::current().nowUtc());
    arrived->setTimeSpec(Qt::UTC);
    arrived->setDateTime(QDateTime(moscow.date(), QTime(moscow.time().hour(), moscow.time().minute()), Qt::UTC));
    arrived->setDisplayFormat(editorFormat(true));
    arrived->setCalendarPopup(true);
}

QDateTime arrivedInstant(const QDateTimeEdit* arrived)
{
    const QDateTime wall = arrived->dateTime();
    return QDateTime(wall.date(), wall.time(), moscowZone()).toUTC();
}

} // namespace dd
