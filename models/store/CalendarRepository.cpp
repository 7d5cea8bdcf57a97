// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace ruqsat::store {

using domain::CalendarException;

QList<CalendarException> CalendarRepository::select(const QString &where,
                                                    const QVariantMap &binds) const
{
    Query q(m_db, QLatin1String("SELECT day, kind, note FROM calendar_exceptions ") + where +
                      QLatin1String(" ORDER BY day"));
    q.bind(binds).exec();
    QList<CalendarException> rows;
    while (q.next()) {
        CalendarException row;
        row.day = SqlDialect::dateFrom(q.value(0));
        row.kind = q.value(1).toString() == QLatin1String("holiday")
                       ? CalendarException::Kind::Holiday
                       : CalendarException::Kind::Workday;
        row.note = q.value(2).toString();
        rows << row;
    }
    return rows;
}

QList<CalendarException> CalendarRepository::all() const
{
    return select({}, {});
}

QList<CalendarException> CalendarRepository::year(int year) const
{
    return select(QStringLiteral("WHERE day >= :from AND day <= :to"),
                  {{QStringLiteral(":from"), SqlDialect::date(QDate(year, 1, 1))},
                   {QStringLiteral(":to"), SqlDialect::date(QDate(year, 12, 31))}});
}

void CalendarRepository::insert(const QList<CalendarException> &rows) const
{
    Query q(m_db, QStringLiteral("INSERT INTO calendar_exceptions (day, kind, note) "
                                 "VALUES (:day, :kind, :note)"));
    for (const CalendarException &row : rows) {
        q.bind(QStringLiteral(":day"), SqlDialect::date(row.day))
            .bind(QStringLiteral(":kind"), domain::calendarKindName(row.kind))
            .bind(QStringLiteral(":note"), row.note)
            .exec();
    }
}

void CalendarRepository::replaceYears(const domain::CalendarCsv &file, const QString &actor) const
{
    QList<int> years(file.years.begin(), file.years.end());
    std::sort(years.begin(), years.end());
    Transaction tx(m_db);
    // The days replaced and the days imported, for the audit row.
    auto days = [](const QList<CalendarException> &rows) {
        QJsonArray list;
        for (const CalendarException &row : rows)
            list.append(QString(row.day.toString(Qt::ISODate) + u' ' + domain::calendarKindName(row.kind)));
        return list;
    };
    QList<CalendarException> replaced;
    for (int y : years)
        replaced += year(y);
    Query remove(m_db, QStringLiteral("DELETE FROM calendar_exceptions WHERE day >= :from AND day <= :to"));
    QJsonArray yearList;
    for (int y : years) {
        remove.bind(QStringLiteral(":from"), SqlDialect::date(QDate(y, 1, 1)))
            .bind(QStringLiteral(":to"), SqlDialect::date(QDate(y, 12, 31)))
            .exec();
        yearList.append(y);
    }
    insert(file.rows);
    AuditLog(m_db).append(actor, QStringLiteral("calendar"), QStringLiteral("exceptions"),
                          QStringLiteral("import"),
                          {{QStringLiteral("years"), yearList},
                           {QStringLiteral("rows"), int(file.rows.size())},
                           {QStringLiteral("days"), QJsonObject{{QStringLiteral("before"), days(replaced)},
                                                                {QStringLiteral("after"), days(file.rows)}}}});
    tx.commit();
}

void CalendarRepository::seedShippedCalendar() const
{
    const QDir dir(QStringLiteral(":/calendar"));
    for (const QString &name : dir.entryList({QStringLiteral("kz-*.csv")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const auto file = domain::CalendarCsv::parse(f.readAll());
        // A shipped file is checked by tests; a broken one is never half-loaded.
        if (file.ok())
            insert(file.rows);
    }
}

} // namespace ruqsat::store
