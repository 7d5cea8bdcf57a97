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

QVariant SqlDialect::date(const QDate &d)
{
    if (!d.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return d.toString(Qt::ISODate);
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
