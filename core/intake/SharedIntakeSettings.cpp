#include "core/intake/SharedIntakeSettings.h"

#include "core/storage/SharedSettings.h"

namespace dd {

Result<bool> applySharedIntakeSettings(const Database& database, const IntakeOverrides& overrides,
                                       IntakeSettings& settings)
{
    auto values = SharedSettings::list(database);
    if (!values) {
        return values.error();
    }
    QHash<QString, QString> byKey;
    for (const SettingValue& value : *values) {
        byKey.insert(value.key, value.value);
    }
    bool changed = false;
    auto assign = [&changed](auto& field, const auto& value) {
        if (!(field == value)) {
            field = value;
            changed = true;
        }
    };
    if (!overrides.supportAddress) {
        assign(settings.supportAddress.address, byKey.value(setting::supportAddress));
    }
    if (!overrides.escalationAddress) {
        assign(settings.escalationAddress, byKey.value(setting::headOfSupportAddress));
    }
    if (!overrides.acknowledgmentInterval) {
        assign(settings.acknowledgmentIntervalSeconds, byKey.value(setting::ackInterval).toInt());
    }
    if (!overrides.maxAttachmentSize) {
        assign(settings.parser.maxAttachmentSize, byKey.value(setting::maxAttachmentMb).toLongLong() * 1024 * 1024);
    }
    if (!overrides.newTicketTemplate) {
        const QString text = byKey.value(setting::ackTemplateRu);
        auto chosen = text.isEmpty() ? AcknowledgmentTemplate::defaultTemplate(AcknowledgmentTemplate::Kind::NewTicket)
                                     : AcknowledgmentTemplate::fromText(text);
        if (!chosen) {
            return Error { setting::ackTemplateRu + QStringLiteral(": ") + chosen.error().message };
        }
        if (chosen->subjectTemplate() != settings.newTicket.subjectTemplate()
            || chosen->bodyTemplate() != settings.newTicket.bodyTemplate()) {
            settings.newTicket = *chosen;
            changed = true;
        }
    }
    if (!overrides.newTicketTemplate) {
        const QString text = byKey.value(setting::ackTemplateEn);
        std::optional<AcknowledgmentTemplate> english;
        if (!text.isEmpty()) {
            auto parsed = AcknowledgmentTemplate::fromText(text);
            if (!parsed) {
                return Error { setting::ackTemplateEn + QStringLiteral(": ") + parsed.error().message };
            }
            english = *parsed;
        }
        const auto same = [](const std::optional<AcknowledgmentTemplate>& a,
                             const std::optional<AcknowledgmentTemplate>& b) {
            return a.has_value() == b.has_value()
                && (!a || (a->subjectTemplate() == b->subjectTemplate() && a->bodyTemplate() == b->bodyTemplate()));
        };
        if (!same(english, settings.newTicketEnglish)) {
            settings.newTicketEnglish = english;
            changed = true;
        }
    }
    return changed;
}

} // namespace dd
