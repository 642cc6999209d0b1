#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QVBoxLayout;

namespace dd {

class AdministrationService;

// Tariffs (name, hourly rate, double-rate multiplier) and the SLA policy in force. A
// policy change adds a row valid from now: clocks that started earlier keep their times.
class TariffPolicyTab : public QWidget
{
    Q_OBJECT

public:
    explicit TariffPolicyTab(const AdministrationService& service, QWidget* parent = nullptr);

signals:
    void changed();

public slots:
    void reload();
    void addTariff();
    void saveTariff();
    void applyPolicy();

private:
    QVBoxLayout* buildTariffColumn();
    QVBoxLayout* buildPolicyColumn();
    void tariffSelected();
    void policySelected();

    const AdministrationService& m_service;
    QTableWidget* m_tariffs;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_rate;
    QLineEdit* m_multiplier;
    std::optional<qint64> m_tariffVersion;
    QTableWidget* m_policy;
    QComboBox* m_policyTariff;
    QComboBox* m_policyLevel;
    QLineEdit* m_reaction;
    QLineEdit* m_resolution;
    std::optional<qint64> m_policyRowId;
    QLabel* m_outcome;
};

} // namespace dd
