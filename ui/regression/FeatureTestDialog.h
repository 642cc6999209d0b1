#pragma once

#include "core/domain/Actor.h"
#include "core/regression/RegressionService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace dd {

class Database;

// Attaches a tester to a ticket to test a feature (docs/rules.md#regression-testing: testers on request). The
// test then appears on the tester's schedule and is logged like a regression run.
class FeatureTestDialog : public QDialog
{
    Q_OBJECT

public:
    FeatureTestDialog(const Database& database, qint64 ticketId, const Actor& actor, QWidget* parent = nullptr);

signals:
    void featureTestRequested(qint64 runId);

public slots:
    void request();

private:
    RegressionService m_testing;
    qint64 m_ticketId;
    Actor m_actor;
    QComboBox* m_tester = nullptr;
    QDateEdit* m_due = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dd
