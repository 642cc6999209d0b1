#include "ui/admin/TemplatesTab.h"

#include "ui/admin/AdministrationService.h"

#include "core/storage/SharedSettings.h"
#include "ui/admin/AdministrationWindow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

TemplatesTab::TemplatesTab(const AdministrationService& service, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_actor(actor)
    , m_russian(new QPlainTextEdit(this))
    , m_english(new QPlainTextEdit(this))
    , m_outcome(new QLabel(this))
{
    m_russian->setObjectName(QStringLiteral("templateRussianEdit"));
    m_english->setObjectName(QStringLiteral("templateEnglishEdit"));
    m_outcome->setObjectName(QStringLiteral("templateOutcome"));
    m_outcome->setWordWrap(true);
    const QString placeholder
        = tr("Subject: {tag} …\n\nBody with {number}, {subject}, {name}, {arrived}. Empty: the shipped text.");
    m_russian->setPlaceholderText(placeholder);
    m_english->setPlaceholderText(placeholder);
    auto* save = new QPushButton(tr("Save templates"), this);
    save->setObjectName(QStringLiteral("saveTemplatesButton"));
    connect(save, &QPushButton::clicked, this, &TemplatesTab::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Acknowledgment of a new ticket, Russian"), this));
    layout->addWidget(m_russian, 1);
    layout->addWidget(new QLabel(tr("Acknowledgment of a new ticket, English"), this));
    layout->addWidget(m_english, 1);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addWidget(m_outcome);
}

void TemplatesTab::reload()
{
    for (const auto& [key, edit, version] : { std::tuple { setting::ackTemplateRu, m_russian, &m_russianVersion },
                                              std::tuple { setting::ackTemplateEn, m_english, &m_englishVersion } }) {
        auto value = m_service.setting(key);
        if (!value) {
            showOutcome(m_outcome, value.error().message, {});
            continue;
        }
        edit->setPlainText(value->value);
        *version = value->version;
    }
}

void TemplatesTab::save()
{
    for (const auto& [key, edit, version] : { std::tuple { setting::ackTemplateRu, m_russian, &m_russianVersion },
                                              std::tuple { setting::ackTemplateEn, m_english, &m_englishVersion } }) {
        auto current = m_service.setting(key);
        if (current && current->value == edit->toPlainText() && current->version == *version) {
            continue;
        }
        const Status written = m_service.setSetting(key, edit->toPlainText(), m_actor, *version);
        if (!written) {
            showOutcome(m_outcome, written.error().message, {});
            return;
        }
        if (auto now = m_service.setting(key)) {
            *version = now->version;
        }
    }
    showOutcome(m_outcome, {}, tr("Saved; the mail intake uses them from its next round."));
}

} // namespace dd
