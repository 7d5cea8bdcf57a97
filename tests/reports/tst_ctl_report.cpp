// SPDX-License-Identifier: GPL-3.0-or-later
// `ruqsatctl report KIND --from DATE --to DATE [--by G] (--json|--csv)`
// (issue #12): the Reports tab's figures, which equal the store's rows
// counted one by one; the user's districts; bad input refused with exit 2.
#include "CtlRun.h"
#include "ReportStore.h"
#include "reports/ReportDesk.h"

#include <QJsonObject>
#include <QTest>

using namespace ruqsat;
using reports::Grouping;
using reports::Kind;

namespace {

QStringList report(const QString &kind, const QString &by, const QString &output,
                   const QString &user = QStringLiteral("admin.r"))
{
    QStringList args{QStringLiteral("report"),
                     kind,
                     QStringLiteral("--from"),
                     QStringLiteral("2024-01-01"),
                     QStringLiteral("--to"),
                     QStringLiteral("2026-12-31"),
                     output,
                     QStringLiteral("--user"),
                     user};
    if (!by.isEmpty())
        args << QStringLiteral("--by") << by;
    return args;
}

} // namespace

class TestCtlReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::lowerPasswordIterations();
        qputenv("RUQSAT_PASSWORD", test::CaseFactory::accountPassword().toUtf8());
    }

    void jsonEqualsTheRows_data() { test::addBackendRows(); }
    void jsonEqualsTheRows()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        QHash<Kind, QList<test::Fact>> facts;
        test::ReportStore s;
        {
            const auto db = scratch.open();
            s = test::fillReportStore(scratch, *db);
            test::CaseFactory(*db).account(QStringLiteral("admin.r"),
                                           records::Role::Admin); // sees every district
            for (Kind kind : reports::allKinds())
                facts.insert(kind, test::factsOf(*db, kind));
        }
        const reports::Period all{QDate(2024, 1, 1), QDate(2026, 12, 31)};
        for (Kind kind : reports::allKinds())
            for (Grouping by : reports::allGroupings()) {
                if (!reports::groups(kind, by) || by == Grouping::None)
                    continue;
                const test::CtlRun r =
                    test::runCtl(scratch, report(reports::code(kind), reports::code(by),
                                                 QStringLiteral("--json")));
                QVERIFY2(r.code == 0, qPrintable(r.err));
                QMap<QString, QPair<int, int>> printed;
                for (const QJsonObject &o : r.lines()) {
                    QCOMPARE(o.value(QStringLiteral("kind")).toString(), reports::code(kind));
                    QCOMPARE(o.value(QStringLiteral("by")).toString(), reports::code(by));
                    QVERIFY(o.value(QStringLiteral("label")).isString());
                    QVERIFY(!o.value(QStringLiteral("label")).toString().isEmpty());
                    QCOMPARE(o.contains(QStringLiteral("in_time")), kind == Kind::DecisionTerm);
                    const int count = o.value(QStringLiteral("count")).toInt(-1);
                    if (count > 0)
                        printed.insert(o.value(QStringLiteral("key")).toString(),
                                       {count, o.value(QStringLiteral("in_time")).toInt()});
                }
                QVERIFY2(printed == test::expectedGroups(facts.value(kind), by, all),
                         qPrintable(reports::code(kind) + u' ' + reports::code(by)));
            }
        // Without --by: one line, the total.
        const test::CtlRun total =
            test::runCtl(scratch, report(QStringLiteral("issued"), {}, QStringLiteral("--json")));
        QCOMPARE(total.lines().size(), 1);
        QCOMPARE(total.lines().first().value(QStringLiteral("count")).toInt(),
                 int(test::expectedGroups(facts.value(Kind::Issued), Grouping::None, all)
                         .value(QString())
                         .first));
        // A head of district B: B's figures only.
        const test::CtlRun b =
            test::runCtl(scratch, report(QStringLiteral("issued"), QStringLiteral("district"),
                                         QStringLiteral("--json"), QStringLiteral("head.b")));
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QCOMPARE(b.lines().size(), 1);
        QCOMPARE(b.lines().first().value(QStringLiteral("key")).toString(),
                 QString::number(s.districtB));
        QCOMPARE(b.lines().first().value(QStringLiteral("count")).toInt(),
                 test::expectedGroups(facts.value(Kind::Issued), Grouping::None, all, {s.districtB})
                     .value(QString())
                     .first);
    }

    // RFC 4180: a header, CRLF, the official's name with its comma and quotes quoted.
    void csvOutput()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        {
            const auto db = scratch.open();
            test::fillReportStore(scratch, *db, false);
            test::CaseFactory(*db).account(QStringLiteral("admin.r"), records::Role::Admin);
        }
        const test::CtlRun r = test::runCtl(
            scratch, {QStringLiteral("report"), QStringLiteral("copies"), QStringLiteral("--from"),
                      QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                      QStringLiteral("2026-04-30"), QStringLiteral("--by"), QStringLiteral("clerk"),
                      QStringLiteral("--csv"), QStringLiteral("--user"), QStringLiteral("head.b")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out,
                 QStringLiteral(
                     "key,label,count\r\nhead.b,\"Ivanov, \"\"Vanya\"\" Ivan (head.b)\",1\r\n"));
        const test::CtlRun term =
            test::runCtl(scratch, report(QStringLiteral("decision-term"), QStringLiteral("month"),
                                         QStringLiteral("--csv")));
        QVERIFY2(term.code == 0, qPrintable(term.err));
        QVERIFY(term.out.startsWith(
            QStringLiteral("key,label,count,in_time,late,in_time_percent\r\n2024-01,")));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                 QStringLiteral("--to"), QStringLiteral("2026-03-31")};
        QTest::newRow("no kind")
            << (QStringList{QStringLiteral("report"), QStringLiteral("--json")} + period)
            << QStringLiteral("Name one kind of report");
        QTest::newRow("unknown kind")
            << (QStringList{QStringLiteral("report"), QStringLiteral("granted"),
                            QStringLiteral("--json")} +
                period)
            << QStringLiteral("There is no report \"granted\"");
        QTest::newRow("no from") << QStringList{QStringLiteral("report"), QStringLiteral("issued"),
                                                QStringLiteral("--json"), QStringLiteral("--to"),
                                                QStringLiteral("2026-03-31")}
                                 << QStringLiteral("--from is required");
        QTest::newRow("bad date")
            << QStringList{QStringLiteral("report"),     QStringLiteral("issued"),
                           QStringLiteral("--json"),     QStringLiteral("--from"),
                           QStringLiteral("2026-02-30"), QStringLiteral("--to"),
                           QStringLiteral("2026-03-31")}
            << QStringLiteral("--from takes a date YYYY-MM-DD, not \"2026-02-30\"");
        QTest::newRow("backwards")
            << QStringList{QStringLiteral("report"),     QStringLiteral("issued"),
                           QStringLiteral("--json"),     QStringLiteral("--from"),
                           QStringLiteral("2026-03-31"), QStringLiteral("--to"),
                           QStringLiteral("2026-01-01")}
            << QStringLiteral("The period ends before it begins");
        QTest::newRow("unknown grouping")
            << (QStringList{QStringLiteral("report"), QStringLiteral("issued"),
                            QStringLiteral("--json"), QStringLiteral("--by"),
                            QStringLiteral("colour")} +
                period)
            << QStringLiteral("--by takes one of: district, citizenship");
        QTest::newRow("ground of permits")
            << (QStringList{QStringLiteral("report"), QStringLiteral("issued"),
                            QStringLiteral("--json"), QStringLiteral("--by"),
                            QStringLiteral("ground")} +
                period)
            << QStringLiteral("Only refusals have a ground");
        QTest::newRow("no output")
            << (QStringList{QStringLiteral("report"), QStringLiteral("issued")} + period)
            << QStringLiteral("Choose the output: --json or --csv.");
        QTest::newRow("both outputs")
            << (QStringList{QStringLiteral("report"), QStringLiteral("issued"),
                            QStringLiteral("--json"), QStringLiteral("--csv")} +
                period)
            << QStringLiteral("Choose the output: --json or --csv.");
    }
    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.open(); // a store, empty
        const test::CtlRun r = test::runCtl(scratch, args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    void help()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const test::CtlRun r =
            test::runCtl(scratch, {QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("refused-at-intake")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--by")));
        const test::CtlRun list = test::runCtl(scratch, {QStringLiteral("--help")});
        QVERIFY(list.out.contains(QStringLiteral("report")));
    }
};

QTEST_GUILESS_MAIN(TestCtlReport)
#include "tst_ctl_report.moc"
