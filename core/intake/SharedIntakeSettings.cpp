#include "core/intake/SharedIntakeSettings.h"

#include "core/storage/SharedSettings.h"

namespace dd {

namespace {

// Sets `field` to `value`; true when that changed it.
template<typename Field, typename Value> bool assignChanged(Field& field, const Value& value)
{
    if (field == value) {
        return false;
    }
    field = value;
    return true;
}

bool sameTemplate(const std::optional<AcknowledgmentTemplate>& a, const std::optional<AcknowledgmentTemplate>& b)
{
    return a.has_value() == b.has_value()
        && (!a || (a->subjectTemplate() == b->subjectTemplate() && a->bodyTemplate() == b->bodyTemplate()));
}

// The Russian new-ticket acknowledgment: the shared text, or the built-in one when empty.
Result<bool> applyRussianTemplate(const QString& text, IntakeSettings& settings)
{
    auto chosen = text.isEmpty() ? AcknowledgmentTemplate::defaultTemplate(AcknowledgmentTemplate::Kind::NewTicket)
                                 : AcknowledgmentTemplate::fromText(text);
    if (!chosen) {
        return Error { setting::ackTemplateRu + QStringLiteral(": ") + chosen.error().message };
    }
    if (sameTemplate(*chosen, settings.newTicket)) {
        return false;
    }
    settings.newTicket = *chosen;
    return true;
}

// The English one: none when the shared text is empty.
Result<bool> applyEnglishTemplate(const QString& text, IntakeSettings& settings)
{
    std::optional<AcknowledgmentTemplate> english;
    if (!text.isEmpty()) {
        auto parsed = AcknowledgmentTemplate::fromText(text);
        if (!parsed) {
            return Error { setting::ackTemplateEn + QStringLiteral(": ") + parsed.error().message };
        }
        english = *parsed;
    }
    if (sameTemplate(english, settings.newTicketEnglish)) {
        return false;
    }
    settings.newTicketEnglish = english;
    return true;
}

} // namespace

Result<bool> applySharedIntakeSettings(const Database& database, const IntakeOverrides& overrides,
                                       IntakeSettings& settings)
{
    auto values = SharedSettings::valuesByKey(database);
    if (!values) {
        return values.error();
    }
    const QHash<QString, QString>& byKey = values.value();
    bool changed = false;
    if (!overrides.supportAddress) {
        changed = assignChanged(settings.supportAddress.address, byKey.value(setting::supportAddress)) || changed;
    }
    if (!overrides.escalationAddress) {
        changed = assignChanged(settings.escalationAddress, byKey.value(setting::headOfSupportAddress)) || changed;
    }
    if (!overrides.acknowledgmentInterval) {
        changed = assignChanged(settings.acknowledgmentIntervalSeconds, byKey.value(setting::ackInterval).toInt())
            || changed;
    }
    if (!overrides.maxAttachmentSize) {
        changed = assignChanged(settings.parser.maxAttachmentSize,
                                byKey.value(setting::maxAttachmentMb).toLongLong() * 1024 * 1024)
            || changed;
    }
    if (!overrides.newTicketTemplate) {
        auto russian = applyRussianTemplate(byKey.value(setting::ackTemplateRu), settings);
        if (!russian) {
            return russian.error();
        }
        auto english = applyEnglishTemplate(byKey.value(setting::ackTemplateEn), settings);
        if (!english) {
            return english.error();
        }
        changed = *russian || *english || changed;
    }
    return changed;
}

} // namespace dd
