// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's changes on both backends: only an administrator writes
// settings (R-AFTER-HOURS working hours, the print folder), year rates
// (R-REFUSE-7), quotas (R-QUOTA), districts with their issuing and police
// bodies, and users; a refused change
// writes nothing, not even an audit row; the password policy; the last
// administrator cannot be locked out.
#include "CaseFactory.h"
#include "TestStores.h"
#include "cases/Administration.h"
#include "store/AuditLog.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/ReferenceRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <functional>

using namespace ruqsat;
using records::Role;
using store::StoreError;

namespace {


qint64 auditRows(const store::Database &db)
{
    return store::Query(db, QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toLongLong();
}

QString setting(const store::Database &db, const QString &key)
{
    for (const auto &[k, v] : store::SettingsRepository(db).textSettings())
        if (k == key)
            return v;
    return {};
}


// Runs `change` and returns the kind and message of the StoreError it must throw.
std::pair<StoreError::Kind, QString> refusal(const std::function<void()> &change)
{
    try {
        change();
    } catch (const StoreError &e) {
        return {e.kind(), e.message()};
    }
    return {StoreError::Kind::Sql, QStringLiteral("<not refused>")};
}

bool lastAuditIs(const store::Database &db, const QString &entity, const QString &entityId, const QString &action,
                 const QString &actor)
{
    const auto entries = store::AuditLog(db).forEntity(entity, entityId);
    return !entries.isEmpty() && entries.last().action == action && entries.last().actor == test::recordedActor(db, actor);
}

} // namespace

class TestAdministration : public QObject
{
    Q_OBJECT
private slots:
    // Many accounts and logins here, none about the hash: keep PBKDF2 cheap.
    void initTestCase() { test::lowerPasswordIterations(); }

    void clerkAndHeadAreRefusedEveryChange_data() { test::addBackendRows(); }
    void clerkAndHeadAreRefusedEveryChange()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const int region = test::CaseFactory(*db).almatyRegionId();
        test::CaseFactory(*db).account(QStringLiteral("admin"), Role::Admin);
        const store::User target = test::CaseFactory(*db).account(QStringLiteral("target"), Role::Clerk);
        store::QuotaRepository(*db).setQuota(region, 2026, 50, QStringLiteral("setup"));

        for (Role role : {Role::Clerk, Role::Head}) {
            const store::User who = test::CaseFactory(*db).account(role == Role::Clerk ? QStringLiteral("clerk") : QStringLiteral("head"), role);
            const cases::Administration admin(*db, test::CaseFactory::sessionOf(who));
            QVERIFY(!admin.mayChange());
            const int district = test::CaseFactory(*db).district();
            const qint64 before = auditRows(*db);
            const int districtsBefore = admin.districts(region).size();
            const int usersBefore = admin.users().size();

            auto forbidden = [](const std::function<void()> &change) {
                return refusal(change).first == StoreError::Kind::Forbidden;
            };
            QVERIFY(forbidden([&] { admin.setText(QStringLiteral("print.override_dir"), QStringLiteral("/tmp")); }));
            QVERIFY(forbidden([&] {
                records::DistrictBodies bodies;
                bodies.issuingBodyRu = QStringLiteral("Акимат");
                admin.setDistrictBodies(district, bodies);
            }));
            QVERIFY(forbidden([&] { admin.setText(QStringLiteral("provider.work_start"), QStringLiteral("08:00")); }));
            QVERIFY(forbidden([&] { admin.setYearRate({2027, 4500, 10}); }));
            QVERIFY(forbidden([&] { admin.removeYearRate(2026); }));
            QVERIFY(forbidden([&] { admin.setQuota(region, 2026, 80); }));
            QVERIFY(forbidden([&] {
                store::District d{0, region, QString(), QStringLiteral("Жаңа ауданы"), QStringLiteral("Новый район"),
                                  QStringLiteral("New District")};
                admin.addDistrict(d);
            }));
            QVERIFY(forbidden([&] {
                store::User u{QString(), QStringLiteral("intruder"), QStringLiteral("Intruder"), QString(), Role::Admin, 0, true};
                admin.createUser(u, QStringLiteral("long-enough-password"));
            }));
            QVERIFY(forbidden([&] { admin.resetPassword(target.id, QStringLiteral("another-long-one")); }));
            QVERIFY(forbidden([&] { admin.setActive(target.id, false); }));
            QVERIFY(forbidden([&] { admin.setRole(target.id, Role::Admin); }));
            QVERIFY(forbidden([&] { admin.setRole(who.id, Role::Admin); }));

            // Nothing changed, and nothing was logged as if it had.
            QCOMPARE(auditRows(*db), before);
            QCOMPARE(setting(*db, QStringLiteral("print.override_dir")), QString());
            QCOMPARE(store::ReferenceRepository(*db).district(district)->bodies, records::DistrictBodies());
            QCOMPARE(setting(*db, QStringLiteral("provider.work_start")), QStringLiteral("09:00"));
            QVERIFY(!store::SettingsRepository(*db).yearRate(2027));
            QVERIFY(store::SettingsRepository(*db).yearRate(2026));
            QCOMPARE(store::QuotaRepository(*db).find(region, 2026)->quota, 50);
            QCOMPARE(admin.districts(region).size(), districtsBefore);
            QCOMPARE(admin.users().size(), usersBefore);
            QVERIFY(!store::UserRepository(*db).findByLogin(QStringLiteral("intruder")));
            QVERIFY(store::UserRepository(*db).authenticate(QStringLiteral("target"), test::CaseFactory::accountPassword()));
            QCOMPARE(store::UserRepository(*db).findByLogin(QStringLiteral("target"))->role, Role::Clerk);
            QCOMPARE(store::UserRepository(*db).findByLogin(who.login)->role, role);

            // Reading stays open to them.
            QVERIFY(!admin.textSettings().isEmpty());
            QVERIFY(!admin.yearRates().isEmpty());
            QVERIFY(!admin.regions().isEmpty());
            QCOMPARE(admin.quota(region, 2026)->quota, 50);
        }
    }

