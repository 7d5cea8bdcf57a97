// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's dialog, driven through its widgets: settings edited in
// the table, a quota (R-QUOTA), a year rate (R-REFUSE-7), a district and a
// user land in the store; refusals appear in the page's message line with
// what was typed kept; a clerk sees everything read-only.
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "admin/AdministrationDialog.h"
#include "domain/FieldLimits.h"
#include "records/CodeLabels.h"
#include "store/AuditLog.h"
#include "store/QuotaRepository.h"
#include "store/ReferenceRepository.h"
#include "store/SettingsRepository.h"
#include "store/UserRepository.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat;
using records::Role;

namespace {


using test::child;

QWidget *page(ui::AdministrationDialog &dialog, const char *name)
{
    QWidget *p = child<QWidget>(&dialog, name);
    dialog.tabs()->setCurrentWidget(p);
    return p;
}

QString message(QWidget *page)
{
    return child<QLabel>(page, "pageMessage")->text();
}

int rowWhere(QTableWidget *table, int column, const QVariant &userData)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, column)->data(Qt::UserRole) == userData)
            return row;
    return -1;
}

// Opens the cell's editor as a double-click would; nullptr when the cell
// cannot be edited.
QLineEdit *openEditor(QTableWidget *table, int row, int column)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // editors closed before
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>())
        if (edit->isVisible())
            return edit;
    return nullptr;
}

// Types ASCII text into a cell and presses Enter, as a person would.
void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    QLineEdit *editor = openEditor(table, row, column);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
}

// Cyrillic cannot be typed through QTest's key events: set the editor's
// text, then commit it with Enter like the typed case.
void pasteIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    QLineEdit *editor = openEditor(table, row, column);
    QVERIFY(editor);
    editor->setText(text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
}

void type(QWidget *edit, const QString &text)
{
    edit->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(edit))
        line->selectAll();
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(edit))
        spin->selectAll();
    QTest::keyClicks(edit, text);
}

QString setting(const store::Database &db, const QString &key)
{
    for (const auto &[k, v] : store::SettingsRepository(db).textSettings())
        if (k == key)
            return v;
    return {};
}

} // namespace

class TestAdministrationDialog : public QObject
{
    Q_OBJECT
private slots:
    // Many accounts and logins here, none about the hash: keep PBKDF2 cheap.
    void initTestCase() { test::lowerPasswordIterations(); }

