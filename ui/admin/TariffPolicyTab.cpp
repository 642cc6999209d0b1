#include "ui/admin/TariffPolicyTab.h"

#include "ui/admin/AdministrationService.h"

#include "core/storage/TariffRepository.h"
#include "core/util/DurationText.h"
#include "core/util/MoscowTime.h"
#include "ui/admin/AdministrationWindow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setObjectName(name);
    widget->setHorizontalHeaderLabels(headers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    widget->horizontalHeader()->setStretchLastSection(true);
    return widget;
}

QLineEdit* line(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QPushButton* button(QWidget* parent, const QString& text, const QString& name)
{
    auto* push = new QPushButton(text, parent);
    push->setObjectName(name);
    return push;
}

} // namespace

TariffPolicyTab::TariffPolicyTab(const AdministrationService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_tariffs(table(this, QStringLiteral("tariffTable"),
                      { tr("Code"), tr("Name"), tr("Rate, ₽/h"), tr("Double rate ×") }))
    , m_code(line(this, QStringLiteral("tariffCodeEdit")))
    , m_name(line(this, QStringLiteral("tariffNameEdit")))
    , m_rate(line(this, QStringLiteral("tariffRateEdit")))
    , m_multiplier(line(this, QStringLiteral("tariffMultiplierEdit")))
    , m_policy(table(this, QStringLiteral("policyTable"),
                     { tr("Tariff"), tr("Level"), tr("Max reaction"), tr("Resolution target"), tr("In force since") }))
    , m_policyTariff(new QComboBox(this))
    , m_policyLevel(new QComboBox(this))
    , m_reaction(line(this, QStringLiteral("policyReactionEdit")))
    , m_resolution(line(this, QStringLiteral("policyResolutionEdit")))
    , m_outcome(new QLabel(this))
{
    m_policyTariff->setObjectName(QStringLiteral("policyTariffCombo"));
    m_policyLevel->setObjectName(QStringLiteral("policyLevelCombo"));
    for (SlaLevel level : { SlaLevel::Emergency, SlaLevel::Standard, SlaLevel::Urgent }) {
        m_policyLevel->addItem(slaLevelName(level), slaLevelId(level));
    }
    m_rate->setPlaceholderText(tr("1500 or 1500.50; empty: no rate"));
    m_multiplier->setPlaceholderText(QStringLiteral("2"));
    m_reaction->setPlaceholderText(tr("4h, 90m, 1h30m"));
    m_resolution->setPlaceholderText(tr("empty: measured only"));
    m_outcome->setObjectName(QStringLiteral("tariffOutcome"));
    m_outcome->setWordWrap(true);

    auto* columns = new QHBoxLayout;
    QVBoxLayout* left = buildTariffColumn();
    QVBoxLayout* right = buildPolicyColumn();
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_outcome);
    connect(m_tariffs, &QTableWidget::itemSelectionChanged, this, &TariffPolicyTab::tariffSelected);
    connect(m_policy, &QTableWidget::itemSelectionChanged, this, &TariffPolicyTab::policySelected);
}

QVBoxLayout* TariffPolicyTab::buildTariffColumn()
{
    auto* tariffForm = new QFormLayout;
    tariffForm->addRow(tr("Code"), m_code);
    tariffForm->addRow(tr("Name"), m_name);
    tariffForm->addRow(tr("Hourly rate, ₽"), m_rate);
    tariffForm->addRow(tr("Double-rate multiplier"), m_multiplier);
    auto* tariffButtons = new QHBoxLayout;
    QPushButton* add = button(this, tr("Add tariff"), QStringLiteral("addTariffButton"));
    QPushButton* save = button(this, tr("Save tariff"), QStringLiteral("saveTariffButton"));
    tariffButtons->addWidget(add);
    tariffButtons->addWidget(save);
    tariffButtons->addStretch();
    connect(add, &QPushButton::clicked, this, &TariffPolicyTab::addTariff);
    connect(save, &QPushButton::clicked, this, &TariffPolicyTab::saveTariff);

    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Tariffs"), this));
    left->addWidget(m_tariffs, 1);
    left->addLayout(tariffForm);
    left->addLayout(tariffButtons);
    return left;
}

QVBoxLayout* TariffPolicyTab::buildPolicyColumn()
{
    auto* policyForm = new QFormLayout;
    policyForm->addRow(tr("Tariff"), m_policyTariff);
    policyForm->addRow(tr("Level"), m_policyLevel);
    policyForm->addRow(tr("Max reaction"), m_reaction);
    policyForm->addRow(tr("Resolution target"), m_resolution);
    QPushButton* apply = button(this, tr("Apply from now on"), QStringLiteral("applyPolicyButton"));
    apply->setToolTip(tr("Clocks that started earlier keep the times in force when they started."));
    connect(apply, &QPushButton::clicked, this, &TariffPolicyTab::applyPolicy);

    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("SLA policy in force"), this));
    right->addWidget(m_policy, 1);
    right->addLayout(policyForm);
    right->addWidget(apply, 0, Qt::AlignLeft);
    return right;
}

