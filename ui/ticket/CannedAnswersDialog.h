#pragma once

#include "core/storage/ReplyTemplates.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace dd {

class TicketService;

// Ticket → Canned answers…: the shared reply templates, read by everyone, written by
// managers (the storage refuses others, and the refusal is shown). Saving is versioned:
// an answer changed meanwhile on another desktop is not overwritten, the text is kept.
class CannedAnswersDialog : public QDialog
{
    Q_OBJECT

public:
    CannedAnswersDialog(const TicketService& service, QWidget* parent = nullptr);

    QString outcome() const;

public slots:
    void reload();
    void save();
    void startNew();

private:
    void showTemplate(int row);

    const TicketService& m_service;
    QList<ReplyTemplate> m_templates;
    QListWidget* m_list;
    QLineEdit* m_title;
    QPlainTextEdit* m_body;
    QLabel* m_outcome;
    qint64 m_editingId = 0; // 0: a new answer
    qint64 m_editingVersion = 0;
};

} // namespace dd
