#include "core/intake/QuarantineDetail.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {

struct DetailSentence
{
    const char* context;
    const char* source;
};

// Every sentence the intake stores as a detail (IntakeRules::decide, MailFiler, IntakeService),
// with the context it is translated in.
const DetailSentence sentences[] = {
    { "dd::IntakeRules", QT_TRANSLATE_NOOP("dd::IntakeRules", "delivery report (bounce) from %1") },
    { "dd::IntakeRules", QT_TRANSLATE_NOOP("dd::IntakeRules", "automatic message from %1") },
    { "dd::IntakeRules", QT_TRANSLATE_NOOP("dd::IntakeRules", "%1 is a trusted address of more than one client") },
    { "dd::IntakeRules",
      QT_TRANSLATE_NOOP("dd::IntakeRules", "%1 is neither a client's official address nor a trusted person") },
    { "dd::IntakeRules", QT_TRANSLATE_NOOP("dd::IntakeRules", "%1 refers to ticket #%2 of another client") },
    { "dd::IntakeService",
      QT_TRANSLATE_NOOP("dd::IntakeService",
                        "the client of %1 has %2 active projects and the mail names none of their sites") },
    { "dd::IntakeService", QT_TRANSLATE_NOOP("dd::IntakeService", "could not be registered: %1") },
    { "dd::IntakeService", QT_TRANSLATE_NOOP("dd::IntakeService", "spam (score %1)") },
};

QRegularExpression pattern(const QString& source)
{
    QString expression = QRegularExpression::escape(source);
    // escape() turns %1 into \%1; each becomes a capture.
    static const QRegularExpression placeholder(QStringLiteral("\\\\%\\d"));
    expression.replace(placeholder, QStringLiteral("(.+?)"));
    return QRegularExpression(QStringLiteral("^%1$").arg(expression), QRegularExpression::DotMatchesEverythingOption);
}

} // namespace

QString localizedQuarantineDetail(const QString& stored)
{
    for (const DetailSentence& sentence : sentences) {
        const QString source = QString::fromUtf8(sentence.source);
        const QRegularExpressionMatch match = pattern(source).match(stored);
        if (!match.hasMatch()) {
            continue;
        }
        // One arg() call with every value: a value holding "%1" is not substituted again.
        const QString text = QCoreApplication::translate(sentence.context, sentence.source);
        return match.lastCapturedIndex() == 2 ? text.arg(match.captured(1), match.captured(2))
                                              : text.arg(match.captured(1));
    }
    return stored;
}

} // namespace dd
