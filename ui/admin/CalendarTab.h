#pragma once

#include "core/domain/Actor.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace dd {

class AdministrationService;

// The production calendar as everyone using the database counts it: a year as a month
// grid (working, day off, shortened, working weekend), one day edited with a reason, an
// xmlcalendar file imported or exported, and a warning 60 days before the last loaded
// year ends.
class CalendarTab : public QWidget
{
    Q_OBJECT

public:
    CalendarTab(const AdministrationService& service, const Actor& actor, QWidget* parent = nullptr);

    // "off", "shortened", "working", "working-weekend" for a date on the grid.
    QString shownKind(QDate date) const;

signals:
    void changed();

public slots:
    void reload();
    void applyDay();
    // The buttons ask for a file, then call these (tests call them directly).
    void importFile(const QString& path);
    void exportFile(const QString& path);

private:
    // The year, the legend, import and export.
    QHBoxLayout* buildToolbar();
    void showYear();

    const AdministrationService& m_service;
    Actor m_actor;
    QSpinBox* m_year;
    QTableWidget* m_grid;
    QDateEdit* m_day;
    QComboBox* m_kind;
    QLineEdit* m_reason;
    QLabel* m_warning;
    QLabel* m_outcome;
};

} // namespace dd
