// SPDX-License-Identifier: GPL-3.0-or-later
// The intake editor used as a clerk uses it: paste the passport's MRZ, type
// the rest with the keyboard, see the checks beside the fields, find the
// draft on disk, submit with Ctrl+Enter, and find the case in the register.
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "domain/Iin.h"
#include "domain/Mrz.h"
#include "domain/WorkCalendar.h"
#include "intake/IntakeEditor.h"
#include "itemmodels/CaseRegisterModel.h"
#include "itemmodels/Roles.h"
#include "store/CaseRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace ruqsat;

namespace {

using test::CaseFactory;

void type(QWidget *w, const QString &text)
{
    test::typeText(w, text);
}

QLineEdit *line(QWidget *w, const char *field)
{
    return test::child<QLineEdit>(w, field);
}

} // namespace

class TestIntakeEditor : public QObject
{
    Q_OBJECT
private slots:
    void typeAnApplicationAndSubmit()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const int district = test::CaseFactory(*db).district();
        QTemporaryDir drafts;
        intake::DraftStore draftStore(drafts.filePath(QStringLiteral("drafts")));
        ui::IntakeEditor editor(*db, draftStore, QStringLiteral("clerk1"));
        editor.resize(1100, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        // The passport's MRZ, pasted: names, number, dates and citizenship fill in.
        editor.mrzBox()->setPlainText(CaseFactory::passportMrz());
        QCOMPARE(line(&editor, "immigrant.surnameLat")->text(), QStringLiteral("KARIMOV"));
        QCOMPARE(line(&editor, "immigrant.givenNamesLat")->text(), QStringLiteral("RUSTAM"));
        QCOMPARE(line(&editor, "immigrant.passportNumber")->text(), QStringLiteral("FA1234567"));
        QCOMPARE(line(&editor, "immigrant.birthDate")->text(), QStringLiteral("17.04.1990"));
        QCOMPARE(editor.findChild<QComboBox *>(QStringLiteral("immigrant.citizenship"))->currentData().toString(),
                 QStringLiteral("UZB"));

        // Enter moves on to the next field.
        line(&editor, "immigrant.surnameCyr")->setFocus();
        type(line(&editor, "immigrant.surnameCyr"), QStringLiteral("Каримов"));
        QTest::keyClick(line(&editor, "immigrant.surnameCyr"), Qt::Key_Return);
        QVERIFY(line(&editor, "immigrant.givenNamesCyr")->hasFocus());
        type(line(&editor, "immigrant.givenNamesCyr"), QStringLiteral("Рустам"));

        // The employer's IIN is checked as it is typed.
        type(line(&editor, "employer.iin"), QStringLiteral("850312300150"));
        QVERIFY(editor.messageFor(QStringLiteral("employer.iin")).contains(QLatin1String("check digit")));
        line(&editor, "employer.iin")->clear();
        type(line(&editor, "employer.iin"), CaseFactory::validIin(QStringLiteral("85031230015")));
        QVERIFY(editor.messageFor(QStringLiteral("employer.iin")).isEmpty());
        type(line(&editor, "employer.surname"), QStringLiteral("Қасымов"));
        type(line(&editor, "employer.property"), QStringLiteral("Алматы, ул. Абая, 10, кв. 5"));

        // R-ADDRESS: a work address that is not the employer's property is flagged.
        type(line(&editor, "application.workAddress"), QStringLiteral("Алматы, ул. Абая, 12"));
        QVERIFY(editor.messageFor(QStringLiteral("application.workAddress")).contains(QLatin1String("real estate")));
        line(&editor, "application.workAddress")->clear();
        type(line(&editor, "application.workAddress"), QStringLiteral("алматы ул абая 10 кв 5"));
        QVERIFY(editor.messageFor(QStringLiteral("application.workAddress")).isEmpty());
        auto *districts = editor.findChild<QComboBox *>(QStringLiteral("application.districtId"));
        districts->setCurrentIndex(districts->findData(district));

        // The draft is on disk a moment after the last key.
        QVERIFY(QTest::qWaitFor([&] { return draftStore.all().size() == 1; }, 5000));
        QCOMPARE(draftStore.all().first().employer.surname, QStringLiteral("Қасымов"));
        QVERIFY(editor.isDirty());

        // Ctrl+Enter submits.
        QSignalSpy submitted(&editor, &ui::IntakeEditor::submitted);
        QTest::keyClick(line(&editor, "application.occupation"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submitted.count(), 1);
        const QString caseId = submitted.first().first().toString();
        const auto stored = store::CaseRepository(*db).find(caseId);
        QVERIFY(stored);
        QCOMPARE(stored->status, records::CaseStatus::Submitted);
        QVERIFY(!stored->registryNumber.isEmpty());
        QVERIFY(stored->decisionDueOn > stored->effectiveReceivedOn);
        QVERIFY(draftStore.all().isEmpty()); // submitted: no draft left
        QVERIFY(!editor.isDirty());

        // The register finds it by passport number.
        itemmodels::CaseRegisterModel model(*db, domain::WorkCalendar());
        store::RegisterFilter f;
        f.search = QStringLiteral("fa1234567");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), itemmodels::IdRole).toString(), caseId);
        if (!qEnvironmentVariableIsEmpty("RUQSAT_SCREENSHOT_DIR"))
            editor.grab().save(qEnvironmentVariable("RUQSAT_SCREENSHOT_DIR") + QLatin1String("/intake.png"));
    }

    void incompleteFormIsNotSubmittedAndKept()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        QTemporaryDir drafts;
        ui::IntakeEditor editor(*db, intake::DraftStore(drafts.path()), QStringLiteral("clerk1"));
        editor.show();
        type(line(&editor, "immigrant.surnameLat"), QStringLiteral("ALIEV"));
        test::answerNextMessageBox();
        QVERIFY(!editor.submit());
        QCOMPARE(line(&editor, "immigrant.surnameLat")->text(), QStringLiteral("ALIEV")); // nothing lost
        QVERIFY(!editor.messageFor(QStringLiteral("employer.iin")).isEmpty());
        QVERIFY(!editor.messageFor(QStringLiteral("application.workAddress")).isEmpty());
    }
};

QTEST_MAIN(TestIntakeEditor)
#include "tst_intake_editor.moc"
