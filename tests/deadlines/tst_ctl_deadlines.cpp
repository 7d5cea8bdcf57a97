// SPDX-License-Identifier: GPL-3.0-or-later
// `ruqsatctl deadlines` (issue #12): the same items as the Deadlines tab,
// one JSON object a line with kind, due_on, case or permit and district;
// --kind and --district narrow them; bad values are refused with exit 2.
#include "CtlRun.h"
#include "DeadlineStore.h"
#include "TestStores.h"
#include "deadlines/DeadlineDesk.h"

#include <QJsonObject>
#include <QTest>

using namespace ruqsat;

class TestCtlDeadlines : public QObject
{
    Q_OBJECT
private slots:
    void sameItemsAsTheTab_data() { test::addBackendRows(); }
    void sameItemsAsTheTab()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        {
            const auto db = scratch.open();
            test::fillDeadlineStore(*db);
        }
        const test::CtlRun r =
            test::runCtl(scratch, {QStringLiteral("deadlines"), QStringLiteral("--on"),
                                   QStringLiteral("2026-03-27"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // The tab on the same store, after the command (which expired, as
        // any reader does, the permits that have run out since March).
        QList<deadlines::Deadline> tab;
        {
            const auto db = scratch.open();
            deadlines::DeadlineFilter filter;
            filter.today = test::kToday;
            tab = deadlines::DeadlineDesk(*db).list(filter);
        }
        QVERIFY(!tab.isEmpty());
        const QList<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), tab.size());
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject &o = lines.at(i);
            const deadlines::Deadline &d = tab.at(i);
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), deadlines::code(d.kind));
            QCOMPARE(o.value(QStringLiteral("due_on")).toString(), d.dueOn.toString(Qt::ISODate));
            QCOMPARE(o.value(QStringLiteral("rule")).toString(), d.rule);
            QCOMPARE(o.value(QStringLiteral("case")).toString(), d.caseId);
            QCOMPARE(o.value(QStringLiteral("permit")).toString(), d.permitId);
            QVERIFY(!o.value(QStringLiteral("district")).toString().isEmpty());
            QVERIFY(o.contains(QStringLiteral("case")) || o.contains(QStringLiteral("permit")));
        }

        // --kind, several.
        const test::CtlRun kinds = test::runCtl(
            scratch, {QStringLiteral("deadlines"), QStringLiteral("--on"),
                      QStringLiteral("2026-03-27"), QStringLiteral("--kind"),
                      QStringLiteral("complaint,police_answer"), QStringLiteral("--json")});
        QCOMPARE(kinds.code, 0);
        QCOMPARE(kinds.lines().size(), 3);
        for (const QJsonObject &o : kinds.lines())
            QVERIFY(o.value(QStringLiteral("kind")) == QStringLiteral("complaint") ||
                    o.value(QStringLiteral("kind")) == QStringLiteral("police_answer"));

        // --district: the district of the clocks, and the other one with none.
        const QString code = lines.first().value(QStringLiteral("district")).toString();
        const test::CtlRun own =
            test::runCtl(scratch, {QStringLiteral("deadlines"), QStringLiteral("--on"),
                                   QStringLiteral("2026-03-27"), QStringLiteral("--district"), code,
                                   QStringLiteral("--json")});
        QCOMPARE(own.code, 0);
        QCOMPARE(own.lines().size(), lines.size());
        int other = 0;
        {
            const auto db = scratch.open();
            other = test::CaseFactory(*db).twoDistricts().at(1);
        }
        const test::CtlRun none =
            test::runCtl(scratch, {QStringLiteral("deadlines"), QStringLiteral("--on"),
                                   QStringLiteral("2026-03-27"), QStringLiteral("--district"),
                                   QString::number(other), QStringLiteral("--json")});
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.isEmpty());

        // Plain lines: one per item, tab-separated, starting with the day.
        const test::CtlRun plain =
            test::runCtl(scratch, {QStringLiteral("deadlines"), QStringLiteral("--on"),
                                   QStringLiteral("2026-03-27")});
        QCOMPARE(plain.code, 0);
        QCOMPARE(plain.out.count(u'\n'), tab.size());
        QVERIFY(plain.out.startsWith(tab.first().dueOn.toString(Qt::ISODate) + u'\t'));
    }

    void badValuesRefused()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.open();
        test::CtlRun r =
            test::runCtl(scratch, {QStringLiteral("deadlines"), QStringLiteral("--kind"),
                                   QStringLiteral("decisions")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"decisions\"")) &&
                     r.err.contains(QStringLiteral("police_answer")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = test::runCtl(scratch, {QStringLiteral("deadlines"), QStringLiteral("--on"),
                                   QStringLiteral("27.03.2026")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("YYYY-MM-DD")));
        r = test::runCtl(scratch, {QStringLiteral("deadlines"), QStringLiteral("--district"),
                                   QStringLiteral("999999")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("999999")));
    }
};

QTEST_GUILESS_MAIN(TestCtlDeadlines)
#include "tst_ctl_deadlines.moc"
