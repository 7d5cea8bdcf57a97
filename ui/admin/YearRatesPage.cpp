// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearRatesPage.h"

#include "cases/Administration.h"

#include <QDate>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

YearRatesPage::YearRatesPage(const cases::Administration &admin, QWidget *parent)
    : AdminPage(admin, parent), m_table(new QTableWidget(0, 4, this)), m_year(new QSpinBox(this)),
      m_mci(new QSpinBox(this)), m_rate(new QDoubleSpinBox(this)),
      m_save(new QPushButton(tr("&Save the year"), this)), m_remove(new QPushButton(tr("&Remove the year"), this))
{
    setObjectName(QStringLiteral("yearRatesPage"));
    m_table->setObjectName(QStringLiteral("ratesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Year"), tr("MCI, tenge"), tr("IIT advance a month, in MCI"), tr("IIT advance a month, tenge")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_year->setObjectName(QStringLiteral("rateYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_mci->setObjectName(QStringLiteral("rateMci"));
    // Zero is allowed in the editor so that the store's own refusal explains it.
    m_mci->setRange(0, 10'000'000);
    m_mci->setGroupSeparatorShown(true);
    m_rate->setObjectName(QStringLiteral("rateIit"));
    m_rate->setRange(0, 1000);
    m_rate->setDecimals(2);
    m_save->setObjectName(QStringLiteral("saveRate"));
    m_remove->setObjectName(QStringLiteral("removeRate"));

    auto *form = new QFormLayout;
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("MCI of the year, tenge"), m_mci);
    form->addRow(tr("IIT advance a month, in MCI"), m_rate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    pageLayout()->addWidget(m_table, 1);
    pageLayout()->addLayout(form);
    pageLayout()->addLayout(buttons);
    finishLayout();

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &YearRatesPage::pick);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const domain::YearRate rate{m_year->value(), m_mci->value(), m_rate->value()};
        if (run([&] { m_admin.setYearRate(rate); }))
            reload();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int year = m_year->value();
        if (run([&] { m_admin.removeYearRate(year); }))
            reload();
    });
    lockForReaders(m_table, {m_year, m_mci, m_rate, m_save, m_remove});
    reload();
}

void YearRatesPage::reload()
{
    const QLocale locale;
    const auto rates = m_admin.yearRates();
    m_table->setRowCount(int(rates.size()));
    for (int row = 0; row < rates.size(); ++row) {
        const domain::YearRate &r = rates.at(row);
        auto *year = cell(QString::number(r.year));
        year->setData(Qt::UserRole, r.year);
        m_table->setItem(row, 0, year);
        m_table->setItem(row, 1, cell(locale.toString(r.mciKzt)));
        m_table->setItem(row, 2, cell(locale.toString(r.iitMonthMci)));
        m_table->setItem(row, 3, cell(locale.toString(qRound64(double(r.mciKzt) * r.iitMonthMci))));
    }
}

void YearRatesPage::pick()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int year = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toInt();
    for (const domain::YearRate &r : m_admin.yearRates())
        if (r.year == year) {
            m_year->setValue(r.year);
            m_mci->setValue(int(r.mciKzt));
            m_rate->setValue(r.iitMonthMci);
        }
}

} // namespace ruqsat::ui
