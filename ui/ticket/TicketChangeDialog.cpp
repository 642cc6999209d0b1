#include "ui/ticket/TicketChangeDialog.h"

#include "ui/common/VocabularyNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

TicketChangeDialog::TicketChangeDialog(const QString& title, const QString& prompt, bool withReason, QWidget* parent)
    : TicketDialog(title, parent)
{
    setObjectName(withReason ? QStringLiteral("postponeDialog") : QStringLiteral("ticketChangeDialog"));
    if (withReason) {
        auto* form = new QFormLayout;
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reasonCombo"));
        for (const QString& slug : allWaitingReasonSlugs()) {
            const auto reason = waitingReasonFromSlug(slug);
            m_reason->addItem(waitingReasonName(*reason), slug);
        }
        form->addRow(tr("Reason:"), m_reason);
        formLayout()->addLayout(form);
    }
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    formLayout()->addWidget(label);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setTabChangesFocus(true);
    formLayout()->addWidget(m_text, 1);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TicketChangeDialog::check);
    resize(520, 320);
}

std::optional<WaitingReason> TicketChangeDialog::reason() const
{
    return m_reason ? waitingReasonFromSlug(m_reason->currentData().toString()) : std::nullopt;
}

void TicketChangeDialog::setReason(WaitingReason reason)
{
    if (m_reason) {
        m_reason->setCurrentIndex(m_reason->findData(toSlug(reason)));
    }
}

QString TicketChangeDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void TicketChangeDialog::setTextRequired(bool required)
{
    m_textRequired = required;
    check();
}

void TicketChangeDialog::check()
{
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(!m_textRequired || !text().isEmpty());
}

} // namespace dd
