// SPDX-License-Identifier: GPL-3.0-or-later
// Immigrants, employers, districts and countries on both backends.
#include "CaseFactory.h"
#include "TestStores.h"
#include "store/AuditLog.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/ReferenceRepository.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ruqsat;

class TestPeopleRepository : public QObject
{
    Q_OBJECT
private slots:
    void immigrantRoundTrip_data() { test::addBackendRows(); }
    void immigrantRoundTrip()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        store::ImmigrantRepository repo(*db);
        auto p = factory.immigrant();
        p.iin = QStringLiteral("900417500123");
        repo.create(p, QStringLiteral("clerk1"));
        QVERIFY(!p.id.isEmpty());
        const auto back = repo.find(p.id);
        QVERIFY(back);
        QCOMPARE(*back, p); // every field, family included, in Cyrillic and Latin
        QCOMPARE(repo.findByIin(p.iin).size(), 1);
        QCOMPARE(repo.findByPassport(p.passportNumber).first().id, p.id);
        QVERIFY(repo.findByIin(QStringLiteral("000000000000")).isEmpty());
        QCOMPARE(store::AuditLog(*db).forEntity(QStringLiteral("immigrant"), p.id).size(), 1);
    }

    void immigrantUpdateReplacesFamily_data() { test::addBackendRows(); }
    void immigrantUpdateReplacesFamily()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        store::ImmigrantRepository repo(*db);
        auto p = test::CaseFactory(*db).immigrant();
        repo.create(p, QStringLiteral("clerk1"));
        p.temporaryAddress = QStringLiteral("Алматы, мкр. Самал-2, 33");
        p.family = {{QStringLiteral("child"), QStringLiteral("Каримова Зарина"), 2018}};
        repo.update(p, QStringLiteral("clerk2"));
        QCOMPARE(*repo.find(p.id), p);
        const auto audit = store::AuditLog(*db).forEntity(QStringLiteral("immigrant"), p.id);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().actor, test::recordedActor(*db, QStringLiteral("clerk2")));
        QCOMPARE(audit.last().action, QStringLiteral("update"));
    }

    // Two clerks edit the same immigrant: the second save is refused and
    // the first one's change stands; the refused copy is untouched.
    void immigrantSecondSaveConflicts_data() { test::addBackendRows(); }
    void immigrantSecondSaveConflicts()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto clerk1 = scratch.open();
        const auto clerk2 = scratch.open();
        auto created = test::CaseFactory(*clerk1).immigrant();
        store::ImmigrantRepository(*clerk1).create(created, QStringLiteral("clerk1"));
        QCOMPARE(created.version, 1);
        records::Immigrant mine = *store::ImmigrantRepository(*clerk1).find(created.id);
        records::Immigrant theirs = *store::ImmigrantRepository(*clerk2).find(created.id);
        QCOMPARE(theirs.version, 1);
        mine.surnameLat = QStringLiteral("KARIMOVA");
        store::ImmigrantRepository(*clerk1).update(mine, QStringLiteral("clerk1"));
        QCOMPARE(mine.version, 2);
        theirs.phone = QStringLiteral("+7 701 555 00 11");
        try {
            store::ImmigrantRepository(*clerk2).update(theirs, QStringLiteral("clerk2"));
            QFAIL("the second save overwrote the first");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(QLatin1String("Nothing was overwritten")),
                     qPrintable(e.message()));
        }
        const records::Immigrant stored = *store::ImmigrantRepository(*clerk2).find(created.id);
        QCOMPARE(stored.surnameLat, QStringLiteral("KARIMOVA"));
        QCOMPARE(stored.phone, created.phone);
        QCOMPARE(stored.version, 2);
        QCOMPARE(theirs.phone, QStringLiteral("+7 701 555 00 11"));
        QCOMPARE(theirs.version, 1);
        QCOMPARE(store::AuditLog(*clerk2).forEntity(QStringLiteral("immigrant"), created.id).size(),
                 2);
    }

    void employerSecondSaveConflicts_data() { test::addBackendRows(); }
    void employerSecondSaveConflicts()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto clerk1 = scratch.open();
        const auto clerk2 = scratch.open();
        auto created = test::CaseFactory(*clerk1).employer();
        store::EmployerRepository(*clerk1).create(created, QStringLiteral("clerk1"));
        QCOMPARE(created.version, 1);
        records::Employer mine = *store::EmployerRepository(*clerk1).find(created.id);
        records::Employer theirs = *store::EmployerRepository(*clerk2).find(created.id);
        mine.phone = QStringLiteral("+7 727 300 00 00");
        store::EmployerRepository(*clerk1).update(mine, QStringLiteral("clerk1"));
        theirs.surname = QStringLiteral("Ахметова-Сейткали");
        theirs.properties.clear();
        try {
            store::EmployerRepository(*clerk2).update(theirs, QStringLiteral("clerk2"));
            QFAIL("the second save overwrote the first");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Conflict);
        }
        const records::Employer stored = *store::EmployerRepository(*clerk2).find(created.id);
        QCOMPARE(stored.phone, mine.phone);
        QCOMPARE(stored.surname, created.surname);
        QCOMPARE(stored.properties, created.properties); // not even the properties were replaced
        QCOMPARE(stored.version, 2);
    }

    // The audit row of an update keeps each changed field before and after.
    void immigrantUpdateAuditsBeforeAndAfter_data() { test::addBackendRows(); }
    void immigrantUpdateAuditsBeforeAndAfter()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        store::ImmigrantRepository repo(*db);
        auto p = test::CaseFactory(*db).immigrant();
        p.family.clear();
        repo.create(p, QStringLiteral("clerk1"));
        const QString oldAddress = p.temporaryAddress;
        p.temporaryAddress = QStringLiteral("Алматы, мкр. Самал-2, 33");
        p.passportExpiresOn = QDate(2031, 5, 1);
        p.family = {{QStringLiteral("child"), QStringLiteral("Каримова Зарина"), 2018}};
        repo.update(p, QStringLiteral("clerk2"));
        const QJsonObject details =
            store::AuditLog(*db).forEntity(QStringLiteral("immigrant"), p.id).last().details;
        QCOMPARE(details.keys(),
                 (QStringList{QStringLiteral("family"), QStringLiteral("passport_expires_on"),
                              QStringLiteral("temporary_address"), QStringLiteral("version")}));
        const QJsonObject address = details.value(QStringLiteral("temporary_address")).toObject();
        QCOMPARE(address.value(QStringLiteral("before")).toString(), oldAddress);
        QCOMPARE(address.value(QStringLiteral("after")).toString(), p.temporaryAddress);
        QCOMPARE(details.value(QStringLiteral("passport_expires_on"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("2031-05-01"));
        const QJsonObject family = details.value(QStringLiteral("family")).toObject();
        QCOMPARE(family.value(QStringLiteral("before")).toArray().size(), 0);
        QCOMPARE(family.value(QStringLiteral("after"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("full_name"))
                     .toString(),
                 QStringLiteral("Каримова Зарина"));
        QCOMPARE(details.value(QStringLiteral("version"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toInt(),
                 2);
    }

    void employerUpdateAuditsBeforeAndAfter_data() { test::addBackendRows(); }
    void employerUpdateAuditsBeforeAndAfter()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        store::EmployerRepository repo(*db);
        auto e = test::CaseFactory(*db).employer();
        repo.create(e, QStringLiteral("clerk1"));
        const QString oldSurname = e.surname;
        e.surname = QStringLiteral("Сейткали");
        repo.update(e, QStringLiteral("clerk1"));
        const auto audit = store::AuditLog(*db).forEntity(QStringLiteral("employer"), e.id);
        QCOMPARE(audit.size(), 2);
        const QJsonObject surname =
            audit.last().details.value(QStringLiteral("surname")).toObject();
        QCOMPARE(surname.value(QStringLiteral("before")).toString(), oldSurname);
        QCOMPARE(surname.value(QStringLiteral("after")).toString(), QStringLiteral("Сейткали"));
        QVERIFY(!audit.last().details.contains(QStringLiteral("phone")));
    }

    // Saving a copy equal to the stored one writes nothing: no new version,
    // no audit row with nothing in it.
    void unchangedSaveWritesNothing_data() { test::addBackendRows(); }
    void unchangedSaveWritesNothing()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        auto p = test::CaseFactory(*db).immigrant();
        store::ImmigrantRepository(*db).create(p, QStringLiteral("clerk1"));
        store::ImmigrantRepository(*db).update(p, QStringLiteral("clerk1"));
        QCOMPARE(p.version, 1);
        QCOMPARE(store::AuditLog(*db).forEntity(QStringLiteral("immigrant"), p.id).size(), 1);
        auto e = test::CaseFactory(*db).employer();
        store::EmployerRepository(*db).create(e, QStringLiteral("clerk1"));
        store::EmployerRepository(*db).update(e, QStringLiteral("clerk1"));
        QCOMPARE(store::EmployerRepository(*db).find(e.id)->version, 1);
        QCOMPARE(store::AuditLog(*db).forEntity(QStringLiteral("employer"), e.id).size(), 1);
    }

    void missingImmigrantNotUpdated_data() { test::addBackendRows(); }
    void missingImmigrantNotUpdated()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        auto p = test::CaseFactory(*db).immigrant();
        p.id = QStringLiteral("6f1c1f39-0000-4000-8000-000000000000");
        try {
            store::ImmigrantRepository(*db).update(p, QStringLiteral("x"));
            QFAIL("updated an immigrant that does not exist");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::NotFound);
        }
    }

    void employerWithProperties_data() { test::addBackendRows(); }
    void employerWithProperties()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        store::EmployerRepository repo(*db);
        auto e = factory.employer();
        repo.create(e, QStringLiteral("clerk1"));
        QCOMPARE(*repo.find(e.id), e);
        QCOMPARE(repo.findByIin(e.iin)->id, e.id);
        e.properties.append({QString(), 0, QStringLiteral("Алматы, Медеуский район, ул. Жамакаева, 200"),
                             QString()});
        repo.update(e, QStringLiteral("clerk1"));
        QCOMPARE(repo.find(e.id)->properties.size(), 2);
        QCOMPARE(*repo.find(e.id), e);
    }

    void employerIinIsUnique_data() { test::addBackendRows(); }
    void employerIinIsUnique()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        store::EmployerRepository repo(*db);
        auto first = test::CaseFactory(*db).employer();
        repo.create(first, QStringLiteral("clerk1"));
        auto second = test::CaseFactory(*db).employer();
        QVERIFY_THROWS_EXCEPTION(store::StoreError, repo.create(second, QStringLiteral("clerk1")));
        // The failed insert left nothing behind, not even its audit row.
        QCOMPARE(store::AuditLog(*db).forEntity(QStringLiteral("employer"), second.id).size(), 0);
        QVERIFY(!repo.find(second.id));
    }

    void referenceData_data() { test::addBackendRows(); }
    void referenceData()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        store::ReferenceRepository refs(*db);
        QCOMPARE(refs.regions().size(), 20);
        const auto astana = refs.regionByKato(QStringLiteral("710000000"));
        QVERIFY(astana);
        QCOMPARE(astana->kind, QStringLiteral("city"));
        QCOMPARE(astana->nameRu, QStringLiteral("Астана"));
        store::District d{0, astana->id, QString(), QStringLiteral("Есіл ауданы"),
                          QStringLiteral("район Есиль"), QStringLiteral("Yesil District")};
        refs.addDistrict(d, QStringLiteral("admin"));
        QVERIFY(d.id > 0);
        QCOMPARE(refs.districts(astana->id).size(), 1);
        QCOMPARE(refs.district(d.id)->nameKk, QStringLiteral("Есіл ауданы"));
        bool hasKyrgyzstan = false;
        for (const auto &c : refs.countries())
            hasKyrgyzstan |= c.code == QLatin1String("KGZ") && c.nameKk == QStringLiteral("Қырғызстан");
        QVERIFY(hasKyrgyzstan);
    }
};

QTEST_GUILESS_MAIN(TestPeopleRepository)
#include "tst_people_repository.moc"
