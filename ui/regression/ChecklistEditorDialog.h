#pragma once

#include "core/domain/Actor.h"
#include "core/regression/RegressionService.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace dd {

class Database;

// Edits a project's regression checklist as text, one "slug: title" a line, the way
// `dutydeskctl testing checklist --set` reads it. Runs already started keep their copy.
class ChecklistEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ChecklistEditorDialog(const Database& database, qint64 projectId, const QString& projectName, const Actor& actor,
                          QWidget* parent = nullptr);

signals:
    void checklistSaved(qint64 projectId);

public slots:
    // Validates and saves; on an error stays open and names the line.
    void save();
    void resetToDefault();

private:
    RegressionService m_testing;
    qint64 m_projectId;
    Actor m_actor;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dd
