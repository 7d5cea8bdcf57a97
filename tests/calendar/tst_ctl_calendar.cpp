// SPDX-License-Identifier: GPL-3.0-or-later
// `ruqsatctl calendar years [--json]`, `calendar export all` and the years
// covered after an import (R-WORKDAY), on both backends.
#include "CtlRun.h"
#include "TestStores.h"
#include "domain/CalendarCsv.h"
#include "store/CalendarRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat;

class TestCtlCalendar : public QObject
{
    Q_OBJECT
private slots:
    void R_WORKDAY_yearsExportAllAndImport_data() { test::addBackendRows(); }
    void R_WORKDAY_yearsExportAllAndImport()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        QList<domain::CalendarException> all;
        {
            const auto db = scratch.open();
            all = store::CalendarRepository(*db).all();
        }
        // The shipped years, with their holidays and worked days.
        test::CtlRun r =
            test::runCtl(scratch, {QStringLiteral("calendar"), QStringLiteral("years")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(
            r.out,
            QStringLiteral("2024\t%1\t%2\n2025\t%3\t%4\n2026\t15\t0\n2027\t14\t0\n")
                .arg(std::count_if(all.begin(), all.end(),
                                   [](const auto &e) {
                                       return e.day.year() == 2024 &&
                                              e.kind == domain::CalendarException::Kind::Holiday;
                                   }))
                .arg(std::count_if(all.begin(), all.end(),
                                   [](const auto &e) {
                                       return e.day.year() == 2024 &&
                                              e.kind == domain::CalendarException::Kind::Workday;
                                   }))
                .arg(std::count_if(all.begin(), all.end(),
                                   [](const auto &e) {
                                       return e.day.year() == 2025 &&
                                              e.kind == domain::CalendarException::Kind::Holiday;
                                   }))
                .arg(std::count_if(all.begin(), all.end(), [](const auto &e) {
                    return e.day.year() == 2025 &&
                           e.kind == domain::CalendarException::Kind::Workday;
                })));
        r = test::runCtl(scratch, {QStringLiteral("calendar"), QStringLiteral("years"),
                                   QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const auto lines = r.lines();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(2), (QJsonObject{{QStringLiteral("year"), 2026},
                                           {QStringLiteral("holidays"), 15},
                                           {QStringLiteral("worked_days"), 0}}));

        // export all: every year, as the store holds them.
        r = test::runCtl(
            scratch, {QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("all")});
        QCOMPARE(r.code, 0);
        const auto exported = domain::CalendarCsv::parse(r.out.toUtf8());
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        QCOMPARE(exported.rows, all);
        QCOMPARE(exported.years, (QSet<int>{2024, 2025, 2026, 2027}));
        r = test::runCtl(scratch, {QStringLiteral("calendar"), QStringLiteral("export"),
                                   QStringLiteral("everything")});
        QCOMPARE(r.code, 2);

        // An import names the years it replaced and the years now covered.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("kz-2029.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,kind,note\n2029-01-01,holiday,New Year\n2029-01-06,workday,swap\n");
        file.close();
        r = test::runCtl(scratch,
                         {QStringLiteral("calendar"), QStringLiteral("import"), file.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.lines().value(0).value(QStringLiteral("years")).toArray(), QJsonArray{2029});
        QCOMPARE(r.lines().value(0).value(QStringLiteral("covered")).toArray(),
                 (QJsonArray{2024, 2025, 2026, 2027, 2029}));
        r = test::runCtl(scratch, {QStringLiteral("calendar"), QStringLiteral("years")});
        QVERIFY(r.out.endsWith(QLatin1String("2027\t14\t0\n2029\t1\t1\n")));
    }
};

QTEST_GUILESS_MAIN(TestCtlCalendar)
#include "tst_ctl_calendar.moc"
