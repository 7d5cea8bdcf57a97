// SPDX-License-Identifier: GPL-3.0-or-later
// R-WORKDAY on both backends: one day of the calendar set by an
// administrator (cases::CalendarAdministration over
// store::CalendarRepository::setDay) lands with its audit row in one
// transaction; a day set as it already is writes nothing; a clerk or head is
// refused by the core before anything is written; a holiday on a weekend,
// a worked weekday and a note past its limit are refused; the years the
// calendar covers; the preview and refusals of an import.
#include "CaseFactory.h"
#include "TestStores.h"
#include "cases/CalendarAdministration.h"
#include "domain/FieldLimits.h"
#include "domain/WorkCalendar.h"
#include "store/AuditLog.h"
#include "store/CalendarRepository.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace ruqsat;
using Kind = domain::CalendarException::Kind;
using records::Role;
using store::StoreError;

namespace {

qint64 auditRows(const store::Database &db)
{
    return store::Query(db, QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toLongLong();
}

QByteArray rowsOf(const store::Database &db)
{
    return domain::CalendarCsv::format(store::CalendarRepository(db).all());
}

std::pair<StoreError::Kind, QString> refusal(const std::function<void()> &change)
{
    try {
        change();
    } catch (const StoreError &e) {
        return {e.kind(), e.message()};
    }
    return {StoreError::Kind::Sql, QStringLiteral("<not refused>")};
}

cases::Session adminSession()
{
    return {QString(), QStringLiteral("admin1"), Role::Admin, {}};
}

// Thursday 15 October 2026, an ordinary weekday; Saturday the 17th after it.
const QDate kThursday(2026, 10, 15);
const QDate kSaturday(2026, 10, 17);

} // namespace

class TestCalendarDays : public QObject
{
    Q_OBJECT
private slots:
    void R_WORKDAY_setDayWritesTheDayAndItsAuditRow_data() { test::addBackendRows(); }
    void R_WORKDAY_setDayWritesTheDayAndItsAuditRow()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::CalendarAdministration calendar(*db, adminSession());
        QVERIFY(!domain::WorkCalendar(calendar.all()).exceptionOn(kThursday));
        const qint64 before = auditRows(*db);

        QVERIFY(calendar.setDay(kThursday, Kind::Holiday,
                                QStringLiteral("  Decree No. 1, a day swap  ")));
        domain::WorkCalendar work(calendar.all());
        QVERIFY(!work.isWorkingDay(kThursday));
        QCOMPARE(work.exceptionOn(kThursday)->note, QStringLiteral("Decree No. 1, a day swap"));
        QCOMPARE(auditRows(*db), before + 1);
        auto rows = store::AuditLog(*db).forEntity(QStringLiteral("calendar"),
                                                   QStringLiteral("2026-10-15"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.last().action, QStringLiteral("set_day"));
        QCOMPARE(rows.last().actor, test::recordedActor(*db, QStringLiteral("admin1")));
        QCOMPARE(rows.last().details.value(QStringLiteral("kind")).toObject(),
                 (QJsonObject{{QStringLiteral("before"), QJsonValue()},
                              {QStringLiteral("after"), QStringLiteral("holiday")}}));
        QCOMPARE(
            rows.last().details.value(QStringLiteral("note")).toObject(),
            (QJsonObject{{QStringLiteral("before"), QString()},
                         {QStringLiteral("after"), QStringLiteral("Decree No. 1, a day swap")}}));

        // The same again writes nothing, not even an audit row.
        QVERIFY(
            !calendar.setDay(kThursday, Kind::Holiday, QStringLiteral("Decree No. 1, a day swap")));
        QCOMPARE(auditRows(*db), before + 1);
        // Another note is a change.
        QVERIFY(calendar.setDay(kThursday, Kind::Holiday, QStringLiteral("Decree No. 2")));
        QCOMPARE(domain::WorkCalendar(calendar.all()).exceptionOn(kThursday)->note,
                 QStringLiteral("Decree No. 2"));
        QCOMPARE(auditRows(*db), before + 2);

        // A worked Saturday.
        QVERIFY(calendar.setDay(kSaturday, Kind::Workday, QStringLiteral("Swapped with the 15th")));
        work = domain::WorkCalendar(calendar.all());
        QVERIFY(work.isWorkingDay(kSaturday));
        QCOMPARE(auditRows(*db), before + 3);

        // Back to an ordinary day: the row goes, and the note with it.
        QVERIFY(calendar.setDay(kThursday, std::nullopt, QStringLiteral("ignored")));
        work = domain::WorkCalendar(calendar.all());
        QVERIFY(work.isWorkingDay(kThursday));
        QVERIFY(!work.exceptionOn(kThursday));
        rows = store::AuditLog(*db).forEntity(QStringLiteral("calendar"),
                                              QStringLiteral("2026-10-15"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.last().details.value(QStringLiteral("kind")).toObject(),
                 (QJsonObject{{QStringLiteral("before"), QStringLiteral("holiday")},
                              {QStringLiteral("after"), QJsonValue()}}));
        QCOMPARE(rows.last().details.value(QStringLiteral("note")).toObject(),
                 (QJsonObject{{QStringLiteral("before"), QStringLiteral("Decree No. 2")},
                              {QStringLiteral("after"), QString()}}));
        // An ordinary day made ordinary: nothing.
        QVERIFY(!calendar.setDay(kThursday, std::nullopt, {}));
        QCOMPARE(auditRows(*db), before + 4);
        // The chain still holds.
        QVERIFY(store::AuditLog(*db).verify().ok());
    }

    // A shipped holiday made ordinary and back: the year keeps its other days.
    void R_WORKDAY_shippedHolidayChangedAlone_data() { test::addBackendRows(); }
    void R_WORKDAY_shippedHolidayChangedAlone()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::CalendarAdministration calendar(*db, adminSession());
        const qsizetype shipped = calendar.year(2026).size();
        const QDate republicDay(2026, 10, 26);
        QCOMPARE(domain::WorkCalendar(calendar.all()).exceptionOn(republicDay)->kind,
                 Kind::Holiday);
        QVERIFY(calendar.setDay(republicDay, std::nullopt, {}));
        QCOMPARE(calendar.year(2026).size(), shipped - 1);
        QVERIFY(domain::WorkCalendar(calendar.all()).isWorkingDay(republicDay));
        QVERIFY(calendar.setDay(republicDay, Kind::Holiday, QStringLiteral("Republic Day")));
        QCOMPARE(calendar.year(2026).size(), shipped);
    }

