// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoCase.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <functional>

namespace ruqsat::demo {

// The rules the generator needs, given by the caller so that demo data obey
// the same calendar and term rules as real cases.
struct DemoRules
{
    std::function<QDate(const QDate &, int)> addWorkingDays;       // R-DECISION-TERM, R-POLICE
    std::function<QDate(const QDate &, int)> permitLastDay;        // R-TERM: from, months -> last day
    std::function<QString(const QDate &, bool male, QRandomGenerator &)> makeIin; // a valid IIN
};

// Realistic synthetic cases spread over the two years before `today`: people
// of the usual citizenships, employers with valid IINs, every status and
// channel. The same seed gives the same data.
class DemoGenerator
{
public:
    DemoGenerator(quint32 seed, const QDate &today, DemoRules rules);

    // District ids per city KATO; the generator spreads cases over them.
    void setDistricts(const QHash<QString, QList<int>> &districtsByCityKato);
    // Numbers continue from these counters (registry per year, permit per region-year).
    void setCounters(const QHash<QString, qint64> &counters) { m_counters = counters; }
    // IINs already in the store: new people never get one of them.
    void setUsedIins(QSet<qint64> iins) { m_usedIins = std::move(iins); }
    const QHash<QString, qint64> &counters() const { return m_counters; }

    // The next person with one or two cases.
    DemoFile next();
    // Keeps only the issuance of a file; its permit is no longer extended.
    void keepFirstCaseOnly(DemoFile &file) const;
    // Gives the person of `file` whose IIN is `taken` (by someone else since
    // the file was made) another one of the same birth date and sex.
    void replaceIin(DemoFile &file, const QString &taken);

private:
    QString uuid();
    template <typename T> const T &pick(const QList<T> &list) { return list.at(m_rng.bounded(int(list.size()))); }
    QDateTime randomReceipt(int maxAgeDays);
    QString nextNumber(const QString &counter, const QString &prefix);
    QString uniqueIin(const QDate &birth, bool male);
    // People as of their first application, received on `firstReceipt` (a
    // local date): their documents were issued before it.
    records::Immigrant makeImmigrant(const QDate &firstReceipt);
    records::Employer makeEmployer(int districtId, const QString &address, const QDate &firstReceipt);
    DemoCase makeCase(const DemoFile &file, const QString &regionKato, const QDateTime &receivedAt,
                      records::ApplicationKind kind, const records::Permit *extended);
    void decide(DemoCase &c, int ageDays, const DemoFile &file, const records::Permit *extended);
    void fillChecklist(DemoCase &c, const records::Immigrant &immigrant);
    // `day` when it is a working day (R-WORKDAY), else the next one.
    QDate workingDayFrom(const QDate &day) const;

    QRandomGenerator m_rng;
    quint64 m_idPrefix = 0; // see uuid()
    quint64 m_idCount = 0;
    QDate m_today;
    DemoRules m_rules;
    QHash<QString, QList<int>> m_districts;
    QList<QString> m_cityKatos;
    QHash<QString, qint64> m_counters;
    QSet<qint64> m_usedIins; // as numbers: a million of them fit in ~40 MB
};

} // namespace ruqsat::demo
