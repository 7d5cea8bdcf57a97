// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShippedCalendar.h"

#include "domain/CalendarCsv.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace ruqsat::test {

QList<domain::CalendarException> shippedCalendarRows()
{
    QList<domain::CalendarException> rows;
    const QDir dir(QStringLiteral(":/calendar"));
    for (const QString &name : dir.entryList({QStringLiteral("kz-*.csv")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(name));
        const auto csv = domain::CalendarCsv::parse(f.readAll());
        if (!csv.ok())
            qFatal("%s: %s", qPrintable(name), qPrintable(csv.error));
        rows += csv.rows;
    }
    return rows;
}

domain::WorkCalendar shippedCalendar()
{
    return domain::WorkCalendar(shippedCalendarRows());
}

} // namespace ruqsat::test
