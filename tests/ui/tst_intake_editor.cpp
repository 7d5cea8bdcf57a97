// SPDX-License-Identifier: GPL-3.0-or-later
// The intake editor used as a clerk uses it: paste the passport's MRZ, type
// the rest with the keyboard, see the checks beside the fields, find the
// draft on disk, submit with Ctrl+Enter, and find the case in the register.
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "common/DifferencesDialog.h"
#include "domain/FieldLimits.h"
#include "domain/Iin.h"
#include "domain/Mrz.h"
#include "domain/WorkCalendar.h"
#include "intake/IntakeEditor.h"
#include "intake/IntakeService.h"
#include "itemmodels/CaseRegisterModel.h"
#include "itemmodels/Roles.h"
#include "store/CaseRepository.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/Query.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
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

// A form as a clerk would have typed it, ready to save.
intake::IntakeForm typedForm(const store::Database &db,
                             const QString &surname = QStringLiteral("KARIMOV"))
{
    CaseFactory factory(db);
    intake::IntakeForm f;
    f.draftId = QStringLiteral("draft-") + surname;
    f.immigrant = factory.immigrant(surname);
    f.employer = factory.employer(CaseFactory::validIin(QStringLiteral("85031230015")));
    f.application.districtId = factory.district();
    f.application.workAddress = f.employer.properties.first().address;
    f.application.requestedMonths = 6;
    f.application.occupation = QStringLiteral("домработница");
    f.application.receivedAt = QDateTime::currentDateTimeUtc();
    return f;
}

// A fresh store, a form typed for it (its district made before the editor,
// which reads the districts once) and an editor showing that form.
struct Desk
{
    test::ScratchStore scratch{QStringLiteral("sqlite")};
    std::unique_ptr<store::Database> db = scratch.open();
    intake::IntakeForm typed = typedForm(*db);
    QTemporaryDir drafts;
    ui::IntakeEditor editor{*db, intake::DraftStore(drafts.path()), QStringLiteral("clerk1")};

    Desk()
    {
        editor.resize(1100, 900);
        editor.show();
        editor.setForm(typed);
    }
};

