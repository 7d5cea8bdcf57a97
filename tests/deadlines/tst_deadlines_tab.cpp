// SPDX-License-Identifier: GPL-3.0-or-later
// The Deadlines tab (issue #12) on a store with every kind of clock: the
// groups in their order with their counts, the colours, the title's counts,
// the filters, Enter opening the case or the permit, and the day list
// printed in Kazakh and Russian. Screenshots in en, kk and ru.
#include "DeadlineStore.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "common/Application.h"
#include "deadlines/DayList.h"
#include "deadlines/DeadlinesDesk.h"
#include "itemmodels/DeadlineTreeModel.h"
#include "itemmodels/Roles.h"
#include "store/PermitRepository.h"

#include <QComboBox>
#include <QInputDialog>
#include <QPushButton>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace ruqsat;
using deadlines::Kind;
using deadlines::Urgency;
using itemmodels::DeadlineTreeModel;

namespace {

// The row of the first clock of `kind` under its group.
QModelIndex firstOf(const DeadlineTreeModel &model, Kind kind)
{
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int r = 0; r < model.rowCount(group); ++r) {
            const QModelIndex i = model.index(r, 0, group);
            if (i.data(DeadlineTreeModel::KindRole).toInt() == int(kind))
                return i;
        }
    }
    return {};
}

int clocks(const DeadlineTreeModel &model)
{
    int n = 0;
    for (int g = 0; g < model.rowCount(); ++g)
        n += model.rowCount(model.index(g, 0));
    return n;
}

} // namespace

class TestDeadlinesTab : public QObject
{
    Q_OBJECT
private slots:
    void groupsInOrderWithCounts()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillDeadlineStore(*db);
        ui::DeadlinesDesk desk(*db, {});
        QSignalSpy titles(&desk, &ui::DeadlinesDesk::titleChanged);
        desk.resize(1280, 600);
        desk.show();
        desk.refresh(test::kToday);
        const DeadlineTreeModel &model = *desk.model();
        deadlines::DeadlineFilter filter;
        filter.today = test::kToday;
        const auto all = deadlines::DeadlineDesk(*db).list(filter);
        QCOMPARE(clocks(model), all.size());

