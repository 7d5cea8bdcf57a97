// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceData.h"

#include "CalendarRepository.h"
#include "Database.h"
#include "Query.h"

#include <QFile>

namespace ruqsat::store {

QList<QStringList> readResourceCsv(const QString &resource)
{
    QList<QStringList> rows;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows << lines.at(i).trimmed().split(u',');
    return rows;
}

namespace {

bool isEmpty(const Database &db, const QString &table)
{
    return Query(db, QLatin1String("SELECT count(*) FROM ") + table).scalar().toInt() == 0;
}

void seedRegions(const Database &db)
{
    Query insert(db, QStringLiteral("INSERT INTO regions (kato, kind, name_kk, name_ru, name_en) "
                                    "VALUES (:kato, :kind, :kk, :ru, :en)"));
    for (const QStringList &row : readResourceCsv(QStringLiteral(":/reference/regions.csv"))) {
        insert.bind(QStringLiteral(":kato"), row.value(0))
            .bind(QStringLiteral(":kind"), row.value(1))
            .bind(QStringLiteral(":kk"), row.value(2))
            .bind(QStringLiteral(":ru"), row.value(3))
            .bind(QStringLiteral(":en"), row.value(4))
            .exec();
    }
}

void seedCountries(const Database &db)
{
    Query insert(
        db, QStringLiteral("INSERT INTO countries (code, name_kk, name_ru, name_en, name_ru_gen) "
                           "VALUES (:code, :kk, :ru, :en, :ru_gen)"));
    for (const QStringList &row : readResourceCsv(QStringLiteral(":/reference/countries.csv"))) {
        insert.bind(QStringLiteral(":code"), row.value(0))
            .bind(QStringLiteral(":kk"), row.value(1))
            .bind(QStringLiteral(":ru"), row.value(2))
            .bind(QStringLiteral(":en"), row.value(3))
            .bind(QStringLiteral(":ru_gen"), row.value(4)) // «гражданина Китая» (Appendix 1)
            .exec();
    }
}

} // namespace

void seedReferenceData(const Database &db)
{
    const bool regions = isEmpty(db, QStringLiteral("regions"));
    const bool countries = isEmpty(db, QStringLiteral("countries"));
    const bool calendar = isEmpty(db, QStringLiteral("calendar_exceptions"));
    if (!regions && !countries && !calendar)
        return;
    Transaction tx(db);
    if (regions)
        seedRegions(db);
    if (countries)
        seedCountries(db);
    if (calendar)
        CalendarRepository(db).seedShippedCalendar();
    tx.commit();
}

} // namespace ruqsat::store