void TariffPolicyTab::reload()
{
    auto tariffs = m_service.tariffs();
    auto policy = m_service.policyInForce();
    if (!tariffs || !policy) {
        showOutcome(m_outcome, (tariffs ? policy.error() : tariffs.error()).message, {});
        return;
    }
    const QString keepTariff = m_policyTariff->currentText();
    m_tariffs->setRowCount(0);
    m_policyTariff->clear();
    for (const Tariff& tariff : *tariffs) {
        const int row = m_tariffs->rowCount();
        m_tariffs->insertRow(row);
        const QStringList cells { tariff.code, tariff.name,
                                  tariff.hourlyRateKopecks ? TariffRepository::formatRate(tariff.hourlyRateKopecks)
                                                           : tr("none"),
                                  QString::number(tariff.doubleRatePercent / 100.0) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, tariff.version);
            m_tariffs->setItem(row, column, item);
        }
        m_policyTariff->addItem(tariff.code);
    }
    m_policyTariff->setCurrentText(keepTariff);
    m_policy->setRowCount(0);
    for (const PolicyRow& rowData : *policy) {
        const int row = m_policy->rowCount();
        m_policy->insertRow(row);
        const QStringList cells { rowData.tariff, slaLevelName(rowData.level), durationText(rowData.maxReaction),
                                  rowData.resolutionTarget ? durationText(*rowData.resolutionTarget) : tr("none"),
                                  rowData.validFrom.toSecsSinceEpoch() == 0 ? tr("the start")
                                                                            : formatMoscowIso(rowData.validFrom) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, rowData.id);
            item->setData(Qt::UserRole + 1, slaLevelId(rowData.level));
            m_policy->setItem(row, column, item);
        }
    }
}

void TariffPolicyTab::tariffSelected()
{
    const int row = m_tariffs->currentRow();
    if (row < 0) {
        return;
    }
    m_code->setText(m_tariffs->item(row, 0)->text());
    m_name->setText(m_tariffs->item(row, 1)->text());
    const QString rate = m_tariffs->item(row, 2)->text();
    m_rate->setText(rate == tr("none") ? QString() : rate);
    m_multiplier->setText(m_tariffs->item(row, 3)->text());
    m_tariffVersion = m_tariffs->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void TariffPolicyTab::policySelected()
{
    const int row = m_policy->currentRow();
    if (row < 0) {
        return;
    }
    m_policyTariff->setCurrentText(m_policy->item(row, 0)->text());
    m_policyLevel->setCurrentIndex(m_policyLevel->findData(m_policy->item(row, 0)->data(Qt::UserRole + 1)));
    m_reaction->setText(m_policy->item(row, 2)->text());
    const QString resolution = m_policy->item(row, 3)->text();
    m_resolution->setText(resolution == tr("none") ? QString() : resolution);
    m_policyRowId = m_policy->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void TariffPolicyTab::addTariff()
{
    std::optional<qint64> rate;
    if (!m_rate->text().trimmed().isEmpty()) {
        auto parsed = TariffRepository::parseRate(m_rate->text());
        if (!parsed) {
            showOutcome(m_outcome, parsed.error().message, {});
            return;
        }
        rate = *parsed;
    }
    const int percent = m_multiplier->text().isEmpty() ? 200 : qRound(m_multiplier->text().toDouble() * 100);
    const Status added = m_service.addTariff(Tariff { m_code->text().trimmed(), m_name->text(), rate, percent, 0 });
    showOutcome(m_outcome, added ? QString() : added.error().message, tr("Tariff %1 added.").arg(m_code->text()));
    if (added) {
        reload();
        emit changed();
    }
}

void TariffPolicyTab::saveTariff()
{
    TariffChange change;
    change.name = m_name->text();
    if (m_rate->text().trimmed().isEmpty()) {
        change.hourlyRateKopecks = std::optional<qint64>();
    } else if (auto parsed = TariffRepository::parseRate(m_rate->text())) {
        change.hourlyRateKopecks = std::optional<qint64>(*parsed);
    } else {
        showOutcome(m_outcome, parsed.error().message, {});
        return;
    }
    bool ok = false;
    const double multiplier = m_multiplier->text().replace(u',', u'.').toDouble(&ok);
    if (!ok) {
        showOutcome(m_outcome, tr("the double-rate multiplier is a number like 2 or 1.5"), {});
        return;
    }
    change.doubleRatePercent = qRound(multiplier * 100);
    const Status saved = m_service.updateTariff(m_code->text().trimmed(), change, m_tariffVersion);
    showOutcome(m_outcome, saved ? QString() : saved.error().message, tr("Tariff %1 saved.").arg(m_code->text()));
    if (saved) {
        reload();
        m_tariffVersion.reset();
        emit changed();
    }
}

void TariffPolicyTab::applyPolicy()
{
    const auto reaction = parseDurationText(m_reaction->text());
    if (!reaction) {
        showOutcome(m_outcome, tr("Max reaction: %1").arg(reaction.error().message), {});
        return;
    }
    std::optional<qint64> resolution;
    if (!m_resolution->text().trimmed().isEmpty()) {
        const auto parsed = parseDurationText(m_resolution->text());
        if (!parsed) {
            showOutcome(m_outcome, tr("Resolution target: %1").arg(parsed.error().message), {});
            return;
        }
        resolution = *parsed;
    }
    const auto level = parseSlaLevel(m_policyLevel->currentData().toString());
    const Status applied
        = m_service.setPolicy(m_policyTariff->currentText(), *level, *reaction, resolution, m_policyRowId);
    showOutcome(m_outcome, applied ? QString() : applied.error().message,
                tr("The new times apply to clocks starting from now; earlier clocks keep theirs."));
    if (applied) {
        m_policyRowId.reset();
        reload();
        emit changed();
    }
}

} // namespace dd
