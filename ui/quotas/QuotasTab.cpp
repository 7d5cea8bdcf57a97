// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuotasTab.h"

#include "admin/QuotasPage.h"
#include "cases/Administration.h"
#include "common/HeaderFit.h"
#include "common/UrgencyDelegate.h"
#include "itemmodels/Roles.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace ruqsat::ui {

namespace {

QTableWidgetItem *item(const QString &text, bool number)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

// The months of the year along the x axis, by name in the screen's language.
QCategoryAxis *monthAxis()
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(1, 12);
    axis->setStartValue(1);
    for (int month = 1; month <= 12; ++month)
        axis->append(QLocale().standaloneMonthName(month, QLocale::ShortFormat), month);
    return axis;
}

// The axis of places, 0 to a little above `top`, ticked at whole places
// (1, 2 or 5 times a power of ten), so that no label repeats a rounded number.
QValueAxis *placesAxis(int top)
{
    const int rough = std::max(1, (top + 4) / 5);
    int step = 1;
    while (step * 5 < rough)
        step *= 10;
    step = rough <= step ? step : rough <= step * 2 ? step * 2 : step * 5;
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, (top / step + 1) * step); // room above the limit line
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    return axis;
}

} // namespace

QuotasTab::QuotasTab(const store::Database &db, const cases::Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_year(new QSpinBox(this)),
      m_change(new QPushButton(tr("&Change limit..."), this)), m_empty(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_chart(new QChartView(this))
{
    m_year->setObjectName(QStringLiteral("quotaTabYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2000, 2100); // the years the store keeps quotas for
    m_year->setValue(QDate::currentDate().year());
    m_change->setObjectName(QStringLiteral("changeLimit"));
    m_empty->setObjectName(QStringLiteral("noQuota"));
    m_empty->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("quotaTable"));
    m_table->setAccessibleName(tr("Quotas"));
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Year"), tr("Limit"), tr("In force"),
                                        tr("Reserved"), tr("Free"), tr("Warning")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chart->setObjectName(QStringLiteral("quotaChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Year"), this));
    row->addWidget(m_year);
    row->addStretch();
    row->addWidget(m_change);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { refresh(m_today); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &QuotasTab::showUse);
    connect(m_change, &QPushButton::clicked, this, &QuotasTab::changeLimit);
    setSession(session);
}

void QuotasTab::setSession(const cases::Session &session)
{
    m_session = session;
    // The core refuses the others' changes too; the screen does not offer them.
    m_change->setVisible(m_session.mayAdminister());
}

void QuotasTab::setYear(int year)
{
    m_year->setValue(year); // refreshes when it changes
}

void QuotasTab::refresh(const QDate &today)
{
    m_today = today;
    const int year = m_year->value();
    // The chosen region stays chosen when the figures are read again.
    const int current = m_table->currentRow();
    const int chosen =
        current >= 0 && current < m_figures.size() ? m_figures.at(current).quota.regionId : 0;
    m_figures = quotas::QuotaDesk(m_db).ofYear(year);
    const QColor warning = UrgencyDelegate::background(int(itemmodels::Urgency::Overdue));
    const QSignalBlocker quiet(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_figures.size()));
    int select = 0;
    for (int r = 0; r < m_figures.size(); ++r) {
        const quotas::QuotaFigures &f = m_figures.at(r);
        const records::Quota &q = f.quota;
        m_table->setItem(r, RegionColumn, item(f.regionName, false));
        m_table->setItem(r, YearColumn, item(QString::number(q.year), true));
        m_table->setItem(r, LimitColumn, item(QLocale().toString(q.quota), true));
        m_table->setItem(r, InForceColumn, item(QLocale().toString(q.issued), true));
        m_table->setItem(r, ReservedColumn, item(QLocale().toString(q.reserved), true));
        m_table->setItem(r, FreeColumn, item(QLocale().toString(q.free()), true));
        m_table->setItem(r, WarningColumn, item(quotas::QuotaDesk::warning(q), false));
        if (f.low)
            for (int column : {FreeColumn, WarningColumn})
                m_table->item(r, column)->setBackground(warning);
        if (q.regionId == chosen)
            select = r;
    }
    // Kazakh and Russian titles are longer than the numbers under them.
    fitSectionsToTitles(m_table->horizontalHeader());
    m_empty->setText(tr("No quota is set for %1.").arg(year));
    m_empty->setVisible(m_figures.isEmpty());
    if (!m_figures.isEmpty())
        m_table->selectRow(select);
    showUse();
}

void QuotasTab::showUse()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_figures.size()) {
        chart->setTitle(m_figures.isEmpty() ? m_empty->text() : QString());
    } else {
        const quotas::QuotaFigures &f = m_figures.at(row);
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        const QList<int> use = quotas::QuotaDesk(m_db).use(f.quota, today);
        chart->setTitle(
            tr("Permits issued on the quota of %1, %2").arg(f.regionName).arg(f.quota.year));
        auto *issued = new QLineSeries(chart);
        issued->setName(tr("Issued since 1 January"));
        int top = f.quota.quota;
        for (int i = 0; i < use.size(); ++i) {
            issued->append(i + 1, use.at(i));
            top = std::max(top, use.at(i));
        }
        issued->setPointsVisible(true);
        auto *limit = new QLineSeries(chart);
        limit->setName(tr("Limit"));
        limit->append(1, f.quota.quota);
        limit->append(12, f.quota.quota);
        QPen dashed(QColor(0xc0, 0x39, 0x2b));
        dashed.setStyle(Qt::DashLine);
        dashed.setWidth(2);
        limit->setPen(dashed);
        chart->addSeries(issued);
        chart->addSeries(limit);
        auto *x = monthAxis();
        auto *y = placesAxis(top);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries *s : {issued, limit}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart); // the view releases the old chart without deleting it
    delete old;
}

void QuotasTab::changeLimit()
{
    // The administrators' own page, so that the limit is set in one place
    // with the store's checks (never below the places taken).
    const cases::Administration admin(m_db, m_session);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("changeLimitDialog"));
    dialog.setWindowTitle(tr("Quotas of the regions"));
    auto *page = new QuotasPage(admin, &dialog);
    page->setYear(m_year->value());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    layout->addWidget(buttons);
    dialog.resize(640, 520);
    dialog.exec();
    refresh(m_today);
}

} // namespace ruqsat::ui
