// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 9 (versions and length limits) from a store of schema 8 with data:
// SQLite rebuilds its tables to add the CHECKs, PostgreSQL adds them; every
// row, index, trigger and reference is kept, and a store holding a value
// over a new limit is left as it was.
#include "MigrationSupport.h"
#include "TestStores.h"
#include "store/Query.h"
#include "store/SchemaMigrator.h"
#include "store/StoreError.h"

#include <QTest>

using namespace ruqsat;
using store::StoreError;
using test::count;
using test::openError;

namespace {

// A schema-8 store as clerks have them: one case with everything that hangs
// on it, written by raw SQL the way a schema-8 program wrote it.
const int kBeforeLimits = 8;

QStringList rowsBeforeLimits(bool sqlite)
{
    const QString png = sqlite ? QStringLiteral("X'89504E470D0A1A0A00FF'")
                               : QStringLiteral("'\\x89504e470d0a1a0a00ff'::bytea");
    const QString district =
        QStringLiteral("(SELECT id FROM districts WHERE name_ru = 'Медеуский район')");
    const QString region = QStringLiteral("(SELECT id FROM regions WHERE kato = '750000000')");
    return {
        QStringLiteral("INSERT INTO regions (kato, kind, name_kk, name_ru, name_en) VALUES "
                       "('750000000', 'city', 'Алматы', 'Алматы', 'Almaty')"),
        QStringLiteral("INSERT INTO countries (code, name_kk, name_ru, name_en) VALUES "
                       "('UZB', 'Өзбекстан', 'Узбекистан', 'Uzbekistan')"),
        QStringLiteral("INSERT INTO districts (region_id, name_kk, name_ru, name_en) VALUES "
                       "(%1, 'Медеу ауданы', 'Медеуский район', 'Medeu District')")
            .arg(region),
        QStringLiteral(
            "INSERT INTO users (id, login, full_name, role, district_id, created_at) VALUES "
            "('018f0000-0000-7000-8000-000000000001', 'clerk1', 'Клерк Первый', 'clerk', %1, "
            "'2026-03-01T09:00:00.000Z')")
            .arg(district),
        QStringLiteral("INSERT INTO immigrants (id, surname_cyr, surname_lat, given_names_lat, "
                       "surname_lat_key, sex, "
                       "birth_date, citizenship, passport_number, created_at, updated_at) VALUES "
                       "('018f0000-0000-7000-8000-000000000002', 'Каримов', 'KARIMOV', 'RUSTAM', "
                       "'karimov', 'M', "
                       "'1990-04-17', 'UZB', 'FA1234567', '2026-03-20T10:15:00.000Z', "
                       "'2026-03-20T10:15:00.000Z')"),
        QStringLiteral(
            "INSERT INTO family_members (id, immigrant_id, relation, full_name, birth_year) VALUES "
            "('018f0000-0000-7000-8000-000000000003', '018f0000-0000-7000-8000-000000000002', "
            "'child', "
            "'Каримова Зарина', 2018)"),
        QStringLiteral("INSERT INTO employers (id, iin, surname, surname_key, birth_year, "
                       "created_at, updated_at) VALUES "
                       "('018f0000-0000-7000-8000-000000000004', '850312300156', 'Ахметова', "
                       "'ахметова', 1985, "
                       "'2026-03-20T10:15:00.000Z', '2026-03-20T10:15:00.000Z')"),
        QStringLiteral(
            "INSERT INTO employer_properties (id, employer_id, district_id, address) VALUES "
            "('018f0000-0000-7000-8000-000000000005', '018f0000-0000-7000-8000-000000000004', %1, "
            "'Алматы, ул. Абая, 10, кв. 5')")
            .arg(district),
        QStringLiteral(
            "INSERT INTO applications (id, registry_number, kind, channel, district_id, "
            "immigrant_id, "
            "employer_id, received_at, requested_months, work_address, status, version, "
            "immigrant_sort, "
            "created_by, created_at, updated_at) VALUES ('018f0000-0000-7000-8000-000000000006', "
            "'2026-000001', 'issue', 'state_corporation', %1, "
            "'018f0000-0000-7000-8000-000000000002', "
            "'018f0000-0000-7000-8000-000000000004', '2026-03-20T10:15:00.000Z', 6, "
            "'Алматы, ул. Абая, 10, кв. 5', 'issued', 7, 'karimov rustam', "
            "'018f0000-0000-7000-8000-000000000001', '2026-03-20T10:15:00.000Z', "
            "'2026-03-20T10:15:00.000Z')")
            .arg(district),
        QStringLiteral("INSERT INTO checklist_items (id, application_id, doc_code, state, "
                       "doc_number, valid_until, note, amount_kzt) "
                       "VALUES ('018f0000-0000-7000-8000-000000000007', "
                       "'018f0000-0000-7000-8000-000000000006', "
                       "'insurance', 'present', 'POL-77', '2026-12-31', 'оригинал', 259500)"),
        QStringLiteral(
            "INSERT INTO attachments (id, application_id, checklist_item_id, file_name, "
            "media_type, "
            "size_bytes, sha256, content, added_at) VALUES "
            "('018f0000-0000-7000-8000-000000000008', "
            "'018f0000-0000-7000-8000-000000000006', '018f0000-0000-7000-8000-000000000007', "
            "'полис.png', 'image/png', 10, '%1', %2, '2026-03-20T10:20:00.000Z')")
            .arg(QString(64, u'a'), png),
        QStringLiteral(
            "INSERT INTO police_checks (id, application_id, sent_at, answer_due_on, answered_at, "
            "result, "
            "reference) VALUES ('018f0000-0000-7000-8000-000000000009', "
            "'018f0000-0000-7000-8000-000000000006', '2026-03-20T11:00:00.000Z', '2026-03-24', "
            "'2026-03-23T05:00:00.000Z', 'positive', 'ДП-77')"),
        QStringLiteral("INSERT INTO quotas (id, region_id, year, quota, issued) VALUES "
                       "('018f0000-0000-7000-8000-00000000000a', %1, 2026, 100, 1)")
            .arg(region),
        QStringLiteral(
            "INSERT INTO permits (id, number, application_id, immigrant_id, employer_id, "
            "region_id, "
            "district_id, quota_id, chain_start, valid_from, valid_to, status, issued_at) VALUES "
            "('018f0000-0000-7000-8000-00000000000b', '75-2026-000001', "
            "'018f0000-0000-7000-8000-000000000006', '018f0000-0000-7000-8000-000000000002', "
            "'018f0000-0000-7000-8000-000000000004', %1, %2, "
            "'018f0000-0000-7000-8000-00000000000a', "
            "'2026-03-25', '2026-03-25', '2026-09-24', 'in_force', '2026-03-25T06:00:00.000Z')")
            .arg(region, district),
        QStringLiteral(
            "INSERT INTO terminations (id, permit_id, contract_ended_on, notice_due_on, "
            "notified_on, note, "
            "recorded_at) VALUES ('018f0000-0000-7000-8000-00000000000c', "
            "'018f0000-0000-7000-8000-00000000000b', '2026-05-06', '2026-05-08', '2026-05-07', "
            "'уведомление', '2026-05-07T06:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO revocations (id, permit_id, act_issuer, act_number, act_date, revoked_on, "
            "police_notice_due_on, stay_until, recorded_at) VALUES "
            "('018f0000-0000-7000-8000-00000000000d', '018f0000-0000-7000-8000-00000000000b', "
            "'Инспекция труда', '17-04/311', '2026-05-01', '2026-05-02', '2026-05-05', "
            "'2026-05-17', "
            "'2026-05-02T06:00:00.000Z')"),
        QStringLiteral("INSERT INTO complaints (id, permit_id, addressee, complainant, summary, "
                       "registered_on, due_on, "
                       "recorded_at) VALUES ('018f0000-0000-7000-8000-00000000000e', "
                       "'018f0000-0000-7000-8000-00000000000b', 'provider', 'Каримов Р.', "
                       "'жалоба', '2026-05-03', "
                       "'2026-05-12', '2026-05-03T06:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO labour_contracts (id, permit_id, number, concluded_on, registry, "
            "valid_from, "
            "recorded_at) VALUES ('018f0000-0000-7000-8000-00000000000f', "
            "'018f0000-0000-7000-8000-00000000000b', 'TD-41', '2026-03-26', 'unified_system', "
            "'2026-03-27', '2026-03-26T06:00:00.000Z')"),
        QStringLiteral("INSERT INTO calendar_exceptions (day, kind, note) VALUES ('2026-03-23', "
                       "'holiday', 'Наурыз')"),
        QStringLiteral("UPDATE districts SET issuing_body_name_ru = 'ГУ «Отдел занятости "
                       "Медеуского района»', police_body_name_kk = 'Алматы қаласының ПД'"),
    };
}

// The tables schema 9 rebuilds on SQLite, and their rows, to compare.
const QStringList kRebuilt = {
    QStringLiteral("immigrants"),   QStringLiteral("family_members"),
    QStringLiteral("employers"),    QStringLiteral("employer_properties"),
    QStringLiteral("applications"), QStringLiteral("checklist_items"),
    QStringLiteral("attachments"),  QStringLiteral("police_checks"),
    QStringLiteral("terminations"), QStringLiteral("revocations"),
    QStringLiteral("complaints"),   QStringLiteral("labour_contracts"),
    QStringLiteral("users"),        QStringLiteral("districts"),
    QStringLiteral("settings"),     QStringLiteral("calendar_exceptions")};

// Indexes and triggers of the rebuilt tables, as SQLite keeps their text, one
// a line (later steps add their own to other tables).
const QString kObjectsSql =
    QStringLiteral("SELECT group_concat(line, char(10)) FROM (SELECT type || ' ' || name || ': ' "
                   "|| COALESCE(sql, '') AS line "
                   "FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name IN ('%1') "
                   "ORDER BY name)")
        .arg(kRebuilt.join(QLatin1String("', '")));

// The same, less what later versions add or rebuild: the deadlines' indexes
// of schema 12, the complaints' indexes and triggers of schema 13, the
// reports' indexes of schema 14, the extensions' of schema 15, the deadline
// pages' of schema 16 (three of them rebuilt wider), the citizenship's
// triggers and the report's index of schema 18.
const QString kLaterLeftOut = QString(kObjectsSql).replace(
    QLatin1String("ORDER BY name"),
    QStringLiteral("AND name NOT IN ('revocations_police_notice', 'terminations_notice_due', "
                   "'complaints_application', 'complaints_permit', 'complaints_registered', "
                   "'complaints_resolution_final', 'complaints_resolution_whole', 'permits_report', "
                   "'decisions_report', 'revocations_report', 'terminations_report', "
                   "'permit_copies_report', 'applications_extends', 'applications_status_due', "
                   "'permits_status_to', 'police_checks_open', 'applications_status_sort', "
                   "'applications_citizenship_new', 'applications_citizenship_moved', "
                   "'immigrants_citizenship_changed', 'applications_report', "
                   "'immigrants_search_new', 'immigrants_search_gone', 'immigrants_search_changed', "
                   "'employers_search_new', 'employers_search_gone', 'employers_search_changed', "
                   "'applications_status_due_sort', 'applications_status_registry', "
                   "'applications_status_immigrant', 'applications_district_due', "
                   "'applications_district_registry', 'applications_district_immigrant', "
                   "'applications_kind_received') "
                   "ORDER BY name"));

} // namespace

