// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations: fresh, re-run, a newer database refused, a foreign or
// corrupt store refused and left byte for byte as it was.
#include "CaseFactory.h"
#include "MigrationSupport.h"
#include "TestStores.h"
#include "domain/RefusalGrounds.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/Query.h"
#include "store/ReferenceRepository.h"
#include "store/SchemaMigrator.h"
#include "store/SqlScript.h"
#include "store/StoreError.h"

#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace ruqsat;
using store::StoreError;
using test::count;
using test::openError;

namespace {

// The store-wide bodies of a schema 5 store, as an administrator had entered them.
void setOldBodies(const test::ScratchStore &scratch)
{
    const QList<std::pair<const char *, QString>> values = {
        {"issuing_body.name_kk", QStringLiteral("Алматы қаласы Алмалы ауданының әкімдігі")},
        {"issuing_body.name_ru", QStringLiteral("Аппарат акима Алмалинского района города Алматы")},
        {"issuing_body.head_position_ru", QStringLiteral("Аким района")},
        {"issuing_body.head_name", QStringLiteral("Сәрсенбаев Нұрлан Қайратұлы")},
        {"police_body.name_ru", QStringLiteral("Департамент полиции города Алматы")}};
    for (const auto &[key, value] : values)
        scratch.rawExec(QStringLiteral("UPDATE settings SET value = '%1' WHERE key = '%2'")
                            .arg(value, QLatin1String(key)));
    // The forms printed this one in every language whose own key was empty.
    scratch.rawExec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('issuing_body.head_position', "
                                   "'Аудан әкімі')"));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void fresh_data() { test::addBackendRows(); }
    void fresh()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const int program = store::SchemaMigrator::programVersion(db->dialect().kind());
        QVERIFY(program >= 1);
        QCOMPARE(db->schemaVersion(), program);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM schema_version")),
                 qint64(store::SchemaMigrator::available(db->dialect().kind()).size()));
        // The shipped reference data: 17 regions and 3 cities of republican significance.
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM regions")), 20);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM regions WHERE kind = 'city'")), 3);
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT name_kk FROM regions WHERE kato = '750000000'"))
                     .scalar()
                     .toString(),
                 QStringLiteral("Алматы"));
        QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM countries WHERE code = 'UZB'")) == 1);
    }

    void rerunChangesNothing_data() { test::addBackendRows(); }
    void rerunChangesNothing()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        int first = 0;
        {
            const auto db = scratch.open();
            first = db->schemaVersion();
        }
        const auto again = scratch.open();
        QCOMPARE(again->schemaVersion(), first);
        QCOMPARE(count(*again, QStringLiteral("SELECT count(*) FROM schema_version")),
                 qint64(store::SchemaMigrator::available(again->dialect().kind()).size()));
        QCOMPARE(count(*again, QStringLiteral("SELECT count(*) FROM regions")), 20);
    }

    void newerDatabaseRefused_data() { test::addBackendRows(); }
    void newerDatabaseRefused()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.open();
        scratch.rawExec(QStringLiteral("INSERT INTO schema_version (version, name, min_compatible, "
                                       "applied_at) VALUES (999, 'future', 999, '2030-01-01T00:00:00.000Z')"));
        const QByteArray before = scratch.isSqlite() ? test::fileHash(scratch.where().path) : QByteArray();
        QString message;
        QCOMPARE(openError(scratch, &message), StoreError::Kind::TooNew);
        QVERIFY2(message.contains(QLatin1String("newer")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("999")), qPrintable(message));
        if (scratch.isSqlite())
            QCOMPARE(test::fileHash(scratch.where().path), before);
    }

    // A later step that declares a low min_compatible does not lift what an
    // earlier step required: the largest requirement of all steps holds.
    void newerStepKeepsAnEarlierRequirement_data() { test::addBackendRows(); }
    void newerStepKeepsAnEarlierRequirement()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const int program = scratch.open()->schemaVersion();
        scratch.rawExec(QStringLiteral("INSERT INTO schema_version (version, name, min_compatible, applied_at) "
                                       "VALUES (%1, 'breaking', %1, '2030-01-01T00:00:00.000Z'), "
                                       "(%2, 'additive', 1, '2030-01-02T00:00:00.000Z')")
                            .arg(program + 1)
                            .arg(program + 2));
        const QByteArray before = scratch.isSqlite() ? test::fileHash(scratch.where().path) : QByteArray();
        QString message;
        QCOMPARE(openError(scratch, &message), StoreError::Kind::TooNew);
        QVERIFY2(message.contains(QString::number(program + 1)), qPrintable(message));
        if (scratch.isSqlite())
            QCOMPARE(test::fileHash(scratch.where().path), before);
    }

    // A newer schema that declares this program still compatible opens.
    void newerButCompatibleOpens_data() { test::addBackendRows(); }
    void newerButCompatibleOpens()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const int program = scratch.open()->schemaVersion();
        // One version beyond this program that still accepts it.
        scratch.rawExec(QStringLiteral("INSERT INTO schema_version (version, name, min_compatible, "
                                       "applied_at) VALUES (%1, 'additive', %2, '2030-01-01T00:00:00.000Z')")
                            .arg(program + 1)
                            .arg(program));
        const auto db = scratch.open();
        QCOMPARE(db->schemaVersion(), program + 1);
    }

    void foreignDatabaseRefused_data() { test::addBackendRows(); }
    void foreignDatabaseRefused()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.rawExec(QStringLiteral("CREATE TABLE invoices (id integer PRIMARY KEY, total integer)"));
        const QByteArray before = scratch.isSqlite() ? test::fileHash(scratch.where().path) : QByteArray();
        QString message;
        QCOMPARE(openError(scratch, &message), StoreError::Kind::NotRuqsat);
        QVERIFY2(message.contains(QLatin1String("not a Ruqsat database")), qPrintable(message));
        if (scratch.isSqlite())
            QCOMPARE(test::fileHash(scratch.where().path), before);
        else
            scratch.rawExec(QStringLiteral("SELECT 1 FROM invoices")); // still there, no schema added
    }

    void notSqliteFileRefusedUnchanged()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        QFile f(scratch.where().path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,kind,note\n2026-01-01,holiday,New Year\n");
        f.close();
        const QByteArray before = test::fileHash(scratch.where().path);
        QCOMPARE(openError(scratch), StoreError::Kind::NotRuqsat);
        QCOMPARE(test::fileHash(scratch.where().path), before);
    }

    void corruptFileRefusedUnchanged()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.open();
        QFile f(scratch.where().path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * 4096);
        f.seek(3 * 4096);
        f.write(QByteArray(4 * 4096, '\xA5')); // pages 4-7 turned to noise
        f.close();
        const QByteArray before = test::fileHash(scratch.where().path);
        QString message;
        QCOMPARE(openError(scratch, &message), StoreError::Kind::Corrupt);
        QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
        QCOMPARE(test::fileHash(scratch.where().path), before);
    }

    void truncatedFileRefusedUnchanged()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.open();
        QFile f(scratch.where().path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 3));
        f.close();
        const QByteArray before = test::fileHash(scratch.where().path);
        QCOMPARE(openError(scratch), StoreError::Kind::Corrupt);
        QCOMPARE(test::fileHash(scratch.where().path), before);
    }

    void emptyFileBecomesStore()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        QFile f(scratch.where().path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto db = scratch.open();
        QVERIFY(db->schemaVersion() >= 1);
    }

    void unreachableServerNamed()
    {
        store::ConnectionString where = test::testServer();
        where.port = 1; // nothing listens there
        try {
            store::Database::open(where);
            QFAIL("opened a store on a closed port");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
            QVERIFY2(e.message().contains(QLatin1String("127.0.0.1:1")), qPrintable(e.message()));
        }
    }

    // The password comes from PGPASSWORD or from the prompt, never from the
    // connection string.
    void passwordFromEnvironmentOrPrompt()
    {
        store::ConnectionString where = test::testServer();
        where.user = QStringLiteral("ruqsat_pw");
        where.database = QStringLiteral("ruqsat_pw");
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        try {
            store::Database::open(where);
            QFAIL("opened without a password");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
            QVERIFY2(e.message().contains(QLatin1String("password")), qPrintable(e.message()));
        }
        int asked = 0;
        const auto prompted = store::Database::open(where, [&asked](const store::ConnectionString &cs) {
            ++asked;
            return cs.user == QLatin1String("ruqsat_pw") ? QStringLiteral("Сезам-2026") : QString();
        });
        QCOMPARE(asked, 1);
        QVERIFY(prompted->schemaVersion() >= 1);
        qputenv("PGPASSWORD", QStringLiteral("Сезам-2026").toUtf8());
        const auto fromEnv = store::Database::open(where, [&asked](const store::ConnectionString &) {
            ++asked;
            return QString();
        });
        QCOMPARE(asked, 1); // not asked again
        QVERIFY(!fromEnv->location().toString().contains(QStringLiteral("Сезам")));
        if (saved.isNull())
            qunsetenv("PGPASSWORD");
        else
            qputenv("PGPASSWORD", saved);
    }

    // Schema 6: every district takes the bodies the store printed until
    // then; the store-wide keys go, their values kept in the audit log.
    void districtBodiesMoveFromSettingsToEveryDistrict_data() { test::addBackendRows(); }
    void districtBodiesMoveFromSettingsToEveryDistrict()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.createAtVersion(5);
        setOldBodies(scratch);
        scratch.rawExec(QStringLiteral("INSERT INTO regions (id, kato, kind, name_kk, name_ru, name_en) VALUES "
                                       "(1, '750000000', 'city', 'Алматы', 'Алматы', 'Almaty')"));
        scratch.rawExec(QStringLiteral("INSERT INTO districts (id, region_id, name_kk, name_ru, name_en) VALUES "
                                       "(1, 1, 'Алмалы ауданы', 'Алмалинский район', 'Almaly District'), "
                                       "(2, 1, 'Медеу ауданы', 'Медеуский район', 'Medeu District')"));
        const auto db = scratch.open();
        QCOMPARE(db->schemaVersion(), store::SchemaMigrator::programVersion(db->dialect().kind()));
        const auto districts = store::ReferenceRepository(*db).allDistricts();
        QCOMPARE(districts.size(), 2);
        for (const store::District &d : districts) {
            QCOMPARE(d.bodies.issuingBodyKk, QStringLiteral("Алматы қаласы Алмалы ауданының әкімдігі"));
            QCOMPARE(d.bodies.issuingBodyRu, QStringLiteral("Аппарат акима Алмалинского района города Алматы"));
            QCOMPARE(d.bodies.issuingBodyEn, QString());
            QCOMPARE(d.bodies.headPositionKk, QStringLiteral("Аудан әкімі")); // from the bare key
            QCOMPARE(d.bodies.headPositionRu, QStringLiteral("Аким района"));  // its own key wins
            QCOMPARE(d.bodies.headName, QStringLiteral("Сәрсенбаев Нұрлан Қайратұлы"));
            QCOMPARE(d.bodies.policeBodyRu, QStringLiteral("Департамент полиции города Алматы"));
            QCOMPARE(d.bodies.policeBodyKk, QString());
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'issuing%' "
                                           "OR key LIKE 'police%'")),
                 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'print.override_dir'")), 1);
        // Older programs would print without the bodies: they must refuse the store.
        QCOMPARE(count(*db, QStringLiteral("SELECT min_compatible FROM schema_version WHERE version = 6")), 6);
    }

    // A store without districts loses nothing either: the audit log keeps
    // what the settings held, for the administrator to enter per district.
    void districtBodiesKeptWhenNoDistrictTakesThem_data() { test::addBackendRows(); }
    void districtBodiesKeptWhenNoDistrictTakesThem()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.createAtVersion(5);
        setOldBodies(scratch);
        const auto db = scratch.open();
        const auto audit = store::AuditLog(*db).forEntity(QStringLiteral("settings"), QStringLiteral("district_bodies"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("move_to_districts"));
        QCOMPARE(audit.first().details.value(QStringLiteral("issuing_body.head_name")).toString(),
                 QStringLiteral("Сәрсенбаев Нұрлан Қайратұлы"));
        QCOMPARE(audit.first().details.value(QStringLiteral("issuing_body.head_position")).toString(),
                 QStringLiteral("Аудан әкімі"));
        QCOMPARE(audit.first().details.size(), 6); // the empty keys are not news
    }

    // The store itself refuses a body no form can print, whoever writes it.
    void districtBodiesHaveLengthLimits_data() { test::addBackendRows(); }
    void districtBodiesHaveLengthLimits()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const int region = store::ReferenceRepository(*db).regionByKato(QStringLiteral("750000000"))->id;
        store::District d{0, region, QString(), QStringLiteral("Алмалы ауданы"), QStringLiteral("Алмалинский район"),
                          QStringLiteral("Almaly District")};
        store::ReferenceRepository(*db).addDistrict(d, QStringLiteral("test"));
        const QString update = QStringLiteral("UPDATE districts SET %1 = '%2' WHERE id = %3");
        for (const records::DistrictBodyField &field : records::districtBodyFields()) {
            const QString column = QString(field.key).replace(u'.', u'_');
            store::execute(*db, update.arg(column, QString(field.maxLength, u'ә')).arg(d.id));
            QVERIFY_THROWS_EXCEPTION(StoreError,
                                     store::execute(*db, update.arg(column, QString(field.maxLength + 1, u'ә'))
                                                             .arg(d.id)));
        }
    }

    // Schema 8: a refusal keeps its ground as ground_id and only the clerk's
    // words as ground_text. The copies of the catalogue's Russian text that
    // programs before it stored there are emptied, other words stay; and the
    // countries get the Russian genitive the shipped reference data has.
    void v8_groundTextKeepsOnlyTheClerksWords_data() { test::addBackendRows(); }
    void v8_groundTextKeepsOnlyTheClerksWords()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const QList<store::Migration> steps =
            store::SchemaMigrator::available(db->dialect().kind());
        qsizetype at = -1;
        for (qsizetype i = 0; i < steps.size(); ++i)
            if (steps.at(i).version == 8)
                at = i;
        QVERIFY(at >= 0);
        QCOMPARE(steps.at(at).minCompatible,
                 1); // only adds and cleans: older programs keep working

        const records::Application app = test::CaseFactory(*db).acceptedCase();
        const auto decide = [&](int ground, const QString &text) {
            records::Decision d;
            d.applicationId = app.id;
            d.kind = records::DecisionKind::Refuse;
            d.groundId = ground;
            d.groundText = text;
            store::CaseRepository(*db).recordDecision(d, QStringLiteral("old program"));
        };
        for (const domain::RefusalGround &g : domain::RefusalGrounds::all())
            decide(g.number, g.text.ru); // what CaseWorkflow::refuse stored before schema 8
        const QString words = QStringLiteral("Ответ ДП № 7/1125 от 24.03.2026");
        decide(3, words);
        decide(4,
               domain::RefusalGrounds::byNumber(3)->text.ru); // another ground's text: not a copy
        // The countries as a store before schema 8 had them.
        QMap<QString, QString> seeded;
        {
            store::Query q(*db, QStringLiteral("SELECT code, name_ru_gen FROM countries"));
            q.exec();
            while (q.next())
                seeded.insert(q.value(0).toString(), q.value(1).toString());
        }
        store::execute(*db, QStringLiteral("ALTER TABLE countries DROP COLUMN name_ru_gen"));

        {
            store::Transaction tx(*db);
            for (const QString &statement : store::splitSqlScript(steps.at(at).script))
                store::execute(*db, statement);
            tx.commit();
        }
        QCOMPARE(
            count(*db,
                  QStringLiteral(
                      "SELECT count(*) FROM decisions WHERE kind = 'refuse' AND ground_text = ''")),
            qint64(domain::RefusalGrounds::kCount));
        QCOMPARE(store::Query(*db, QStringLiteral(
                                       "SELECT ground_text FROM decisions WHERE ground_id = 3 AND "
                                       "ground_text <> ''"))
                     .scalar()
                     .toString(),
                 words);
        QCOMPARE(
            count(*db,
                  QStringLiteral(
                      "SELECT count(*) FROM decisions WHERE ground_id = 4 AND ground_text <> ''")),
            1);
        // The migration fills what a new store seeds from countries.csv.
        QCOMPARE(seeded.value(QStringLiteral("CHN")), QStringLiteral("Китая"));
        store::Query q(*db, QStringLiteral("SELECT code, name_ru_gen FROM countries"));
        q.exec();
        int countries = 0;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), seeded.value(q.value(0).toString()));
            ++countries;
        }
        QCOMPARE(countries, seeded.size());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
