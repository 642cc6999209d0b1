#include "ui/regression/FeatureTestDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace dd {

FeatureTestDialog::FeatureTestDialog(const Database& database, qint64 ticketId, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_testing(database)
    , m_ticketId(ticketId)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("featureTestDialog"));
    auto ticket = m_testing.ticket(ticketId);
    setWindowTitle(ticket ? tr("Feature test for #%1").arg(ticket->number) : tr("Feature test"));
    auto* subject = new QLabel(ticket ? ticket->subject : ticket.error().message, this);
    subject->setWordWrap(true);
    m_tester = new QComboBox(this);
    m_tester->setObjectName(QStringLiteral("testerCombo"));
    if (auto users = m_testing.users(); users) {
        for (const User& user : *users) {
            if (user.active && user.hasRole(Role::Tester)) {
                m_tester->addItem(user.displayName(), user.id);
            }
        }
    }
    m_due = new QDateEdit(RegressionPlan::moscowToday().addDays(2), this);
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(RegressionPlan::moscowToday());
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText); // messages quote names and typed text
    m_message->setObjectName(QStringLiteral("featureTestMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request test"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("requestTestButton"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(ticket.ok() && m_tester->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeatureTestDialog::request);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(subject);
    form->addRow(tr("&Tester:"), m_tester);
    form->addRow(tr("Test &by:"), m_due);
    form->addRow(m_message);
    form->addRow(buttons);
    if (m_tester->count() == 0) {
        m_message->setText(tr("Nobody holds the tester role yet."));
    }
}

void FeatureTestDialog::request()
{
    auto run = m_testing.requestFeatureTest(m_ticketId, m_tester->currentData().toLongLong(), m_due->date(), m_actor);
    if (!run) {
        m_message->setText(run.error().message);
        return;
    }
    emit featureTestRequested(run->id);
    accept();
}

} // namespace dd
