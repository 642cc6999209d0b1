#pragma once

#include "core/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

// What the console offers a person (docs/shared-database.md#ui). It mirrors the server's
// grants so nobody is offered an action the server would refuse; the server stays the
// authority. SessionIdentity::permissions() fills it from the database's answer.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(dd::Permissions)

public:
    enum class Action {
        FileTicket, // a new request (programmers only work on tickets)
        ResolveQuarantine, // release or discard held mail
        EditChecklist, // a project's testing checklist
        RunTesting, // start a regression run, request a feature test
        HearEscalations, // a desktop alert when a client escalates (docs/rules.md#feedback)
    };

    // Everything: no roles known yet (a fresh embedded database), or the owner.
    static Permissions everything();
    static Permissions forRoles(const QList<Role>& roles);

    bool allows(Action action) const;
    // One sentence naming who may, for a tooltip on the disabled control.
    static QString whoMay(Action action);

private:
    bool m_everything = false;
    QList<Role> m_roles;
};

} // namespace dd
