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
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace ruqsat;

namespace {

using intake::IntakeForm;
using test::CaseFactory;

void type(QWidget *w, const QString &text)
{
    test::typeText(w, text);
}

QLineEdit *line(QWidget *w, const char *field)
{
    return test::child<QLineEdit>(w, field);
}

// Types what every application needs besides the passport's MRZ.
void typeRequired(ui::IntakeEditor *editor, int district)
{
    editor->mrzBox()->setPlainText(CaseFactory::passportMrz());
    type(line(editor, "employer.iin"), CaseFactory::validIin(QStringLiteral("85031230015")));
    type(line(editor, "employer.surname"), QStringLiteral("Қасымов"));
    type(line(editor, "employer.property"), QStringLiteral("Алматы, ул. Абая, 10, кв. 5"));
    type(line(editor, "application.workAddress"), QStringLiteral("Алматы, ул. Абая, 10, кв. 5"));
    auto *districts = test::child<QComboBox>(editor, "application.districtId");
    districts->setCurrentIndex(districts->findData(district));
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->clear();
    type(edit, text);
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

    // Appendix 1, item 2 (marital status, spouse, children, home phone) and
    // what Appendix 3 needs (the agreement's date, the salary, the
    // employer's identity document) are typed, kept in the draft and stored.
    void familyAndAgreementFieldsAreTyped()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const int district = test::CaseFactory(*db).district();
        QTemporaryDir drafts;
        intake::DraftStore draftStore(drafts.filePath(QStringLiteral("drafts")));
        ui::IntakeEditor editor(*db, draftStore, QStringLiteral("clerk1"));
        editor.resize(1100, 900);
        editor.show();
        typeRequired(&editor, district);
        auto *marital = test::child<QComboBox>(&editor, "immigrant.maritalStatus");
        marital->setCurrentIndex(marital->findData(QStringLiteral("married")));
        type(line(&editor, "immigrant.spouseName"), QStringLiteral("Каримова Нилуфар"));
        type(line(&editor, "immigrant.spouseBirthYear"),
             QStringLiteral("19x92")); // the letter is not taken
        QCOMPARE(line(&editor, "immigrant.spouseBirthYear")->text(), QStringLiteral("1992"));
        test::child<QSpinBox>(&editor, "immigrant.childrenCount")->setValue(2);
        type(line(&editor, "immigrant.homePhone"), QStringLiteral("+998 66 233 00 11"));
        type(line(&editor, "employer.idDocNumber"), QStringLiteral("045612378"));
        type(line(&editor, "employer.idDocIssuedOn"), QStringLiteral("01.08.2017"));
        type(line(&editor, "employer.idDocIssuer"), QStringLiteral("МВД РК"));
        type(line(&editor, "application.intentSignedOn"), QStringLiteral("15.03.2026"));
        type(line(&editor, "application.salaryKzt"), QStringLiteral("180 000"));

        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto all = draftStore.all();
                return all.size() == 1 && all.first().application.salaryKzt == 180000;
            },
            5000));
        const IntakeForm draft = draftStore.all().first();
        QCOMPARE(draft.immigrant.maritalStatus, QStringLiteral("married"));
        QCOMPARE(intake::spouseOf(draft.immigrant).fullName, QStringLiteral("Каримова Нилуфар"));
        QCOMPARE(intake::spouseOf(draft.immigrant).birthYear, 1992);
        QCOMPARE(draft.immigrant.childrenCount, 2);
        QCOMPARE(draft.immigrant.homePhone, QStringLiteral("+998 66 233 00 11"));
        QCOMPARE(draft.employer.idDocNumber, QStringLiteral("045612378"));
        QCOMPARE(draft.employer.idDocIssuedOn, QDate(2017, 8, 1));
        QCOMPARE(draft.employer.idDocIssuer, QStringLiteral("МВД РК"));
        QCOMPARE(draft.application.intentSignedOn, QDate(2026, 3, 15));
        test::saveShot(&editor, QStringLiteral("intake-family"));

        // A draft opened again shows them all.
        ui::IntakeEditor reopened(*db, draftStore, QStringLiteral("clerk1"));
        reopened.setForm(draft);
        QCOMPARE(line(&reopened, "immigrant.spouseName")->text(),
                 QStringLiteral("Каримова Нилуфар"));
        QCOMPARE(line(&reopened, "application.salaryKzt")->text(), QStringLiteral("180000"));
        QCOMPARE(
            test::child<QComboBox>(&reopened, "immigrant.maritalStatus")->currentData().toString(),
            QStringLiteral("married"));
        QCOMPARE(reopened.form(), editor.form());

        QSignalSpy submitted(&editor, &ui::IntakeEditor::submitted);
        QVERIFY(editor.submit());
        const auto app = store::CaseRepository(*db).find(submitted.first().first().toString());
        QCOMPARE(app->salaryKzt, std::optional<qint64>(180000));
        QCOMPARE(app->intentSignedOn, QDate(2026, 3, 15));
        const auto person = store::ImmigrantRepository(*db).find(app->immigrantId);
        QCOMPARE(person->maritalStatus, QStringLiteral("married"));
        QCOMPARE(person->childrenCount, 2);
        QCOMPARE(person->family.size(), 1);
        QCOMPARE(person->family.first().relation, QStringLiteral("spouse"));
        const auto employer = store::EmployerRepository(*db).find(app->employerId);
        QCOMPARE(employer->idDocNumber, QStringLiteral("045612378"));
        QCOMPARE(employer->idDocIssuedOn, QDate(2017, 8, 1));
    }

    // The time of receipt is typed (paper comes late from the State
    // Corporation): now by default, never in the future, and it decides the
    // day of receipt (R-AFTER-HOURS) and the decision's term (R-DECISION-TERM).
    void R_AFTER_HOURS_timeOfReceiptIsTyped()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const int district = test::CaseFactory(*db).district();
        QTemporaryDir drafts;
        intake::DraftStore draftStore(drafts.path());
        ui::IntakeEditor editor(*db, draftStore, QStringLiteral("clerk1"));
        editor.resize(1100, 900);
        editor.show();
        QLineEdit *received = line(&editor, "application.receivedAt");
        const QDateTime shown =
            QDateTime::fromString(received->text(), QStringLiteral("dd.MM.yyyy HH:mm"));
        QVERIFY2(shown.isValid(), qPrintable(received->text()));
        // Now, in Kazakhstan time.
        QVERIFY(qAbs(QDateTime(shown.date(), shown.time(), QTimeZone("Asia/Almaty"))
                         .secsTo(QDateTime::currentDateTimeUtc())) < 120);
        typeRequired(&editor, district);

        const QString tomorrow = QDateTime::currentDateTimeUtc()
                                     .addDays(1)
                                     .toTimeZone(QTimeZone("Asia/Almaty"))
                                     .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        retype(received, tomorrow);
        QVERIFY2(editor.messageFor(QStringLiteral("application.receivedAt"))
                     .contains(QLatin1String("later than now")),
                 qPrintable(editor.messageFor(QStringLiteral("application.receivedAt"))));
        test::answerNextMessageBox();
        QVERIFY(!editor.submit());
        QCOMPARE(received->text(), tomorrow); // kept as typed

        // Saturday 4 April 2026 at 11:00: counts as received on Monday 6 April.
        retype(received, QStringLiteral("04.04.2026 11:00"));
        QVERIFY(editor.messageFor(QStringLiteral("application.receivedAt")).isEmpty());
        const QString terms = test::child<QLabel>(&editor, "receivedTerms")->text();
        QVERIFY2(terms.contains(QLocale().toString(QDate(2026, 4, 6), QLocale::ShortFormat)) &&
                     terms.contains(QLocale().toString(QDate(2026, 4, 8), QLocale::ShortFormat)),
                 qPrintable(terms));
        QVERIFY(QTest::qWaitFor([&] { return draftStore.all().size() == 1; }, 5000));
        QCOMPARE(draftStore.all().first().application.receivedAt,
                 QDateTime(QDate(2026, 4, 4), QTime(11, 0), QTimeZone("Asia/Almaty")));
        QSignalSpy submitted(&editor, &ui::IntakeEditor::submitted);
        QVERIFY(editor.submit());
        const auto app = store::CaseRepository(*db).find(submitted.first().first().toString());
        QCOMPARE(app->receivedAt,
                 QDateTime(QDate(2026, 4, 4), QTime(11, 0), QTimeZone("Asia/Almaty")));
        QCOMPARE(app->effectiveReceivedOn, QDate(2026, 4, 6));
        QCOMPARE(app->decisionDueOn, QDate(2026, 4, 8));
    }
};

QTEST_MAIN(TestIntakeEditor)
#include "tst_intake_editor.moc"