        // Groups in the order of urgency, each with its count, none empty.
        QList<Urgency> seen;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            const auto u = Urgency(group.data(DeadlineTreeModel::GroupRole).toInt());
            QVERIFY(seen.isEmpty() || int(seen.last()) < int(u));
            seen << u;
            QVERIFY(model.rowCount(group) > 0);
            QCOMPARE(group.data().toString(),
                     QStringLiteral("%1 (%2)").arg(deadlines::label(u)).arg(model.rowCount(group)));
            for (int r = 0; r < model.rowCount(group); ++r)
                QCOMPARE(deadlines::urgencyOf(model.index(r, 0, group).data(itemmodels::DateRole).toDate(),
                                              test::kToday),
                         u);
        }
        QCOMPARE(seen, (QList<Urgency>{Urgency::Overdue, Urgency::Today, Urgency::Tomorrow, Urgency::Later}));

        // Coloured: an overdue clock red, the sent notice uncoloured.
        const QModelIndex overdue = model.index(0, DeadlineTreeModel::Action, model.index(0, 0));
        QCOMPARE(overdue.data(itemmodels::UrgencyRole).toInt(), int(itemmodels::Urgency::Overdue));
        const auto counts = model.counts();
        QCOMPARE(desk.title(), QStringLiteral("Deadlines (%1 overdue, %2 today)")
                                   .arg(counts.value(Urgency::Overdue))
                                   .arg(counts.value(Urgency::Today)));
        QVERIFY(!titles.isEmpty());
        QCOMPARE(titles.last().first().toString(), desk.title());
        test::saveShot(&desk, QStringLiteral("deadlines-en"));
    }

    void filtersNarrowTheList()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillDeadlineStore(*db);
        const int other = test::CaseFactory(*db).twoDistricts().at(1);
        ui::DeadlinesDesk desk(*db, {});
        desk.refresh(test::kToday);
        const int all = clocks(*desk.model());
        auto *kind = test::child<QComboBox>(&desk, "kindFilter");
        kind->setCurrentIndex(kind->findData(int(Kind::Complaint)));
        QCOMPARE(clocks(*desk.model()), 2);
        QVERIFY(firstOf(*desk.model(), Kind::Complaint).isValid());
        QVERIFY(!firstOf(*desk.model(), Kind::Decision).isValid());
        kind->setCurrentIndex(0);
        QCOMPARE(clocks(*desk.model()), all);
        auto *district = test::child<QComboBox>(&desk, "districtFilter");
        QVERIFY(district->findData(other) > 0);
        district->setCurrentIndex(district->findData(other));
        QCOMPARE(clocks(*desk.model()), 0);
        QCOMPARE(desk.title(), QStringLiteral("Deadlines"));
    }

    // A clerk of the other district sees none of these clocks.
    void clerkSeesTheirDistrictsOnly()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillDeadlineStore(*db);
        const int other = test::CaseFactory(*db).twoDistricts().at(1);
        ui::DeadlinesDesk desk(*db, {QStringLiteral("u1"), QStringLiteral("clerk.b"), records::Role::Clerk, {other}});
        desk.refresh(test::kToday);
        QCOMPARE(clocks(*desk.model()), 0);
        desk.setSession({QStringLiteral("u2"), QStringLiteral("clerk.a"), records::Role::Clerk,
                         {test::CaseFactory(*db).district()}});
        QVERIFY(clocks(*desk.model()) > 10);
    }

    void enterOpensTheCaseOrThePermit()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::DeadlineStore s = test::fillDeadlineStore(*db);
        ui::DeadlinesDesk desk(*db, {});
        desk.show();
        desk.refresh(test::kToday);
        QSignalSpy cases(&desk, &ui::DeadlinesDesk::caseActivated);
        QSignalSpy permits(&desk, &ui::DeadlinesDesk::permitActivated);
        QTreeView *view = desk.view();
        view->setFocus();
        view->setCurrentIndex(firstOf(*desk.model(), Kind::PoliceAnswer));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.first().first().toString(), s.atPolice.id);
        view->setCurrentIndex(firstOf(*desk.model(), Kind::ExtensionWindow));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(permits.size(), 1);
        QCOMPARE(permits.first().first().toString(), s.extendable.number);
        // A group's row opens nothing.
        view->setCurrentIndex(desk.model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(cases.size() + permits.size(), 2);
    }

    // R-REVOKE-POLICE: the clerk records the day Appendix 9 went to the
    // police on its row; the clock is then met, and shown as such.
    void R_REVOKE_POLICE_noticeSentIsRecorded()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::DeadlineStore s = test::fillDeadlineStore(*db);
        ui::DeadlinesDesk desk(*db, {});
        desk.show();
        desk.refresh(test::kToday);
        auto *sent = test::child<QPushButton>(&desk, "noticeSent");
        desk.view()->setCurrentIndex(firstOf(*desk.model(), Kind::Decision));
        QVERIFY(!sent->isEnabled());
        QModelIndex notice;
        for (int g = 0; g < desk.model()->rowCount() && !notice.isValid(); ++g)
            for (int r = 0; r < desk.model()->rowCount(desk.model()->index(g, 0)); ++r) {
                const QModelIndex i = desk.model()->index(r, 0, desk.model()->index(g, 0));
                if (i.data(DeadlineTreeModel::PermitIdRole).toString() == s.revoked.id &&
                    i.data(DeadlineTreeModel::KindRole).toInt() == int(Kind::RevocationNotice))
                    notice = i;
            }
        QVERIFY(notice.isValid());
        desk.view()->setCurrentIndex(notice);
        QVERIFY(sent->isEnabled());
        test::whenShown<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("27.03.2026"));
            dialog->accept();
        });
        sent->click();
        QCOMPARE(store::PermitRepository(*db).revocation(s.revoked.id)->policeNotifiedOn, test::kToday);
        // Listed as met now, and not to be sent again.
        bool met = false;
        for (const auto &d : desk.model()->deadlines())
            met |= d.permitId == s.revoked.id && d.kind == Kind::RevocationNotice && d.isDone();
        QVERIFY(met);
        QVERIFY(!sent->isEnabled());
    }

    void dayListInKazakhAndRussian_data()
    {
        QTest::addColumn<domain::Language>("language");
        QTest::addColumn<QString>("overdue");
        QTest::addColumn<QString>("action");
        QTest::newRow("kk") << domain::Language::Kazakh << QStringLiteral("Мерзімі өткен")
                            << QStringLiteral("9-қосымшаны басып шығарып, полицияға жіберіңіз.");
        QTest::newRow("ru") << domain::Language::Russian << QStringLiteral("Просрочено")
                            << QStringLiteral("Распечатайте приложение 9 и направьте в полицию.");
    }
    void dayListInKazakhAndRussian()
    {
        QFETCH(domain::Language, language);
        QFETCH(QString, overdue);
        QFETCH(QString, action);
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::DeadlineStore s = test::fillDeadlineStore(*db);
        deadlines::DeadlineFilter filter;
        filter.today = test::kToday;
        const auto items = deadlines::DeadlineDesk(*db).list(filter); // in English, the screen's
        const QString html = deadlines::dayListHtml(*db, items, test::kToday, language);
        QVERIFY2(html.contains(overdue), qPrintable(html.left(400)));
        QVERIFY(html.contains(action));
        QVERIFY(html.contains(QStringLiteral("27.03.2026")));
        QVERIFY(html.contains(s.revoked.number));
        QVERIFY(!html.contains(QStringLiteral("Print Appendix 9"))); // no English left
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("day.pdf"));
        QCOMPARE(deadlines::writeDayListPdf(pdf, *db, items, test::kToday, language), QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        if (!qEnvironmentVariableIsEmpty("RUQSAT_SCREENSHOT_DIR"))
            QFile::copy(pdf, qEnvironmentVariable("RUQSAT_SCREENSHOT_DIR") + QStringLiteral("/deadlines-day-") +
                                 QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pdf"));
        // Its text, where poppler's tool is installed (scripts/setup.sh installs it).
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            return;
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(overdue), qPrintable(out.left(400)));
        QVERIFY(out.contains(s.revoked.number));
    }

    void screenshotsInKazakhAndRussian()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::fillDeadlineStore(*db);
        for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            installTranslations(*QCoreApplication::instance(), lang);
            {
                ui::DeadlinesDesk desk(*db, {});
                desk.resize(1366, 600);
                desk.show();
                desk.refresh(test::kToday);
                QVERIFY(desk.title() != QStringLiteral("Deadlines (2 overdue, 3 today)"));
                QVERIFY(!desk.model()->headerData(0, Qt::Horizontal).toString().startsWith(u"Last"));
                test::saveShot(&desk, QStringLiteral("deadlines-") + lang);
            }
            test::removeTranslators();
        }
    }
};

QTEST_MAIN(TestDeadlinesTab)
#include "tst_deadlines_tab.moc"
