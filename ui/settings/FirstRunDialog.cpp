#include "ui/settings/FirstRunDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dd {

FirstRunDialog::FirstRunDialog(ConnectionTest test, QWidget* parent)
    : QDialog(parent)
    , m_test(std::move(test))
    , m_choices(new QButtonGroup(this))
    , m_url(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_testButton(new QPushButton(tr("Test the connection"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Dutydesk"));
    auto* intro = new QLabel(tr("How do you want to start?"), this);
    auto* demo = new QRadioButton(tr("Try the demo: 14 projects and their tickets, marked DEMO"), this);
    demo->setObjectName(QStringLiteral("demoChoice"));
    auto* shared = new QRadioButton(tr("Connect to the team's database (PostgreSQL)"), this);
    shared->setObjectName(QStringLiteral("sharedChoice"));
    auto* empty = new QRadioButton(tr("Start with an empty database on this computer"), this);
    empty->setObjectName(QStringLiteral("emptyChoice"));
    m_choices->addButton(demo, int(Choice::Demo));
    m_choices->addButton(shared, int(Choice::Shared));
    m_choices->addButton(empty, int(Choice::Empty));
    demo->setChecked(true);

    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://login@host:5432/dutydesk"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    auto* sharedBox = new QWidget(this);
    auto* form = new QFormLayout(sharedBox);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("Database:"), m_url);
    form->addRow(tr("Password:"), m_password);
    form->addRow(m_testButton, m_result);
    sharedBox->setEnabled(false);
    connect(shared, &QRadioButton::toggled, sharedBox, &QWidget::setEnabled);
    connect(m_testButton, &QPushButton::clicked, this, &FirstRunDialog::testConnection);
    // A changed address or password is a new question.
    for (QLineEdit* edit : { m_url, m_password }) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_tested = false;
            m_result->clear();
        });
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(demo);
    layout->addWidget(shared);
    layout->addWidget(sharedBox);
    layout->addWidget(empty);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, 320);
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    return static_cast<Choice>(m_choices->checkedId());
}

QString FirstRunDialog::password() const
{
    return m_password->text();
}

bool FirstRunDialog::testConnection()
{
    auto parsed = DatabaseLocation::parse(m_url->text().trimmed());
    if (!parsed || !parsed->isPostgres()) {
        m_result->setText(parsed ? tr("Give a postgresql://login@host:port/database address")
                                 : parsed.error().toString());
        return false;
    }
    m_location = *parsed;
    const Status opened = m_test(m_location, m_password->text());
    m_tested = opened.ok();
    m_result->setText(m_tested ? tr("Connected") : opened.error().toString());
    return m_tested;
}

void FirstRunDialog::accept()
{
    // The team's database is taken only once it answers: a typo is found here, not
    // after the window opens on nothing.
    if (choice() == Choice::Shared && !m_tested && !testConnection()) {
        return;
    }
    QDialog::accept();
}

} // namespace dd
