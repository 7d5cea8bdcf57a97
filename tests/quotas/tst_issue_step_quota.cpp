// SPDX-License-Identifier: GPL-3.0-or-later
// The issue step (issue #12, R-QUOTA): before the head confirms, the
// question names the free places of the quota the permit would take.
#include "QuotaStore.h"
#include "cases/StepSummaries.h"

#include <QTest>

using namespace ruqsat;

namespace {

store::IssueRequest plan(const records::Application &app, int regionId, int year,
                         const QString &extends = {})
{
    store::IssueRequest r;
    r.applicationId = app.id;
    r.regionId = regionId;
    r.quotaYear = year;
    r.validFrom = QDate(year, 4, 1);
    r.validTo = QDate(year, 9, 30);
    r.extendsPermitId = extends;
    return r;
}

} // namespace

class TestIssueStepQuota : public QObject
{
    Q_OBJECT
private slots:
    void R_QUOTA_issueShowsTheFreePlaces_data() { test::addBackendRows(); }
    void R_QUOTA_issueShowsTheFreePlaces()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::QuotaStore s = test::fillQuotaStore(scratch, *db);
        const test::CaseFactory f(*db);
        const cases::StepSummaries summaries(*db);
        const records::Application app = f.acceptedCase();

        const QString text = summaries.issue(app, plan(app, s.almaty, 2026));
        const QString places = QStringLiteral("Free places in the quota of Almaty, 2026: 3 of 8.");
        QVERIFY2(text.contains(places), qPrintable(text));
        // A paragraph of its own, the last, and with no reservation named.
        QVERIFY(text.endsWith(QStringLiteral("\n\n") + places));
        QVERIFY(!text.contains(QStringLiteral("reserved")));

        // The figures follow the store: one more place taken, one fewer free.
        store::QuotaRepository(*db).reserve(f.acceptedCase().id, s.almatyQuota, QDate(2026, 6, 1),
                                            QStringLiteral("clerk1"));
        QCOMPARE(summaries.quotaPlaces(s.almaty, 2026),
                 QStringLiteral("Free places in the quota of Almaty, 2026: 2 of 8."));
        QCOMPARE(summaries.quotaPlaces(s.astana, 2026),
                 QStringLiteral("Free places in the quota of Astana, 2026: 0 of 2."));
    }

    // A case that holds a reservation takes that place, even from a full quota.
    void R_PORTAL_INTENT_reservedPlaceIsNamed_data() { test::addBackendRows(); }
    void R_PORTAL_INTENT_reservedPlaceIsNamed()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::QuotaStore s = test::fillQuotaStore(scratch, *db);
        const test::CaseFactory f(*db);
        const records::Application holder = f.acceptedCase();
        store::QuotaRepository(*db).setQuota(s.astana, 2026, 3, QStringLiteral("admin"));
        store::QuotaRepository(*db).reserve(holder.id, s.astanaQuota, QDate(2026, 6, 1),
                                            QStringLiteral("clerk1"));
        const QString text = cases::StepSummaries(*db).issue(holder, plan(holder, s.astana, 2026));
        QVERIFY2(text.contains(
                     QStringLiteral("Free places in the quota of Astana, 2026: 0 of 3. "
                                    "A place is reserved for this case; the permit takes it.")),
                 qPrintable(text));
        const records::Application other = f.acceptedCase();
        QVERIFY(!cases::StepSummaries(*db)
                     .issue(other, plan(other, s.astana, 2026))
                     .contains(u"reserved for"));
    }

    void withoutAQuotaTheQuestionSaysSo_data() { test::addBackendRows(); }
    void withoutAQuotaTheQuestionSaysSo()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::QuotaStore s = test::fillQuotaStore(scratch, *db);
        const records::Application app = test::CaseFactory(*db).acceptedCase();
        const QString text = cases::StepSummaries(*db).issue(app, plan(app, s.almaty, 2027));
        QVERIFY2(text.contains(QStringLiteral("No quota of Almaty is set for 2027")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Free places")));
    }

    // An extension keeps its chain's place (R-QUOTA-EXTEND): no free places to weigh.
    void extensionNamesNoFreePlaces()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::QuotaStore s = test::fillQuotaStore(scratch, *db);
        const test::CaseFactory f(*db);
        const records::Application app = f.acceptedCase();
        const records::Permit current =
            f.issuePermit(f.acceptedCase(), QDate(2026, 4, 1), QDate(2026, 9, 30));
        const QString text =
            cases::StepSummaries(*db).issue(app, plan(app, s.almaty, 2026, current.id));
        QVERIFY2(text.contains(QStringLiteral("on the permit's place in the quota")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Free places")));
    }
};

QTEST_GUILESS_MAIN(TestIssueStepQuota)
#include "tst_issue_step_quota.moc"
