// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl init and status, as an administrator runs them.
#include "CliRunner.h"
#include "TestStores.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCtlStore : public QObject
{
    Q_OBJECT
private slots:
    void initThenStatus_data() { ruqsat::test::addBackendRows(); }
    void initThenStatus()
    {
        QFETCH(QString, backend);
        ruqsat::test::ScratchStore scratch(backend);
        const QString db = scratch.where().toString();
        const CliRun init = runCtl({QStringLiteral("init"), QStringLiteral("--db"), db});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains(db), qPrintable(init.out));
        const CliRun status = runCtl({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("store")).toString(), db);
        QCOMPARE(json.value(QStringLiteral("backend")).toString(), backend);
        QVERIFY(json.value(QStringLiteral("schema_version")).toInt() >= 1);
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("regions")).toInt(), 20);
        QCOMPARE(counts.value(QStringLiteral("applications")).toInt(), 0);
        // The text form names the same things for a person.
        const CliRun text = runCtl({QStringLiteral("status"), QStringLiteral("--db"), db});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QLatin1String("regions")));
    }

    void defaultStoreInDataFolder()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        const CliRun init = runCtl({QStringLiteral("init")}, {}, env);
        QCOMPARE(init.exitCode, 0);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/Ruqsat/ruqsat/ruqsat.db"))));
    }

    void unreachableServerExitsNonZero()
    {
        const CliRun r = runCtl({QStringLiteral("status"), QStringLiteral("--db"),
                                 QStringLiteral("postgresql://clerk@127.0.0.1:1/ruqsat")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("127.0.0.1:1")), qPrintable(r.err));
    }

    void badConnectionStringExitsTwo()
    {
        const CliRun r = runCtl({QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("mysql://x@y/z")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("sqlite:")));
        QCOMPARE(runCtl({QStringLiteral("frobnicate")}).exitCode, 2);
    }

    // An administrator sets the issuing body and the hours; bad values are
    // refused with exit 2 and change nothing.
    void settingsListAndSet()
    {
        QTemporaryDir dir;
        const QString db = QLatin1String("sqlite:") + dir.filePath(QStringLiteral("s.db"));
        QCOMPARE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        auto list = [&] {
            const CliRun r = runCtl({QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--db"), db});
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };
        QCOMPARE(runCtl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("issuing_body.name_kk"),
                         QStringLiteral("Медеу ауданының әкімдігі"), QStringLiteral("--db"), db}).exitCode, 0);
        QCOMPARE(list().value(QStringLiteral("issuing_body.name_kk")).toString(), QStringLiteral("Медеу ауданының әкімдігі"));
        QCOMPARE(runCtl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("provider.work_end"),
                         QStringLiteral("17:45"), QStringLiteral("--db"), db}).exitCode, 0);
        QCOMPARE(list().value(QStringLiteral("provider.work_end")).toString(), QStringLiteral("17:45"));
        for (const QStringList &bad : {QStringList{QStringLiteral("provider.work_end"), QStringLiteral("25:00")},
                                       QStringList{QStringLiteral("provider.work_end"), QStringLiteral("08:00")},
                                       QStringList{QStringLiteral("no.such.key"), QStringLiteral("x")},
                                       QStringList{QStringLiteral("print.qr_key"), QStringLiteral("x")},
                                       QStringList{QStringLiteral("attachments.max_bytes"), QStringLiteral("-5")}}) {
            const CliRun r = runCtl(QStringList{QStringLiteral("settings"), QStringLiteral("set")} + bad +
                                    QStringList{QStringLiteral("--db"), db});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.err.trimmed().isEmpty());
        }
        const QJsonObject after = list();
        QCOMPARE(after.value(QStringLiteral("provider.work_end")).toString(), QStringLiteral("17:45"));
        QCOMPARE(after.value(QStringLiteral("attachments.max_bytes")).toString(), QStringLiteral("20971520"));
        QVERIFY(!after.contains(QStringLiteral("print.qr_key")));
    }

    // Only init makes a store where there is none: a missing path (a typo),
    // a zero-byte file or an SQLite file without tables. The other commands
    // refuse (exit 1), name init, and leave the file byte for byte.
    void onlyInitMakesAStore_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing") << QStringLiteral("missing");
        QTest::newRow("zero bytes") << QStringLiteral("zero bytes");
        QTest::newRow("empty sqlite") << QStringLiteral("empty sqlite");
    }
    void onlyInitMakesAStore()
    {
        QFETCH(QString, kind);
        ruqsat::test::ScratchStore scratch(QStringLiteral("sqlite"));
        const QString path = scratch.where().path;
        if (kind == QLatin1String("zero bytes")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("empty sqlite")) {
            scratch.rawExec(QStringLiteral("PRAGMA user_version = 3"));
        }
        auto state = [&path] {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return QByteArray("missing");
            return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        };
        const QByteArray before = state();
        const QString db = scratch.where().toString();
        for (const QStringList &command :
             {QStringList{QStringLiteral("status")}, QStringList{QStringLiteral("settings"), QStringLiteral("list")},
              QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("issuing_body.name_kk"),
                          QStringLiteral("x")},
              QStringList{QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5")},
              QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")}}) {
            const CliRun r = runCtl(command + QStringList{QStringLiteral("--db"), db});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("ruqsatctl init --db ") + db), qPrintable(r.err));
            QCOMPARE(state(), before);
            QCOMPARE(QDir(scratch.dir()).entryList(QDir::Files).size(), kind == QLatin1String("missing") ? 0 : 1);
        }
        QCOMPARE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        QCOMPARE(runCtl({QStringLiteral("status"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    void foreignFileRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is a clerk's text file, not a database\n");
        f.close();
        const CliRun r = runCtl({QStringLiteral("init"), QStringLiteral("--db"), QLatin1String("sqlite:") + path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a Ruqsat database")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("this is a clerk's text file, not a database\n"));
    }
};

QTEST_GUILESS_MAIN(TestCtlStore)
#include "tst_ctl_store.moc"
