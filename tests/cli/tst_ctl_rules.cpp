// SPDX-License-Identifier: GPL-3.0-or-later
// The real ruqsatctl (RUQSAT_CTL) on a temporary SQLite store: calc, check
// and calendar commands, their JSON and exit codes, and that the dates come
// from the store's calendar.
#include "domain/CalendarCsv.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using ruqsat::domain::CalendarCsv;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCtlRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run ctl(QStringList args, const QByteArray &input = {}, bool withDb = true) const
    {
        if (withDb)
            args << QStringLiteral("--db") << m_db;
        QProcess p;
        p.start(qEnvironmentVariable("RUQSAT_CTL"), args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("RUQSAT_CTL"), "run through ctest");
        QVERIFY(m_dir.isValid());
        m_db = QLatin1String("sqlite:") + m_dir.filePath(QStringLiteral("store.db"));
        QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
    }

    void calcReceived_R_AFTER_HOURS_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("effective");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("police");
        // Fri before Nauryz 2026, after closing: Thu 26; decision Fri 27, Mon 30.
        QTest::newRow("Fri 18:45") << QStringLiteral("2026-03-20T18:45") << QStringLiteral("2026-03-26")
                                   << QStringLiteral("2026-03-30") << QStringLiteral("2026-03-27");
        QTest::newRow("Wed 18:29") << QStringLiteral("2026-03-18T18:29") << QStringLiteral("2026-03-18")
                                   << QStringLiteral("2026-03-20") << QStringLiteral("2026-03-19");
        QTest::newRow("Wed 18:30") << QStringLiteral("2026-03-18T18:30") << QStringLiteral("2026-03-19")
                                   << QStringLiteral("2026-03-26") << QStringLiteral("2026-03-20");
        QTest::newRow("UTC 13:30Z is 18:30") << QStringLiteral("2026-03-18T13:30:00Z") << QStringLiteral("2026-03-19")
                                             << QStringLiteral("2026-03-26") << QStringLiteral("2026-03-20");
    }
    void calcReceived_R_AFTER_HOURS()
    {
        QFETCH(QString, at);
        QFETCH(QString, effective);
        QFETCH(QString, decision);
        QFETCH(QString, police);
        const Run r = ctl({QStringLiteral("calc"), QStringLiteral("received"), QStringLiteral("--at"), at});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("effective_received")).toString(), effective);
        QCOMPARE(o.value(QStringLiteral("decision_due")).toString(), decision);
        QCOMPARE(o.value(QStringLiteral("police_answer_due")).toString(), police);
    }

    void badInputExits2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad time") << QStringList{QStringLiteral("calc"), QStringLiteral("received"), QStringLiteral("--at"), QStringLiteral("2026-13-20T18:45")};
        QTest::newRow("no time") << QStringList{QStringLiteral("calc"), QStringLiteral("received")};
        QTest::newRow("date with no zero") << QStringList{QStringLiteral("calc"), QStringLiteral("termination"), QStringLiteral("--ended"), QStringLiteral("2026-3-5")};
        QTest::newRow("months 13") << QStringList{QStringLiteral("calc"), QStringLiteral("permit"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--months"), QStringLiteral("13")};
        QTest::newRow("months text") << QStringList{QStringLiteral("calc"), QStringLiteral("permit"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--months"), QStringLiteral("six")};
        QTest::newRow("complaint to whom") << QStringList{QStringLiteral("calc"), QStringLiteral("complaint"), QStringLiteral("--registered"), QStringLiteral("2026-03-18"), QStringLiteral("--to"), QStringLiteral("court")};
        QTest::newRow("unknown calc") << QStringList{QStringLiteral("calc"), QStringLiteral("moon")};
        QTest::newRow("check nothing") << QStringList{QStringLiteral("check")};
        QTest::newRow("export year") << QStringList{QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("26")};
        QTest::newRow("import no file") << QStringList{QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("/nonexistent.csv")};
    }
    void badInputExits2()
    {
        QFETCH(QStringList, args);
        const Run r = ctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void calcPermit_R_TERM()
    {
        Run r = ctl({QStringLiteral("calc"), QStringLiteral("permit"), QStringLiteral("--from"),
                     QStringLiteral("2028-01-31"), QStringLiteral("--months"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("valid_to")).toString(), QStringLiteral("2028-02-29"));
        // Chain from 31 Jan 2026: from 1 Mar, 11 months pass 30 Jan 2027; 10 fit.
        r = ctl({QStringLiteral("calc"), QStringLiteral("permit"), QStringLiteral("--from"),
                 QStringLiteral("2026-03-01"), QStringLiteral("--months"), QStringLiteral("11"),
                 QStringLiteral("--chain-start"), QStringLiteral("2026-01-31")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(QStringLiteral("max_months")).toInt(), 10);
        QVERIFY(r.err.contains("10"));
    }

    void calcExtension_R_EXTEND_WINDOW()
    {
        const Run r = ctl({QStringLiteral("calc"), QStringLiteral("extension"), QStringLiteral("--expires"),
                           QStringLiteral("2026-06-30")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("extension_opens")).toString(), QStringLiteral("2026-05-31"));
        QCOMPARE(o.value(QStringLiteral("extension_closes")).toString(), QStringLiteral("2026-06-25"));
        QCOMPARE(o.value(QStringLiteral("renewal_opens")).toString(), QStringLiteral("2026-06-26"));
        QCOMPARE(o.value(QStringLiteral("renewal_closes")).toString(), QStringLiteral("2026-06-30"));
    }

    void calcRevocationTerminationComplaint()
    {
        Run r = ctl({QStringLiteral("calc"), QStringLiteral("revocation"), QStringLiteral("--at"), QStringLiteral("2026-05-08")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("police_notice_due")).toString(), QStringLiteral("2026-05-13")); // R-REVOKE-POLICE
        QCOMPARE(r.json().value(QStringLiteral("stay_until")).toString(), QStringLiteral("2026-05-23"));        // R-REVOKE-STAY
        r = ctl({QStringLiteral("calc"), QStringLiteral("termination"), QStringLiteral("--ended"), QStringLiteral("2026-03-20")});
        QCOMPARE(r.json().value(QStringLiteral("notice_due")).toString(), QStringLiteral("2026-03-27")); // R-TERMINATION
        const QList<std::pair<QString, QString>> complaints{{QStringLiteral("forward"), QStringLiteral("2026-03-26")},
                                                           {QStringLiteral("provider"), QStringLiteral("2026-03-30")},
                                                           {QStringLiteral("quality"), QStringLiteral("2026-04-13")}};
        for (const auto &[to, due] : complaints) {
            r = ctl({QStringLiteral("calc"), QStringLiteral("complaint"), QStringLiteral("--registered"),
                     QStringLiteral("2026-03-18"), QStringLiteral("--to"), to});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.json().value(QStringLiteral("due")).toString(), due);
        }
    }

    void checkIin()
    {
        Run r = ctl({QStringLiteral("check"), QStringLiteral("iin"), QStringLiteral("850612400019")}, {}, false);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("birth_date")).toString(), QStringLiteral("1985-06-12"));
        QCOMPARE(r.json().value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
        r = ctl({QStringLiteral("check"), QStringLiteral("iin"), QStringLiteral("850612400018")}, {}, false);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("valid")).toBool(true), false);
        QVERIFY(!r.json().value(QStringLiteral("reason")).toString().isEmpty());
        r = ctl({QStringLiteral("check"), QStringLiteral("iin")}, {}, false);
        QCOMPARE(r.exitCode, 2);
    }

    void checkMrz()
    {
        const QByteArray specimen = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                    "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n";
        Run r = ctl({QStringLiteral("check"), QStringLiteral("mrz")}, specimen, false);
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("surname")).toString(), QStringLiteral("ERIKSSON"));
        QCOMPARE(o.value(QStringLiteral("given_names")).toString(), QStringLiteral("ANNA MARIA"));
        QCOMPARE(o.value(QStringLiteral("document_number")).toString(), QStringLiteral("L898902C3"));
        QCOMPARE(o.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1974-08-12"));
        QCOMPARE(o.value(QStringLiteral("expiry_date")).toString(), QStringLiteral("2012-04-15"));
        QByteArray broken = specimen;
        broken[45 + 43] = '1'; // the composite check digit
        r = ctl({QStringLiteral("check"), QStringLiteral("mrz")}, broken, false);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("field")).toString(), QStringLiteral("composite"));
        r = ctl({QStringLiteral("check"), QStringLiteral("mrz")}, "\n", false);
        QCOMPARE(r.exitCode, 2);
    }

    // The shipped calendar is what a new store holds: export gives it back.
    void calendarExportMatchesShipped_R_WORKDAY()
    {
        QFile shipped(qEnvironmentVariable("RUQSAT_SOURCE_DIR") + QLatin1String("/resources/calendar/kz-2026.csv"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const Run r = ctl({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("2026")});
        QCOMPARE(r.exitCode, 0);
        const auto exported = CalendarCsv::parse(r.out);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        QCOMPARE(exported.rows, CalendarCsv::parse(shipped.readAll()).rows);
    }

    // Runs last among the calendar tests: it changes the store's 2026.
    void calendarImportAndBadFile_R_WORKDAY()
    {
        const Run before = ctl({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("2026")});
        // Line 4 is bad: the whole file is refused, the store keeps its 2026.
        const QString bad = writeFile(QStringLiteral("bad.csv"),
                                      "date,kind,note\n2026-03-19,holiday,x\n2027-01-05,holiday,y\n"
                                      "2026-03-21,holiday,Saturday\n");
        Run r = ctl({QStringLiteral("calendar"), QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line 4"), r.err.constData());
        QCOMPARE(ctl({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("2026")}).out, before.out);
        QCOMPARE(ctl({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("2027")}).out.count('\n'), 15);

        // A good file replaces 2026 only: Nauryz is gone, 19 March is off.
        const QString good = writeFile(QStringLiteral("good.csv"), "# test\ndate,kind,note\n2026-03-19,holiday,\"test, day\"\n");
        r = ctl({QStringLiteral("calendar"), QStringLiteral("import"), good});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(ctl({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("2026")}).out,
                 QByteArray("date,kind,note\n2026-03-19,holiday,\"test, day\"\n"));
        // calc reads the store's calendar: Wed 18 at 18:45 -> (19 off) Fri 20;
        // decision Mon 23, Tue 24 (no Nauryz any more).
        r = ctl({QStringLiteral("calc"), QStringLiteral("received"), QStringLiteral("--at"), QStringLiteral("2026-03-18T18:45")});
        QCOMPARE(r.json().value(QStringLiteral("effective_received")).toString(), QStringLiteral("2026-03-20"));
        QCOMPARE(r.json().value(QStringLiteral("decision_due")).toString(), QStringLiteral("2026-03-24"));
        // 2027 untouched.
        QCOMPARE(ctl({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("2027")}).out.count('\n'), 15);
        // The audit row keeps the days replaced and the days imported.
        const auto db = ruqsat::store::Database::open(*ruqsat::store::ConnectionString::parse(m_db));
        const QJsonObject days = ruqsat::store::AuditLog(*db)
                                     .forEntity(QStringLiteral("calendar"), QStringLiteral("exceptions"))
                                     .last()
                                     .details.value(QStringLiteral("days"))
                                     .toObject();
        QVERIFY(days.value(QStringLiteral("before")).toArray().contains(QStringLiteral("2026-03-23 holiday")));
        QCOMPARE(days.value(QStringLiteral("after")).toArray(), QJsonArray{QStringLiteral("2026-03-19 holiday")});
    }
};

QTEST_GUILESS_MAIN(TestCtlRules)
#include "tst_ctl_rules.moc"
