// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlDialect.h"

#include <QTimeZone>

namespace ruqsat::store {

QString SqlDialect::schemaFolder() const
{
    return isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString SqlDialect::beginWrite() const
{
    return isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::lockRows() const
{
    return isSqlite() ? QString() : QStringLiteral(" FOR UPDATE");
}

QVariant SqlDialect::time(const QDateTime &t) const
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<QString>());
    const QDateTime utc = t.toUTC();
    if (isSqlite())
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    // QPSQL inlines the literal; an explicit offset keeps it exact.
    return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz+00"));
}

QDateTime SqlDialect::timeFrom(const QVariant &v) const
{
    if (v.isNull())
        return {};
    if (v.metaType() == QMetaType::fromType<QDateTime>())
        return v.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

QString SqlDialect::dayPlusSeconds(const QString &dateExpr, const QString &placeholder) const
{
    if (isSqlite()) // the stored text form of a moment (time() above)
        return QLatin1String("strftime('%Y-%m-%dT%H:%M:%fZ', ") + dateExpr + QLatin1String(", ") +
               placeholder + u')';
    // date + interval is a timestamp without zone: read it as UTC.
    return QLatin1String("((") + dateExpr + QLatin1String(" + CAST(") + placeholder +
           QLatin1String(" AS interval)) AT TIME ZONE 'UTC')");
}

QVariant SqlDialect::date(const QDate &d)
{
    if (!d.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // Written by hand: QDate::toString goes through printf, and bulk writes
    // bind millions of dates (8% of a demo run).
    char text[10];
    const auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = '-';
    put(5, d.month(), 2);
    text[7] = '-';
    put(8, d.day(), 2);
    return QString::fromLatin1(text, 10);
}

QDate SqlDialect::dateFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType() == QMetaType::fromType<QDate>())
        return v.toDate();
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace ruqsat::store