    void administratorChangesAreWrittenAndAudited_data() { test::addBackendRows(); }
    void administratorChangesAreWrittenAndAudited()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const int region = test::CaseFactory(*db).almatyRegionId();
        const store::User adminUser = test::CaseFactory(*db).account(QStringLiteral("admin"), Role::Admin);
        const cases::Administration admin(*db, test::CaseFactory::sessionOf(adminUser));
        QVERIFY(admin.mayChange());
        const QString actor = adminUser.login;

        // A folder of the administrator's forms that exists (an empty one
        // overrides nothing, so it prints every form).
        const QTemporaryDir forms;
        const QString folder = forms.filePath(QStringLiteral("бланки"));
        QVERIFY(QDir().mkpath(folder));
        admin.setText(QStringLiteral("print.override_dir"), QLatin1Char(' ') + folder + QLatin1Char(' '));
        QCOMPARE(setting(*db, QStringLiteral("print.override_dir")), folder); // trimmed
        QVERIFY(lastAuditIs(*db, QStringLiteral("settings"), QStringLiteral("print.override_dir"),
                            QStringLiteral("update"), actor));
        // The bodies moved to the districts (schema 6): the old keys are no settings.
        QCOMPARE(refusal([&] { admin.setText(QStringLiteral("issuing_body.name_kk"), QStringLiteral("x")); }).first,
                 StoreError::Kind::Invalid);

        // R-AFTER-HOURS: the hours are settings, checked by the store.
        admin.setText(QStringLiteral("provider.work_end"), QStringLiteral("18:00"));
        QCOMPARE(store::SettingsRepository(*db).providerHours().end, QTime(18, 0));
        const qint64 beforeBadHours = auditRows(*db);
        QCOMPARE(refusal([&] { admin.setText(QStringLiteral("provider.work_start"), QStringLiteral("19:00")); }).first,
                 StoreError::Kind::Invalid);
        QCOMPARE(auditRows(*db), beforeBadHours);

        // R-REFUSE-7: the MCI and IIT rate are data, added and removed.
        admin.setYearRate({2027, 4600, 10.5});
        QCOMPARE(*store::SettingsRepository(*db).yearRate(2027), (domain::YearRate{2027, 4600, 10.5}));
        QVERIFY(lastAuditIs(*db, QStringLiteral("year_rates"), QStringLiteral("2027"), QStringLiteral("insert"), actor));
        admin.removeYearRate(2027);
        QVERIFY(!store::SettingsRepository(*db).yearRate(2027));
        QVERIFY(lastAuditIs(*db, QStringLiteral("year_rates"), QStringLiteral("2027"), QStringLiteral("delete"), actor));
        // The removed rate stays readable in the audit row.
        const QJsonObject removed =
            store::AuditLog(*db).forEntity(QStringLiteral("year_rates"), QStringLiteral("2027")).last().details;
        QCOMPARE(removed.value(QStringLiteral("mci_kzt")).toObject().value(QStringLiteral("before")).toInt(), 4600);
        QVERIFY(removed.value(QStringLiteral("mci_kzt")).toObject().value(QStringLiteral("after")).isNull());

