#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Permissions.h"
#include "core/intake/QuarantineService.h"
#include "ui/common/DatabaseWorker.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace dd {

class Database;

// The console's view of mail the intake held back (docs/rules.md#tickets, #intake): a manager reads it and
// either files it as a ticket of a chosen project or discards it with a reason. The rules
// (what may be released, that a discard needs a reason, who did it) are QuarantineService's;
// this only shows its answers. Non-modal: it may stay open beside the queue. The list reads and
// parses every listed mail, so it is read on a worker thread with its own connection.
class QuarantineDialog : public QDialog
{
    Q_OBJECT

public:
    // `supportAddress` is the From of the acknowledgment a released mail gets — the same
    // address the intake daemon sends from.
    QuarantineDialog(const Database& database, const Actor& actor, const MailAddress& supportAddress,
                     QWidget* parent = nullptr);
    ~QuarantineDialog() override;

    // Selects the row of quarantined mail `id` in the current list; false when not listed.
    bool selectMail(qint64 quarantineId);
    // True from refresh() until its list is shown (listed).
    bool isListing() const { return m_listRequest != m_shownRequest; }

signals:
    void mailReleased(qint64 quarantineId, qint64 ticketId, qint64 ticketNumber);
    void mailDiscarded(qint64 quarantineId);
    // The list asked for by the last refresh() is shown.
    void listed();

public slots:
    // Reloads the list (after a live change of the quarantine table, say); the selection
    // stays on the same mail when it is still listed.
    void refresh();
    void release();
    void discard();

private slots:
    void showSelected();
    void fillProjects();

private:
    struct Preview
    {
        QString text;
        QString sender; // the From address, empty when unreadable
    };

    QHBoxLayout* createFilterRow();
    QSplitter* createMailView();
    QHBoxLayout* createReleaseRow();
    QHBoxLayout* createDiscardRow();
    QString currentStatus() const;
    qint64 selectedId() const;
    void showList(quint64 request, const Result<QList<QuarantineListItem>>& items, qint64 keep, int keepRow);
    Preview preview(qint64 id) const;
    void showError(const QString& message);
    void showInfo(const QString& message);
    void updateActions();

    Actor m_actor;
    Permissions m_permissions; // asked from the database once
    IntakeSettings m_settings;
    std::unique_ptr<QuarantineService> m_service;
    quint64 m_listRequest = 0;
    quint64 m_shownRequest = 0;
    QString m_selectedSender;
    qint64 m_senderClientId = 0; // the client the selected mail's sender writes for

    QComboBox* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QComboBox* m_project = nullptr;
    QCheckBox* m_allProjects = nullptr;
    QPushButton* m_release = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_discard = nullptr;
    QLabel* m_message = nullptr;
    DatabaseWorker m_worker; // last: it stops before the rest goes
};

} // namespace dd
