// SPDX-License-Identifier: GPL-3.0-or-later
// The program's own scoping by district (issue #11), on both backends: the
// case and permit registers, their counts and the print listings hold the
// districts of the session only, and a case or permit of another district
// is refused to print. On PostgreSQL the test stores connect as their owner,
// whom row-level security does not hold: this is the program's scoping.
#include "CaseFactory.h"
#include "TestStores.h"
#include "store/CaseRegisterRepository.h"
#include "store/DistrictScope.h"
#include "store/PermitRegisterRepository.h"
#include "store/PrintQueries.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QSet>
#include <QTest>

using namespace ruqsat;

namespace {

const QDate kToday(2026, 11, 24);

// A store of demo people spread over the city districts; the two districts
// with the most permits are `a` and `b`.
struct Districts
{
    int a = 0, b = 0;
};

Districts fill(const store::Database &db)
{
    test::CaseFactory(db).writeDemoPeople(150, 11, kToday);
    store::Query q(db, QStringLiteral("SELECT district_id FROM permits GROUP BY district_id "
                                      "ORDER BY count(*) DESC, district_id LIMIT 2"));
    q.exec();
    Districts d;
    if (q.next())
        d.a = q.value(0).toInt();
    if (q.next())
        d.b = q.value(0).toInt();
    return d;
}

QSet<QString> column(const store::Database &db, const QString &sql)
{
    store::Query q(db, sql);
    q.exec();
    QSet<QString> values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QString inList(const QList<int> &ids)
{
    QStringList texts;
    for (int id : ids)
        texts << QString::number(id);
    return texts.join(u',');
}

// What the store holds of those districts (every one for an empty list).
QSet<QString> casesOf(const store::Database &db, const QList<int> &ids)
{
    return column(db, ids.isEmpty()
                          ? QStringLiteral("SELECT id FROM applications")
                          : QStringLiteral("SELECT id FROM applications WHERE district_id IN (%1)")
                                .arg(inList(ids)));
}

QSet<QString> permitsOf(const store::Database &db, const QList<int> &ids)
{
    return column(
        db,
        ids.isEmpty()
            ? QStringLiteral("SELECT id FROM permits")
            : QStringLiteral("SELECT id FROM permits WHERE district_id IN (%1)").arg(inList(ids)));
}

// Every row of a register under `filter`, read page by page.
template<typename Repository, typename Sort, typename Filter>
QSet<QString> readRegister(const store::Database &db, const Filter &filter)
{
    const Repository reg(db);
    const Sort sort;
    QSet<QString> ids;
    auto page = reg.firstPage(filter, sort, 50);
    while (!page.isEmpty()) {
        for (const auto &row : page)
            ids << row.id;
        page = reg.pageAfter(filter, sort, page.last(), 50);
    }
    return ids;
}

QSet<QString> caseRegister(const store::Database &db, const store::RegisterFilter &filter)
{
    return readRegister<store::CaseRegisterRepository, store::RegisterSort>(db, filter);
}

QSet<QString> permitRegister(const store::Database &db, const store::PermitRegisterFilter &filter)
{
    return readRegister<store::PermitRegisterRepository, store::PermitRegisterSort>(db, filter);
}

// The registers and their counts under `scope` hold exactly `cases` and `permits`.
void checkRegisters(const store::Database &db, const QList<int> &scope, const QSet<QString> &cases,
                    const QSet<QString> &permits)
{
    store::RegisterFilter caseFilter;
    caseFilter.districtIds = scope;
    QCOMPARE(caseRegister(db, caseFilter), cases);
    QCOMPARE(store::CaseRegisterRepository(db).count(caseFilter), qint64(cases.size()));
    store::PermitRegisterFilter permitFilter;
    permitFilter.districtIds = scope;
    permitFilter.today = kToday;
    QCOMPARE(permitRegister(db, permitFilter), permits);
    QCOMPARE(store::PermitRegisterRepository(db).count(permitFilter), qint64(permits.size()));
}

QString caseOf(const store::Database &db, int district)
{
    return store::Query(db, QStringLiteral("SELECT id FROM applications WHERE district_id = :d "
                                           "AND registry_number IS NOT NULL ORDER BY id LIMIT 1"))
        .bind(QStringLiteral(":d"), district)
        .scalar()
        .toString();
}

QString permitOf(const store::Database &db, int district)
{
    return store::Query(db,
                        QStringLiteral("SELECT min(number) FROM permits WHERE district_id = :d"))
        .bind(QStringLiteral(":d"), district)
        .scalar()
        .toString();
}

} // namespace

class TestDistrictScope : public QObject
{
    Q_OBJECT
private slots:
    void clerkOfOneDistrictSeesOnlyItsCasesAndPermits_data() { test::addBackendRows(); }
    void clerkOfOneDistrictSeesOnlyItsCasesAndPermits()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Districts d = fill(*db);
        QVERIFY(d.a > 0 && d.b > 0);
        const QSet<QString> cases = casesOf(*db, {d.a});
        const QSet<QString> permits = permitsOf(*db, {d.a});
        QVERIFY(!cases.isEmpty() && !permits.isEmpty());
        QVERIFY(cases.size() < casesOf(*db, {}).size()); // others' cases exist and are left out
        checkRegisters(*db, {d.a}, cases, permits);
    }

