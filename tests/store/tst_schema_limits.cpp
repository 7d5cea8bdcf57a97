// SPDX-License-Identifier: GPL-3.0-or-later
// The schema holds every text to the limit of domain::FieldLimits: each
// limit is a CHECK of the same size on both backends, read back from the
// schema itself, no typed text column is left without one, and a value over
// the limit written through a repository is refused with a message naming
// its field, leaving nothing behind.
#include "CaseFactory.h"
#include "TestStores.h"
#include "domain/FieldLimits.h"
#include "store/AuditLog.h"
#include "store/ImmigrantRepository.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QRegularExpression>
#include <QTest>

using namespace ruqsat;
using domain::FieldLimits;

namespace {

// "table.column" -> the limit its CHECK allows, as the schema states it: a
// CHECK that bounds one column's length, named <table>_<column>_length as
// FieldLimit::constraintName() expects, or unnamed (a limit some migration
// wrote without FieldLimits: it shows up here, and fails the comparison).
QMap<QString, int> lengthChecks(const store::Database &db)
{
    QMap<QString, int> checks;
    if (db.dialect().isSqlite()) {
        static const QRegularExpression check(
            QStringLiteral("(?:CONSTRAINT (\\w+) )?CHECK \\(length\\((\\w+)\\) <= (\\d+)\\)"));
        store::Query q(db,
                       QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"));
        q.exec();
        while (q.next()) {
            const QString table = q.value(0).toString();
            auto it = check.globalMatch(q.value(1).toString());
            while (it.hasNext()) {
                const auto m = it.next();
                if (!m.captured(1).isEmpty() &&
                    m.captured(1) != table + u'_' + m.captured(2) + QLatin1String("_length"))
                    qWarning("constraint %s does not name its column %s", qPrintable(m.captured(1)),
                             qPrintable(m.captured(2)));
                checks.insert(table + u'.' + m.captured(2), m.captured(3).toInt());
            }
        }
        return checks;
    }
    // A column named by a keyword comes back quoted: char_length("position").
    static const QRegularExpression check(
        QStringLiteral("^CHECK \\(\\(char_length\\(\"?(\\w+)\"?\\) <= (\\d+)\\)\\)$"));
    store::Query q(
        db,
        QStringLiteral(
            "SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
            "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE k.contype = 'c' AND n.nspname = current_schema()"));
    q.exec();
    while (q.next()) {
        const auto m = check.match(q.value(2).toString());
        if (!m.hasMatch())
            continue;
        if (q.value(1).toString() !=
            q.value(0).toString() + u'_' + m.captured(1) + QLatin1String("_length"))
            qWarning("constraint %s does not name its column", qPrintable(q.value(1).toString()));
        checks.insert(q.value(0).toString() + u'.' + m.captured(1), m.captured(2).toInt());
    }
    return checks;
}

// Text columns a clerk never types: ids and references, codes checked by
// their own CHECK, dates and times, the search keys the program derives, and
// what the program writes itself (numbers, hashes).
bool typedByNobody(const QString &table, const QString &column)
{
    static const QRegularExpression derived(
        QStringLiteral("^(id|.*_id|.*_at|.*_on|.*_date|.*_key|.*_by|.*_until|valid_from|valid_to|"
                       "immigrant_sort|search_text|day)$"));
    static const QStringList codes = {QStringLiteral("immigrants.sex"),
                                      QStringLiteral("immigrants.citizenship"),
                                      // the immigrant's, copied by triggers (schema 18)
                                      QStringLiteral("applications.citizenship"),
                                      // the people's search text, copied by triggers (schema 24)
                                      QStringLiteral("applications.immigrant_text"),
                                      QStringLiteral("applications.employer_text"),
                                      QStringLiteral("permits.immigrant_text"),
                                      QStringLiteral("permits.employer_text"),
                                      QStringLiteral("immigrants.iin"),
                                      QStringLiteral("immigrants.marital_status"),
                                      QStringLiteral("family_members.relation"),
                                      QStringLiteral("employers.iin"),
                                      QStringLiteral("applications.registry_number"),
                                      QStringLiteral("applications.kind"),
                                      QStringLiteral("applications.channel"),
                                      QStringLiteral("applications.status"),
                                      QStringLiteral("complaints.resolution"),
                                      QStringLiteral("checklist_items.doc_code"),
                                      QStringLiteral("checklist_items.state"),
                                      QStringLiteral("attachments.media_type"),
                                      QStringLiteral("attachments.sha256"),
                                      QStringLiteral("police_checks.result"),
                                      QStringLiteral("complaints.addressee"),
                                      QStringLiteral("labour_contracts.registry"),
                                      QStringLiteral("users.role"),
                                      QStringLiteral("users.password_hash"),
                                      QStringLiteral("users.password_salt"),
                                      QStringLiteral("districts.kato"),
                                      QStringLiteral("settings.key"),
                                      QStringLiteral("calendar_exceptions.kind")};
    return derived.match(column).hasMatch() || codes.contains(table + u'.' + column);
}

QStringList textColumns(const store::Database &db, const QString &table)
{
    QStringList columns;
    if (db.dialect().isSqlite()) {
        store::Query q(db, QStringLiteral("SELECT name, type FROM pragma_table_info(:t)"));
        q.bind(QStringLiteral(":t"), table).exec();
        while (q.next())
            if (q.value(1).toString().compare(QLatin1String("TEXT"), Qt::CaseInsensitive) == 0)
                columns << q.value(0).toString();
    } else {
        store::Query q(
            db, QStringLiteral(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                    "current_schema() AND table_name = :t AND data_type = 'text'"));
        q.bind(QStringLiteral(":t"), table).exec();
        while (q.next())
            columns << q.value(0).toString();
    }
    return columns;
}

} // namespace

class TestSchemaLimits : public QObject
{
    Q_OBJECT
private slots:
    void everyLimitIsACheckOfTheSameSize_data() { test::addBackendRows(); }
    void everyLimitIsACheckOfTheSameSize()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        QMap<QString, int> expected;
        for (const domain::FieldLimit &l : FieldLimits::all())
            if (!l.table.isEmpty())
                expected.insert(l.table + u'.' + l.column, l.maxLength);
        QVERIFY(expected.size() >= 40);
        QCOMPARE(lengthChecks(*db), expected);
    }

