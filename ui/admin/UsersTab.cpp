#include "ui/admin/UsersTab.h"

#include "ui/admin/AdministrationService.h"

#include "core/storage/UserRepository.h"
#include "ui/admin/AdministrationWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

constexpr Role allRoles[]
    = { Role::Engineer, Role::AccountManager, Role::Programmer, Role::Tester, Role::HeadOfSupport, Role::Admin };

QString rolesText(const QList<Role>& roles)
{
    QStringList slugs;
    for (Role role : roles) {
        slugs << toSlug(role);
    }
    return slugs.join(QStringLiteral(", "));
}

} // namespace

UsersTab::UsersTab(const AdministrationService& service, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_actor(actor)
    , m_table(new QTableWidget(0, 6, this))
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_reassign(new QComboBox(this))
    , m_outcome(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Login"), tr("Name"), tr("E-mail"), tr("Phone"), tr("Roles"), tr("Active") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_login->setObjectName(QStringLiteral("userLoginEdit"));
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_email->setObjectName(QStringLiteral("userEmailEdit"));
    m_phone->setObjectName(QStringLiteral("userPhoneEdit"));
    m_reassign->setObjectName(QStringLiteral("reassignCombo"));
    m_outcome->setObjectName(QStringLiteral("userOutcome"));
    m_outcome->setWordWrap(true);
    auto* roles = new QHBoxLayout;
    for (Role role : allRoles) {
        auto* check = new QCheckBox(toSlug(role), this);
        check->setObjectName(QStringLiteral("role-%1").arg(toSlug(role)));
        m_roles.insert(role, check);
        roles->addWidget(check);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Roles"), roles);
    form->addRow(tr("Open tickets go to"), m_reassign);
    auto* buttons = new QHBoxLayout;
    for (const auto& [text, name, slot] :
         { std::tuple { tr("Add user"), QStringLiteral("addUserButton"), &UsersTab::addUser },
           std::tuple { tr("Save user"), QStringLiteral("saveUserButton"), &UsersTab::saveUser },
           std::tuple { tr("Deactivate"), QStringLiteral("deactivateUserButton"), &UsersTab::deactivateUser } }) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersTab::userSelected);
}

void UsersTab::reload()
{
    auto users = m_service.users();
    if (!users) {
        showOutcome(m_outcome, users.error().message, {});
        return;
    }
    m_users = *users;
    m_table->setRowCount(0);
    m_reassign->clear();
    m_reassign->addItem(tr("(nobody chosen)"), 0);
    for (const User& user : m_users) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells { user.login, user.fullName,         user.email,
                                  user.phone, rolesText(user.roles), user.active ? tr("yes") : tr("no") };
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        if (user.active && user.hasRole(Role::Engineer)) {
            m_reassign->addItem(user.login, user.id);
        }
    }
    m_table->resizeColumnsToContents();
}

void UsersTab::userSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size()) {
        return;
    }
    const User& user = m_users.at(row);
    m_selectedId = user.id;
    m_selectedVersion = user.version;
    m_login->setText(user.login);
    m_name->setText(user.fullName);
    m_email->setText(user.email);
    m_phone->setText(user.phone);
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        it.value()->setChecked(user.hasRole(it.key()));
    }
}

QList<Role> UsersTab::checkedRoles() const
{
    QList<Role> roles;
    for (Role role : allRoles) {
        if (m_roles.value(role)->isChecked()) {
            roles << role;
        }
    }
    return roles;
}

void UsersTab::addUser()
{
    User user;
    user.login = m_login->text().trimmed();
    user.fullName = m_name->text().trimmed();
    user.email = m_email->text().trimmed();
    user.phone = m_phone->text().trimmed();
    user.roles = checkedRoles();
    auto added = m_service.addUser(user);
    showOutcome(m_outcome, added ? QString() : added.error().message, tr("%1 added.").arg(user.login));
    if (added) {
        reload();
    }
}

void UsersTab::saveUser()
{
    if (m_selectedId == 0) {
        showOutcome(m_outcome, tr("Choose a user in the list first."), {});
        return;
    }
    User user;
    user.id = m_selectedId;
    user.login = m_login->text().trimmed();
    user.fullName = m_name->text().trimmed();
    user.email = m_email->text().trimmed();
    user.phone = m_phone->text().trimmed();
    user.roles = checkedRoles();
    const Status saved = m_service.updateUser(user, m_selectedVersion);
    showOutcome(m_outcome, saved ? QString() : saved.error().message, tr("%1 saved.").arg(user.login));
    if (saved) {
        ++m_selectedVersion;
        reload();
    }
}

void UsersTab::deactivateUser()
{
    const QString login = m_login->text().trimmed();
    const qint64 target = m_reassign->currentData().toLongLong();
    auto open = m_service.openTicketIds(m_selectedId);
    if (open && !open->isEmpty() && target == 0) {
        // Asks rather than leaving tickets with nobody.
        showOutcome(
            m_outcome,
            tr("%1 has %n open ticket(s): choose who takes them over, then deactivate.", nullptr, int(open->size()))
                .arg(login),
            {});
        m_reassign->setFocus();
        return;
    }
    const Status done = m_service.deactivateUser(login, target ? std::optional<qint64>(target) : std::nullopt, m_actor);
    showOutcome(m_outcome, done ? QString() : done.error().message, tr("%1 deactivated.").arg(login));
    if (done) {
        reload();
    }
}

} // namespace dd
