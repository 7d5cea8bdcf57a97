// SPDX-License-Identifier: GPL-3.0-or-later
// Two `ruqsatctl demo` runs at once on one store, as two administrators (or
// one impatient one) start them: both finish, and no number, IIN or
// district is given twice.
#include "CliRunner.h"
#include "TestStores.h"
#include "store/Query.h"

#include <QTest>

using namespace ruqsat;

namespace {

qint64 scalar(const store::Database &db, const QString &sql)
{
    return store::Query(db, sql).scalar().toLongLong();
}

} // namespace

class TestCtlDemo : public QObject
{
    Q_OBJECT
private slots:
    void twoRunsAtOnce_data() { test::addBackendRows(); }
    void twoRunsAtOnce()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const QString db = scratch.where().toString();
        QCOMPARE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        // Several batches each (2,000 people a batch), so that they interleave.
        constexpr int kCases = 7000;
        QProcess runs[2];
        for (int i = 0; i < 2; ++i)
            runs[i].start(qEnvironmentVariable("RUQSAT_CTL"),
                          {QStringLiteral("demo"), QStringLiteral("--cases"), QString::number(kCases),
                           QStringLiteral("--seed"), QString::number(31 + i), QStringLiteral("--today"),
                           QStringLiteral("2026-11-20"), QStringLiteral("--db"), db});
        for (QProcess &run : runs) {
            QVERIFY(run.waitForFinished(540000));
            QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
                     run.readAllStandardError().constData());
        }
        const auto store = scratch.open();
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM applications")), 2 * kCases);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(DISTINCT registry_number) FROM applications")),
                 scalar(*store, QStringLiteral("SELECT count(registry_number) FROM applications")));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(DISTINCT number) FROM permits")),
                 scalar(*store, QStringLiteral("SELECT count(*) FROM permits")));
        // Each counter gave exactly the numbers in the store, without gaps.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT sum(value) FROM counters WHERE name LIKE 'registry-%'")),
                 scalar(*store, QStringLiteral("SELECT count(registry_number) FROM applications")));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT sum(value) FROM counters WHERE name LIKE 'permit-%'")),
                 scalar(*store, QStringLiteral("SELECT count(*) FROM permits")));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM (SELECT iin FROM immigrants WHERE iin IS NOT "
                                               "NULL GROUP BY iin HAVING count(*) > 1) d")),
                 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM (SELECT region_id, name_ru FROM districts "
                                               "GROUP BY region_id, name_ru HAVING count(*) > 1) d")),
                 0);
        // R-QUOTA: each quota counts exactly its permits in force.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM quotas q WHERE q.issued <> (SELECT count(*) "
                                               "FROM permits p WHERE p.quota_id = q.id AND p.status = 'in_force')")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCtlDemo)
#include "tst_ctl_demo.moc"
