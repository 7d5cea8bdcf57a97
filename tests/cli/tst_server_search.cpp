// SPDX-License-Identifier: GPL-3.0-or-later
// Searching on the akimat's server as a clerk's own role (issue #13): the
// indexes serve a clerk under row security, and the clerk finds only what
// their districts hold.
#include "SecuredServer.h"
#include "store/CaseRegisterRepository.h"
#include "store/Query.h"

#include <QTest>

using namespace ruqsat;
using namespace ruqsat::test;

class TestServerSearch : public SecuredServerTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpServer(); }
    void cleanupTestCase() { tearDownServer(); }

    // A clerk's search reads the trigram index (init marks LIKE leakproof,
    // without which row security keeps the index out and every person of
    // every district is read), and still finds only the people it may see.
    void clerksSearchUsesTheIndexAndSeesOnlyTheirPeople()
    {
        const PlainSession clerk(m_superuser, login(QStringLiteral("clerk")), kServerPassword);
        QVERIFY2(clerk.isOpen(), qPrintable(clerk.error()));
        QVERIFY(clerk.run(QStringLiteral("SET enable_seqscan = off")));
        // Three letters of a name of the clerk's district.
        const QString letters =
            store::Query(*m_super, QStringLiteral("SELECT substr(i.search_text, 2, 3) FROM "
                                                  "immigrants i JOIN applications a ON "
                                                  "a.immigrant_id = i.id WHERE a.district_id = %1 "
                                                  "LIMIT 1")
                                       .arg(m_districtA))
                .scalar()
                .toString();
        QCOMPARE(letters.size(), 3);
        const QString like = QStringLiteral("search_text LIKE '%%1%'").arg(letters);
        const QString plan =
            clerk
                .value(QStringLiteral("EXPLAIN (FORMAT JSON) SELECT id FROM immigrants WHERE ") +
                       like)
                .toString();
        QVERIFY2(plan.contains(QLatin1String("immigrants_search")), qPrintable(plan));
        const int visible = count(
            QStringLiteral("SELECT count(*) FROM immigrants i WHERE i.%1 AND (i.district_id = %2 "
                           "OR EXISTS (SELECT 1 FROM applications a WHERE a.immigrant_id = i.id "
                           "AND a.district_id = %2))")
                .arg(like)
                .arg(m_districtA));
        QVERIFY(visible > 0);
        QCOMPARE(
            clerk.value(QStringLiteral("SELECT count(*) FROM immigrants WHERE ") + like).toInt(),
            visible);
        // The register's search as the clerk (the cases' own copies of their
        // people's text, schema 24): the cases of their district that match.
        const auto clerkDb = store::Database::open(as(QStringLiteral("clerk")));
        store::RegisterFilter filter;
        filter.search = letters;
        filter.districtIds = {m_districtA};
        const auto rows = store::CaseRegisterRepository(*clerkDb).firstPage(filter, {}, 500);
        const int cases =
            count(QStringLiteral("SELECT count(*) FROM applications a JOIN immigrants i ON i.id = "
                                 "a.immigrant_id JOIN employers e ON e.id = a.employer_id WHERE "
                                 "a.district_id = %1 AND (i.%2 OR e.%2)")
                      .arg(m_districtA)
                      .arg(like));
        QVERIFY(cases > 0);
        QCOMPARE(int(rows.size()), cases);
        // and nobody of the other districts, whatever the letters.
        QVERIFY(clerk.value(QStringLiteral("SELECT count(*) FROM immigrants")).toInt() <
                count(QStringLiteral("SELECT count(*) FROM immigrants")));
        QCOMPARE(
            clerk
                .value(QStringLiteral(
                           "SELECT count(*) FROM immigrants i WHERE i.search_text LIKE '%%' AND "
                           "NOT EXISTS (SELECT 1 FROM applications a WHERE a.immigrant_id = i.id "
                           "AND a.district_id = %1) AND (i.district_id IS NULL OR i.district_id <> "
                           "%1)")
                           .arg(m_districtA))
                .toInt(),
            0);
    }

    // The cases' and permits' copies of their people's text (schemas 24-26)
    // are the people's, whoever writes: a clerk who may update the cases of
    // their district, or a head their permits, cannot make one say another
    // name.
    void textCopiesStayThePeoples()
    {
        const PlainSession clerk(m_superuser, login(QStringLiteral("clerk")), kServerPassword);
        QVERIFY2(clerk.isOpen(), qPrintable(clerk.error()));
        QString why;
        QVERIFY2(clerk.run(
                     QStringLiteral(
                         "UPDATE applications SET immigrant_text = ' zzz', employer_text = ' zzz'"),
                     &why),
                 qPrintable(why));
        const PlainSession head(m_superuser, login(QStringLiteral("head")), kServerPassword);
        QVERIFY2(head.isOpen(), qPrintable(head.error()));
        QVERIFY2(head.run(QStringLiteral(
                              "UPDATE permits SET immigrant_text = ' zzz', employer_text = ' zzz'"),
                          &why),
                 qPrintable(why));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM permits WHERE district_id = %1")
                          .arg(m_districtA)) > 0);
        for (const char *table : {"applications", "permits"})
            QCOMPARE(
                count(QStringLiteral(
                          "SELECT count(*) FROM %1 r JOIN immigrants i ON i.id = r.immigrant_id "
                          "JOIN employers e ON e.id = r.employer_id WHERE r.immigrant_text <> "
                          "i.search_text OR r.employer_text <> e.search_text")
                          .arg(QLatin1String(table))),
                0);
    }

    // Schema 27: the copying triggers read as the schema's owner, past row
    // security, with their search path fixed: a writer's temporary table of
    // the same name does not stand in for the owner's, and the copies (text
    // and citizenship) are the person's still.
    void copyTriggersReadTheOwnersTables()
    {
        const PlainSession clerk(m_superuser, login(QStringLiteral("clerk")), kServerPassword);
        QVERIFY2(clerk.isOpen(), qPrintable(clerk.error()));
        const QString caseId =
            clerk
                .value(QStringLiteral("SELECT id FROM applications WHERE district_id = %1 LIMIT 1")
                           .arg(m_districtA))
                .toString();
        QVERIFY(!caseId.isEmpty());
        QString why;
        QVERIFY2(clerk.run(QStringLiteral(
                               "CREATE TEMP TABLE immigrants AS SELECT id, ' zzz'::text AS "
                               "search_text, 'ZZZ'::text AS citizenship FROM public.immigrants"),
                           &why),
                 qPrintable(why));
        QVERIFY(clerk.value(QStringLiteral("SELECT count(*) FROM pg_temp.immigrants")).toInt() > 0);
        // The citizenship written by hand goes back to the immigrant's too.
        QVERIFY2(clerk.run(QStringLiteral(
                               "UPDATE applications SET immigrant_id = immigrant_id, "
                               "employer_id = employer_id, citizenship = 'ZZZ' WHERE id = '%1'")
                               .arg(caseId),
                           &why),
                 qPrintable(why));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM applications a JOIN immigrants i ON "
                                 "i.id = a.immigrant_id WHERE a.id = '%1' AND a.immigrant_text = "
                                 "i.search_text AND a.citizenship = i.citizenship AND "
                                 "a.immigrant_text <> ' zzz' AND a.citizenship <> 'ZZZ'")
                      .arg(caseId)),
            1);
    }
};

QTEST_GUILESS_MAIN(TestServerSearch)
#include "tst_server_search.moc"