    // A typed text column added without a limit fails here: give it a line
    // in FieldLimits.cpp and a CHECK in its migration.
    void everyTypedTextColumnHasALimit_data() { test::addBackendRows(); }
    void everyTypedTextColumnHasALimit()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        QSet<QString> tables;
        for (const domain::FieldLimit &l : FieldLimits::all())
            if (!l.table.isEmpty())
                tables.insert(l.table);
        for (const QString &table : tables) {
            const QStringList columns = textColumns(*db, table);
            QVERIFY2(!columns.isEmpty(), qPrintable(table));
            for (const QString &column : columns)
                QVERIFY2(typedByNobody(table, column) || FieldLimits::findColumn(table, column),
                         qPrintable(table + u'.' + column + QLatin1String(" has no length limit")));
        }
    }

    // A 5,000-character name, whichever path brings it, is refused with a
    // message naming the field, and nothing of it is stored.
    void pastedNameRefusedAndNothingStored_data() { test::addBackendRows(); }
    void pastedNameRefusedAndNothingStored()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        auto p = test::CaseFactory(*db).immigrant();
        p.surnameLat = QString(5000, u'K');
        try {
            store::ImmigrantRepository(*db).create(p, QStringLiteral("clerk1"));
            QFAIL("a 5,000-character surname was stored");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Invalid);
            QVERIFY2(e.message().contains(QLatin1String("Surname (Latin)")),
                     qPrintable(e.message()));
            QVERIFY2(!e.message().contains(QLatin1String("_length")), qPrintable(e.message()));
            QVERIFY2(e.detail().contains(QLatin1String("immigrants_surname_lat_length")),
                     qPrintable(e.detail()));
        }
        QCOMPARE(
            store::Query(*db, QStringLiteral("SELECT count(*) FROM immigrants")).scalar().toInt(),
            0);
        QCOMPARE(store::AuditLog(*db).forEntity(QStringLiteral("immigrant"), p.id).size(), 0);
    }

    // At the limit a text is stored; one character more is refused. Cyrillic
    // and Kazakh letters count as one character each on both backends.
    void limitIsInclusiveAndCountsLetters_data() { test::addBackendRows(); }
    void limitIsInclusiveAndCountsLetters()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        store::ImmigrantRepository repo(*db);
        auto p = test::CaseFactory(*db).immigrant();
        const int max = FieldLimits::maxLength(QStringLiteral("immigrant.permanentAddress"));
        p.permanentAddress = QString(max, u'Ә');
        repo.create(p, QStringLiteral("clerk1"));
        QCOMPARE(repo.find(p.id)->permanentAddress.size(), max);
        p.permanentAddress += u'қ';
        QVERIFY_THROWS_EXCEPTION(store::StoreError, repo.update(p, QStringLiteral("clerk1")));
        QCOMPARE(repo.find(p.id)->permanentAddress.size(), max);
        const int setting = FieldLimits::maxLength(QStringLiteral("setting.value"));
        store::execute(
            *db, QStringLiteral("UPDATE settings SET value = '%1' WHERE key = 'print.override_dir'")
                     .arg(QString(setting, u'Ұ')));
        QVERIFY_THROWS_EXCEPTION(
            store::StoreError,
            store::execute(*db, QStringLiteral("UPDATE settings SET value = '%1' WHERE key = "
                                               "'print.override_dir'")
                                    .arg(QString(setting + 1, u'Ұ'))));
    }
};

QTEST_GUILESS_MAIN(TestSchemaLimits)
#include "tst_schema_limits.moc"
