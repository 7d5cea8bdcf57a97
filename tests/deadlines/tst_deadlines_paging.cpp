// SPDX-License-Identifier: GPL-3.0-or-later
// The Deadlines tab reads its clocks a page at a time (issue #12): on a
// demo store with more clocks than a page, the tab shows the first page
// under groups that count every clock, says how many it shows, and reads
// the next page on "Show more" or when the clerk scrolls to the end, keeping
// the clerk's place, until the list is whole. A screenshot of the paged tab.
#include "CtlRun.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "common/Application.h"
#include "deadlines/DeadlinesDesk.h"
#include "itemmodels/DeadlineTreeModel.h"
#include "itemmodels/Roles.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>

using namespace ruqsat;
using deadlines::Urgency;
using itemmodels::DeadlineTreeModel;

namespace {

const QDate kDemoToday(2026, 11, 20);

// The clocks under the groups, in the order shown: their case and permit ids.
QStringList shown(const DeadlineTreeModel &model)
{
    QStringList ids;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int r = 0; r < model.rowCount(group); ++r) {
            const QModelIndex i = model.index(r, 0, group);
            ids << i.data(itemmodels::IdRole).toString() + u'/' +
                       i.data(DeadlineTreeModel::PermitIdRole).toString() + u'/' +
                       QString::number(i.data(DeadlineTreeModel::KindRole).toInt());
        }
    }
    return ids;
}

QStringList idsOf(const QList<deadlines::Deadline> &items)
{
    QStringList ids;
    for (const deadlines::Deadline &d : items)
        ids << d.caseId + u'/' + d.permitId + u'/' + QString::number(int(d.kind));
    return ids;
}

} // namespace

class TestDeadlinesPaging : public QObject
{
    Q_OBJECT
private slots:
    void pagesUntilWhole()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.open();
        const test::CtlRun demo = test::runCtl(
            scratch, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("6000"),
                      QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"),
                      kDemoToday.toString(Qt::ISODate)});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        const auto db = scratch.open();
        deadlines::DeadlineFilter filter;
        filter.today = kDemoToday;
        const QList<deadlines::Deadline> all = deadlines::DeadlineDesk(*db).list(filter);
        QVERIFY(all.size() > 2 * ui::DeadlinesDesk::kPageSize);
        QHash<Urgency, int> counts;
        for (const deadlines::Deadline &d : all)
            ++counts[deadlines::urgencyOf(d.dueOn, kDemoToday)];

        ui::DeadlinesDesk desk(*db, {});
        desk.resize(1280, 500);
        desk.show();
        desk.refresh(kDemoToday);
        const DeadlineTreeModel &model = *desk.model();
        auto *more = test::child<QPushButton>(&desk, "showMore");
        auto *info = test::child<QLabel>(&desk, "pageInfo");
        auto *view = test::child<QTreeView>(&desk, "deadlineView");

        // The first page, under groups that count every clock.
        QCOMPARE(shown(model), idsOf(all).mid(0, ui::DeadlinesDesk::kPageSize));
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            const auto u = Urgency(group.data(DeadlineTreeModel::GroupRole).toInt());
            QCOMPARE(group.data().toString(),
                     QStringLiteral("%1 (%2)").arg(deadlines::label(u), QLocale().toString(counts.value(u))));
        }
        QVERIFY(more->isVisible());
        QCOMPARE(info->text(), QStringLiteral("%1 of %2 clocks shown")
                                   .arg(ui::DeadlinesDesk::kPageSize)
                                   .arg(QLocale().toString(all.size())));
        QCOMPARE(desk.title(), QStringLiteral("Deadlines (%1 overdue, %2 today)")
                                   .arg(counts.value(Urgency::Overdue))
                                   .arg(counts.value(Urgency::Today)));
        test::saveShot(&desk, QStringLiteral("deadlines-paged-en"));

        // "Show more" reads the next page; the current clock stays current.
        const QModelIndex firstGroup = model.index(0, 0);
        view->setCurrentIndex(model.index(3, 0, firstGroup));
        const QString chosen = view->currentIndex().data(itemmodels::IdRole).toString();
        QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(shown(model), idsOf(all).mid(0, 2 * ui::DeadlinesDesk::kPageSize));
        QCOMPARE(view->currentIndex().data(itemmodels::IdRole).toString(), chosen);

        // Scrolling to the end reads more, until the list is whole.
        for (int reads = 0; more->isVisible() && reads < 100; ++reads) {
            const qsizetype before = shown(model).size();
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            QVERIFY(shown(model).size() > before);
        }
        QCOMPARE(shown(model), idsOf(all));
        QVERIFY(!more->isVisible());
        QVERIFY(!info->isVisible());

        // The paged tab in Kazakh and Russian, to look at.
        for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            installTranslations(*QCoreApplication::instance(), lang);
            {
                ui::DeadlinesDesk translated(*db, {});
                translated.resize(1366, 500);
                translated.show();
                translated.refresh(kDemoToday);
                auto *moreHere = test::child<QPushButton>(&translated, "showMore");
                QVERIFY(moreHere->isVisible());
                QVERIFY(!moreHere->text().contains(QLatin1String("more")));
                QVERIFY(!test::child<QLabel>(&translated, "pageInfo")->text().contains(QLatin1String("shown")));
                test::saveShot(&translated, QStringLiteral("deadlines-paged-") + lang);
            }
            test::removeTranslators();
        }
    }
};

QTEST_MAIN(TestDeadlinesPaging)
#include "tst_deadlines_paging.moc"