        // R-QUOTA
        const records::Quota quota = admin.setQuota(region, 2026, 120);
        QCOMPARE(store::QuotaRepository(*db).find(region, 2026)->quota, 120);
        QVERIFY(lastAuditIs(*db, QStringLiteral("quota"), quota.id, QStringLiteral("set"), actor));
        admin.setQuota(region, 2026, 150);
        const QJsonObject places = store::AuditLog(*db)
                                       .forEntity(QStringLiteral("quota"), quota.id)
                                       .last()
                                       .details.value(QStringLiteral("quota"))
                                       .toObject();
        QCOMPARE(places.value(QStringLiteral("before")).toInt(), 120);
        QCOMPARE(places.value(QStringLiteral("after")).toInt(), 150);
        QVERIFY(store::AuditLog(*db).forEntity(QStringLiteral("quota"), quota.id).first()
                    .details.value(QStringLiteral("quota")).toObject().value(QStringLiteral("before")).isNull());
        QCOMPARE(refusal([&] { admin.setQuota(region, 1999, 5); }).first, StoreError::Kind::Invalid);

        store::District district{0, region, QStringLiteral("751210000"), QStringLiteral("Медеу ауданы"),
                                 QStringLiteral("Медеуский район"), QString()};
        const int districtId = admin.addDistrict(district);
        const auto stored = store::ReferenceRepository(*db).district(districtId);
        QVERIFY(stored);
        QCOMPARE(stored->nameRu, QStringLiteral("Медеуский район"));
        QCOMPARE(stored->nameEn, QStringLiteral("Медеуский район")); // no English name typed
        QVERIFY(lastAuditIs(*db, QStringLiteral("district"), QString::number(districtId), QStringLiteral("create"), actor));
        store::District again{0, region, QString(), QStringLiteral("Медеу"), QStringLiteral("медеуский район"), QString()};
        QCOMPARE(refusal([&] { admin.addDistrict(again); }).first, StoreError::Kind::Invalid);
        store::District badKato{0, region, QStringLiteral("75121"), QStringLiteral("Бостандық ауданы"),
                                QStringLiteral("Бостандыкский район"), QString()};
        QCOMPARE(refusal([&] { admin.addDistrict(badKato); }).first, StoreError::Kind::Invalid);

        // The district's bodies: trimmed, audited field by field.
        records::DistrictBodies bodies;
        bodies.issuingBodyKk = QStringLiteral(" Алматы қаласы Медеу ауданының әкімдігі ");
        bodies.headName = QStringLiteral("Исабеков Марат Қанатұлы");
        admin.setDistrictBodies(districtId, bodies);
        const auto withBodies = store::ReferenceRepository(*db).district(districtId)->bodies;
        QCOMPARE(withBodies.issuingBodyKk, QStringLiteral("Алматы қаласы Медеу ауданының әкімдігі"));
        QCOMPARE(withBodies.headName, QStringLiteral("Исабеков Марат Қанатұлы"));
        const auto changed = store::AuditLog(*db).forEntity(QStringLiteral("district"), QString::number(districtId));
        QCOMPARE(changed.last().action, QStringLiteral("update"));
        QCOMPARE(changed.last().actor, test::recordedActor(*db, actor));
        QCOMPARE(changed.last().details.keys(),
                 (QStringList{QStringLiteral("issuing_body.head_name"), QStringLiteral("issuing_body.name_kk")}));
        QCOMPARE(changed.last().details.value(QStringLiteral("issuing_body.head_name")).toObject()
                     .value(QStringLiteral("old")).toString(),
                 QString());

