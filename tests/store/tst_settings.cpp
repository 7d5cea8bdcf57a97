// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsRepository on both backends: working hours (R-AFTER-HOURS) and the
// year rates (R-REFUSE-7), each change with its audit row.
#include "TestStores.h"
#include "store/AuditLog.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QTest>

using namespace ruqsat;
using domain::WorkingHours;
using domain::YearRate;
using store::SettingsRepository;
using store::StoreError;

namespace {
StoreError::Kind errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const StoreError &e) {
        return e.kind();
    }
    return StoreError::Kind::Sql; // nothing thrown
}
const QString kActor = QStringLiteral("admin");
} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void seededDefaults_data() { test::addBackendRows(); }
    void seededDefaults()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const SettingsRepository settings(*db);
        QCOMPARE(settings.providerHours(), WorkingHours::provider());
        QCOMPARE(settings.stateCorporationHours(), WorkingHours::stateCorporation());
        const QList<YearRate> rates = settings.yearRates();
        QCOMPARE(rates.size(), 3);
        QCOMPARE(rates.at(0), (YearRate{2024, 3692, 10}));
        QCOMPARE(rates.at(2), (YearRate{2026, 4325, 10}));
        QCOMPARE(settings.yearRate(2025)->mciKzt, 3932);
        QVERIFY(!settings.yearRate(2030));
    }

    void setHours_data() { test::addBackendRows(); }
    void setHours()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const WorkingHours summer{QTime(8, 30), QTime(17, 45), QTime(12, 30), QTime(13, 30)};
        {
            const auto db = scratch.open();
            SettingsRepository(*db).setProviderHours(summer, kActor);
            SettingsRepository(*db).setStateCorporationHours({QTime(8, 0), QTime(20, 0), QTime(12, 0), QTime(13, 0)}, kActor);
        }
        const auto db = scratch.open(); // read back from a new connection
        const SettingsRepository settings(*db);
        QCOMPARE(settings.providerHours(), summer);
        // The State Corporation has no lunch: the lunch given was ignored.
        QCOMPARE(settings.stateCorporationHours(), (WorkingHours{QTime(8, 0), QTime(20, 0), {}, {}}));
        const auto audit = store::AuditLog(*db).forEntity(QStringLiteral("settings"), QStringLiteral("provider.hours"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actor, test::recordedActor(*db, kActor));
        const QJsonObject end = audit.first().details.value(QStringLiteral("provider.work_end")).toObject();
        QCOMPARE(end.value(QStringLiteral("old")).toString(), QStringLiteral("18:30"));
        QCOMPARE(end.value(QStringLiteral("new")).toString(), QStringLiteral("17:45"));
    }

    void badHoursChangeNothing_data() { test::addBackendRows(); }
    void badHoursChangeNothing()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const SettingsRepository settings(*db);
        QCOMPARE(errorOf([&] { settings.setProviderHours({QTime(18, 0), QTime(9, 0), QTime(13, 0), QTime(14, 0)}, kActor); }),
                 StoreError::Kind::Invalid);
        QCOMPARE(errorOf([&] { settings.setProviderHours(WorkingHours::stateCorporation(), kActor); }),
                 StoreError::Kind::Invalid); // the provider needs its lunch break
        QCOMPARE(errorOf([&] { settings.setStateCorporationHours({QTime(9, 0), QTime(9, 0), {}, {}}, kActor); }),
                 StoreError::Kind::Invalid);
        QCOMPARE(settings.providerHours(), WorkingHours::provider());
        QVERIFY(store::AuditLog(*db).forEntity(QStringLiteral("settings"), QStringLiteral("provider.hours")).isEmpty());
    }

    void yearRates_data() { test::addBackendRows(); }
    void yearRates()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const SettingsRepository settings(*db);
        settings.setYearRate({2027, 4500, 2.5}, kActor); // insert; a fractional rate survives
        settings.setYearRate({2026, 4400, 10}, kActor);  // update
        QCOMPARE(settings.yearRate(2027), (YearRate{2027, 4500, 2.5}));
        QCOMPARE(settings.yearRate(2026), (YearRate{2026, 4400, 10}));
        QCOMPARE(settings.yearRates().size(), 4);
        const auto audit = store::AuditLog(*db).forEntity(QStringLiteral("year_rates"), QStringLiteral("2026"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("update"));
        QCOMPARE(audit.first().details.value(QStringLiteral("old")).toObject().value(QStringLiteral("mci_kzt")).toInt(), 4325);
        settings.removeYearRate(2027, kActor);
        QVERIFY(!settings.yearRate(2027));
        QCOMPARE(store::AuditLog(*db).forEntity(QStringLiteral("year_rates"), QStringLiteral("2027")).size(), 2);
        QCOMPARE(errorOf([&] { settings.removeYearRate(2027, kActor); }), StoreError::Kind::NotFound);
        QCOMPARE(errorOf([&] { settings.setYearRate({2027, 0, 10}, kActor); }), StoreError::Kind::Invalid);
        QCOMPARE(errorOf([&] { settings.setYearRate({1999, 100, 10}, kActor); }), StoreError::Kind::Invalid);
        QCOMPARE(settings.yearRates().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
