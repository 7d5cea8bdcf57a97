// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/WorkCalendar.h"

#include <QColor>
#include <QTableWidget>

namespace ruqsat::ui {

// One month of the calendar's year view: weeks as rows, Monday to Sunday as
// columns. A day's cell is coloured by what it is (a working day, a day
// off, a holiday, a worked day), its note is its tooltip; a click, Enter or
// Space on a day emits dayChosen. Arrow keys move within the month and on
// into the month before or after (monthLeft).
class MonthGrid : public QTableWidget
{
    Q_OBJECT
public:
    enum class DayKind
    {
        Working,
        DayOff,
        Holiday,
        Worked
    };
    static constexpr int kDateRole = Qt::UserRole;
    static constexpr int kKindRole = Qt::UserRole + 1;

    MonthGrid(int year, int month, QWidget *parent = nullptr);

    void setCalendar(const domain::WorkCalendar &calendar);
    int month() const { return m_month; }
    // The cell of `day` (of this month); null for another month's day.
    QTableWidgetItem *itemOf(QDate day) const;
    // Makes `day` the current cell and gives the grid the focus.
    void focusDay(QDate day);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    static DayKind kindOf(const domain::WorkCalendar &calendar, QDate day);
    static QColor background(DayKind kind);
    static QColor foreground(DayKind kind);
    // The kind in words, in the screen's language (the legend and tooltips).
    static QString label(DayKind kind);

signals:
    void dayChosen(const QDate &day);
    // An arrow key left the month: `day` is the day it reached in another month.
    void monthLeft(const QDate &day);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QDate currentDay() const;
    QDate m_first;
    int m_month;
    int m_offset; // the column of the 1st, Monday = 0
    int m_cellWidth = 0, m_cellHeight = 0;
};

} // namespace ruqsat::ui
