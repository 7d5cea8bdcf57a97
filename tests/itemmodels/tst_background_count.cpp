// SPDX-License-Identifier: GPL-3.0-or-later
// A register's count comes from a thread of its own (BackgroundCount,
// RegisterTableModel): the clerk sees the first page at once, the rest of the
// rows are inserted when the true count arrives, the count of a filter no
// longer shown is dropped, and without a second connection the count is
// taken on the model's own.
#include "CaseFactory.h"
#include "ModelSupport.h"
#include "TestStores.h"
#include "domain/WorkCalendar.h"
#include "itemmodels/BackgroundCount.h"
#include "itemmodels/CaseRegisterModel.h"
#include "store/CaseRegisterRepository.h"
#include "store/StoreError.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace ruqsat;
using itemmodels::BackgroundCount;
using itemmodels::CaseRegisterModel;
using store::RegisterFilter;

namespace {

const QDate kToday(2026, 11, 24);
constexpr int kPage = CaseRegisterModel::kPageSize;

qint64 countOf(const store::Database &db, const RegisterFilter &f)
{
    return store::CaseRegisterRepository(db).count(f);
}

} // namespace

class TestBackgroundCount : public QObject
{
    Q_OBJECT

private slots:
    void countsInItsOwnThreadAndConnection_data() { test::addBackendRows(); }
    void countsInItsOwnThreadAndConnection()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory(*db).writeDemoPeople(150, 5, kToday);
        BackgroundCount counter(*db);
        QSignalSpy counted(&counter, &BackgroundCount::counted);
        QThread *thread = nullptr;
        QString connection;
        const quint64 ticket = counter.request([&](const store::Database &other) {
            thread = QThread::currentThread();
            connection = other.handle().connectionName();
            return countOf(other, {});
        });
        QVERIFY(counted.wait(20000));
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.at(0).at(0).toULongLong(), ticket);
        QCOMPARE(counted.at(0).at(1).toLongLong(), countOf(*db, {}));
        QVERIFY(countOf(*db, {}) > kPage);
        QVERIFY(thread && thread != QThread::currentThread());
        QVERIFY(!connection.isEmpty());
        QVERIFY(connection != db->handle().connectionName());
    }

    void failureCarriesTheReason()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        BackgroundCount counter(*db);
        QSignalSpy counted(&counter, &BackgroundCount::counted);
        QSignalSpy failed(&counter, &BackgroundCount::failed);
        const quint64 ticket = counter.request([](const store::Database &) -> qint64 {
            throw store::StoreError(store::StoreError::Kind::Unreachable,
                                    QStringLiteral("the server went away"));
        });
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).toULongLong(), ticket);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("the server went away"));
        QCOMPARE(counted.size(), 0);
    }

    // The first page is there before the count; the count inserts the rest.
    void firstPageThenTheCount_data() { test::addBackendRows(); }
    void firstPageThenTheCount()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory(*db).writeDemoPeople(300, 7, kToday);
        const qint64 all = countOf(*db, {});
        QVERIFY(all > kPage);
        CaseRegisterModel model(*db, domain::WorkCalendar());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.rowCount(), kPage);
        QCOMPARE(model.matchCount(), std::nullopt);
        QVERIFY(model.data(model.index(kPage - 1, CaseRegisterModel::Immigrant)).isValid());
        QVERIFY(test::countArrives(model));
        QCOMPARE(model.matchCount(), std::optional<qint64>(all));
        QCOMPARE(qint64(model.rowCount()), all);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), kPage);
        QCOMPARE(qint64(inserted.at(0).at(2).toInt()), all - 1);
        QVERIFY(model.data(model.index(int(all) - 1, CaseRegisterModel::Immigrant)).isValid());

        // Fewer matches than a page: the page is the count, known at once.
        RegisterFilter one;
        one.search = model.data(model.index(0, CaseRegisterModel::RegistryNumber)).toString();
        QVERIFY(!one.search.isEmpty());
        model.setFilter(one);
        QCOMPARE(model.matchCount(), std::optional<qint64>(countOf(*db, one)));
        QVERIFY(model.rowCount() >= 1 && model.rowCount() < kPage);
    }

    // A count that comes for a filter the clerk has already left is dropped:
    // the model never shows it, even for a moment.
    void staleCountIsDropped_data() { test::addBackendRows(); }
    void staleCountIsDropped()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory(*db).writeDemoPeople(600, 9, kToday);
        CaseRegisterModel model(*db, domain::WorkCalendar());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::countArrives(model));
        RegisterFilter first;
        first.kind = records::ApplicationKind::Issue;
        RegisterFilter second;
        second.status = records::CaseStatus::Issued;
        QVERIFY(countOf(*db, first) > kPage);
        QVERIFY(countOf(*db, second) > kPage);
        QVERIFY(countOf(*db, first) != countOf(*db, second));
        QList<std::optional<qint64>> shown;
        connect(&model, &itemmodels::RegisterTableModel::matchCountChanged, this,
                [&] { shown << model.matchCount(); });
        model.setFilter(first);
        model.setFilter(second); // before the first count could arrive
        QVERIFY(test::countArrives(model));
        QTest::qWait(50); // anything still queued would arrive now
        const QList<std::optional<qint64>> expected{std::nullopt, std::nullopt,
                                                    countOf(*db, second)};
        QCOMPARE(shown, expected);
        QCOMPARE(qint64(model.rowCount()), countOf(*db, second));
    }

    // After a change in the store the rows counted before stand until the
    // new count comes, so that a clerk scrolled far down stays there.
    void refreshKeepsTheRowsWhileCounting_data() { test::addBackendRows(); }
    void refreshKeepsTheRowsWhileCounting()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory(*db).writeDemoPeople(200, 3, kToday);
        CaseRegisterModel model(*db, domain::WorkCalendar());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::countArrives(model));
        const qint64 before = *model.matchCount();
        for (int i = 0; i < 3; ++i)
            test::CaseFactory(*db).acceptedCase();
        const qint64 after = countOf(*db, {});
        QVERIFY(after > before);
        model.refresh();
        QCOMPARE(model.matchCount(), std::nullopt);
        QCOMPARE(qint64(model.rowCount()), before);
        QVERIFY(test::countArrives(model));
        QCOMPARE(qint64(model.rowCount()), after);
    }

    // A server that takes no second connection: the model counts on its own.
    void countsOnItsOwnConnectionWhenNoSecond()
    {
        test::ScratchStore scratch(QStringLiteral("postgresql"));
        const auto db = scratch.open();
        test::CaseFactory(*db).writeDemoPeople(200, 6, kToday);
        scratch.serverExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false")
                               .arg(scratch.where().database));
        CaseRegisterModel model(*db, domain::WorkCalendar());
        QCOMPARE(model.matchCount(), std::nullopt);
        QVERIFY(test::countArrives(model));
        QCOMPARE(model.matchCount(), std::optional<qint64>(countOf(*db, {})));
        QCOMPARE(model.countError(), QString());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundCount)
#include "tst_background_count.moc"
