// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic demo data: reproducible from a seed, every status and channel,
// and a store that stays consistent (quotas, counters) batch by batch.
#include "TestStores.h"
#include "demo/DemoBatchMaker.h"
#include "demo/DemoGenerator.h"
#include "store/DemoWriter.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QSet>
#include <QTest>

using namespace ruqsat;

namespace {

// Rules injected for the test only: the generator takes them from the
// caller by design; the CLI passes the real calendar and term rules.
demo::DemoRules testRules()
{
    demo::DemoRules r;
    r.addWorkingDays = [](const QDate &from, int n) {
        QDate d = from;
        while (n > 0) {
            d = d.addDays(1);
            if (d.dayOfWeek() <= 5)
                --n;
        }
        return d;
    };
    r.permitLastDay = [](const QDate &from, int months) { return from.addMonths(months).addDays(-1); };
    r.makeIin = [](const QDate &birth, bool male, QRandomGenerator &rng) -> QString {
        return birth.toString(QStringLiteral("yyMMdd")) + (male ? u'3' : u'4') +
               QStringLiteral("%1").arg(rng.bounded(100000), 5, 10, QLatin1Char('0'));
    };
    return r;
}

qint64 scalar(const store::Database &db, const QString &sql)
{
    return store::Query(db, sql).scalar().toLongLong();
}

} // namespace

