// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchText.h"

#include "Database.h"
#include "Query.h"
#include "domain/SearchFold.h"
#include "records/People.h"

#include <QStringList>

namespace ruqsat::store {

namespace {

// The fold with a space before every word, the first too: a word's start
// is then a space and its first letters, three characters a trigram index
// holds (" fe" for Feruza), so that "ismoilova fe" is looked up whole.
QString storedText(const QString &text)
{
    const QString folded = domain::foldForSearch(text);
    return folded.isEmpty() ? folded : u' ' + folded;
}

} // namespace

QString immigrantSearchText(const QString &surnameLat, const QString &givenNamesLat,
                            const QString &patronymicLat, const QString &surnameCyr,
                            const QString &givenNamesCyr, const QString &patronymicCyr,
                            const QString &passportSeries, const QString &passportNumber)
{
    // The passport number as one word; with the series before it too when
    // the number does not already start with it ("FA" and "FA1785502").
    const QString number = QString(passportNumber).remove(u' ');
    const QString series = QString(passportSeries).remove(u' ');
    QStringList words{surnameLat,    givenNamesLat, patronymicLat, surnameCyr,
                      givenNamesCyr, patronymicCyr, number};
    if (!series.isEmpty() && !number.startsWith(series, Qt::CaseInsensitive))
        words << series + number;
    return storedText(words.join(u' '));
}

QString immigrantSearchText(const records::Immigrant &p)
{
    return immigrantSearchText(p.surnameLat, p.givenNamesLat, p.patronymicLat, p.surnameCyr,
                               p.givenNamesCyr, p.patronymicCyr, p.passportSeries,
                               p.passportNumber);
}

QString employerSearchText(const records::Employer &e)
{
    return storedText(QStringList{e.surname, e.givenNames, e.patronymic}.join(u' '));
}

namespace {

// Reads the rows of `table` a batch at a time in id order (id, then the
// columns `text` takes) and writes each row's search text back by id: no
// statement reads a table while another writes it.
template <typename TextOf>
void fillTable(const Database &db, const QString &table, const QString &columns, TextOf text)
{
    constexpr int kBatch = 5000;
    Query rows(db, QLatin1String("SELECT id, ") + columns + QLatin1String(" FROM ") + table +
                       QLatin1String(" WHERE id > :after ORDER BY id LIMIT ") +
                       QString::number(kBatch));
    Query write(db, QLatin1String("UPDATE ") + table +
                        QLatin1String(" SET search_text = :text WHERE id = :id"));
    // Below every id: the empty text on SQLite, the nil UUID on PostgreSQL.
    QVariant after = db.dialect().isSqlite()
                         ? QString()
                         : QStringLiteral("00000000-0000-0000-0000-000000000000");
    for (;;) {
        QList<std::pair<QVariant, QString>> batch;
        rows.bind(QStringLiteral(":after"), after).exec();
        while (rows.next())
            batch.append({rows.value(0), text(rows)});
        for (const auto &[id, searchText] : batch)
            write.bind(QStringLiteral(":text"), searchText).bind(QStringLiteral(":id"), id).exec();
        if (batch.size() < kBatch)
            return;
        after = batch.last().first;
    }
}

} // namespace

void fillSearchText(const Database &db)
{
    fillTable(db, QStringLiteral("immigrants"),
              QStringLiteral("surname_lat, given_names_lat, patronymic_lat, surname_cyr, "
                             "given_names_cyr, patronymic_cyr, passport_series, passport_number"),
              [](const Query &q) {
                  return immigrantSearchText(q.value(1).toString(), q.value(2).toString(),
                                             q.value(3).toString(), q.value(4).toString(),
                                             q.value(5).toString(), q.value(6).toString(),
                                             q.value(7).toString(), q.value(8).toString());
              });
    fillTable(db, QStringLiteral("employers"), QStringLiteral("surname, given_names, patronymic"),
              [](const Query &q) {
                  records::Employer e;
                  e.surname = q.value(1).toString();
                  e.givenNames = q.value(2).toString();
                  e.patronymic = q.value(3).toString();
                  return employerSearchText(e);
              });
}

} // namespace ruqsat::store
