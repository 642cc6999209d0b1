// The `xmlcalendar` exchange format: reading (strict, all-or-nothing) and writing.
#include "core/time/ProductionCalendar.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace dd {

namespace {

class XmlCalendarReader
{
public:
    XmlCalendarReader(QIODevice& device, std::optional<int> expectedYear)
        : m_xml(&device)
        , m_expectedYear(expectedYear)
    { }

    Result<CalendarYear> read()
    {
        QString comment;
        while (!m_xml.atEnd() && !m_xml.isStartElement()) {
            m_xml.readNext();
            if (m_xml.isComment() && comment.isEmpty()) {
                comment = m_xml.text().toString().simplified();
            }
        }
        if (m_xml.hasError()) {
            return xmlError();
        }
        if (!m_xml.isStartElement()) {
            return fail(ProductionCalendar::tr("the file has no calendar element"));
        }
        if (m_xml.name() != QLatin1String("calendar")) {
            return fail(
                ProductionCalendar::tr("the root element is <%1>, expected <calendar>").arg(m_xml.name().toString()));
        }
        if (auto status = readYearAttribute(); !status) {
            return status.error();
        }
        m_calendar.setSource(comment);
        bool hasDays = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("days")) {
                hasDays = true;
                if (auto status = readDays(); !status) {
                    return status.error();
                }
            } else {
                m_xml.skipCurrentElement(); // <holidays> and anything newer: titles only
            }
        }
        if (!m_xml.hasError() && !hasDays) {
            return fail(ProductionCalendar::tr("the calendar has no <days> element"));
        }
        // Run to the end so that a truncated or malformed tail is refused too.
        while (!m_xml.atEnd()) {
            m_xml.readNext();
        }
        if (m_xml.hasError()) {
            return xmlError();
        }
        return m_calendar;
    }

private:
    Error fail(const QString& message) const { return Error { message, static_cast<int>(m_xml.lineNumber()) }; }

    Error xmlError() const
    {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            return fail(ProductionCalendar::tr("the file ends too early (truncated?)"));
        }
        return fail(ProductionCalendar::tr("malformed XML: %1").arg(m_xml.errorString()));
    }

    Status readYearAttribute()
    {
        const QString text = m_xml.attributes().value(QLatin1String("year")).toString();
        bool ok = false;
        const int year = text.toInt(&ok);
        if (!ok || year < 1900 || year > 9999) {
            return fail(ProductionCalendar::tr("the calendar has no valid year attribute (found “%1”)").arg(text));
        }
        if (m_expectedYear && *m_expectedYear != year) {
            return fail(
                ProductionCalendar::tr("the file is the calendar for %1, expected %2").arg(year).arg(*m_expectedYear));
        }
        m_calendar = CalendarYear(year);
        return Done {};
    }

    Status readDays()
    {
        static const QRegularExpression dateShape(QStringLiteral(R"(^(\d{2})\.(\d{2})$)"));
        QSet<int> seen;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("day")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const auto attributes = m_xml.attributes();
            const QString d = attributes.value(QLatin1String("d")).toString();
            const auto match = dateShape.match(d);
            const QDate date = match.hasMatch()
                ? QDate(m_calendar.year(), match.captured(1).toInt(), match.captured(2).toInt())
                : QDate();
            if (!date.isValid()) {
                return fail(
                    ProductionCalendar::tr("“%1” is not a date of %2 (expected MM.DD)").arg(d).arg(m_calendar.year()));
            }
            if (seen.contains(date.dayOfYear())) {
                return fail(ProductionCalendar::tr("%1 is listed twice").arg(date.toString(Qt::ISODate)));
            }
            seen.insert(date.dayOfYear());
            const QString t = attributes.value(QLatin1String("t")).toString();
            if (t == QLatin1String("1")) {
                m_calendar.setKind(date, DayKind::DayOff);
            } else if (t == QLatin1String("2")) {
                m_calendar.setKind(date, DayKind::Shortened);
            } else if (t == QLatin1String("3")) {
                m_calendar.setKind(date,
                                   ProductionCalendar::isWeekend(date) ? DayKind::WorkingWeekend : DayKind::Working);
            } else {
                return fail(ProductionCalendar::tr(
                                "unknown day type t=“%1” for %2 (expected 1 day off, 2 shortened, 3 working)")
                                .arg(t, date.toString(Qt::ISODate)));
            }
            m_calendar.setHoliday(date, t == QLatin1String("1") && !attributes.value(QLatin1String("h")).isEmpty());
            m_xml.skipCurrentElement();
        }
        if (m_xml.hasError()) {
            return xmlError();
        }
        return Done {};
    }

    QXmlStreamReader m_xml;
    std::optional<int> m_expectedYear;
    CalendarYear m_calendar;
};

} // namespace

Result<CalendarYear> readXmlCalendar(QIODevice& device, std::optional<int> expectedYear)
{
    return XmlCalendarReader(device, expectedYear).read();
}

Result<CalendarYear> readXmlCalendar(const QByteArray& data, std::optional<int> expectedYear)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readXmlCalendar(buffer, expectedYear);
}

Result<CalendarYear> readXmlCalendarFile(const QString& path, std::optional<int> expectedYear)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { ProductionCalendar::tr("cannot read %1: %2").arg(path, file.errorString()) };
    }
    return readXmlCalendar(file, expectedYear);
}

QByteArray writeXmlCalendar(const CalendarYear& year)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    if (!year.source().isEmpty()) {
        xml.writeComment(QLatin1Char(' ') + year.source() + QLatin1Char(' '));
    }
    xml.writeStartElement(QStringLiteral("calendar"));
    xml.writeAttribute(QStringLiteral("year"), QString::number(year.year()));
    xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("ru"));
    xml.writeAttribute(QStringLiteral("country"), QStringLiteral("ru"));
    xml.writeStartElement(QStringLiteral("holidays"));
    xml.writeEmptyElement(QStringLiteral("holiday"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("title"), QStringLiteral("Public holiday"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("days"));
    const CalendarYear base(year.year());
    for (QDate date(year.year(), 1, 1); date.year() == year.year(); date = date.addDays(1)) {
        const DayKind kind = year.kind(date);
        const bool holiday = kind == DayKind::DayOff && year.isHoliday(date);
        if (kind == base.kind(date) && !holiday) {
            continue;
        }
        xml.writeEmptyElement(QStringLiteral("day"));
        xml.writeAttribute(QStringLiteral("d"), date.toString(QStringLiteral("MM.dd")));
        const char* t = kind == DayKind::DayOff ? "1" : kind == DayKind::Shortened ? "2" : "3";
        xml.writeAttribute(QStringLiteral("t"), QLatin1String(t));
        if (holiday) {
            xml.writeAttribute(QStringLiteral("h"), QStringLiteral("1"));
        }
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace dd
