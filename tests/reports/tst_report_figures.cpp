// SPDX-License-Identifier: GPL-3.0-or-later
// The reports (issue #12) against the store's rows counted one by one: every
// kind, every grouping, the period's first and last days, the session's
// districts, on SQLite and PostgreSQL; decisions in time (R-DECISION-TERM).
#include "ReportStore.h"
#include "reports/ReportCsv.h"
#include "reports/ReportDesk.h"
#include "store/DistrictScope.h"
#include "store/Query.h"

#include <QTest>

using namespace ruqsat;
using reports::Grouping;
using reports::Kind;

namespace {

const reports::Period kAll{QDate(2023, 1, 1), QDate(2026, 12, 31)};

QMap<QString, QPair<int, int>> groupsOf(const QList<reports::ReportLine> &lines)
{
    QMap<QString, QPair<int, int>> groups;
    for (const reports::ReportLine &line : lines)
        if (line.count > 0) // months without acts are shown, with none
            groups.insert(line.key, {line.count, line.inTime});
    return groups;
}

} // namespace

class TestReportFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::lowerPasswordIterations(); }

    void everyKindAndGroupingEqualsTheRows_data() { test::addBackendRows(); }
    void everyKindAndGroupingEqualsTheRows()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::fillReportStore(scratch, *db);
        const reports::ReportDesk desk(*db, {});
        for (Kind kind : reports::allKinds()) {
            const QList<test::Fact> facts = test::factsOf(*db, kind);
            QVERIFY2(!facts.isEmpty(), qPrintable(reports::code(kind))); // something to count
            for (Grouping by : reports::allGroupings()) {
                if (!reports::groups(kind, by))
                    continue;
                for (const reports::Period &period :
                     {kAll, reports::Period{QDate(2025, 11, 1), QDate(2026, 4, 30)},
                      reports::Period{QDate(2026, 4, 7), QDate(2026, 4, 7)}}) {
                    const auto lines = desk.run(kind, by, period);
                    const auto expected = test::expectedGroups(facts, by, period);
                    const QString what = reports::code(kind) + u' ' + reports::code(by) + u' ' +
                                         period.from.toString(Qt::ISODate);
                    if (by == Grouping::None) {
                        QCOMPARE(lines.size(), 1);
                        QVERIFY2(lines.at(0).count == expected.value(QString()).first,
                                 qPrintable(what));
                        QVERIFY2(lines.at(0).inTime == expected.value(QString()).second,
                                 qPrintable(what));
                    } else {
                        QVERIFY2(groupsOf(lines) == expected, qPrintable(what));
                    }
                }
            }
        }
    }

    // The store's own steps record who decided, revoked, terminated and
    // copied; the figures by official name them.
    void byOfficial_data() { test::addBackendRows(); }
    void byOfficial()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::ReportStore s = test::fillReportStore(scratch, *db, false);
        const reports::ReportDesk desk(*db, {s.districtA, s.districtB});
        const reports::Period april{QDate(2026, 4, 1), QDate(2026, 4, 30)};
        const auto issued = desk.run(Kind::Issued, Grouping::Clerk, april);
        QCOMPARE(issued.size(), 2);
        QCOMPARE(issued.at(0).key, QStringLiteral("head.a"));
        QCOMPARE(issued.at(0).label, QStringLiteral("Asanov Bolat (head.a)"));
        QCOMPARE(issued.at(0).count, 1);
        QCOMPARE(issued.at(1).key, QStringLiteral("head.b"));
        QCOMPARE(issued.at(1).label, QStringLiteral("Ivanov, \"Vanya\" Ivan (head.b)"));
        QCOMPARE(issued.at(1).count, 1);
        const auto only = [&](Kind kind, const char *login) {
            const auto lines = desk.run(kind, Grouping::Clerk, april);
            return lines.size() == 1 && lines.at(0).key == QLatin1String(login) &&
                   lines.at(0).count == 1;
        };
        QVERIFY(only(Kind::Revoked, "head.a"));
        QVERIFY(only(Kind::Terminated, "head.a"));
        QVERIFY(only(Kind::Copies, "head.b"));
        QVERIFY(only(Kind::Refused, "head.a"));
        const auto refused = desk.run(Kind::Refused, Grouping::Ground, april);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).key, QStringLiteral("3"));
        // Named with the start of its text, cut at a word.
        QCOMPARE(refused.at(0).label,
                 QStringLiteral("Ground 3: a negative reply of an authorised state body to a request…"));
        // The demo records nobody: its acts are "not recorded".
        test::CaseFactory(*db).writeDemoPeople(50, 3, QDate(2026, 5, 15));
        const auto demo = reports::ReportDesk(*db, {}).run(Kind::Issued, Grouping::Clerk, kAll);
        QVERIFY(std::any_of(demo.begin(), demo.end(), [](const reports::ReportLine &l) {
            return l.key.isEmpty() && l.label == QLatin1String("Not recorded") && l.count > 10;
        }));
    }

    // R-DECISION-TERM: in time when decided on or before the due day, late
    // after it; 23:30 of the due day is in time, the next day is late.
    void R_DECISION_TERM_inTimeAndLate_data() { test::addBackendRows(); }
    void R_DECISION_TERM_inTimeAndLate()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::ReportStore s = test::fillReportStore(scratch, *db, false);
        const reports::ReportDesk desk(*db, {s.districtA});
        const auto lines =
            desk.run(Kind::DecisionTerm, Grouping::Clerk, {QDate(2026, 4, 1), QDate(2026, 4, 30)});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).key, QStringLiteral("head.a"));
        QCOMPARE(lines.at(0).count, 2); // the issue of 6 April, the refusal of 8 April
        QCOMPARE(lines.at(0).inTime, 1);
        QCOMPARE(lines.at(0).late(), 1);
        QCOMPARE(lines.at(0).inTimePercent(), 50.0);
        // A minute past the due day's midnight: late.
        const QString refusal =
            store::Query(*db, QStringLiteral("SELECT id FROM decisions WHERE kind = 'refuse' "
                                             "AND ground_id = 3 AND decided_by IS NOT NULL"))
                .scalar()
                .toString();
        scratch.rawExec(
            QStringLiteral("UPDATE decisions SET decided_at = '%1' WHERE id = '%2'")
                .arg(db->dialect().time(test::almaty({2026, 4, 9}, {0, 1})).toString(), refusal));
        QCOMPARE(
            desk.run(Kind::DecisionTerm, Grouping::None, {QDate(2026, 4, 1), QDate(2026, 4, 30)})
                .value(0)
                .inTime,
            0);
    }

    // A decision counts under its immigrant's citizenship, which the
    // application keeps a copy of (schema 18): when the immigrant's
    // citizenship is corrected, or the case moves to another immigrant, the
    // decisions follow, whoever wrote the change.
    void decisionsFollowTheImmigrantsCitizenship_data() { test::addBackendRows(); }
    void decisionsFollowTheImmigrantsCitizenship()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::fillReportStore(scratch, *db);
        const reports::ReportDesk desk(*db, {});
        const auto compare = [&](const char *step) {
            for (Kind kind : {Kind::DecisionTerm, Kind::Refused, Kind::RefusedAtIntake}) {
                const auto lines = desk.run(kind, Grouping::Citizenship, kAll);
                QVERIFY2(groupsOf(lines) ==
                             test::expectedGroups(test::factsOf(*db, kind), Grouping::Citizenship, kAll),
                         step);
            }
        };
        compare("as made");
        const QString decided =
            store::Query(*db, QStringLiteral("SELECT a.immigrant_id FROM decisions d JOIN applications a ON "
                                             "a.id = d.application_id WHERE d.kind IN ('issue', 'refuse') "
                                             "ORDER BY d.decided_at LIMIT 1"))
                .scalar()
                .toString();
        // A country no immigrant of the store is a citizen of.
        const QString newCode =
            store::Query(*db, QStringLiteral("SELECT code FROM countries WHERE code NOT IN "
                                             "(SELECT citizenship FROM immigrants) ORDER BY code LIMIT 1"))
                .scalar()
                .toString();
        QVERIFY(!newCode.isEmpty());
        scratch.rawExec(QStringLiteral("UPDATE immigrants SET citizenship = '%1' WHERE id = '%2'").arg(newCode, decided));
        const QString notFollowing = QStringLiteral("SELECT count(*) FROM applications a JOIN immigrants i ON "
                                                    "i.id = a.immigrant_id WHERE a.citizenship <> i.citizenship");
        QCOMPARE(store::Query(*db, notFollowing).scalar().toInt(), 0);
        QVERIFY(groupsOf(desk.run(Kind::DecisionTerm, Grouping::Citizenship, kAll)).contains(newCode));
        compare("citizenship corrected");
        // A case moved to another immigrant takes theirs.
        const QString other =
            store::Query(*db, QStringLiteral("SELECT id FROM immigrants WHERE id <> '%1' LIMIT 1").arg(decided))
                .scalar()
                .toString();
        scratch.rawExec(QStringLiteral("UPDATE applications SET immigrant_id = '%1' WHERE immigrant_id = '%2'")
                            .arg(other, decided));
        QCOMPARE(store::Query(*db, notFollowing).scalar().toInt(), 0);
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(*) FROM applications WHERE citizenship = '%1'")
                                       .arg(newCode))
                     .scalar()
                     .toInt(),
                 0);
        compare("case moved");
    }

    // From and to are both in the period, as days in Kazakhstan: 00:30 of
    // the first day is 19:30 UTC of the day before.
    void periodEdgesAreIncluded_data() { test::addBackendRows(); }
    void periodEdgesAreIncluded()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::CaseFactory f(*db);
        store::QuotaRepository(*db).setQuota(f.almatyRegionId(), 2026, 50, QStringLiteral("admin"));
        store::User head{QString(),
                         QStringLiteral("head.e"),
                         QStringLiteral("Edge"),
                         QString(),
                         records::Role::Head,
                         0,
                         true,
                         {f.district()}};
        store::UserRepository(*db).create(head, test::CaseFactory::accountPassword(),
                                          QStringLiteral("setup"));
        const QDate from(2026, 3, 1), to(2026, 3, 31);
        const auto at = [&](QDate d, QTime t) {
            test::issueAt(scratch, *db, f.district(), head, test::almaty(d, t));
        };
        at(from.addDays(-1), QTime(23, 59)); // out
        at(from, QTime(0, 30));              // in
        at(to, QTime(23, 59));               // in
        at(to.addDays(1), QTime(0, 0));      // out
        const reports::ReportDesk desk(*db, {});
        QCOMPARE(desk.run(Kind::Issued, Grouping::None, {from, to}).value(0).count, 2);
        const auto months =
            desk.run(Kind::Issued, Grouping::Month, {QDate(2026, 2, 15), QDate(2026, 4, 15)});
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(0).key, QStringLiteral("2026-02"));
        QCOMPARE(months.at(0).label, QStringLiteral("February 2026"));
        QCOMPARE(months.at(0).count, 1);
        QCOMPARE(months.at(1).count, 2);
        QCOMPARE(months.at(2).count, 1);
        // Days counted by a day: a revocation on the last day is in.
        const QString permit =
            store::Query(*db, QStringLiteral("SELECT id FROM permits WHERE status = 'in_force' "
                                             "ORDER BY issued_at LIMIT 1"))
                .scalar()
                .toString();
        store::PermitRepository(*db).revoke({permit,
                                             QStringLiteral("Inspection"),
                                             QStringLiteral("1"),
                                             to,
                                             to,
                                             to.addDays(2),
                                             {},
                                             to.addDays(15),
                                             head.id},
                                            head.login);
        QCOMPARE(desk.run(Kind::Revoked, Grouping::None, {from, to}).value(0).count, 1);
        QCOMPARE(desk.run(Kind::Revoked, Grouping::None, {from, to.addDays(-1)}).value(0).count, 0);
        QCOMPARE(desk.run(Kind::Revoked, Grouping::None, {to, to.addDays(1)}).value(0).count, 1);
    }

    // A clerk of one district sees that district's figures only.
    void districtScope_data() { test::addBackendRows(); }
    void districtScope()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::ReportStore s = test::fillReportStore(scratch, *db);
        const QList<int> demoDistrict{
            store::Query(*db, QStringLiteral("SELECT district_id FROM permits GROUP BY "
                                             "district_id ORDER BY count(*) DESC LIMIT 1"))
                .scalar()
                .toInt()};
        for (const QList<int> &scope :
             {QList<int>{s.districtA}, QList<int>{s.districtB}, demoDistrict,
              QList<int>{s.districtA, demoDistrict.first()}}) {
            const reports::ReportDesk desk(*db, scope);
            for (Kind kind : reports::allKinds()) {
                const auto facts = test::factsOf(*db, kind);
                for (Grouping by : {Grouping::District, Grouping::Month, Grouping::Citizenship}) {
                    const auto lines = desk.run(kind, by, kAll);
                    QCOMPARE(groupsOf(lines), test::expectedGroups(facts, by, kAll, scope));
                    for (const reports::ReportLine &line : lines)
                        if (by == Grouping::District)
                            QVERIFY(scope.contains(line.key.toInt()));
                }
            }
        }
        // No district at all: nothing.
        const auto none =
            reports::ReportDesk(*db, {store::kNoDistrict}).run(Kind::Issued, Grouping::None, kAll);
        QCOMPARE(none.value(0).count, 0);
    }

    void labelsInKazakhAndRussian()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::ReportStore s = test::fillReportStore(scratch, *db, false);
        const reports::ReportDesk desk(*db, {s.districtA});
        auto lines = desk.run(Kind::Issued, Grouping::District, kAll);
        QCOMPARE(lines.value(0).label, QStringLiteral("Almaly District"));
        desk.label(lines, Grouping::District, domain::Language::Kazakh);
        QCOMPARE(lines.value(0).label, QStringLiteral("Алмалы ауданы"));
        auto months =
            desk.run(Kind::Issued, Grouping::Month, {QDate(2026, 3, 1), QDate(2026, 3, 31)});
        desk.label(months, Grouping::Month, domain::Language::Russian);
        QCOMPARE(months.value(0).label, QStringLiteral("Март 2026"));
        desk.label(months, Grouping::Month, domain::Language::Kazakh);
        QCOMPARE(months.value(0).label, QStringLiteral("Наурыз 2026"));
        auto channels = desk.run(Kind::Issued, Grouping::Channel, kAll);
        desk.label(channels, Grouping::Channel, domain::Language::Russian);
        QCOMPARE(channels.value(0).label, QStringLiteral("Госкорпорация"));
    }

    // RFC 4180: CRLF after every record, a field with a comma or a quote
    // quoted, its quotes doubled; UTF-8.
    void csvQuoting()
    {
        QCOMPARE(reports::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(reports::csvField(QStringLiteral("Ivanov, \"Vanya\" Ivan")),
                 QStringLiteral("\"Ivanov, \"\"Vanya\"\" Ivan\""));
        QCOMPARE(reports::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        const QList<reports::ReportLine> lines{
            {QStringLiteral("head.b"), QStringLiteral("Ivanov, \"Vanya\" Ivan"), 3, 2},
            {QStringLiteral("UZB"), QStringLiteral("Өзбекстан"), 1, 1}};
        QCOMPARE(reports::reportCsv(Kind::DecisionTerm, lines,
                                    reports::csvColumnCodes(Kind::DecisionTerm)),
                 QByteArray("key,label,count,in_time,late,in_time_percent\r\n"
                            "head.b,\"Ivanov, \"\"Vanya\"\" Ivan\",3,2,1,66.7\r\n"
                            "UZB,") +
                     QStringLiteral("Өзбекстан").toUtf8() + QByteArray(",1,1,0,100.0\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestReportFigures)
#include "tst_report_figures.moc"
