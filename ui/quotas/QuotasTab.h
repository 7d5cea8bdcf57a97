// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "quotas/QuotaDesk.h"

#include <QDate>
#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// The Quotas tab, for every role (R-QUOTA): each region's quota of a year
// with its limit, permits in force, reserved and free places, a warning
// where 10% or less is free, and the chosen quota's use across the months
// of the year against its limit. "Change limit..." (administrators only)
// opens the administrators' quotas page on the tab's year.
class QuotasTab : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        RegionColumn,
        YearColumn,
        LimitColumn,
        InForceColumn,
        ReservedColumn,
        FreeColumn,
        WarningColumn,
        ColumnCount
    };

    QuotasTab(const store::Database &db, const cases::Session &session, QWidget *parent = nullptr);

    void setSession(const cases::Session &session);
    // Reads the quotas again, as of `today` (invalid: the current date).
    void refresh(const QDate &today = {});
    void setYear(int year);
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_chart; }
    const QList<quotas::QuotaFigures> &figures() const { return m_figures; }

private:
    void showUse();
    void changeLimit();

    const store::Database &m_db;
    cases::Session m_session;
    QDate m_today;
    QList<quotas::QuotaFigures> m_figures;
    QSpinBox *m_year;
    QPushButton *m_change;
    QLabel *m_empty;
    QTableWidget *m_table;
    QChartView *m_chart;
};

} // namespace ruqsat::ui