        store::User head{QString(), QStringLiteral("head"), QStringLiteral("Серік Болатұлы"), QString(), Role::Head, 0, true};
        const QString headId = admin.createUser(head, test::CaseFactory::accountPassword());
        QCOMPARE(head.id, headId);
        QVERIFY(lastAuditIs(*db, QStringLiteral("user"), headId, QStringLiteral("create"), actor));
        const auto loggedIn = store::UserRepository(*db).authenticate(QStringLiteral("head"), test::CaseFactory::accountPassword());
        QVERIFY(loggedIn);
        QCOMPARE(loggedIn->role, Role::Head);
        store::User twin = head;
        twin.id.clear();
        const auto taken = refusal([&] { admin.createUser(twin, test::CaseFactory::accountPassword()); });
        QCOMPARE(taken.first, StoreError::Kind::Invalid);
        QVERIFY2(taken.second.contains(QLatin1String("head")), qPrintable(taken.second));

        admin.resetPassword(headId, QStringLiteral("a-new-password"));
        QVERIFY(lastAuditIs(*db, QStringLiteral("user"), headId, QStringLiteral("password"), actor));
        QVERIFY(!store::UserRepository(*db).authenticate(QStringLiteral("head"), test::CaseFactory::accountPassword()));
        QVERIFY(store::UserRepository(*db).authenticate(QStringLiteral("head"), QStringLiteral("a-new-password")));

