#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dd {

// The text of the automatic acknowledgment (docs/rules.md#intake), editable by an administrator.
// A template is a "Subject: …" line, an empty line and the body; placeholders:
//   {number} the ticket number   {tag} "[#123]"   {subject} the client's subject
//   {name} the client's name or address   {arrived} arrival, Moscow time
// The ticket tag is always in the subject, even if an edit dropped it: replies are
// threaded by it.
class AcknowledgmentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(dd::AcknowledgmentTemplate)

public:
    // The paragraph an acknowledgment of an off-hours «СРОЧНО» mail ends with: off-hours
    // emergencies go by phone or messenger (the regulation's emergency passage).
    static QString emergencyOffHoursNote();
    enum class Kind { NewTicket, ClientMessage };

    // The shipped Russian texts.
    static AcknowledgmentTemplate defaultTemplate(Kind kind);
    static Result<AcknowledgmentTemplate> fromText(const QString& text);
    static Result<AcknowledgmentTemplate> fromFile(const QString& path);

    struct Values
    {
        qint64 number = 0;
        QString subject;
        QString name;
        QDateTime arrived;
    };
    struct Rendered
    {
        QString subject;
        QString body;
    };
    Rendered render(const Values& values) const;

    QString subjectTemplate() const { return m_subject; }
    QString bodyTemplate() const { return m_body; }

private:
    QString m_subject;
    QString m_body;
};

} // namespace dd
