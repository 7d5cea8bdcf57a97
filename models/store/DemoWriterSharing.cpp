// SPDX-License-Identifier: GPL-3.0-or-later
// The part of DemoWriter that lets two demo runs write to one store at once:
// each batch takes its numbers and IINs inside its own transaction, after
// the other runs' batches.
#include "Database.h"
#include "DemoWriter.h"
#include "Query.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <limits>

namespace ruqsat::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::store::DemoWriter)
};

// Serialises the transactions of demo writers on one PostgreSQL database;
// clerks never take it. (SchemaMigrator uses 72707.)
constexpr int kDemoWriterLockKey = 72708;
// IINs looked up per statement.
constexpr qsizetype kIinsPerLookup = 400;

// The counter a number was taken from, named as CaseRepository and
// PermitRepository name them: registry numbers YYYY-NNNNNN come from
// "registry-YYYY", permit numbers KK-YYYY-NNNNNN from "permit-KK-YYYY-".
QString counterOf(const QString &number, bool permit)
{
    const QString prefix = number.left(number.lastIndexOf(u'-') + 1);
    return permit ? QLatin1String("permit-") + prefix
                  : QLatin1String("registry-") + prefix.chopped(1);
}

qint64 sequenceOf(const QString &number)
{
    return number.mid(number.lastIndexOf(u'-') + 1).toLongLong();
}

QString shifted(const QString &number, qint64 by)
{
    return number.left(number.lastIndexOf(u'-') + 1) +
           QStringLiteral("%1").arg(sequenceOf(number) + by, 6, 10, QLatin1Char('0'));
}

// Calls `visit(number, isPermit)` for every number of the batch.
template <typename Visit> void forEachNumber(QList<demo::DemoFile> &files, Visit visit)
{
    for (demo::DemoFile &file : files)
        for (demo::DemoCase &c : file.cases) {
            if (!c.application.registryNumber.isEmpty())
                visit(c.application.registryNumber, false);
            if (c.permit)
                visit(c.permit->number, true);
        }
}

} // namespace

void DemoWriter::excludeOtherDemoWriters() const
{
    if (!m_db.dialect().isSqlite())
        Query(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(:key)"))
            .bind(QStringLiteral(":key"), kDemoWriterLockKey)
            .exec();
}

void DemoWriter::takeNumbers(QList<demo::DemoFile> &files) const
{
    // The generator counts from the counters as it last saw them, so a
    // batch's numbers of one counter run without gaps from its lowest.
    struct Use
    {
        qint64 lowest = std::numeric_limits<qint64>::max();
        qint64 count = 0;
    };
    QHash<QString, Use> uses;
    forEachNumber(files, [&uses](QString &number, bool permit) {
        Use &use = uses[counterOf(number, permit)];
        use.lowest = std::min(use.lowest, sequenceOf(number));
        ++use.count;
    });
    // The block is taken like nextCounterValue takes one number: on the row
    // of the counter, which a deciding clerk's transaction waits for too.
    Query take(m_db, QStringLiteral("INSERT INTO counters (name, value) VALUES (:name, :n) "
                                    "ON CONFLICT (name) DO UPDATE SET value = counters.value + :n "
                                    "RETURNING value"));
    QHash<QString, qint64> shifts;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        const qint64 last = take.bind(QStringLiteral(":name"), it.key())
                                .bind(QStringLiteral(":n"), it->count)
                                .scalar()
                                .toLongLong();
        if (const qint64 by = last - it->count + 1 - it->lowest; by != 0)
            shifts.insert(it.key(), by);
    }
    if (shifts.isEmpty())
        return; // the numbers the generator counted on were free
    forEachNumber(files, [&shifts](QString &number, bool permit) {
        number = shifted(number, shifts.value(counterOf(number, permit)));
    });
}

QSet<QString> DemoWriter::takenIins(const QStringList &iins) const
{
    QSet<QString> taken;
    for (qsizetype from = 0; from < iins.size(); from += kIinsPerLookup) {
        const QStringList chunk = iins.mid(from, kIinsPerLookup);
        QStringList marks;
        QVariantMap values;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            marks << QStringLiteral(":i%1").arg(i);
            values.insert(marks.last(), chunk.at(i));
        }
        for (const char *table : {"employers", "immigrants"}) {
            Query q(m_db, QStringLiteral("SELECT iin FROM %1 WHERE iin IN (%2)")
                              .arg(QLatin1String(table), marks.join(QLatin1String(", "))));
            q.bind(values).exec();
            while (q.next())
                taken.insert(q.value(0).toString());
        }
    }
    return taken;
}

void DemoWriter::avoidTakenIins(QList<demo::DemoFile> &files, const IinReplacer &replaceIin) const
{
    QStringList iins;
    for (const demo::DemoFile &file : files) {
        if (!file.immigrant.iin.isEmpty())
            iins << file.immigrant.iin;
        iins << file.employer.iin;
    }
    const QSet<QString> taken = takenIins(iins);
    if (taken.isEmpty())
        return;
    if (!replaceIin)
        throw StoreError(StoreError::Kind::Conflict,
                         Tr::tr("Another writer gave out an IIN of this batch meanwhile."));
    for (demo::DemoFile &file : files)
        for (const QString &iin : {file.immigrant.iin, file.employer.iin})
            if (taken.contains(iin))
                replaceIin(file, iin);
    // A replacement is new to the generator, not necessarily to the store.
    avoidTakenIins(files, replaceIin);
}

} // namespace ruqsat::store