    void R_WORKDAY_onlyAnAdministratorSetsADay_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<Role>("role");
        for (const char *backend : {"sqlite", "postgresql"}) {
            QTest::addRow("%s clerk", backend) << QString::fromLatin1(backend) << Role::Clerk;
            QTest::addRow("%s head", backend) << QString::fromLatin1(backend) << Role::Head;
        }
    }
    void R_WORKDAY_onlyAnAdministratorSetsADay()
    {
        QFETCH(QString, backend);
        QFETCH(Role, role);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::CalendarAdministration calendar(
            *db, test::CaseFactory(*db).loggedIn(QStringLiteral("someone"), role));
        QVERIFY(!calendar.mayChange());
        const QByteArray days = rowsOf(*db);
        const qint64 audit = auditRows(*db);
        auto [kind, message] =
            refusal([&] { calendar.setDay(kThursday, Kind::Holiday, QStringLiteral("x")); });
        QCOMPARE(kind, StoreError::Kind::Forbidden);
        QCOMPARE(message,
                 QStringLiteral("Only an administrator changes the working-day calendar."));
        // Reading is open to every role.
        QVERIFY(!calendar.year(2026).isEmpty());
        const auto file = domain::CalendarCsv::parse("date,kind,note\n2026-10-15,holiday,x\n");
        QVERIFY(file.ok());
        std::tie(kind, message) = refusal([&] { calendar.importFile(file); });
        QCOMPARE(kind, StoreError::Kind::Forbidden);
        QCOMPARE(rowsOf(*db), days);
        QCOMPARE(auditRows(*db), audit);
    }