class TestDemoWriter : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameData()
    {
        const QHash<QString, QList<int>> districts{{QStringLiteral("750000000"), {1, 2}},
                                                   {QStringLiteral("710000000"), {3}}};
        demo::DemoGenerator a(42, QDate(2026, 11, 24), testRules());
        demo::DemoGenerator b(42, QDate(2026, 11, 24), testRules());
        demo::DemoGenerator c(43, QDate(2026, 11, 24), testRules());
        a.setDistricts(districts);
        b.setDistricts(districts);
        c.setDistricts(districts);
        for (int i = 0; i < 50; ++i) {
            const auto fa = a.next(), fb = b.next(), fc = c.next();
            QCOMPARE(fa.immigrant, fb.immigrant);
            QCOMPARE(fa.cases.size(), fb.cases.size());
            QCOMPARE(fa.cases.first().application, fb.cases.first().application);
            QVERIFY(fa.immigrant.id != fc.immigrant.id);
        }
    }

    // The batches made on their own thread are the generator's people in
    // its order, of at most the batch's size, ending on the number of cases
    // asked for; a maker dropped before its last batch stops.
    void batchMakerGivesTheGeneratorsPeopleInOrder()
    {
        const QHash<QString, QList<int>> districts{{QStringLiteral("750000000"), {1, 2}}};
        demo::DemoGenerator made(7, QDate(2026, 11, 24), testRules());
        demo::DemoGenerator alone(7, QDate(2026, 11, 24), testRules());
        made.setDistricts(districts);
        alone.setDistricts(districts);
        qint64 cases = 0;
        int batches = 0;
        {
            demo::DemoBatchMaker maker(made, 1001, 7);
            while (const auto batch = maker.next()) {
                ++batches;
                QVERIFY(!batch->isEmpty());
                QVERIFY(batch->size() <= 7);
                for (const demo::DemoFile &file : *batch) {
                    const demo::DemoFile expected = alone.next();
                    QCOMPARE(file.immigrant.id, expected.immigrant.id);
                    QCOMPARE(file.cases.first().application.id,
                             expected.cases.first().application.id);
                    cases += file.cases.size();
                }
            }
            QVERIFY(!maker.next()); // and stays at the end
        }
        QCOMPARE(cases, qint64(1001));
        QVERIFY(batches >= 1001 / (2 * 7));
        {
            demo::DemoBatchMaker dropped(made, 1'000'000, 50);
            QVERIFY(dropped.next());
        } // its thread waits for room for a third batch, and stops here
    }

    void writesConsistentStore_data() { test::addBackendRows(); }
    void writesConsistentStore()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        store::DemoWriter writer(*db);
        demo::DemoGenerator gen(7, QDate(2026, 11, 24), testRules());
        gen.setDistricts(writer.ensureCityDistricts(QStringLiteral("demo")));
        QCOMPARE(writer.ensureCityDistricts(QStringLiteral("demo")).value(QStringLiteral("750000000")).size(), 8);
        gen.setCounters(writer.counters());
        int cases = 0;
        for (int batch = 0; batch < 3; ++batch) {
            QList<demo::DemoFile> files;
            for (int i = 0; i < 150; ++i) {
                files << gen.next();
                cases += int(files.last().cases.size());
            }
            writer.writeBatch(files, QStringLiteral("demo"));
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications")), cases);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM immigrants")), 450);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'demo'")), 3);
        // Every status the register will filter on, and every channel.
        for (const char *status : {"draft", "submitted", "accepted", "police_check", "refused_intake", "issued",
                                   "extended", "refused", "withdrawn"})
            QVERIFY2(scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE status = '%1'")
                                     .arg(QLatin1String(status))) > 0, status);
        for (const char *channel : {"state_corporation", "egov", "enbek"})
            QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE channel = '%1'")
                                    .arg(QLatin1String(channel))) > 0);
        for (const char *status : {"in_force", "expired", "extended"})
            QVERIFY2(scalar(*db, QStringLiteral("SELECT count(*) FROM permits WHERE status = '%1'")
                                     .arg(QLatin1String(status))) > 0, status);
        // R-QUOTA: each quota counts exactly its permits in force, within its places.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM quotas q WHERE q.issued <> (SELECT count(*) "
                                            "FROM permits p WHERE p.quota_id = q.id AND p.status = 'in_force')")), 0);
        QVERIFY(scalar(*db, QStringLiteral("SELECT sum(issued) FROM quotas")) > 0);
        // Numbers are unique and the counters are past them: the next real
        // permit or case does not collide with demo data.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT registry_number) FROM applications "
                                            "WHERE registry_number IS NOT NULL")),
                 scalar(*db, QStringLiteral("SELECT count(registry_number) FROM applications")));
        for (auto it = gen.counters().constBegin(); it != gen.counters().constEnd(); ++it)
            QCOMPARE(scalar(*db, QStringLiteral("SELECT value FROM counters WHERE name = '%1'").arg(it.key())),
                     it.value());
        // Extensions point at a permit of the same immigrant and keep its chain start.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM permits e JOIN permits f ON e.extends_permit_id = f.id "
                                            "WHERE e.immigrant_id <> f.immigrant_id OR e.chain_start <> f.chain_start "
                                            "OR e.quota_id <> f.quota_id")), 0);
    }

    // Two demo runs on one store (here two writers on two connections, their
    // batches interleaved): each generator counts numbers from the counters
    // it read at its start, so the second run's batch counted on numbers the
    // first had taken. The writer takes them again in its transaction.
    void twoRunsTakeTheirOwnNumbers_data() { test::addBackendRows(); }
    void twoRunsTakeTheirOwnNumbers()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto first = scratch.open();
        const auto second = first->openAnother();
        store::DemoWriter writerA(*first), writerB(*second);
        demo::DemoGenerator genA(21, QDate(2026, 11, 24), testRules()), genB(22, QDate(2026, 11, 24), testRules());
        genA.setDistricts(writerA.ensureCityDistricts(QStringLiteral("demo")));
        genB.setDistricts(writerB.ensureCityDistricts(QStringLiteral("demo")));
        genA.setCounters(writerA.counters());
        genB.setCounters(writerB.counters());
        int cases = 0;
        auto batchOf = [&cases](demo::DemoGenerator &gen) {
            QList<demo::DemoFile> files;
            for (int i = 0; i < 60; ++i) {
                files << gen.next();
                cases += int(files.last().cases.size());
            }
            return files;
        };
        QList<demo::DemoFile> b1 = batchOf(genB);
        const QString employerIin = b1.first().employer.iin;
        writerA.writeBatch(batchOf(genA), QStringLiteral("demo"));
        // The first run also gave out an IIN the second had counted on.
        QList<demo::DemoFile> a2 = batchOf(genA);
        a2.first().employer.iin = employerIin;
        writerA.writeBatch(a2, QStringLiteral("demo"));
        QStringList replaced;
        writerB.writeBatch(b1, QStringLiteral("demo"), [&](demo::DemoFile &file, const QString &taken) {
            replaced << taken;
            genB.replaceIin(file, taken);
        });
        QCOMPARE(replaced, QStringList{employerIin});
        writerB.writeBatch(batchOf(genB), QStringLiteral("demo"));
        writerA.writeBatch(batchOf(genA), QStringLiteral("demo"));
        const store::Database &db = *first;
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications")), cases);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM immigrants")), 300);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT iin) FROM employers")), 300);
        // Numbers are unique, and every counter is past the numbers it gave.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT registry_number) FROM applications")),
                 scalar(db, QStringLiteral("SELECT count(registry_number) FROM applications")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT number) FROM permits")),
                 scalar(db, QStringLiteral("SELECT count(*) FROM permits")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications a WHERE registry_number IS NOT NULL "
                                           "AND CAST(substr(registry_number, 6) AS integer) > (SELECT value FROM "
                                           "counters WHERE name = 'registry-' || substr(a.registry_number, 1, 4))")),
                 0);
        // Numbers run without gaps: each counter gave exactly as many as it counts.
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(value) FROM counters WHERE name LIKE 'registry-%'")),
                 scalar(db, QStringLiteral("SELECT count(registry_number) FROM applications")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(value) FROM counters WHERE name LIKE 'permit-%'")),
                 scalar(db, QStringLiteral("SELECT count(*) FROM permits")));
        // The districts of the three cities exist once.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT region_id, name_ru FROM districts "
                                           "GROUP BY region_id, name_ru HAVING count(*) > 1) d")),
                 0);
    }

    // The same seed written twice (two runs at once, or one after another)
    // is refused in the writing transaction, and writes nothing.
    void sameSeedTwiceRefused_data() { test::addBackendRows(); }
    void sameSeedTwiceRefused()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        store::DemoWriter writer(*db);
        QList<demo::DemoFile> twice[2];
        for (auto &files : twice) {
            demo::DemoGenerator gen(5, QDate(2026, 11, 24), testRules());
            gen.setDistricts(writer.ensureCityDistricts(QStringLiteral("demo")));
            for (int i = 0; i < 20; ++i)
                files << gen.next();
        }
        writer.writeBatch(twice[0], QStringLiteral("demo"));
        const qint64 cases = scalar(*db, QStringLiteral("SELECT count(*) FROM applications"));
        try {
            writer.writeBatch(twice[1], QStringLiteral("demo"));
            QFAIL("wrote the same people twice");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Conflict);
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications")), cases);
    }
};

QTEST_GUILESS_MAIN(TestDemoWriter)
#include "tst_demo_writer.moc"
