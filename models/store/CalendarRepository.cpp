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

QList<int> CalendarRepository::coveredYears() const
{
    // A few dozen rows a year: reading the days is simpler than a year
    // function that differs between the dialects (date vs text).
    QList<int> years;
    Query q(m_db, QStringLiteral("SELECT day FROM calendar_exceptions ORDER BY day"));
    q.exec();
    while (q.next()) {
        const int y = SqlDialect::dateFrom(q.value(0)).year();
        if (years.isEmpty() || years.constLast() != y)
            years << y;
    }
    return years;
}

bool CalendarRepository::covers(int year) const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM calendar_exceptions "
                                      "WHERE day >= :from AND day <= :to"))
               .bind(QStringLiteral(":from"), SqlDialect::date(QDate(year, 1, 1)))
               .bind(QStringLiteral(":to"), SqlDialect::date(QDate(year, 12, 31)))
               .scalar()
               .toInt() > 0;
}

bool CalendarRepository::setDay(QDate day, std::optional<CalendarException::Kind> kind,
                                const QString &note, const QString &actor) const
{
    Transaction tx(m_db);
    const QList<CalendarException> existing = select(
        QStringLiteral("WHERE day = :day"), {{QStringLiteral(":day"), SqlDialect::date(day)}});
    const std::optional<CalendarException> before =
        existing.isEmpty() ? std::nullopt : std::optional(existing.first());
    const QString after = kind ? note : QString();
    if (before.has_value() == kind.has_value() &&
        (!before || (before->kind == *kind && before->note == after)))
        return false;
    if (kind) {
        Query(m_db, QStringLiteral("INSERT INTO calendar_exceptions (day, kind, note) "
                                   "VALUES (:day, :kind, :note) ON CONFLICT (day) DO UPDATE "
                                   "SET kind = excluded.kind, note = excluded.note"))
            .bind(QStringLiteral(":day"), SqlDialect::date(day))
            .bind(QStringLiteral(":kind"), domain::calendarKindName(*kind))
            .bind(QStringLiteral(":note"), after)
            .exec();
    } else {
        Query(m_db, QStringLiteral("DELETE FROM calendar_exceptions WHERE day = :day"))
            .bind(QStringLiteral(":day"), SqlDialect::date(day))
            .exec();
    }
    // An ordinary day has no kind: null, as a field that was not set.
    const auto kindValue = [](const std::optional<CalendarException::Kind> &k) {
        return k ? QJsonValue(domain::calendarKindName(*k)) : QJsonValue();
    };
    AuditLog(m_db).append(
        actor, QStringLiteral("calendar"), day.toString(Qt::ISODate), QStringLiteral("set_day"),
        {{QStringLiteral("kind"),
          QJsonObject{{QStringLiteral("before"),
                       kindValue(before ? std::optional(before->kind) : std::nullopt)},
                      {QStringLiteral("after"), kindValue(kind)}}},
         {QStringLiteral("note"),
          QJsonObject{{QStringLiteral("before"), before ? before->note : QString()},
                      {QStringLiteral("after"), after}}}});
    tx.commit();
    return true;
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
