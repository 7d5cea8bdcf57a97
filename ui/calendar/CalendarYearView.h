// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CalendarAdministration.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

class MonthGrid;

// R-WORKDAY: the working-day calendar of one year, twelve month grids with
// working days, days off, holidays and worked days told apart by colour
// (and exceptions in bold) and a legend; a day's note is its tooltip. The
// years the calendar covers are named above. An administrator changes a
// day by a click, Enter or Space (CalendarDayDialog), imports a calendar
// file after a preview of the years it replaces, and everyone may export a
// year or all years as CSV. Page "Calendar" of Tools > Administration.
class CalendarYearView : public QWidget
{
    Q_OBJECT
public:
    CalendarYearView(const store::Database &db, cases::Session session, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);
    MonthGrid *month(int month) const { return m_months.value(month - 1); }
    // Reads the calendar again.
    void reload();

    // Opens the day's dialog (an administrator's only); true when it changed the day.
    bool editDay(const QDate &day);
    // Reads `path`, shows what it replaces and asks; true when it was
    // imported. A file that cannot be read or parsed is refused in the
    // message line with its line number, and nothing is written.
    bool importFile(const QString &path);
    // Writes the CSV of `year` (0: every year) to `path`; false with the
    // reason in the message line.
    bool exportTo(const QString &path, int year);

signals:
    void calendarChanged(); // a day or an import changed the store

private:
    void chooseImport();
    void chooseExport(bool allYears);
    void showMessage(const QString &text, bool error);
    void focusAcross(const QDate &day);
    void buildMonths(int year);

    const store::Database &m_db;
    cases::CalendarAdministration m_calendar;
    QSpinBox *m_year;
    QLabel *m_covered, *m_yearNote, *m_message;
    QPushButton *m_import;
    QList<MonthGrid *> m_months;
    QWidget *m_grids;
    int m_builtYear = 0;
};

} // namespace ruqsat::ui
