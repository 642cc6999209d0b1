#pragma once

#include "core/domain/Project.h"
#include "ui/ticket/TicketDialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace dd {

class TicketService;

// A request that came by phone or messenger, as an account manager registers it
// (docs/rules.md#clocks: the arrival is the moment of the call or message, entered by whoever took
// it): channel, arrival time (Moscow, default now), client and project, category,
// urgent flag, subject, description, steps to reproduce and page URL.
class NewRequestDialog : public TicketDialog
{
    Q_OBJECT

public:
    NewRequestDialog(const TicketService& service, const QList<Project>& projects, QWidget* parent = nullptr);

signals:
    void ticketFiled(qint64 ticketId);

private:
    void fillProjects();
    void file();

    const TicketService& m_service;
    QList<Project> m_projects;
    QComboBox* m_channel;
    QDateTimeEdit* m_arrived;
    QComboBox* m_client;
    QComboBox* m_project;
    QComboBox* m_category;
    QCheckBox* m_urgent;
    QLineEdit* m_subject;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_steps;
    QLineEdit* m_pageUrl;
};

} // namespace dd