class TestSchemaRebuild : public QObject
{
    Q_OBJECT
private slots:
    // Schema 9 (versions and length limits) from a schema-8 store with data:
    // every row kept, every index and trigger back, foreign keys on and
    // holding, and the new limits in force.
    void limitsFromSchema8KeepEverything_data() { test::addBackendRows(); }
    void limitsFromSchema8KeepEverything()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.createAtVersion(kBeforeLimits);
        scratch.rawScript(rowsBeforeLimits(scratch.isSqlite()));
        QStringList objectsBefore; // SQLite's indexes and triggers of schema 8, as text
        if (scratch.isSqlite())
            objectsBefore = scratch.rawScalar(kLaterLeftOut).toString().split(u'\n');
        const auto db = scratch.open();
        QVERIFY(db->schemaVersion() >= 9);
        QCOMPARE(count(*db, QStringLiteral("SELECT max(version) FROM schema_version")),
                 qint64(store::SchemaMigrator::programVersion(db->dialect().kind())));
        for (const QString &table : kRebuilt)
            QVERIFY2(count(*db, QLatin1String("SELECT count(*) FROM ") + table) >= 1,
                     qPrintable(table));
        QCOMPARE(count(*db, QStringLiteral(
                                "SELECT count(*) FROM immigrants WHERE surname_lat = 'KARIMOV' AND "
                                "surname_cyr = 'Каримов' AND version = 1")),
                 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM employers WHERE version = 1")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT version FROM applications")),
                 7); // its version is kept
        QCOMPARE(
            count(*db,
                  QStringLiteral(
                      "SELECT count(*) FROM family_members WHERE full_name = 'Каримова Зарина'")),
            1);
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT content FROM attachments"))
                     .scalar()
                     .toByteArray(),
                 QByteArray::fromHex("89504e470d0a1a0a00ff"));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM districts WHERE "
                                           "issuing_body_name_ru = 'ГУ «Отдел занятости "
                                           "Медеуского района»' AND police_body_name_kk = "
                                           "'Алматы қаласының ПД'")),
                 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT amount_kzt FROM checklist_items")), 259500);
        if (scratch.isSqlite()) {
            // Every index and trigger of schema 8, with the same text.
            QVERIFY(objectsBefore.size() > 40);
            const QStringList objectsAfter =
                store::Query(*db, kLaterLeftOut).scalar().toString().split(u'\n');
            QCOMPARE(objectsAfter, objectsBefore);
            QCOMPARE(count(*db, QStringLiteral("PRAGMA foreign_keys")),
                     1); // back on after the step
            QCOMPARE(
                store::Query(*db, QStringLiteral("PRAGMA integrity_check")).scalar().toString(),
                QStringLiteral("ok"));
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
                     0);
        }
        // Schema 2's trigger still carries a renamed immigrant to the permit.
        store::execute(
            *db, QStringLiteral("UPDATE applications SET immigrant_sort = 'karimova rustam'"));
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT immigrant_sort FROM permits"))
                     .scalar()
                     .toString(),
                 QStringLiteral("karimova rustam"));
        // Foreign keys hold: a family member of nobody is refused.
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            store::execute(
                *db,
                QStringLiteral(
                    "INSERT INTO family_members (id, immigrant_id, relation, full_name) VALUES "
                    "('018f0000-0000-7000-8000-0000000000ff', "
                    "'018f0000-0000-7000-8000-0000000000fe', 'child', 'x')")));
        // The new limits hold for the old rows.
        try {
            store::execute(
                *db,
                QStringLiteral("UPDATE immigrants SET surname_lat = '%1'").arg(QString(61, u'K')));
            QFAIL("a 61-character surname was stored");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY2(e.message().contains(QLatin1String("Surname (Latin)")),
                     qPrintable(e.message()));
        }
        store::execute(
            *db, QStringLiteral("UPDATE immigrants SET surname_lat = '%1'").arg(QString(60, u'K')));
    }

    // A schema-8 store holding a value over its new limit (a 5,000-character
    // name pasted by an older program) is not migrated: the step stops with a
    // message naming the field, and the store stays at schema 8 as it was.
    void limitsRefuseOversizedOldValueAndChangeNothing_data() { test::addBackendRows(); }
    void limitsRefuseOversizedOldValueAndChangeNothing()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.createAtVersion(kBeforeLimits);
        QStringList rows = rowsBeforeLimits(scratch.isSqlite());
        rows << QStringLiteral("UPDATE immigrants SET given_names_lat = '%1'")
                    .arg(QString(5000, u'R'));
        scratch.rawScript(rows);
        QString message;
        QCOMPARE(openError(scratch, &message), StoreError::Kind::Invalid);
        QVERIFY2(message.contains(QLatin1String("Given names (Latin)")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("previous version")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("R-")), qPrintable(message));
        // Nothing changed: still schema 8, the name whole, no version column.
        QCOMPARE(
            scratch.rawScalar(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(),
            kBeforeLimits);
        QCOMPARE(scratch.rawScalar(QStringLiteral("SELECT length(given_names_lat) FROM immigrants"))
                     .toInt(),
                 5000);
        QVERIFY(!scratch.rawScalar(QStringLiteral("SELECT version FROM immigrants")).isValid());
        QCOMPARE(scratch.rawScalar(QStringLiteral("SELECT count(*) FROM checklist_items")).toInt(),
                 1);
    }

    // SQLite rebuilds tables with foreign keys off: a row pointing nowhere
    // (left by an old program with foreign keys off) stops the step before
    // it commits instead of being carried into the new tables.
    void limitsRefuseBrokenReferences()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.createAtVersion(kBeforeLimits);
        QStringList rows = rowsBeforeLimits(true);
        rows << QStringLiteral("PRAGMA foreign_keys = OFF")
             << QStringLiteral(
                    "INSERT INTO family_members (id, immigrant_id, relation, full_name) VALUES "
                    "('018f0000-0000-7000-8000-0000000000ff', 'nobody', 'child', 'Сирота')");
        scratch.rawScript(rows);
        QString message;
        QCOMPARE(openError(scratch, &message), StoreError::Kind::Invalid);
        QVERIFY2(message.contains(QLatin1String("family_members")), qPrintable(message));
        QCOMPARE(
            scratch.rawScalar(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(),
            kBeforeLimits);
        QCOMPARE(scratch.rawScalar(QStringLiteral("SELECT count(*) FROM family_members")).toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestSchemaRebuild)
#include "tst_schema_rebuild.moc"
