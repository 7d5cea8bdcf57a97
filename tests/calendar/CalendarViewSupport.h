// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the calendar view's widget tests share: the sessions, the store's
// calendar and audit rows, the days as the view shows them, files.
#include "WidgetSupport.h"
#include "calendar/CalendarYearView.h"
#include "calendar/MonthGrid.h"
#include "cases/Session.h"
#include "domain/WorkCalendar.h"
#include "store/CalendarRepository.h"
#include "store/Query.h"

#include <QFile>
#include <QLabel>
#include <QTableWidgetItem>
#include <QTemporaryDir>
#include <QTest>

namespace ruqsat::test::calendarview {

using DayKind = ui::MonthGrid::DayKind;
using records::Role;

inline cases::Session admin()
{
    return {QString(), QStringLiteral("admin1"), Role::Admin, {}};
}

inline qint64 auditRows(const store::Database &db)
{
    return store::Query(db, QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toLongLong();
}

inline QByteArray calendarRows(const store::Database &db)
{
    return domain::CalendarCsv::format(store::CalendarRepository(db).all());
}

inline QTableWidgetItem *cellOf(ui::CalendarYearView &view, QDate day)
{
    return view.month(day.month())->itemOf(day);
}

inline DayKind kindShown(ui::CalendarYearView &view, QDate day)
{
    return DayKind(cellOf(view, day)->data(ui::MonthGrid::kKindRole).toInt());
}

inline void clickDay(ui::CalendarYearView &view, QDate day)
{
    ui::MonthGrid *grid = view.month(day.month());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                      grid->visualItemRect(grid->itemOf(day)).center());
}

inline QString message(QWidget *view)
{
    return test::child<QLabel>(view, "calendarMessage")->text();
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace ruqsat::test::calendarview
