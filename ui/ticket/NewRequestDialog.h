#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Project.h"
#include "ui/ticket/TicketDialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace dd {

class Database;

// A request that came by phone or messenger, as an account manager registers it
// (docs/rules.md#clocks: the arrival is the moment of the call or message, entered by whoever took
// it): channel, arrival time (Moscow, default now), client and project, category,
// urgent flag, subject and description.
class NewRequestDialog : public TicketDialog
{
    Q_OBJECT

public:
    NewRequestDialog(const Database& database, const Actor& actor, const QList<Project>& projects,
                     QWidget* parent = nullptr);

signals:
    void ticketFiled(qint64 ticketId);

private:
    void fillProjects();
    void file();

    const Database& m_database;
    Actor m_actor;
    QList<Project> m_projects;
    QComboBox* m_channel;
    QDateTimeEdit* m_arrived;
    QComboBox* m_client;
    QComboBox* m_project;
    QComboBox* m_category;
    QCheckBox* m_urgent;
    QLineEdit* m_subject;
    QPlainTextEdit* m_description;
};

} // namespace dd
