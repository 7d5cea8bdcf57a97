// SPDX-License-Identifier: GPL-3.0-or-later
// The Deadlines tab reads a page of the most urgent clocks and counts the
// rest without reading them (issue #12), on both backends. On a demo store
// (hundreds of clocks, many of one kind on one day, permits of every
// window) a page of any size is the whole list's first clocks, in the same
// order, and its counts are the whole list's, whatever the filters.
#include "CtlRun.h"
#include "TestStores.h"
#include "deadlines/DeadlineDesk.h"

#include <QMap>
#include <QTest>

using namespace ruqsat;
using deadlines::Deadline;
using deadlines::DeadlineFilter;
using deadlines::Kind;
using deadlines::Urgency;

namespace {

const QDate kDemoToday(2026, 11, 20);

// What tells two listed clocks apart, and where the list shows them.
QString identity(const Deadline &d)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(d.dueOn.toString(Qt::ISODate), deadlines::code(d.kind), d.caseId, d.permitId, d.action);
}

QStringList identities(const QList<Deadline> &items)
{
    QStringList ids;
    for (const Deadline &d : items)
        ids << identity(d);
    return ids;
}

QHash<Urgency, int> countsOf(const QList<Deadline> &items, const QDate &today)
{
    QHash<Urgency, int> counts;
    for (const Deadline &d : items)
        ++counts[deadlines::urgencyOf(d.dueOn, today)];
    return counts;
}

struct DemoStore
{
    explicit DemoStore(const QString &backend) : backend(backend), scratch(backend)
    {
        scratch.open();
        const test::CtlRun demo = test::runCtl(
            scratch, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("3000"),
                      QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"),
                      kDemoToday.toString(Qt::ISODate)});
        if (demo.code != 0)
            qFatal("demo failed: %s", qPrintable(demo.err));
        db = scratch.open();
    }
    QString backend;
    test::ScratchStore scratch;
    std::unique_ptr<store::Database> db;
};

// Every page size from one clock to past the end gives the list's first
// clocks and its counts.
void comparePages(const store::Database &db, const DeadlineFilter &filter)
{
    const deadlines::DeadlineDesk desk(db);
    const QList<Deadline> all = desk.list(filter);
    const QStringList allIds = identities(all);
    const QHash<Urgency, int> allCounts = countsOf(all, filter.today);
    QList<int> sizes{1, 2, 7, 50, 100, 101};
    for (int size : {int(all.size()) - 1, int(all.size()), int(all.size()) + 5})
        if (size > 0)
            sizes << size;
    for (int size : sizes) {
        const deadlines::DeadlinePage page = desk.page(filter, size);
        const int expected = std::min<int>(size, all.size());
        QCOMPARE(page.items.size(), expected);
        QCOMPARE(identities(page.items), allIds.mid(0, expected));
        QCOMPARE(page.total, all.size());
        QCOMPARE(page.counts, allCounts);
        QCOMPARE(page.complete(), size >= all.size());
    }
}

} // namespace

class TestDeadlinePages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (!m_store || m_store->backend != backend)
            m_store = std::make_unique<DemoStore>(backend);
    }

    void cleanupTestCase() { m_store.reset(); }

    // The whole list, every kind: pages end inside a day of many decisions.
    void pageIsTheListsFirstClocks()
    {
        DeadlineFilter filter;
        filter.today = kDemoToday;
        const QList<Deadline> all = deadlines::DeadlineDesk(*m_store->db).list(filter);
        QVERIFY2(all.size() > 120, qPrintable(QString::number(all.size())));
        // Many clocks of one kind share a day, so a page ends inside one.
        QMap<std::pair<QDate, int>, int> perPlace;
        for (const Deadline &d : all)
            ++perPlace[{d.dueOn, int(d.kind)}];
        QVERIFY(*std::max_element(perPlace.cbegin(), perPlace.cend()) > 10);
        comparePages(*m_store->db, filter);
    }

    // Permits alone: their three clocks come from one read, ordered by the
    // permit's last day, which is not the clocks' order.
    void permitPagesFollowTheClocksOrder()
    {
        DeadlineFilter filter;
        filter.today = kDemoToday;
        filter.kinds = {Kind::ExtensionWindow, Kind::RenewalWindow, Kind::Expiry};
        const QList<Deadline> all = deadlines::DeadlineDesk(*m_store->db).list(filter);
        QSet<Kind> kinds;
        for (const Deadline &d : all)
            kinds << d.kind;
        QVERIFY(kinds.contains(Kind::ExtensionWindow) && kinds.contains(Kind::Expiry));
        comparePages(*m_store->db, filter);
        // A day later the windows move; the pages still agree.
        filter.today = kDemoToday.addDays(1);
        comparePages(*m_store->db, filter);
    }

    // The district and clerk filters are applied before the page is cut.
    void pagesHonourTheFilters()
    {
        DeadlineFilter filter;
        filter.today = kDemoToday;
        const QList<Deadline> all = deadlines::DeadlineDesk(*m_store->db).list(filter);
        QMap<int, int> perDistrict;
        for (const Deadline &d : all)
            ++perDistrict[d.districtId];
        QVERIFY(perDistrict.size() > 1);
        filter.districtId = perDistrict.lastKey();
        comparePages(*m_store->db, filter);
        // The session's scope and a district chosen outside it: nothing.
        filter.districtIds = {perDistrict.firstKey()};
        const deadlines::DeadlinePage outside = deadlines::DeadlineDesk(*m_store->db).page(filter, 10);
        QVERIFY(outside.items.isEmpty());
        QCOMPARE(outside.total, 0);
        filter.districtId = 0;
        comparePages(*m_store->db, filter);
        filter.districtIds.clear();
        filter.clerk = QStringLiteral("nobody");
        const deadlines::DeadlinePage none = deadlines::DeadlineDesk(*m_store->db).page(filter, 10);
        QVERIFY(none.items.isEmpty());
        QCOMPARE(none.total, 0);
        QVERIFY(none.complete());
    }

private:
    std::unique_ptr<DemoStore> m_store;
};

QTEST_GUILESS_MAIN(TestDeadlinePages)
#include "tst_deadline_pages.moc"
