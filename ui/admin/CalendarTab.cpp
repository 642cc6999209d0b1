#include "ui/admin/CalendarTab.h"

#include "ui/admin/AdministrationService.h"

#include "core/storage/CalendarRepository.h"
#include "core/util/Clock.h"
#include "core/util/MoscowTime.h"
#include "ui/admin/AdministrationWindow.h"
#include "ui/common/DateTimeFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

QDate today()
{
    return toMoscow(Clock::current().nowUtc()).date();
}

struct KindLook
{
    const char* id;
    QColor colour;
};

KindLook look(DayKind kind)
{
    switch (kind) {
    case DayKind::DayOff:
        return { "off", QColor(0xef, 0x9a, 0x9a) };
    case DayKind::Shortened:
        return { "shortened", QColor(0xff, 0xe0, 0x82) };
    case DayKind::WorkingWeekend:
        return { "working-weekend", QColor(0x90, 0xca, 0xf9) };
    case DayKind::Working:
        break;
    }
    return { "working", QColor(Qt::white) };
}

} // namespace

CalendarTab::CalendarTab(const AdministrationService& service, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_actor(actor)
    , m_year(new QSpinBox(this))
    , m_grid(new QTableWidget(12, 31, this))
    , m_day(new QDateEdit(this))
    , m_kind(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_warning(new QLabel(this))
    , m_outcome(new QLabel(this))
{
    m_year->setObjectName(QStringLiteral("calendarYearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(today().year());
    m_grid->setObjectName(QStringLiteral("calendarGrid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QStringList months;
    for (int month = 1; month <= 12; ++month) {
        months << QLocale().standaloneMonthName(month);
    }
    m_grid->setVerticalHeaderLabels(months);
    m_day->setObjectName(QStringLiteral("calendarDayEdit"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(editorFormat(false));
    m_day->setDate(today());
    m_kind->setObjectName(QStringLiteral("calendarKindCombo"));
    m_kind->addItem(tr("Working day"), int(DayKind::Working));
    m_kind->addItem(tr("Day off"), int(DayKind::DayOff));
    m_kind->addItem(tr("Shortened day"), int(DayKind::Shortened));
    m_reason->setObjectName(QStringLiteral("calendarReasonEdit"));
    m_reason->setPlaceholderText(tr("a decree, a company decision"));
    m_warning->setObjectName(QStringLiteral("calendarWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    m_warning->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("calendarOutcome"));

    QHBoxLayout* top = buildToolbar();
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarTab::showYear);
    connect(m_grid, &QTableWidget::cellClicked, this, [this](int row, int column) {
        const QDate date(m_year->value(), row + 1, column + 1);
        if (date.isValid()) {
            m_day->setDate(date);
        }
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Day"), m_day);
    form->addRow(tr("Becomes"), m_kind);
    form->addRow(tr("Reason"), m_reason);
    auto* apply = new QPushButton(tr("Change the day"), this);
    apply->setObjectName(QStringLiteral("applyDayButton"));
    connect(apply, &QPushButton::clicked, this, &CalendarTab::applyDay);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(top);
    layout->addWidget(m_grid, 1);
    layout->addLayout(form);
    layout->addWidget(apply, 0, Qt::AlignLeft);
    layout->addWidget(m_outcome);
}

QHBoxLayout* CalendarTab::buildToolbar()
{
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), this));
    top->addWidget(m_year);
    for (DayKind kind : { DayKind::DayOff, DayKind::Shortened, DayKind::WorkingWeekend }) {
        auto* legend = new QLabel(kind == DayKind::DayOff          ? tr("day off")
                                      : kind == DayKind::Shortened ? tr("shortened")
                                                                   : tr("working weekend"),
                                  this);
        legend->setStyleSheet(QStringLiteral("background: %1; padding: 2px 6px").arg(look(kind).colour.name()));
        top->addWidget(legend);
    }
    top->addStretch();
    auto* importButton = new QPushButton(tr("Import xmlcalendar…"), this);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    top->addWidget(importButton);
    top->addWidget(exportButton);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import a production calendar"), {}, tr("xmlcalendar (*.xml)"));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export the production calendar"),
                                           QStringLiteral("%1.xml").arg(m_year->value()), tr("xmlcalendar (*.xml)"));
        if (!path.isEmpty()) {
            exportFile(path);
        }
    });
    return top;
}

void CalendarTab::reload()
{
    auto calendar = m_service.calendar();
    if (!calendar) {
        showOutcome(m_outcome, calendar.error().message, {});
        return;
    }
    const auto end = calendarRunsOutSoon(*calendar, today());
    m_warning->setText(
        end ? tr("The production calendar ends on %1: import the next year's calendar.").arg(formatDate(*end))
            : QString());
    m_warning->setVisible(end.has_value());
    showYear();
}

void CalendarTab::showYear()
{
    auto calendar = m_service.calendar();
    const auto year = calendar ? calendar->year(m_year->value()) : Result<CalendarYear>(calendar.error());
    for (int month = 1; month <= 12; ++month) {
        for (int day = 1; day <= 31; ++day) {
            const QDate date(m_year->value(), month, day);
            auto* item = new QTableWidgetItem(date.isValid() ? QString::number(day) : QString());
            item->setTextAlignment(Qt::AlignCenter);
            if (date.isValid() && year) {
                const KindLook kind = look(year->kind(date));
                item->setBackground(kind.colour);
                item->setData(Qt::UserRole, QString::fromLatin1(kind.id));
            } else if (date.isValid()) {
                item->setBackground(QColor(0xe0, 0xe0, 0xe0)); // no calendar loaded
            }
            m_grid->setItem(month - 1, day - 1, item);
        }
    }
    showOutcome(m_outcome, year ? QString() : tr("No calendar for %1 is loaded.").arg(m_year->value()), {});
}

QString CalendarTab::shownKind(QDate date) const
{
    const QTableWidgetItem* item = m_grid->item(date.month() - 1, date.day() - 1);
    return date.year() == m_year->value() && item ? item->data(Qt::UserRole).toString() : QString();
}

void CalendarTab::applyDay()
{
    const QDate date = m_day->date();
    auto stored = m_service.setDay(date, DayKind(m_kind->currentData().toInt()), m_reason->text(), m_actor);
    showOutcome(m_outcome, stored ? QString() : stored.error().message,
                tr("%1 changed for everyone using this database.").arg(formatDate(date)));
    if (stored) {
        m_year->setValue(date.year());
        reload();
        emit changed();
    }
}

void CalendarTab::importFile(const QString& path)
{
    auto year = readXmlCalendarFile(path);
    if (!year) {
        showOutcome(m_outcome, year.error().toString(), {});
        return;
    }
    auto stored = m_service.saveYear(*year, CalendarSource::Imported, m_actor);
    showOutcome(m_outcome, stored ? QString() : stored.error().message,
                tr("The calendar for %1 is loaded.").arg(year->year()));
    if (stored) {
        m_year->setValue(year->year());
        reload();
        emit changed();
    }
}

void CalendarTab::exportFile(const QString& path)
{
    auto calendar = m_service.calendar();
    auto year = calendar ? calendar->year(m_year->value()) : Result<CalendarYear>(calendar.error());
    if (!year) {
        showOutcome(m_outcome, year.error().message, {});
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(writeXmlCalendar(*year)) < 0) {
        showOutcome(m_outcome, tr("cannot write %1: %2").arg(path, file.errorString()), {});
        return;
    }
    showOutcome(m_outcome, {}, tr("Exported %1 to %2.").arg(m_year->value()).arg(path));
}

} // namespace dd