    void userWithTwoDistrictsSeesBoth_data() { test::addBackendRows(); }
    void userWithTwoDistrictsSeesBoth()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Districts d = fill(*db);
        const QSet<QString> cases = casesOf(*db, {d.a, d.b});
        QVERIFY(cases.size() > casesOf(*db, {d.a}).size());
        checkRegisters(*db, {d.a, d.b}, cases, permitsOf(*db, {d.a, d.b}));
    }

    void sessionWithoutDistrictListSeesEverything_data() { test::addBackendRows(); }
    void sessionWithoutDistrictListSeesEverything()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        fill(*db);
        checkRegisters(*db, {}, casesOf(*db, {}), permitsOf(*db, {}));
    }

    void clerkWithNoDistrictSeesNothing_data() { test::addBackendRows(); }
    void clerkWithNoDistrictSeesNothing()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        fill(*db);
        checkRegisters(*db, {store::kNoDistrict}, {}, {});
        const store::PrintQueries print(*db, {store::kNoDistrict});
        QVERIFY(print.cases(QString(), 0).isEmpty());
        QVERIFY(print.permits(QDate(), QString(), 0).isEmpty());
    }

    // The scope holds with every other filter and with every search: the
    // registry number and the IIN of a case of another district find nothing.
    void searchFindsNothingOfAnotherDistrict_data() { test::addBackendRows(); }
    void searchFindsNothingOfAnotherDistrict()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Districts d = fill(*db);
        const QString other = caseOf(*db, d.b);
        const QString registry =
            store::Query(*db,
                         QStringLiteral("SELECT registry_number FROM applications WHERE id = :id"))
                .bind(QStringLiteral(":id"), other)
                .scalar()
                .toString();
        QVERIFY(!registry.isEmpty());
        store::RegisterFilter f;
        f.search = registry;
        QCOMPARE(store::CaseRegisterRepository(*db).count(f), qint64(1));
        f.districtIds = {d.a};
        QCOMPARE(store::CaseRegisterRepository(*db).count(f), qint64(0));
        QVERIFY(caseRegister(*db, f).isEmpty());
        f.districtIds = {d.b};
        QCOMPARE(caseRegister(*db, f), QSet<QString>{other});
        // The register's own district filter narrows within the scope.
        f.search.clear();
        f.districtIds = {d.a, d.b};
        f.districtId = d.b;
        QCOMPARE(caseRegister(*db, f), casesOf(*db, {d.b}));

        store::PermitRegisterFilter p;
        p.today = kToday;
        p.search = permitOf(*db, d.b);
        QCOMPARE(store::PermitRegisterRepository(*db).count(p), qint64(1));
        p.districtIds = {d.a};
        QCOMPARE(store::PermitRegisterRepository(*db).count(p), qint64(0));
        QVERIFY(permitRegister(*db, p).isEmpty());
    }

    // `ruqsatctl cases list`, `permits list` and the batch of a day's permits
    // print what the session's districts hold.
    void printListingsHoldTheSessionsDistricts_data() { test::addBackendRows(); }
    void printListingsHoldTheSessionsDistricts()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Districts d = fill(*db);
        const store::PrintQueries print(*db, {d.a});
        QSet<QString> listed;
        for (const store::CaseListing &c : print.cases(QString(), 0))
            listed << c.id;
        QCOMPARE(listed, casesOf(*db, {d.a}));
        const QSet<QString> numbersOfA = column(
            *db, QStringLiteral("SELECT number FROM permits WHERE district_id = %1").arg(d.a));
        QSet<QString> numbers;
        for (const store::PermitListing &p : print.permits(QDate(), QString(), 0))
            numbers << p.number;
        QCOMPARE(numbers, numbersOfA);
        // A day on which a permit of B was issued: none of B's that day.
        const QString numberOfB = permitOf(*db, d.b);
        QDate day;
        for (const store::PermitListing &p :
             store::PrintQueries(*db).permits(QDate(), QString(), 0))
            if (p.number == numberOfB)
                day = p.issuedAt.toLocalTime().date();
        QVERIFY(store::PrintQueries(*db).permitNumbersIssuedOn(day).contains(numberOfB));
        for (const QString &number : print.permitNumbersIssuedOn(day))
            QVERIFY2(numbersOfA.contains(number), qPrintable(number));
        QVERIFY(!print.permitNumbersIssuedOn(day).contains(numberOfB));
    }

    // `print --case` and `--permit` of another district: refused, said so.
    void caseOfAnotherDistrictIsNotPrinted_data() { test::addBackendRows(); }
    void caseOfAnotherDistrictIsNotPrinted()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Districts d = fill(*db);
        const store::PrintQueries print(*db, {d.a});
        QCOMPARE(
            print.application(caseOf(*db, d.a)).values.value(QStringLiteral("district_id")).toInt(),
            d.a);
        try {
            print.application(caseOf(*db, d.b));
            QFAIL("a case of another district was loaded for print");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Forbidden);
            QCOMPARE(e.message(), QStringLiteral("This case belongs to another district."));
        }
        QVERIFY(!print.permit(permitOf(*db, d.a)).values.isEmpty());
        try {
            print.permit(permitOf(*db, d.b));
            QFAIL("a permit of another district was loaded for print");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Forbidden);
            QCOMPARE(e.message(), QStringLiteral("This permit belongs to another district."));
        }
        // Both, to a session of both districts.
        const store::PrintQueries both(*db, {d.a, d.b});
        QCOMPARE(
            both.application(caseOf(*db, d.b)).values.value(QStringLiteral("district_id")).toInt(),
            d.b);
    }
};

QTEST_GUILESS_MAIN(TestDistrictScope)
#include "tst_district_scope.moc"