    void R_WORKDAY_dayRefusedAsTheFileWouldBe_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("kind"); // -1: ordinary
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: accepted
        QTest::newRow("holiday on a Saturday") << kSaturday << int(Kind::Holiday) << QString()
                                               << QStringLiteral("is a Saturday or Sunday");
        QTest::newRow("holiday on a Sunday")
            << QDate(2026, 10, 18) << int(Kind::Holiday) << QString()
            << QStringLiteral("is a Saturday or Sunday");
        QTest::newRow("worked Friday") << QDate(2026, 10, 16) << int(Kind::Workday) << QString()
                                       << QStringLiteral("is a weekday");
        QTest::newRow("worked Monday") << QDate(2026, 10, 12) << int(Kind::Workday) << QString()
                                       << QStringLiteral("is a weekday");
        QTest::newRow("note at its limit")
            << kThursday << int(Kind::Holiday) << QString(200, u'ә') << QString();
        QTest::newRow("note past its limit")
            << kThursday << int(Kind::Holiday) << QString(201, u'ә') << QStringLiteral("200");
        QTest::newRow("worked Sunday")
            << QDate(2026, 10, 18) << int(Kind::Workday) << QString() << QString();
        QTest::newRow("ordinary Saturday") << kSaturday << -1 << QString() << QString();
        QTest::newRow("no day") << QDate() << int(Kind::Holiday) << QString()
                                << QStringLiteral("not a valid date");
    }
    void R_WORKDAY_dayRefusedAsTheFileWouldBe()
    {
        QFETCH(QDate, day);
        QFETCH(int, kind);
        QFETCH(QString, note);
        QFETCH(QString, problem);
        const std::optional<Kind> k = kind < 0 ? std::nullopt : std::optional(Kind(kind));
        const QString found = cases::CalendarAdministration::dayProblem(day, k, note);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
        // Through the store: refused and nothing written, or saved.
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const cases::CalendarAdministration calendar(*db, adminSession());
        const QByteArray days = rowsOf(*db);
        const qint64 audit = auditRows(*db);
        if (problem.isEmpty()) {
            // The ordinary Saturday is ordinary already: nothing to write.
            QCOMPARE(calendar.setDay(day, k, note), k.has_value());
        } else {
            const auto [errorKind, message] = refusal([&] { calendar.setDay(day, k, note); });
            QCOMPARE(errorKind, StoreError::Kind::Invalid);
            QCOMPARE(message, found);
            QCOMPARE(rowsOf(*db), days);
            QCOMPARE(auditRows(*db), audit);
        }
    }

    // A year is covered when the store holds a day of it (CalendarRepository).
    void R_WORKDAY_coveredYears_data() { test::addBackendRows(); }
    void R_WORKDAY_coveredYears()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const store::CalendarRepository repo(*db);
        // The shipped files.
        QCOMPARE(repo.coveredYears(), (QList<int>{2024, 2025, 2026, 2027}));
        QVERIFY(repo.covers(2027));
        QVERIFY(!repo.covers(2028));
        QVERIFY(!repo.covers(2023));
        const cases::CalendarAdministration calendar(*db, adminSession());
        // One day of 2029 (its last) makes 2029 covered; 2028 stays a gap.
        QVERIFY(calendar.setDay(QDate(2029, 12, 31), Kind::Holiday, QStringLiteral("x")));
        QCOMPARE(repo.coveredYears(), (QList<int>{2024, 2025, 2026, 2027, 2029}));
        QVERIFY(repo.covers(2029));
        QVERIFY(!repo.covers(2028));
        QVERIFY(!repo.covers(2030));
        // Its only day made ordinary again: not covered any more.
        QVERIFY(calendar.setDay(QDate(2029, 12, 31), std::nullopt, {}));
        QVERIFY(!repo.covers(2029));
        // An import of 2028 that lists its first day.
        calendar.importFile(domain::CalendarCsv::parse("date,kind,note\n2028-01-01,workday,x\n"));
        QCOMPARE(repo.coveredYears(), (QList<int>{2024, 2025, 2026, 2027, 2028}));
        QCOMPARE(calendar.coveredYears(), repo.coveredYears());
    }

    void R_WORKDAY_importPreviewAndRefusals_data() { test::addBackendRows(); }
    void R_WORKDAY_importPreviewAndRefusals()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const cases::CalendarAdministration calendar(*db, adminSession());
        const auto file = domain::CalendarCsv::parse("date,kind,note\n"
                                                     "2027-01-01,holiday,New Year\n"
                                                     "2027-01-04,holiday,moved\n"
                                                     "2028-01-03,holiday,moved\n");
        QVERIFY(file.ok());
        const auto preview = calendar.importPreview(file);
        QCOMPARE(preview.size(), 2);
        QCOMPARE(preview.at(0).year, 2027);
        QCOMPARE(preview.at(0).rowsNow, int(calendar.year(2027).size()));
        QVERIFY(preview.at(0).rowsNow > 10);
        QCOMPARE(preview.at(0).rowsInFile, 2);
        QCOMPARE(preview.at(1).year, 2028);
        QCOMPARE(preview.at(1).rowsNow, 0);
        QCOMPARE(preview.at(1).rowsInFile, 1);

        const QByteArray days = rowsOf(*db);
        const qint64 audit = auditRows(*db);
        const auto bad = domain::CalendarCsv::parse(
            "date,kind,note\n2027-01-01,holiday,x\n2027-01-02,holiday,x\n");
        QVERIFY(!bad.ok());
        auto [kind, message] = refusal([&] { calendar.importFile(bad); });
        QCOMPARE(kind, StoreError::Kind::Invalid);
        QVERIFY2(message.startsWith(QLatin1String("line 3: ")), qPrintable(message));
        std::tie(kind, message) =
            refusal([&] { calendar.importFile(domain::CalendarCsv::parse("date,kind,note\n")); });
        QCOMPARE(kind, StoreError::Kind::Invalid);
        QCOMPARE(message, QStringLiteral("The file lists no day: nothing to import."));
        QCOMPARE(rowsOf(*db), days);
        QCOMPARE(auditRows(*db), audit);

        calendar.importFile(file);
        QCOMPARE(calendar.year(2027).size(), 2);
        QCOMPARE(calendar.year(2028).size(), 1);
        QCOMPARE(auditRows(*db), audit + 1);
        // The export of all years reads back as the store holds it.
        const auto back = domain::CalendarCsv::parse(calendar.exportCsv());
        QVERIFY(back.ok());
        QCOMPARE(back.rows, calendar.all());
        QCOMPARE(domain::CalendarCsv::parse(calendar.exportCsv(2028)).rows, calendar.year(2028));
    }
};

QTEST_GUILESS_MAIN(TestCalendarDays)
#include "tst_calendar_days.moc"
