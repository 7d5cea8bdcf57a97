// SPDX-License-Identifier: GPL-3.0-or-later
// `ruqsatctl cases list --search` and `permits list --search` run the search
// of the register's box, with its filters and sort as options (issue #13),
// on both backends; bad option values are refused with exit code 2.
#include "CaseFactory.h"
#include "TestStores.h"
#include "cli/Command.h"
#include "store/CaseRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ruqsat;

class TestCtlSearch : public QObject
{
    Q_OBJECT

    int run(const test::ScratchStore &scratch, QStringList args)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out), err(&m_err);
        cli::CommandIo io{out, err};
        args << QStringLiteral("--db") << scratch.where().toString();
        const int code = cli::runCommandLine(args, io);
        out.flush();
        err.flush();
        return code;
    }
    // The registry numbers of the cases a `cases list --json` printed, in order.
    QStringList registryNumbers() const
    {
        QStringList numbers;
        for (const QString &line : m_out.split(u'\n', Qt::SkipEmptyParts))
            numbers << QJsonDocument::fromJson(line.toUtf8()).object().value(u"registry_number"_qs).toString();
        return numbers;
    }

private slots:
    void searchesAsTheRegisterDoes_data() { test::addBackendRows(); }
    void searchesAsTheRegisterDoes()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        QStringList cases;
        for (const auto &[lat, cyr, employer] :
             {std::tuple{"KHOLMATOV", "Холматов", "ABDULLAEVA"}, std::tuple{"KARIMOVA", "Каримова", "Иванов"},
              std::tuple{"KARIMOV", "Каримов", "SERGEEVA"}})
            cases << factory
                         .namedCase(QString::fromUtf8(lat), QStringLiteral("AZIZ"), QString::fromUtf8(cyr),
                                    QStringLiteral("FA1234567"), QString::fromUtf8(employer))
                         .registryNumber;
        QCOMPARE(run(scratch, {u"cases"_qs, u"list"_qs, u"--search"_qs, u"xolmatov"_qs, u"--json"_qs}), 0);
        QCOMPARE(registryNumbers(), QStringList{cases.at(0)});
        QVERIFY(m_err.isEmpty());
        QCOMPARE(run(scratch, {u"cases"_qs, u"list"_qs, u"--search"_qs, u"dullaev"_qs, u"--json"_qs}), 0);
        QCOMPARE(registryNumbers(), QStringList{cases.at(0)}); // the employer's name
        // Sorted by registry number, both ways, and limited.
        QCOMPARE(run(scratch, {u"cases"_qs, u"list"_qs, u"--search"_qs, u"karimov"_qs, u"--sort"_qs,
                               u"registry"_qs, u"--asc"_qs, u"--json"_qs}),
                 0);
        QCOMPARE(registryNumbers(), (QStringList{cases.at(1), cases.at(2)}));
        QCOMPARE(run(scratch, {u"cases"_qs, u"list"_qs, u"--search"_qs, u"karimov"_qs, u"--sort"_qs,
                               u"registry"_qs, u"--limit"_qs, u"1"_qs, u"--json"_qs}),
                 0);
        QCOMPARE(registryNumbers(), QStringList{cases.at(2)});
        // With the register's filters.
        QCOMPARE(run(scratch, {u"cases"_qs, u"list"_qs, u"--search"_qs, u"karimov"_qs, u"--status"_qs,
                               u"accepted"_qs, u"--kind"_qs, u"issue"_qs, u"--json"_qs}),
                 0);
        QCOMPARE(registryNumbers().size(), 2);
        QCOMPARE(run(scratch, {u"cases"_qs, u"list"_qs, u"--search"_qs, u"karimov"_qs, u"--kind"_qs,
                               u"extend"_qs, u"--json"_qs}),
                 0);
        QCOMPARE(registryNumbers(), QStringList{});
        // Tab-separated without --json: registry number, status, id, immigrant.
        QCOMPARE(run(scratch, {u"cases"_qs, u"list"_qs, u"--search"_qs, u"холмат"_qs}), 0);
        QVERIFY2(m_out.startsWith(cases.at(0) + QLatin1String("\taccepted\t")), qPrintable(m_out));
        // A permit of the first case, found by its immigrant's name.
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2026, 10, QStringLiteral("test"));
        const records::Permit permit =
            factory.issuePermit(*store::CaseRepository(*db).find(
                                    store::Query(*db, QStringLiteral("SELECT id FROM applications WHERE "
                                                                     "registry_number = :r"))
                                        .bind(QStringLiteral(":r"), cases.at(0))
                                        .scalar()
                                        .toString()),
                                QDate(2026, 4, 1), QDate(2026, 12, 31));
        QCOMPARE(run(scratch, {u"permits"_qs, u"list"_qs, u"--search"_qs, u"Xolmatov"_qs}), 0);
        QVERIFY2(m_out.startsWith(permit.number + u'\t'), qPrintable(m_out));
        QCOMPARE(m_out.count(u'\n'), 1);
        QCOMPARE(run(scratch, {u"permits"_qs, u"list"_qs, u"--search"_qs, u"karimov"_qs}), 0);
        QVERIFY(m_out.isEmpty());
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named"); // the option the message names
        QTest::newRow("due") << QStringList{u"cases"_qs, u"list"_qs, u"--due"_qs, u"soon"_qs} << u"--due"_qs;
        QTest::newRow("kind") << QStringList{u"cases"_qs, u"list"_qs, u"--kind"_qs, u"renew"_qs} << u"--kind"_qs;
        QTest::newRow("channel") << QStringList{u"cases"_qs, u"list"_qs, u"--channel"_qs, u"fax"_qs} << u"--channel"_qs;
        QTest::newRow("case sort") << QStringList{u"cases"_qs, u"list"_qs, u"--sort"_qs, u"employer"_qs} << u"--sort"_qs;
        QTest::newRow("status with search")
            << QStringList{u"cases"_qs, u"list"_qs, u"--search"_qs, u"abc"_qs, u"--status"_qs, u"open"_qs} << u"--status"_qs;
        QTest::newRow("district") << QStringList{u"cases"_qs, u"list"_qs, u"--district"_qs, u"x"_qs} << u"--district"_qs;
        QTest::newRow("state") << QStringList{u"permits"_qs, u"list"_qs, u"--state"_qs, u"valid"_qs} << u"--state"_qs;
        QTest::newRow("permit sort") << QStringList{u"permits"_qs, u"list"_qs, u"--sort"_qs, u"due"_qs} << u"--sort"_qs;
        QTest::newRow("issued-on with search")
            << QStringList{u"permits"_qs, u"list"_qs, u"--issued-on"_qs, u"2026-03-01"_qs, u"--search"_qs, u"abc"_qs} << u"--issued-on"_qs;
    }
    void refusesBadValues()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.open();
        QCOMPARE(run(scratch, args), int(cli::BadInput));
        QVERIFY(m_out.isEmpty());
        QVERIFY2(m_err.contains(named), qPrintable(m_err));
    }

private:
    QString m_out, m_err;
};

QTEST_GUILESS_MAIN(TestCtlSearch)
#include "tst_ctl_search.moc"