    void settingsAreEditedInTheTable()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        ui::AdministrationDialog dialog(*db, test::CaseFactory(*db).loggedIn(QStringLiteral("admin"), Role::Admin));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QLabel>(&dialog, "readOnlyNote")->isVisible());
        QWidget *settings = page(dialog, "settingsPage");
        auto *table = child<QTableWidget>(settings, "settingsTable");
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("print.override_dir"));
        // The bodies are no settings any more: they belong to each district.
        QCOMPARE(rowWhere(table, 0, QStringLiteral("issuing_body.name_kk")), -1);

        const int folder = rowWhere(table, 0, QStringLiteral("print.override_dir"));
        // Folders that exist: an empty one overrides no form, so it prints them all.
        const QString forms = scratch.dir() + QLatin1String("/forms");
        const QString kk = scratch.dir() + QLatin1String("/бланкілер");
        QVERIFY(QDir().mkpath(forms) && QDir().mkpath(kk));
        typeIntoCell(table, folder, 1, forms);
        QCOMPARE(setting(*db, QStringLiteral("print.override_dir")), forms);
        const auto audit = store::AuditLog(*db).forEntity(QStringLiteral("settings"), QStringLiteral("print.override_dir"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actor, QStringLiteral("admin"));

        pasteIntoCell(table, folder, 1, kk);
        QCOMPARE(setting(*db, QStringLiteral("print.override_dir")), kk);
        QCOMPARE(message(settings), QStringLiteral("Saved."));

        // R-AFTER-HOURS: an impossible time is the store's refusal, shown beside
        // the table; the cell keeps what was typed.
        const int start = rowWhere(table, 0, QStringLiteral("provider.work_start"));
        typeIntoCell(table, start, 1, QStringLiteral("25:00"));
        QVERIFY2(message(settings).contains(QLatin1String("HH:mm")), qPrintable(message(settings)));
        QCOMPARE(table->item(start, 1)->text(), QStringLiteral("25:00"));
        QCOMPARE(setting(*db, QStringLiteral("provider.work_start")), QStringLiteral("09:00"));
        test::saveShot(&dialog, QStringLiteral("administration-settings"));

        // The print override folder is a row of its own with a Browse button.
        QVERIFY(rowWhere(table, 0, QStringLiteral("print.override_dir")) >= 0);
        QVERIFY(child<QPushButton>(settings, "browseOverrideDir")->isEnabled());
    }

    // A folder of print forms that cannot print a form is refused as it is
    // typed, the file and the field named beside the table; nothing saved.
    void templateFolderLackingAFieldIsRefused()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        ui::AdministrationDialog dialog(
            *db, test::CaseFactory(*db).loggedIn(QStringLiteral("admin"), Role::Admin));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QWidget *settings = page(dialog, "settingsPage");
        auto *table = child<QTableWidget>(settings, "settingsTable");
        const int row = rowWhere(table, 0, QStringLiteral("print.override_dir"));
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("ru")));
        QFile form(dir.filePath(QStringLiteral("ru/appendix-8.html")));
        QVERIFY(form.open(QIODevice::WriteOnly));
        form.write("<p>{{immigrant_full_name}} {{sender_body_name}} {{permit_issue_date}} "
                   "{{revoking_body_name}} "
                   "{{head_position}} {{head_full_name}}</p>"); // no {{stay_end_date}}
        form.close();
        typeIntoCell(table, row, 1, dir.path());
        QVERIFY2(message(settings).contains(QStringLiteral("stay_end_date")),
                 qPrintable(message(settings)));
        QVERIFY2(message(settings).contains(
                     QDir::toNativeSeparators(QStringLiteral("ru/appendix-8.html"))),
                 qPrintable(message(settings)));
        QCOMPARE(table->item(row, 1)->text(), dir.path());
        QCOMPARE(setting(*db, QStringLiteral("print.override_dir")), QString());
        test::saveShot(&dialog, QStringLiteral("administration-template-folder-refused"));
    }

    // Names and settings are held to their limits as they are typed: a page
    // pasted is refused whole and said in the page's message line.
    void textsAreHeldToTheirLimits()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        ui::AdministrationDialog dialog(
            *db, test::CaseFactory(*db).loggedIn(QStringLiteral("admin"), Role::Admin));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QGuiApplication::clipboard()->setText(QString(5000, u'x'));

        QWidget *districts = page(dialog, "districtsPage");
        auto *name = child<QLineEdit>(districts, "districtNameRu");
        type(name, QStringLiteral("Medeu"));
        QTest::keySequence(name, QKeySequence::Paste);
        QCOMPARE(name->text(), QStringLiteral("Medeu"));
        const QString districtMax =
            QString::number(domain::FieldLimits::maxLength(QStringLiteral("district.nameRu")));
        QTRY_VERIFY2(message(districts).contains(districtMax), qPrintable(message(districts)));

        QWidget *settings = page(dialog, "settingsPage");
        auto *table = child<QTableWidget>(settings, "settingsTable");
        const int row = rowWhere(table, 0, QStringLiteral("provider.work_start"));
        QLineEdit *editor = openEditor(table, row, 1);
        QVERIFY(editor);
        editor->setText(QStringLiteral("09:30"));
        QTest::keySequence(editor, QKeySequence::Paste);
        QCOMPARE(editor->text(), QStringLiteral("09:30"));
        const QString settingMax =
            QString::number(domain::FieldLimits::maxLength(QStringLiteral("setting.value")));
        QTRY_VERIFY2(message(settings).contains(settingMax), qPrintable(message(settings)));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(setting(*db, QStringLiteral("provider.work_start")), QStringLiteral("09:30"));
    }

    void R_QUOTA_placesAreSetInTheTable()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const int almaty = store::ReferenceRepository(*db).regionByKato(QStringLiteral("750000000"))->id;
        ui::AdministrationDialog dialog(*db, test::CaseFactory(*db).loggedIn(QStringLiteral("admin"), Role::Admin));
        dialog.show();
        QWidget *quotas = page(dialog, "quotasPage");
        child<QSpinBox>(quotas, "quotaYear")->setValue(2026);
        auto *table = child<QTableWidget>(quotas, "quotasTable");
        const int row = rowWhere(table, 0, almaty);
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 1)->text(), QString()); // no quota yet

        typeIntoCell(table, row, 1, QStringLiteral("25"));
        QCOMPARE(store::QuotaRepository(*db).find(almaty, 2026)->quota, 25);
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("0"));
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("25"));

        typeIntoCell(table, row, 1, QStringLiteral("-5"));
        QVERIFY2(message(quotas).contains(QLatin1String("negative")), qPrintable(message(quotas)));
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("-5"));
        typeIntoCell(table, row, 1, QStringLiteral("many"));
        QVERIFY2(message(quotas).contains(QLatin1String("whole number")), qPrintable(message(quotas)));
        QCOMPARE(store::QuotaRepository(*db).find(almaty, 2026)->quota, 25);

        child<QSpinBox>(quotas, "quotaYear")->setValue(2027); // another year, another quota
        QCOMPARE(table->item(row, 1)->text(), QString());
        test::saveShot(&dialog, QStringLiteral("administration-quotas"));
    }

    void R_REFUSE_7_yearRateAndDistrict()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        ui::AdministrationDialog dialog(*db, test::CaseFactory(*db).loggedIn(QStringLiteral("admin"), Role::Admin));
        dialog.show();
        QWidget *rates = page(dialog, "yearRatesPage");
        type(child<QSpinBox>(rates, "rateYear"), QStringLiteral("2027"));
        type(child<QSpinBox>(rates, "rateMci"), QStringLiteral("4700"));
        child<QDoubleSpinBox>(rates, "rateIit")->setValue(10);
        QTest::mouseClick(child<QPushButton>(rates, "saveRate"), Qt::LeftButton);
        QVERIFY(store::SettingsRepository(*db).yearRate(2027));
        QCOMPARE(*store::SettingsRepository(*db).yearRate(2027), (domain::YearRate{2027, 4700, 10}));
        QCOMPARE(child<QTableWidget>(rates, "ratesTable")->rowCount(), 4);
        type(child<QSpinBox>(rates, "rateMci"), QStringLiteral("0"));
        QTest::mouseClick(child<QPushButton>(rates, "saveRate"), Qt::LeftButton);
        QVERIFY2(message(rates).contains(QLatin1String("MCI")), qPrintable(message(rates)));
        QCOMPARE(store::SettingsRepository(*db).yearRate(2027)->mciKzt, 4700);
        QTest::mouseClick(child<QPushButton>(rates, "removeRate"), Qt::LeftButton);
        QVERIFY(!store::SettingsRepository(*db).yearRate(2027));

        QWidget *districts = page(dialog, "districtsPage");
        auto *region = child<QComboBox>(districts, "districtRegion");
        const int almaty = store::ReferenceRepository(*db).regionByKato(QStringLiteral("750000000"))->id;
        region->setCurrentIndex(region->findData(almaty));
        child<QLineEdit>(districts, "districtNameKk")->setText(QStringLiteral("Медеу ауданы"));
        QTest::mouseClick(child<QPushButton>(districts, "addDistrict"), Qt::LeftButton);
        QVERIFY2(message(districts).contains(QLatin1String("Russian")), qPrintable(message(districts)));
        QCOMPARE(child<QLineEdit>(districts, "districtNameKk")->text(), QStringLiteral("Медеу ауданы")); // kept
        child<QLineEdit>(districts, "districtNameRu")->setText(QStringLiteral("Медеуский район"));
        type(child<QLineEdit>(districts, "districtNameEn"), QStringLiteral("Medeu District"));
        QTest::mouseClick(child<QPushButton>(districts, "addDistrict"), Qt::LeftButton);
        const auto stored = store::ReferenceRepository(*db).districts(almaty);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().nameEn, QStringLiteral("Medeu District"));
        QCOMPARE(child<QTableWidget>(districts, "districtsTable")->rowCount(), 1);
        QVERIFY(child<QLineEdit>(districts, "districtNameKk")->text().isEmpty());
    }

    // Each district's issuing body, head and police body are edited beside
    // the districts, saved per cell for the selected district alone.
    void districtBodiesAreEditedBesideTheDistricts()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const store::ReferenceRepository refs(*db);
        const int almaty = refs.regionByKato(QStringLiteral("750000000"))->id;
        store::District almaly{0, almaty, QString(), QStringLiteral("Алмалы ауданы"), QStringLiteral("Алмалинский район"),
                               QStringLiteral("Almaly District")};
        store::District medeu{0, almaty, QString(), QStringLiteral("Медеу ауданы"), QStringLiteral("Медеуский район"),
                              QStringLiteral("Medeu District")};
        refs.addDistrict(almaly, QStringLiteral("setup"));
        refs.addDistrict(medeu, QStringLiteral("setup"));
        ui::AdministrationDialog dialog(*db, test::CaseFactory(*db).loggedIn(QStringLiteral("admin"), Role::Admin));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QWidget *districts = page(dialog, "districtsPage");
        auto *region = child<QComboBox>(districts, "districtRegion");
        region->setCurrentIndex(region->findData(almaty));
        auto *table = child<QTableWidget>(districts, "districtsTable");
        auto *bodies = child<QTableWidget>(districts, "districtBodiesTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("10 empty"));

        const int medeuRow = rowWhere(table, 0, medeu.id);
        table->selectRow(medeuRow);
        QCOMPARE(bodies->rowCount(), 10);
        const int head = rowWhere(bodies, 0, QStringLiteral("issuing_body.head_name"));
        typeIntoCell(bodies, head, 1, QStringLiteral("  Isabekov Marat  "));
        QCOMPARE(refs.district(medeu.id)->bodies.headName, QStringLiteral("Isabekov Marat"));
        QCOMPARE(bodies->item(head, 1)->text(), QStringLiteral("Isabekov Marat")); // as the store keeps it
        QCOMPARE(refs.district(almaly.id)->bodies.headName, QString());
        QCOMPARE(table->item(medeuRow, 4)->text(), QStringLiteral("9 empty"));
        const QString akimat = QStringLiteral("Алматы қаласы Медеу ауданының әкімдігі");
        pasteIntoCell(bodies, rowWhere(bodies, 0, QStringLiteral("issuing_body.name_kk")), 1, akimat);
        QCOMPARE(refs.district(medeu.id)->bodies.issuingBodyKk, akimat);
        QCOMPARE(message(districts), QStringLiteral("Saved."));
        const auto audit = store::AuditLog(*db).forEntity(QStringLiteral("district"), QString::number(medeu.id));
        QCOMPARE(audit.last().action, QStringLiteral("update"));
        QCOMPARE(audit.last().actor, QStringLiteral("admin"));

        // Too long for a form: refused beside the table, the typed text kept.
        const int police = rowWhere(bodies, 0, QStringLiteral("police_body.name_ru"));
        pasteIntoCell(bodies, police, 1, QString(301, u'д'));
        QVERIFY2(message(districts).contains(QLatin1String("300")), qPrintable(message(districts)));
        QCOMPARE(bodies->item(police, 1)->text(), QString(301, u'д'));
        QCOMPARE(refs.district(medeu.id)->bodies.policeBodyRu, QString());
        test::saveShot(&dialog, QStringLiteral("administration-districts"));

        // The other district shows its own bodies.
        table->selectRow(rowWhere(table, 0, almaly.id));
        QCOMPARE(bodies->item(head, 1)->text(), QString());
        table->selectRow(medeuRow);
        QCOMPARE(bodies->item(head, 1)->text(), QStringLiteral("Isabekov Marat"));
    }

    void aNewUserLogsIn()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        ui::AdministrationDialog dialog(*db, test::CaseFactory(*db).loggedIn(QStringLiteral("admin"), Role::Admin));
        dialog.show();
        QWidget *users = page(dialog, "usersPage");
        type(child<QLineEdit>(users, "userLogin"), QStringLiteral("aliya"));
        type(child<QLineEdit>(users, "userFullName"), QStringLiteral("Aliya Serikovna"));
        auto *role = child<QComboBox>(users, "userRole");
        role->setCurrentIndex(role->findData(int(Role::Head)));
        type(child<QLineEdit>(users, "userPassword"), QStringLiteral("short-1"));
        type(child<QLineEdit>(users, "userRepeat"), QStringLiteral("short-1"));
        QTest::mouseClick(child<QPushButton>(users, "addUser"), Qt::LeftButton);
        QVERIFY2(message(users).contains(QLatin1String("10")), qPrintable(message(users)));
        QVERIFY(!store::UserRepository(*db).findByLogin(QStringLiteral("aliya")));
        QCOMPARE(child<QLineEdit>(users, "userLogin")->text(), QStringLiteral("aliya")); // kept

        type(child<QLineEdit>(users, "userPassword"), QStringLiteral("tulip-garden-7"));
        type(child<QLineEdit>(users, "userRepeat"), QStringLiteral("tulip-garden-8"));
        QTest::mouseClick(child<QPushButton>(users, "addUser"), Qt::LeftButton);
        QVERIFY2(message(users).contains(QLatin1String("differ")), qPrintable(message(users)));
        type(child<QLineEdit>(users, "userRepeat"), QStringLiteral("tulip-garden-7"));
        QTest::mouseClick(child<QPushButton>(users, "addUser"), Qt::LeftButton);
        const auto aliya = store::UserRepository(*db).authenticate(QStringLiteral("aliya"), QStringLiteral("tulip-garden-7"));
        QVERIFY(aliya);
        QCOMPARE(aliya->role, Role::Head);
        QCOMPARE(aliya->fullName, QStringLiteral("Aliya Serikovna"));
        QVERIFY(child<QLineEdit>(users, "userPassword")->text().isEmpty());

        auto *table = child<QTableWidget>(users, "usersTable");
        QCOMPARE(table->rowCount(), 2);
        // The administrator cannot lock themself out.
        table->selectRow(rowWhere(table, 0, store::UserRepository(*db).findByLogin(QStringLiteral("admin"))->id));
        QTest::mouseClick(child<QPushButton>(users, "toggleActive"), Qt::LeftButton);
        QVERIFY2(message(users).contains(QLatin1String("own account")), qPrintable(message(users)));
        QVERIFY(store::UserRepository(*db).findByLogin(QStringLiteral("admin"))->active);

        table->selectRow(rowWhere(table, 0, aliya->id));
        type(child<QLineEdit>(users, "newPassword"), QStringLiteral("orchid-river-9"));
        type(child<QLineEdit>(users, "newRepeat"), QStringLiteral("orchid-river-9"));
        QTest::mouseClick(child<QPushButton>(users, "resetPassword"), Qt::LeftButton);
        QVERIFY(store::UserRepository(*db).authenticate(QStringLiteral("aliya"), QStringLiteral("orchid-river-9")));
        QCOMPARE(child<QPushButton>(users, "toggleActive")->text(), QStringLiteral("&Deactivate"));
        QTest::mouseClick(child<QPushButton>(users, "toggleActive"), Qt::LeftButton);
        QVERIFY(!store::UserRepository(*db).authenticate(QStringLiteral("aliya"), QStringLiteral("orchid-river-9")));
        QCOMPARE(child<QPushButton>(users, "toggleActive")->text(), QStringLiteral("&Activate"));

        // Aliya is made an administrator; picking her shows her role.
        auto *newRole = child<QComboBox>(users, "newRole");
        QCOMPARE(newRole->currentData().toInt(), int(Role::Head));
        newRole->setCurrentIndex(newRole->findData(int(Role::Admin)));
        QTest::mouseClick(child<QPushButton>(users, "changeRole"), Qt::LeftButton);
        QVERIFY2(message(users).contains(QLatin1String("next login")), qPrintable(message(users)));
        QCOMPARE(store::UserRepository(*db).findByLogin(QStringLiteral("aliya"))->role, Role::Admin);
        QCOMPARE(table->item(rowWhere(table, 0, aliya->id), 2)->text(), records::label(Role::Admin));
        QCOMPARE(newRole->currentData().toInt(), int(Role::Admin));
        // The administrator cannot demote themself.
        table->selectRow(rowWhere(table, 0, store::UserRepository(*db).findByLogin(QStringLiteral("admin"))->id));
        QCOMPARE(newRole->currentData().toInt(), int(Role::Admin));
        newRole->setCurrentIndex(newRole->findData(int(Role::Clerk)));
        QTest::mouseClick(child<QPushButton>(users, "changeRole"), Qt::LeftButton);
        QVERIFY2(message(users).contains(QLatin1String("own role")), qPrintable(message(users)));
        QCOMPARE(store::UserRepository(*db).findByLogin(QStringLiteral("admin"))->role, Role::Admin);
        test::saveShot(&dialog, QStringLiteral("administration-users"));
    }

    // The districts a user works in are ticked when adding them and changed
    // for the user picked, through the same code as `ruqsatctl users`.
    void usersDistrictsAreTickedAndChanged()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::CaseFactory(*db).writeDemoPeople(10, 3, QDate(2026, 3, 2));
        ui::AdministrationDialog dialog(*db, test::CaseFactory(*db).loggedIn(QStringLiteral("admin"), Role::Admin));
        dialog.show();
        QWidget *users = page(dialog, "usersPage");
        auto *districts = child<QListWidget>(users, "userDistricts");
        QVERIFY(districts->count() >= 2);
        type(child<QLineEdit>(users, "userLogin"), QStringLiteral("dana"));
        type(child<QLineEdit>(users, "userFullName"), QStringLiteral("Dana Aliyeva"));
        type(child<QLineEdit>(users, "userPassword"), QStringLiteral("tulip-garden-7"));
        type(child<QLineEdit>(users, "userRepeat"), QStringLiteral("tulip-garden-7"));
        districts->item(1)->setCheckState(Qt::Checked);
        const int second = districts->item(1)->data(Qt::UserRole).toInt();
        QTest::mouseClick(child<QPushButton>(users, "addUser"), Qt::LeftButton);
        auto dana = store::UserRepository(*db).findByLogin(QStringLiteral("dana"));
        QVERIFY2(dana, qPrintable(message(users)));
        QCOMPARE(dana->districtIds, QList<int>{second});
        auto *table = child<QTableWidget>(users, "usersTable");
        const int row = rowWhere(table, 0, dana->id);
        QCOMPARE(table->item(row, 3)->text(), districts->item(1)->text());
        // Picked, her districts are ticked; a second one is added.
        table->selectRow(row);
        auto *newDistricts = child<QListWidget>(users, "newDistricts");
        QCOMPARE(newDistricts->item(1)->checkState(), Qt::Checked);
        QCOMPARE(newDistricts->item(0)->checkState(), Qt::Unchecked);
        newDistricts->item(0)->setCheckState(Qt::Checked);
        const int first = newDistricts->item(0)->data(Qt::UserRole).toInt();
        QTest::mouseClick(child<QPushButton>(users, "changeDistricts"), Qt::LeftButton);
        dana = store::UserRepository(*db).findByLogin(QStringLiteral("dana"));
        QCOMPARE(dana->districtIds, (QList<int>{std::min(first, second), std::max(first, second)}));
        const auto audit = store::AuditLog(*db).forEntity(QStringLiteral("user"), dana->id);
        QCOMPARE(audit.last().action, QStringLiteral("districts"));
        QCOMPARE(audit.last().details.value(QStringLiteral("after")).toArray().size(), 2);
        test::saveShot(&dialog, QStringLiteral("administration-user-districts"));
    }

    void aClerkSeesEverythingReadOnly()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        test::CaseFactory(*db).loggedIn(QStringLiteral("admin"), Role::Admin);
        const int almaty = store::ReferenceRepository(*db).regionByKato(QStringLiteral("750000000"))->id;
        store::QuotaRepository(*db).setQuota(almaty, 2026, 40, QStringLiteral("setup"));
        store::District almaly{0, almaty, QString(), QStringLiteral("Алмалы ауданы"), QStringLiteral("Алмалинский район"),
                               QStringLiteral("Almaly District")};
        almaly.bodies.headName = QStringLiteral("Сәрсенбаев Нұрлан Қайратұлы");
        store::ReferenceRepository(*db).addDistrict(almaly, QStringLiteral("setup"));
        ui::AdministrationDialog dialog(*db, test::CaseFactory(*db).loggedIn(QStringLiteral("clerk"), Role::Clerk));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, "readOnlyNote")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "readOnlyNote")->text().contains(QLatin1String("Only an administrator")));

        QWidget *settings = page(dialog, "settingsPage");
        auto *settingsTable = child<QTableWidget>(settings, "settingsTable");
        QVERIFY(settingsTable->rowCount() > 0);
        for (int row = 0; row < settingsTable->rowCount(); ++row)
            QVERIFY(!(settingsTable->item(row, 1)->flags() & Qt::ItemIsEditable));
        QTest::ignoreMessage(QtWarningMsg, "edit: editing failed");
        QVERIFY(!openEditor(settingsTable, 0, 1));
        QVERIFY(!child<QPushButton>(settings, "browseOverrideDir")->isEnabled());

        // A district's bodies can be read, not changed.
        QWidget *districts = page(dialog, "districtsPage");
        auto *region = child<QComboBox>(districts, "districtRegion");
        region->setCurrentIndex(region->findData(almaty));
        auto *bodies = child<QTableWidget>(districts, "districtBodiesTable");
        const int head = rowWhere(bodies, 0, QStringLiteral("issuing_body.head_name"));
        QCOMPARE(bodies->item(head, 1)->text(), QStringLiteral("Сәрсенбаев Нұрлан Қайратұлы"));
        QTest::ignoreMessage(QtWarningMsg, "edit: editing failed");
        QVERIFY(!openEditor(bodies, head, 1));

        QWidget *quotas = page(dialog, "quotasPage");
        child<QSpinBox>(quotas, "quotaYear")->setValue(2026); // looking at another year stays possible
        auto *quotaTable = child<QTableWidget>(quotas, "quotasTable");
        const int row = rowWhere(quotaTable, 0, almaty);
        QCOMPARE(quotaTable->item(row, 1)->text(), QStringLiteral("40"));
        QTest::ignoreMessage(QtWarningMsg, "edit: editing failed");
        QVERIFY(!openEditor(quotaTable, row, 1));

        for (const char *name : {"rateYear", "rateMci", "rateIit", "saveRate", "removeRate", "districtKato",
                                 "districtNameKk", "districtNameRu", "districtNameEn", "addDistrict", "userLogin",
                                 "userFullName", "userRole", "userPassword", "userRepeat", "addUser", "newPassword",
                                 "newRepeat", "resetPassword", "toggleActive", "newRole", "changeRole"})
            QVERIFY2(!child<QWidget>(&dialog, name)->isEnabled(), name);
        // Picking a user does not bring the buttons back.
        auto *users = child<QTableWidget>(&dialog, "usersTable");
        users->selectRow(0);
        QVERIFY(!child<QPushButton>(&dialog, "toggleActive")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "changeRole")->isEnabled());
        QCOMPARE(store::UserRepository(*db).all().size(), 2);
        test::saveShot(&dialog, QStringLiteral("administration-read-only"));
    }
};

QTEST_MAIN(TestAdministrationDialog)
#include "tst_administration_dialog.moc"
