// SPDX-License-Identifier: GPL-3.0-or-later
// A store in a read-only folder opens in the window with a notice that
// saving is not possible (translated); saving is refused with that message
// and what was typed stays in the editor and in its draft. As root (CI), the
// test first gives up the capabilities that ignore permission bits.
#include "CaseFactory.h"
#include "FilePermissions.h"
#include "MainWindow.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "common/Application.h"
#include "intake/DraftStore.h"
#include "intake/IntakeEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>

using namespace ruqsat;

class TestReadOnlyWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(test::obeyFilePermissions(&why), qPrintable(why));
    }

    void noticeShownAndTypingKept()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        {
            const auto db = scratch.open();
            test::CaseFactory(*db).writeDemoPeople(30, 4, QDate::currentDate());
        }
        test::ReadOnlyFor folder(scratch.dir());
        ui::MainWindow window;
        window.resize(1180, 720);
        window.show();
        QVERIFY(window.openStore(scratch.where()));
        window.setSession({QString(), QStringLiteral("clerk1"), records::Role::Clerk});
        auto *notice = test::child<QLabel>(&window, "readOnlyNotice");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("saving is not possible")), qPrintable(notice->text()));
        QVERIFY(!notice->text().contains(QLatin1String("R-")));
        test::saveShot(&window, QStringLiteral("read-only-store"));

        ui::IntakeEditor *editor = window.newApplication();
        QVERIFY(editor);
        auto *surname = test::child<QLineEdit>(editor, "immigrant.surnameCyr");
        surname->setFocus();
        test::typeText(surname, QStringLiteral("Жақсыбекова"));
        QString shown;
        test::answerNextMessageBox(&shown, true, QStringLiteral("read-only-save-refused"));
        QVERIFY(!editor->save());
        QVERIFY2(shown.contains(QLatin1String("saving is not possible")), qPrintable(shown));
        QCOMPARE(surname->text(), QStringLiteral("Жақсыбекова"));
        bool kept = false;
        for (const intake::IntakeForm &draft : intake::DraftStore().all())
            if (draft.immigrant.surnameCyr == QStringLiteral("Жақсыбекова")) {
                kept = true;
                intake::DraftStore().remove(draft.draftId); // leaves no draft to other tests
            }
        QVERIFY(kept);
    }

    // A store that can be written shows no notice.
    void noNoticeOnAWritableStore()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.open();
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openStore(scratch.where()));
        QVERIFY(test::child<QLabel>(&window, "readOnlyNotice")->isHidden());
    }

    void noticeInKazakhAndRussian()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.open();
        test::ReadOnlyFor folder(scratch.dir());
        for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            installTranslations(*QCoreApplication::instance(), lang);
            {
                ui::MainWindow window;
                window.resize(1180, 720);
                window.show();
                QVERIFY(window.openStore(scratch.where()));
                const QString text = test::child<QLabel>(&window, "readOnlyNotice")->text();
                QVERIFY2(!text.contains(QLatin1String("saving is not possible")), qPrintable(text));
                QVERIFY(!text.isEmpty());
                test::saveShot(&window, QLatin1String("read-only-store-") + lang);
            }
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
        QLocale::setDefault(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestReadOnlyWindow)
#include "tst_read_only_window.moc"
