// SPDX-License-Identifier: GPL-3.0-or-later
// `ruqsatctl demo` leaves a try-out store with a clock of every kind on the
// Deadlines tab (issue #12): decisions and police answers due, live
// reservations, Appendix 9 notices not sent, late termination notices,
// open complaints to each addressee (one on a refused case), and permits in
// their windows; on both backends.
#include "CtlRun.h"
#include "TestStores.h"
#include "deadlines/DeadlineDesk.h"

#include <QSet>
#include <QTest>

using namespace ruqsat;
using deadlines::Kind;

class TestDemoClocks : public QObject
{
    Q_OBJECT
private slots:
    void demoShowsEveryKindOfClock_data() { test::addBackendRows(); }
    void demoShowsEveryKindOfClock()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.open();
        const test::CtlRun demo = test::runCtl(
            scratch, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("1500"),
                      QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        const auto db = scratch.open();
        const QList<deadlines::Deadline> all = deadlines::DeadlineDesk(*db).list({});
        QSet<Kind> kinds;
        QSet<QString> addressees;
        bool complaintOnARefusal = false;
        for (const deadlines::Deadline &d : all) {
            kinds << d.kind;
            if (d.kind == Kind::Complaint) {
                addressees << d.detail;
                complaintOnARefusal |= d.permitId.isEmpty();
            }
        }
        for (Kind k : {Kind::Decision, Kind::PoliceAnswer, Kind::Reservation, Kind::RevocationNotice,
                       Kind::LateTermination, Kind::Complaint})
            QVERIFY2(kinds.contains(k), qPrintable(deadlines::code(k)));
        QVERIFY(kinds.contains(Kind::ExtensionWindow) || kinds.contains(Kind::RenewalWindow) ||
                kinds.contains(Kind::Expiry));
        QCOMPARE(addressees, (QSet<QString>{QStringLiteral("provider"), QStringLiteral("quality"),
                                            QStringLiteral("forward")}));
        QVERIFY(complaintOnARefusal);
    }
};

QTEST_GUILESS_MAIN(TestDemoClocks)
#include "tst_demo_clocks.moc"
