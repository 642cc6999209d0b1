#include "core/intake/AcknowledgmentTemplate.h"

#include "core/intake/IntakeRules.h"
#include "core/util/MoscowTime.h"

#include <QCoreApplication>
#include <QFile>

namespace dd {

namespace {

QString substitute(QString text, const AcknowledgmentTemplate::Values& values)
{
    // Client text goes in last, so a "{number}" typed by the client stays as typed.
    const QString arrived = values.arrived.isValid()
        ? values.arrived.toTimeZone(moscowZone()).toString(QStringLiteral("dd.MM.yyyy HH:mm"))
        : QString();
    text.replace(QLatin1String("{number}"), QString::number(values.number));
    text.replace(QLatin1String("{tag}"), IntakeRules::ticketTag(values.number));
    text.replace(QLatin1String("{arrived}"), arrived);
    QString result;
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype subject = text.indexOf(QLatin1String("{subject}"), from);
        const qsizetype name = text.indexOf(QLatin1String("{name}"), from);
        qsizetype next = subject < 0 ? name : (name < 0 ? subject : std::min(subject, name));
        if (next < 0) {
            result += text.mid(from);
            break;
        }
        result += text.mid(from, next - from);
        if (next == subject) {
            result += values.subject;
            from = next + 9;
        } else {
            result += values.name;
            from = next + 6;
        }
    }
    return result;
}

} // namespace

AcknowledgmentTemplate AcknowledgmentTemplate::defaultTemplate(Kind kind)
{
    QFile file(kind == Kind::NewTicket ? QStringLiteral(":/intake/templates/acknowledgment-new.txt")
                                       : QStringLiteral(":/intake/templates/acknowledgment-followup.txt"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    Q_UNUSED(opened);
    // The shipped texts are valid templates; a test holds them to it.
    return fromText(QString::fromUtf8(file.readAll())).value();
}

Result<AcknowledgmentTemplate> AcknowledgmentTemplate::fromText(const QString& text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const qsizetype end = normalized.indexOf(QLatin1Char('\n'));
    const QString first = normalized.left(end < 0 ? normalized.size() : end);
    if (!first.startsWith(QLatin1String("Subject:"), Qt::CaseInsensitive)) {
        return Error { AcknowledgmentTemplate::tr("an acknowledgment template starts with a \"Subject:\" line"), 1 };
    }
    AcknowledgmentTemplate result;
    result.m_subject = first.mid(8).trimmed();
    if (result.m_subject.isEmpty()) {
        return Error { AcknowledgmentTemplate::tr("the acknowledgment subject is empty"), 1 };
    }
    result.m_body = end < 0 ? QString() : normalized.mid(end + 1);
    while (result.m_body.startsWith(QLatin1Char('\n'))) {
        result.m_body.remove(0, 1);
    }
    if (result.m_body.trimmed().isEmpty()) {
        return Error { AcknowledgmentTemplate::tr("the acknowledgment body is empty") };
    }
    return result;
}

Result<AcknowledgmentTemplate> AcknowledgmentTemplate::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { AcknowledgmentTemplate::tr("cannot read %1: %2").arg(path, file.errorString()) };
    }
    auto parsed = fromText(QString::fromUtf8(file.readAll()));
    if (!parsed) {
        return Error { AcknowledgmentTemplate::tr("%1: %2").arg(path, parsed.error().toString()) };
    }
    return parsed;
}

AcknowledgmentTemplate::Rendered AcknowledgmentTemplate::render(const Values& values) const
{
    Rendered rendered;
    rendered.subject = substitute(m_subject, values).simplified();
    if (!IntakeRules::ticketNumberFromSubject(rendered.subject)) {
        rendered.subject = IntakeRules::ticketTag(values.number) + QLatin1Char(' ') + rendered.subject;
    }
    rendered.body = substitute(m_body, values);
    return rendered;
}

QString AcknowledgmentTemplate::emergencyOffHoursNote()
{
    QFile file(QStringLiteral(":/intake/templates/emergency-off-hours.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace dd
