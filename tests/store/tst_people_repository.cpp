// SPDX-License-Identifier: GPL-3.0-or-later
// Immigrants, employers, districts and countries on both backends.
#include "CaseFactory.h"
#include "TestStores.h"
#include "store/AuditLog.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/ReferenceRepository.h"
#include "store/StoreError.h"

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
        QCOMPARE(audit.last().actor, QStringLiteral("clerk2"));
        QCOMPARE(audit.last().action, QStringLiteral("update"));
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
