// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl init, status, settings and districts, as an administrator runs them.
#include "CliRunner.h"
#include "TestStores.h"
#include "store/ReferenceRepository.h"

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

    // An administrator sets the print folder and the hours; bad values are
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
        const QString forms = dir.filePath(QStringLiteral("бланки"));
        QVERIFY(QDir().mkpath(forms));
        QCOMPARE(runCtl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("print.override_dir"),
                         forms, QStringLiteral("--db"), db}).exitCode, 0);
        QCOMPARE(list().value(QStringLiteral("print.override_dir")).toString(), forms);
        // A script of the store-wide bodies learns where they went (schema 6).
        const CliRun moved = runCtl({QStringLiteral("settings"), QStringLiteral("set"),
                                     QStringLiteral("issuing_body.name_kk"), QStringLiteral("Медеу ауданының әкімдігі"),
                                     QStringLiteral("--db"), db});
        QCOMPARE(moved.exitCode, 2);
        QVERIFY2(moved.err.contains(QLatin1String("ruqsatctl districts set DISTRICT issuing_body.name_kk")),
                 qPrintable(moved.err));
        QVERIFY(!list().contains(QStringLiteral("issuing_body.name_kk")));
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
              QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("provider.work_start"),
                          QStringLiteral("09:00")},
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

    // The bodies of each district: listed, set by id or by KATO code,
    // trimmed; a wrong district, key or length is exit 2 and changes nothing.
    void districtsListAndSet()
    {
        QTemporaryDir dir;
        const QString db = QLatin1String("sqlite:") + dir.filePath(QStringLiteral("d.db"));
        int medeu = 0, almaly = 0;
        {
            const auto store = ruqsat::store::Database::open(*ruqsat::store::ConnectionString::parse(db));
            const ruqsat::store::ReferenceRepository refs(*store);
            const int almaty = refs.regionByKato(QStringLiteral("750000000"))->id;
            ruqsat::store::District a{0, almaty, QStringLiteral("751210000"), QStringLiteral("Медеу ауданы"),
                                      QStringLiteral("Медеуский район"), QStringLiteral("Medeu District")};
            ruqsat::store::District b{0, almaty, QString(), QStringLiteral("Алмалы ауданы"),
                                      QStringLiteral("Алмалинский район"), QStringLiteral("Almaly District")};
            medeu = refs.addDistrict(a, QStringLiteral("test"));
            almaly = refs.addDistrict(b, QStringLiteral("test"));
        }
        auto listed = [&](int id) {
            const CliRun r = runCtl({QStringLiteral("districts"), QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--db"), db});
            for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
                const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
                if (o.value(QStringLiteral("id")).toInt() == id)
                    return o;
            }
            return QJsonObject();
        };
        QCOMPARE(listed(medeu).value(QStringLiteral("name_ru")).toString(), QStringLiteral("Медеуский район"));
        QCOMPARE(listed(medeu).value(QStringLiteral("region_kato")).toString(), QStringLiteral("750000000"));
        QCOMPARE(listed(medeu).value(QStringLiteral("issuing_body.name_ru")).toString(), QString());

        auto set = [&](const QString &district, const QString &key, const QString &value) {
            return runCtl({QStringLiteral("districts"), QStringLiteral("set"), district, key, value,
                           QStringLiteral("--db"), db});
        };
        QCOMPARE(set(QString::number(almaly), QStringLiteral("issuing_body.name_ru"),
                     QStringLiteral(" Аппарат акима Алмалинского района города Алматы "))
                     .exitCode,
                 0);
        QCOMPARE(set(QStringLiteral("751210000"), QStringLiteral("issuing_body.head_name"),
                     QStringLiteral("Исабеков Марат Қанатұлы"))
                     .exitCode,
                 0);
        QCOMPARE(listed(almaly).value(QStringLiteral("issuing_body.name_ru")).toString(),
                 QStringLiteral("Аппарат акима Алмалинского района города Алматы"));
        QCOMPARE(listed(medeu).value(QStringLiteral("issuing_body.head_name")).toString(),
                 QStringLiteral("Исабеков Марат Қанатұлы"));
        QCOMPARE(listed(almaly).value(QStringLiteral("issuing_body.head_name")).toString(), QString());

        const CliRun badKey = set(QString::number(almaly), QStringLiteral("issuing_body.name_de"), QStringLiteral("x"));
        QCOMPARE(badKey.exitCode, 2);
        QVERIFY2(badKey.err.contains(QLatin1String("police_body.name_kk")), qPrintable(badKey.err)); // the keys there are
        const CliRun badDistrict = set(QStringLiteral("999"), QStringLiteral("issuing_body.name_ru"), QStringLiteral("x"));
        QCOMPARE(badDistrict.exitCode, 2);
        QVERIFY2(badDistrict.err.contains(QLatin1String("999")), qPrintable(badDistrict.err));
        const CliRun tooLong = set(QString::number(almaly), QStringLiteral("issuing_body.name_ru"), QString(301, u'а'));
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY2(tooLong.err.contains(QLatin1String("300")), qPrintable(tooLong.err));
        QCOMPARE(runCtl({QStringLiteral("districts"), QStringLiteral("set"), QString::number(almaly),
                         QStringLiteral("--db"), db})
                     .exitCode,
                 2);
        QCOMPARE(listed(almaly).value(QStringLiteral("issuing_body.name_ru")).toString(),
                 QStringLiteral("Аппарат акима Алмалинского района города Алматы"));
        // An empty value clears a body.
        QCOMPARE(set(QStringLiteral("751210000"), QStringLiteral("issuing_body.head_name"), QString()).exitCode, 0);
        QCOMPARE(listed(medeu).value(QStringLiteral("issuing_body.head_name")).toString(), QString());

        const CliRun help = runCtl({QStringLiteral("districts"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QLatin1String("issuing_body.head_position_kk")), qPrintable(help.out));
        const CliRun text = runCtl({QStringLiteral("districts"), QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Медеуский район")), qPrintable(text.out));
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