        admin.setActive(headId, false);
        QVERIFY(lastAuditIs(*db, QStringLiteral("user"), headId, QStringLiteral("deactivate"), actor));
        QVERIFY(!store::UserRepository(*db).authenticate(QStringLiteral("head"), QStringLiteral("a-new-password")));
        admin.setActive(headId, true);
        QVERIFY(lastAuditIs(*db, QStringLiteral("user"), headId, QStringLiteral("activate"), actor));
        QVERIFY(store::UserRepository(*db).authenticate(QStringLiteral("head"), QStringLiteral("a-new-password")));
    }

    // A body longer than a form can hold is refused in the administrator's
    // words before the store's own limit; nothing is written.
    void districtBodiesAreCheckedBeforeTheyAreWritten_data() { test::addBackendRows(); }
    void districtBodiesAreCheckedBeforeTheyAreWritten()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::Administration admin(*db, test::CaseFactory(*db).loggedIn(QStringLiteral("admin"), Role::Admin));
        const int district = test::CaseFactory(*db).district();
        const qint64 before = auditRows(*db);

        records::DistrictBodies bodies;
        bodies.issuingBodyRu = QString(300, u'а'); // the longest that fits
        bodies.headName = QString(201, u'ә');
        const auto tooLong = refusal([&] { admin.setDistrictBodies(district, bodies); });
        QCOMPARE(tooLong.first, StoreError::Kind::Invalid);
        QVERIFY2(tooLong.second.contains(QLatin1String("Head's full name")) && tooLong.second.contains(QLatin1String("200")),
                 qPrintable(tooLong.second));
        QVERIFY2(!tooLong.second.contains(QLatin1String("issuing_body")), qPrintable(tooLong.second)); // no keys
        QCOMPARE(store::ReferenceRepository(*db).district(district)->bodies, records::DistrictBodies());
        QCOMPARE(auditRows(*db), before);

        bodies.headName = QLatin1Char(' ') + QString(200, u'ә') + QLatin1Char(' '); // the spaces do not count
        admin.setDistrictBodies(district, bodies);
        QCOMPARE(store::ReferenceRepository(*db).district(district)->bodies.headName, QString(200, u'ә'));
        // Saving the same again writes nothing and logs nothing.
        const qint64 saved = auditRows(*db);
        admin.setDistrictBodies(district, bodies);
        QCOMPARE(auditRows(*db), saved);
        QCOMPARE(refusal([&] { admin.setDistrictBodies(district + 1000, bodies); }).first, StoreError::Kind::NotFound);
        // A district may be added with its bodies at once.
        store::District medeu{0, test::CaseFactory(*db).almatyRegionId(), QString(), QStringLiteral("Медеу ауданы"),
                              QStringLiteral("Медеуский район"), QStringLiteral("Medeu District")};
        medeu.bodies.policeBodyRu = QStringLiteral(" Департамент полиции города Алматы");
        admin.addDistrict(medeu);
        QCOMPARE(store::ReferenceRepository(*db).district(medeu.id)->bodies.policeBodyRu,
                 QStringLiteral("Департамент полиции города Алматы"));
    }

    void passwordPolicy_data() { test::addBackendRows(); }
    void passwordPolicy()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::Administration admin(*db, test::CaseFactory::sessionOf(test::CaseFactory(*db).account(QStringLiteral("admin"), Role::Admin)));
        const qint64 before = auditRows(*db);

        store::User clerk{QString(), QStringLiteral("clerk"), QStringLiteral("Aigerim"), QString(), Role::Clerk, 0, true};
        // Nine characters pass the store's own floor of 8 but not this policy.
        const auto shortOne = refusal([&] { admin.createUser(clerk, QStringLiteral("123456789")); });
        QCOMPARE(shortOne.first, StoreError::Kind::Invalid);
        QVERIFY2(shortOne.second.contains(QLatin1String("10")), qPrintable(shortOne.second));
        QCOMPARE(refusal([&] { admin.createUser(clerk, QString(10, QLatin1Char(' '))); }).first,
                 StoreError::Kind::Invalid);
        QVERIFY(!store::UserRepository(*db).findByLogin(QStringLiteral("clerk")));
        QCOMPARE(auditRows(*db), before);
        QVERIFY(!cases::Administration::passwordProblem(QStringLiteral("123456789")).isEmpty());
        QVERIFY(cases::Administration::passwordProblem(QStringLiteral("1234567890")).isEmpty());

        admin.createUser(clerk, QStringLiteral("Қазақстан-10")); // ten letters and more, Cyrillic included
        QVERIFY(store::UserRepository(*db).authenticate(QStringLiteral("clerk"), QStringLiteral("Қазақстан-10")));
        QCOMPARE(refusal([&] { admin.resetPassword(clerk.id, QStringLiteral("short")); }).first,
                 StoreError::Kind::Invalid);
        QVERIFY(store::UserRepository(*db).authenticate(QStringLiteral("clerk"), QStringLiteral("Қазақстан-10")));
    }

    void lastAdministratorIsProtected_data() { test::addBackendRows(); }
    void lastAdministratorIsProtected()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const store::User first = test::CaseFactory(*db).account(QStringLiteral("admin1"), Role::Admin);
        const cases::Administration admin(*db, test::CaseFactory::sessionOf(first));

        const auto self = refusal([&] { admin.setActive(first.id, false); });
        QCOMPARE(self.first, StoreError::Kind::Invalid);
        QVERIFY(store::UserRepository(*db).findByLogin(QStringLiteral("admin1"))->active);

        // The command line acts as an administrator without an account of its
        // own: the one active administrator still stays.
        const cases::Administration script(*db, {QString(), QStringLiteral("ruqsatctl"), Role::Admin});
        const qint64 before = auditRows(*db);
        const auto last = refusal([&] { script.setActive(first.id, false); });
        QCOMPARE(last.first, StoreError::Kind::Invalid);
        QVERIFY2(last.second.contains(QLatin1String("admin1")), qPrintable(last.second));
        QVERIFY(store::UserRepository(*db).findByLogin(QStringLiteral("admin1"))->active);
        QCOMPARE(auditRows(*db), before);

        // With a second administrator one of them may go.
        store::User second{QString(), QStringLiteral("admin2"), QStringLiteral("Second Admin"), QString(), Role::Admin, 0, true};
        admin.createUser(second, test::CaseFactory::accountPassword());
        script.setActive(first.id, false);
        QVERIFY(!store::UserRepository(*db).findByLogin(QStringLiteral("admin1"))->active);
        QCOMPARE(refusal([&] { script.setActive(second.id, false); }).first, StoreError::Kind::Invalid);
        script.setActive(first.id, true);
        QVERIFY(store::UserRepository(*db).findByLogin(QStringLiteral("admin1"))->active);
        QCOMPARE(refusal([&] { admin.setActive(QStringLiteral("no-such-id"), false); }).first,
                 StoreError::Kind::NotFound);
    }

    // A role changes with its audit row; an administrator cannot change
    // their own, and the last active administrator stays one.
    void roleChanges_data() { test::addBackendRows(); }
    void roleChanges()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const store::User first = test::CaseFactory(*db).account(QStringLiteral("admin1"), Role::Admin);
        const store::User clerk = test::CaseFactory(*db).account(QStringLiteral("aigul"), Role::Clerk);
        const cases::Administration admin(*db, test::CaseFactory::sessionOf(first));
        store::UserRepository users(*db);

        admin.setRole(clerk.id, Role::Head);
        QCOMPARE(users.authenticate(QStringLiteral("aigul"), test::CaseFactory::accountPassword())->role, Role::Head);
        const auto entries = store::AuditLog(*db).forEntity(QStringLiteral("user"), clerk.id);
        QVERIFY(lastAuditIs(*db, QStringLiteral("user"), clerk.id, QStringLiteral("role"), QStringLiteral("admin1")));
        QCOMPARE(entries.last().details.value(QStringLiteral("from")).toString(), QStringLiteral("clerk"));
        QCOMPARE(entries.last().details.value(QStringLiteral("to")).toString(), QStringLiteral("head"));
        // The same role again changes and logs nothing.
        const qint64 before = auditRows(*db);
        admin.setRole(clerk.id, Role::Head);
        QCOMPARE(auditRows(*db), before);

        const auto self = refusal([&] { admin.setRole(first.id, Role::Head); });
        QCOMPARE(self.first, StoreError::Kind::Invalid);
        QVERIFY2(self.second.contains(QLatin1String("own role")), qPrintable(self.second));
        const cases::Administration script(*db, {QString(), QStringLiteral("ruqsatctl"), Role::Admin});
        const auto last = refusal([&] { script.setRole(first.id, Role::Clerk); });
        QCOMPARE(last.first, StoreError::Kind::Invalid);
        QVERIFY2(last.second.contains(QLatin1String("admin1")), qPrintable(last.second));
        QCOMPARE(users.findByLogin(QStringLiteral("admin1"))->role, Role::Admin);
        QCOMPARE(auditRows(*db), before);

        // With a second administrator the first may become a head; an
        // inactive administrator does not count as the one left.
        admin.setRole(clerk.id, Role::Admin);
        script.setActive(clerk.id, false);
        QCOMPARE(refusal([&] { script.setRole(first.id, Role::Head); }).first, StoreError::Kind::Invalid);
        script.setActive(clerk.id, true);
        script.setRole(first.id, Role::Head);
        QCOMPARE(users.findByLogin(QStringLiteral("admin1"))->role, Role::Head);
        QCOMPARE(refusal([&] { script.setRole(clerk.id, Role::Clerk); }).first, StoreError::Kind::Invalid);
        QCOMPARE(refusal([&] { script.setRole(QStringLiteral("no-such-id"), Role::Clerk); }).first,
                 StoreError::Kind::NotFound);
    }

    // Two administrators, each on their own desktop, demote and deactivate
    // each other at the same moment: one of them stays an active
    // administrator (SQLite admits one writer; PostgreSQL locks the users).
    void twoAdministratorsNeverLockEveryoneOut_data() { test::addBackendRows(); }
    void twoAdministratorsNeverLockEveryoneOut()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        for (int round = 0; round < 10; ++round) {
            store::User a, b;
            {
                const auto db = scratch.open();
                store::execute(*db, QStringLiteral("UPDATE users SET active = 0"));
                a = test::CaseFactory(*db).account(QStringLiteral("a%1").arg(round), Role::Admin);
                b = test::CaseFactory(*db).account(QStringLiteral("b%1").arg(round), Role::Admin);
            }
            QSemaphore ready, go;
            QAtomicInt refused, failed;
            auto client = [&](const store::User &me, const store::User &other, bool demote) {
                return QThread::create([&, me, other, demote] {
                    const auto db = scratch.open();
                    const cases::Administration admin(*db, test::CaseFactory::sessionOf(me));
                    ready.release();
                    go.acquire();
                    try {
                        if (demote)
                            admin.setRole(other.id, Role::Clerk);
                        else
                            admin.setActive(other.id, false);
                    } catch (const StoreError &e) {
                        (e.kind() == StoreError::Kind::Invalid ? refused : failed).ref();
                    }
                });
            };
            const bool demote = round % 2 == 0;
            QThread *first = client(a, b, demote);
            QThread *second = client(b, a, demote);
            first->start();
            second->start();
            ready.acquire(2);
            go.release(2);
            QVERIFY(first->wait(60000));
            QVERIFY(second->wait(60000));
            delete first;
            delete second;
            QCOMPARE(failed.loadRelaxed(), 0);
            QCOMPARE(refused.loadRelaxed(), 1);
            const auto db = scratch.open();
            const QList<store::User> all = store::UserRepository(*db).all();
            QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                                   [](const store::User &u) { return u.active && u.role == Role::Admin; }),
                     1);
        }
    }

    void R_QUOTA_notBelowThePlacesTaken_data() { test::addBackendRows(); }
    void R_QUOTA_notBelowThePlacesTaken()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const int region = factory.almatyRegionId();
        const cases::Administration admin(*db, test::CaseFactory::sessionOf(test::CaseFactory(*db).account(QStringLiteral("admin"), Role::Admin)));
        const records::Quota quota = admin.setQuota(region, 2026, 2);
        const records::Application app = factory.acceptedCase();
        store::QuotaRepository(*db).reserve(app.id, quota.id, QDate(2026, 4, 1), QStringLiteral("setup"));
        QCOMPARE(admin.quota(region, 2026)->reserved, 1);

        const qint64 before = auditRows(*db);
        const auto below = refusal([&] { admin.setQuota(region, 2026, 0); });
        QCOMPARE(below.first, StoreError::Kind::Invalid);
        // The store's own words, with the number of places taken.
        QVERIFY2(below.second.contains(QLatin1String(" 1 ")), qPrintable(below.second));
        QCOMPARE(admin.quota(region, 2026)->quota, 2);
        QCOMPARE(auditRows(*db), before);
        QCOMPARE(refusal([&] { admin.setQuota(region, 2026, -3); }).first, StoreError::Kind::Invalid);

        QCOMPARE(admin.setQuota(region, 2026, 1).quota, 1); // exactly the places taken is fine
        QCOMPARE(admin.quota(region, 2026)->free(), 0);
    }

    // The folder of edited print forms is refused when one of its templates
    // cannot print its form, naming the file and the field; nothing is
    // saved. A folder that can, and no folder (the built-in forms), are kept.
    void templateFolderIsCheckedWhenSet_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::addRow("a field missing")
            << u"kk/appendix-5.html"_qs << u"<p>{{immigrant_full_name_latin}}</p>"_qs
            << u"permit_number"_qs;
        QTest::addRow("a field the form lacks")
            << u"ru/appendix-9.html"_qs << u"BUILT-IN<p>{{permit_nomer}}</p>"_qs
            << u"permit_nomer"_qs;
        QTest::addRow("malformed")
            << u"en/appendix-7.html"_qs << u"{{#qr_code}} never closed"_qs << u"qr_code"_qs;
        QTest::addRow("no such folder") << QString() << QString() << u"no-such-folder"_qs;
    }
    void templateFolderIsCheckedWhenSet()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(QString, named);
        test::ScratchStore scratch(u"sqlite"_qs);
        const auto db = scratch.open();
        const cases::Administration admin(
            *db,
            test::CaseFactory::sessionOf(test::CaseFactory(*db).account(u"admin"_qs, Role::Admin)));
        QTemporaryDir dir;
        QString folder = dir.filePath(u"no-such-folder"_qs);
        if (!file.isEmpty()) {
            folder = dir.path();
            // The program's own template of the form's language, then the edited one.
            const QString appendix = file.section(u'/', 1);
            QVERIFY(QDir(folder).mkpath(file.section(u'/', 0, 0)));
            QFile good(QDir(folder).filePath(u"ru/"_qs + appendix));
            QDir(folder).mkpath(u"ru"_qs);
            QFile builtIn(u":/print/ru/"_qs + appendix);
            QVERIFY(builtIn.open(QIODevice::ReadOnly));
            const QByteArray own = builtIn.readAll();
            QVERIFY(good.open(QIODevice::WriteOnly));
            good.write(own);
            good.close();
            admin.setText(u"print.override_dir"_qs, folder); // the program's own forms pass
            QCOMPARE(setting(*db, u"print.override_dir"_qs), folder);
            admin.setText(u"print.override_dir"_qs, QString()); // and none at all
            QFile edited(QDir(folder).filePath(file));
            QVERIFY(edited.open(QIODevice::WriteOnly));
            edited.write(QString(text).replace(u"BUILT-IN"_qs, QString::fromUtf8(own)).toUtf8());
        }
        const qint64 before = auditRows(*db);
        const auto refused = refusal([&] { admin.setText(u"print.override_dir"_qs, folder); });
        QCOMPARE(refused.first, StoreError::Kind::Invalid);
        QVERIFY2(refused.second.contains(named), qPrintable(refused.second));
        if (!file.isEmpty())
            QVERIFY2(refused.second.contains(QDir::toNativeSeparators(file)),
                     qPrintable(refused.second));
        QVERIFY2(!refused.second.contains(u"R-"_qs), qPrintable(refused.second));
        QCOMPARE(setting(*db, u"print.override_dir"_qs), QString());
        QCOMPARE(auditRows(*db), before);
    }
};

QTEST_GUILESS_MAIN(TestAdministration)
#include "tst_administration.moc"
