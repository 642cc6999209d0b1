#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace dd {

class ReportsService;

// Reports → Monthly report… (issue 18): a client's month as PDF or CSV, written by the
// same core code as `dutydeskctl report month`, in the interface language (the CSV with
// the language's column titles and words, not the codes).
class MonthlyReportDialog : public QDialog
{
    Q_OBJECT

public:
    MonthlyReportDialog(const ReportsService& service, qint64 now, QWidget* parent = nullptr);

    QString fileName() const;

signals:
    void reportWritten(const QString& path);

public slots:
    // Writes the report; false (with the reason shown under the form) when it could not.
    bool create();

private slots:
    void browse();
    void suggestFileName();

private:
    void fillChoices();
    QFormLayout* createForm();
    QDate month() const;

    const ReportsService& m_service;
    qint64 m_now;
    QComboBox* m_month;
    QComboBox* m_client;
    QRadioButton* m_pdf;
    QRadioButton* m_csv;
    QLineEdit* m_file;
    QLabel* m_outcome;
    bool m_fileTyped = false; // the engineer chose a name: suggestions stop
};

} // namespace dd