// Presses the button `choice` of the next DifferencesDialog, after keeping
// its rows ("label|before|after") and a screenshot.
void chooseInNextDifferencesDialog(const QString &choice, QStringList *rows, const QString &shot)
{
    test::whenShown<ui::DifferencesDialog>([choice, rows, shot](ui::DifferencesDialog *dialog) {
        QTableWidget *table = dialog->table();
        for (int row = 0; rows && row < table->rowCount(); ++row)
            *rows << table->item(row, 0)->text() + u'|' + table->item(row, 1)->text() + u'|' +
                         table->item(row, 2)->text();
        test::saveShot(dialog, shot);
        test::child<QPushButton>(dialog, qPrintable(choice))->click();
    });
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

    // 31.02.2022 typed in a date field is refused beside it, blocks the
    // save and stays on screen and in the draft; an empty optional date is fine.
    // Every typed date of the form, those of Appendix 3 and the time of
    // receipt included: a day that does not exist is refused beside its
    // field, kept as typed in the draft, and nothing is saved.
    void everyTypedDateRefusesADayThatIsNot_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("said");
        QTest::newRow("employer's document")
            << QStringLiteral("employer.idDocIssuedOn") << QStringLiteral("30.02.2020")
            << QStringLiteral("30.02.2020");
        QTest::newRow("agreement of intent")
            << QStringLiteral("application.intentSignedOn") << QStringLiteral("31.04.2026")
            << QStringLiteral("31.04.2026");
        QTest::newRow("receipt, no such day")
            << QStringLiteral("application.receivedAt") << QStringLiteral("31.02.2026 10:30")
            << QStringLiteral("31.02.2026");
        QTest::newRow("receipt, no such time")
            << QStringLiteral("application.receivedAt") << QStringLiteral("20.03.2026 25:10")
            << QStringLiteral("HH:MM");
    }
    void everyTypedDateRefusesADayThatIsNot()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, said);
        Desk desk;
        QLineEdit *edit = line(&desk.editor, qPrintable(field));
        edit->setFocus();
        retype(edit, typed);
        QVERIFY2(desk.editor.messageFor(field).contains(said),
                 qPrintable(desk.editor.messageFor(field)));
        QCOMPARE(desk.editor.form().unparsedDates.value(field), typed);
        test::answerNextMessageBox();
        QVERIFY(!desk.editor.save());
        QCOMPARE(edit->text(), typed); // kept to be corrected
        QCOMPARE(store::Query(*desk.db, QStringLiteral("SELECT count(*) FROM applications"))
                     .scalar()
                     .toInt(),
                 0);
        const auto onDisk = intake::DraftStore(desk.drafts.path()).all();
        QCOMPARE(onDisk.size(), 1);
        QCOMPARE(onDisk.first().unparsedDates.value(field), typed);
    }

    void impossibleDateRefusedBesideTheField()
    {
        Desk desk;
        auto &editor = desk.editor;
        const auto &db = desk.db;
        const QTemporaryDir &drafts = desk.drafts;
        intake::IntakeForm f = desk.typed;
        f.immigrant.passportIssuedOn = QDate();
        editor.setForm(f);
        QLineEdit *issued = line(&editor, "immigrant.passportIssuedOn");
        issued->setFocus();
        type(issued, QStringLiteral("31.02.2022"));
        QVERIFY2(editor.messageFor(QStringLiteral("immigrant.passportIssuedOn"))
                     .contains(QLatin1String("31.02.2022")),
                 qPrintable(editor.messageFor(QStringLiteral("immigrant.passportIssuedOn"))));
        test::saveShot(&editor, QStringLiteral("intake-impossible-date"));
        QString said;
        test::answerNextMessageBox(&said);
        QVERIFY(!editor.save());
        QVERIFY2(said.contains(QLatin1String("beside them")), qPrintable(said));
        QCOMPARE(issued->text(), QStringLiteral("31.02.2022")); // kept to be corrected
        QCOMPARE(
            store::Query(*db, QStringLiteral("SELECT count(*) FROM immigrants")).scalar().toInt(),
            0);
        const auto onDisk = intake::DraftStore(drafts.path()).all();
        QCOMPARE(onDisk.size(), 1);
        QCOMPARE(onDisk.first().unparsedDates.value(QStringLiteral("immigrant.passportIssuedOn")),
                 QStringLiteral("31.02.2022"));
        // Corrected, it saves; emptied, an optional date saves too.
        issued->clear();
        type(issued, QStringLiteral("28.02.2022"));
        QVERIFY(editor.messageFor(QStringLiteral("immigrant.passportIssuedOn")).isEmpty());
        QVERIFY(editor.save());
        QCOMPARE(editor.form().immigrant.passportIssuedOn, QDate(2022, 2, 28));
        issued->clear();
        type(issued, QStringLiteral(" "));
        QVERIFY(editor.save());
        QCOMPARE(store::ImmigrantRepository(*db).find(editor.form().immigrant.id)->passportIssuedOn,
                 QDate());
    }

    // A page pasted into a name is refused whole with a message beside it;
    // a draft holding such a name shows it whole, says it is too long and is
    // not saved.
    void oversizedTextRefusedBesideTheField()
    {
        Desk desk;
        auto &editor = desk.editor;
        const auto &db = desk.db;
        QLineEdit *surname = line(&editor, "immigrant.surnameLat");
        surname->setFocus();
        QGuiApplication::clipboard()->setText(QString(5000, u'K'));
        QTest::keySequence(surname, QKeySequence::Paste);
        QCOMPARE(surname->text(), QStringLiteral("KARIMOV")); // nothing pasted, nothing cut
        const QString max =
            QString::number(domain::FieldLimits::maxLength(QStringLiteral("immigrant.surnameLat")));
        QTRY_VERIFY2(editor.messageFor(QStringLiteral("immigrant.surnameLat")).contains(max),
                     qPrintable(editor.messageFor(QStringLiteral("immigrant.surnameLat"))));
        test::saveShot(&editor, QStringLiteral("intake-paste-refused"));
        // Typing stops at the limit.
        surname->clear();
        type(surname, QString(70, u'K'));
        QCOMPARE(surname->text().size(), max.toInt());

        intake::IntakeForm fromDraft = typedForm(*db);
        fromDraft.immigrant.surnameLat = QString(5000, u'K');
        editor.setForm(fromDraft);
        QCOMPARE(surname->text().size(), 5000); // never cut behind the clerk's back
        test::answerNextMessageBox();
        QVERIFY(!editor.save());
        QVERIFY2(editor.messageFor(QStringLiteral("immigrant.surnameLat"))
                     .contains(QLocale().toString(5000)),
                 qPrintable(editor.messageFor(QStringLiteral("immigrant.surnameLat"))));
        QCOMPARE(
            store::Query(*db, QStringLiteral("SELECT count(*) FROM immigrants")).scalar().toInt(),
            0);
        // A text the editor has no field for is said under the form.
        fromDraft.immigrant.surnameLat = QStringLiteral("KARIMOV");
        fromDraft.immigrant.family = {{QStringLiteral("child"), QString(200, u'Ә'), 2018}};
        editor.setForm(fromDraft);
        test::answerNextMessageBox();
        QVERIFY(!editor.save());
        QVERIFY(test::child<QLabel>(&editor, "otherProblems")->isVisible());
        QVERIFY(test::child<QLabel>(&editor, "otherProblems")
                    ->text()
                    .contains(QLatin1String("Family member")));
    }

    // Someone else saved the case: both versions are shown field by field,
    // the clerk's typing stays until they choose, and each choice does what
    // it says.
    void conflictShowsBothVersionsAndTheClerkChooses()
    {
        Desk desk;
        auto &editor = desk.editor;
        const auto &db = desk.db;
        const auto other = desk.scratch.open();
        QVERIFY(editor.save());
        auto otherSaves = [&](const QString &occupation) {
            intake::IntakeForm theirs = intake::IntakeService(*other, QStringLiteral("clerk2"))
                                            .storedVersion(editor.form());
            theirs.application.occupation = occupation;
            intake::IntakeService(*other, QStringLiteral("clerk2")).save(theirs);
        };
        otherSaves(QStringLiteral("водитель"));
        QLineEdit *occupation = line(&editor, "application.occupation");
        occupation->clear();
        type(occupation, QStringLiteral("повар"));

        QStringList rows;
        chooseInNextDifferencesDialog(QStringLiteral("keepEditing"), &rows,
                                      QStringLiteral("intake-conflict"));
        QVERIFY(!editor.save());
        QCOMPARE(rows, QStringList{QStringLiteral("Occupation|водитель|повар")});
        QCOMPARE(occupation->text(), QStringLiteral("повар")); // the typing stays
        const QString caseId = editor.form().application.id;
        QCOMPARE(store::CaseRepository(*db).find(caseId)->occupation, QStringLiteral("водитель"));

        chooseInNextDifferencesDialog(QStringLiteral("keepMine"), nullptr, QString());
        QVERIFY(editor.save());
        QCOMPARE(store::CaseRepository(*db).find(caseId)->occupation, QStringLiteral("повар"));

        otherSaves(QStringLiteral("садовник"));
        occupation->clear();
        type(occupation, QStringLiteral("няня"));
        chooseInNextDifferencesDialog(QStringLiteral("takeSaved"), nullptr, QString());
        QVERIFY(!editor.save());
        QCOMPARE(occupation->text(), QStringLiteral("садовник"));
        QVERIFY(editor.save()); // the saved version, now at its version
    }

    // The IIN typed names an employer on record with other details: the
    // clerk sees what differs and chooses; the older case is never renamed
    // unasked.
    void knownEmployerDifferencesAreAsked()
    {
        Desk desk;
        auto &editor = desk.editor;
        const auto &db = desk.db;
        intake::IntakeForm first = desk.typed;
        intake::IntakeService(*db, QStringLiteral("clerk1")).save(first);
        const QString onRecord = first.employer.surname;
        editor.setForm(typedForm(*db, QStringLiteral("YULDASHEV")));
        QLineEdit *surname = line(&editor, "employer.surname");
        surname->clear();
        type(surname, QStringLiteral("Сейткали"));

        QStringList rows;
        chooseInNextDifferencesDialog(QStringLiteral("keepEditing"), &rows,
                                      QStringLiteral("intake-known-employer"));
        QVERIFY(!editor.save());
        QCOMPARE(rows, QStringList{QStringLiteral("Employer's surname|") + onRecord +
                                   QStringLiteral("|Сейткали")});
        QCOMPARE(surname->text(), QStringLiteral("Сейткали"));
        QCOMPARE(
            store::Query(*db, QStringLiteral("SELECT count(*) FROM applications")).scalar().toInt(),
            1);

        chooseInNextDifferencesDialog(QStringLiteral("keepStored"), nullptr, QString());
        QVERIFY(editor.save());
        QCOMPARE(surname->text(), onRecord); // the case names them as on record
        QCOMPARE(store::EmployerRepository(*db).find(first.employer.id)->surname, onRecord);
        QCOMPARE(editor.form().employer.id, first.employer.id);

        ui::IntakeEditor another(*db, intake::DraftStore(desk.drafts.path()),
                                 QStringLiteral("clerk1"));
        another.show();
        another.setForm(typedForm(*db, QStringLiteral("TOSHEV")));
        line(&another, "employer.surname")->clear();
        type(line(&another, "employer.surname"), QStringLiteral("Сейткали"));
        chooseInNextDifferencesDialog(QStringLiteral("updateStored"), nullptr, QString());
        QVERIFY(another.save());
        QCOMPARE(store::EmployerRepository(*db).find(first.employer.id)->surname,
                 QStringLiteral("Сейткали"));
    }

    // The passport's MRZ replaces a date typed wrong with the passport's own.
    void mrzReplacesADateTypedWrong()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        QTemporaryDir drafts;
        ui::IntakeEditor editor(*db, intake::DraftStore(drafts.path()), QStringLiteral("clerk1"));
        editor.show();
        type(line(&editor, "immigrant.birthDate"), QStringLiteral("31.02.1990"));
        QVERIFY(!editor.messageFor(QStringLiteral("immigrant.birthDate")).isEmpty());
        editor.mrzBox()->setPlainText(CaseFactory::passportMrz());
        QCOMPARE(line(&editor, "immigrant.birthDate")->text(), QStringLiteral("17.04.1990"));
        QVERIFY(editor.messageFor(QStringLiteral("immigrant.birthDate")).isEmpty());
        QVERIFY(editor.form().unparsedDates.isEmpty());
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
