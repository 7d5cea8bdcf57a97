// SPDX-License-Identifier: GPL-3.0-or-later
// R-WORKDAY on a secured server (schema 11, docs/SERVER.md): the calendar is
// the administrator's. A clerk's and a head's own login roles, with their
// passwords, are refused by the program (cases::CalendarAdministration)
// and, going round it (store::CalendarRepository directly, or plain SQL),
// by the server's grants; nothing is written. The administrator's role
// sets a day and imports a file, and the server records that login as the
// audit row's actor. Roles are cluster-wide: every login carries this run's tag.
#include "TestStores.h"
#include "cases/Administration.h"
#include "cases/CalendarAdministration.h"
#include "cli/Command.h"
#include "domain/WorkCalendar.h"
#include "store/AuditLog.h"
#include "store/CalendarRepository.h"
#include "store/Query.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"
#include "users/ServerLogin.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace ruqsat;
using Kind = domain::CalendarException::Kind;
using records::Role;

namespace {

const QString kPassword = QStringLiteral("Calendar-check-2026");
const QDate kThursday(2026, 10, 15);

int ctl(QStringList args, QString *err)
{
    QString out;
    QTextStream o(&out), e(err);
    cli::CommandIo io{o, e};
    const int code = cli::runCommandLine(args, io);
    o.flush();
    e.flush();
    return code;
}

} // namespace

class TestCalendarServerRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchStore> m_scratch;
    store::ConnectionString m_superuser;
    std::unique_ptr<store::Database> m_super;
    QString m_tag;
    QString login(const QString &name) const { return name + u'.' + m_tag; }
    store::ConnectionString as(const QString &name) const
    {
        store::ConnectionString where = m_superuser;
        where.user = login(name);
        where.password = kPassword;
        return where;
    }
    QByteArray days() const
    {
        return domain::CalendarCsv::format(store::CalendarRepository(*m_super).all());
    }
    qint64 auditRows() const
    {
        return store::Query(*m_super, QStringLiteral("SELECT count(*) FROM audit_log"))
            .scalar()
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        qputenv("RUQSAT_NEW_PASSWORD", kPassword.toUtf8());
        m_tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_scratch = std::make_unique<test::ScratchStore>(QStringLiteral("postgresql"));
        m_superuser = m_scratch->where();
        m_superuser.user = QStringLiteral("postgres");
        QString err;
        QVERIFY2(ctl({QStringLiteral("init"), QStringLiteral("--db"), m_superuser.toString(),
                      QStringLiteral("--admin"), login(QStringLiteral("admin"))},
                     &err) == 0,
                 qPrintable(err));
        m_super = store::Database::open(m_superuser);
        QVERIFY(m_super->usersAreRoles());
        const auto admin =
            store::UserRepository(*m_super).findByLogin(login(QStringLiteral("admin")));
        QVERIFY(admin);
        const auto adminDb = store::Database::open(as(QStringLiteral("admin")));
        const cases::Administration asAdmin(
            *adminDb, {admin->id, admin->login, Role::Admin, admin->districtIds});
        for (const auto &[name, role] : {std::pair{QStringLiteral("clerk"), Role::Clerk},
                                         std::pair{QStringLiteral("head"), Role::Head}}) {
            store::User user{QString(), login(name), QStringLiteral("Aida"), QString(), role, 0,
                             true,      {}};
            asAdmin.createUser(user, kPassword);
        }
    }

    void cleanupTestCase()
    {
        m_super.reset();
        m_scratch.reset();
    }

    void R_WORKDAY_clerkAndHeadRefusedByProgramAndServer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("clerk") << QStringLiteral("clerk");
        QTest::newRow("head") << QStringLiteral("head");
    }
    void R_WORKDAY_clerkAndHeadRefusedByProgramAndServer()
    {
        QFETCH(QString, name);
        const QByteArray before = days();
        const qint64 audit = auditRows();
        const auto db = store::Database::open(as(name));
        QString problem;
        const auto session = users::serverSession(*db, &problem);
        QVERIFY2(session, qPrintable(problem));
        QVERIFY(!session->mayAdminister());
        // The program refuses first.
        const cases::CalendarAdministration calendar(*db, *session);
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 calendar.setDay(kThursday, Kind::Holiday, QStringLiteral("x")));
        // Past the program, the server refuses the role.
        try {
            store::CalendarRepository(*db).setDay(kThursday, Kind::Holiday, QStringLiteral("x"),
                                                  session->login);
            QFAIL("the server let the role write the calendar");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Forbidden);
        }
        try {
            store::CalendarRepository(*db).replaceYears(
                domain::CalendarCsv::parse("date,kind,note\n2026-10-15,holiday,x\n"),
                session->login);
            QFAIL("the server let the role import a calendar");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Forbidden);
        }
        // Plain SQL as the role, with its password, no Ruqsat code.
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            plain.setHostName(m_superuser.host);
            plain.setPort(m_superuser.port);
            plain.setDatabaseName(m_superuser.database);
            plain.setUserName(login(name));
            plain.setPassword(kPassword);
            QVERIFY2(plain.open(), qPrintable(plain.lastError().text()));
            QSqlQuery q(plain);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM calendar_exceptions")) && q.next());
            QVERIFY(q.value(0).toInt() > 0); // every role reads it
            for (const QString &sql :
                 {QStringLiteral("INSERT INTO calendar_exceptions (day, kind, note) VALUES "
                                 "('2026-10-15', 'holiday', 'x')"),
                  QStringLiteral("UPDATE calendar_exceptions SET note = 'x'"),
                  QStringLiteral("DELETE FROM calendar_exceptions"),
                  QStringLiteral("TRUNCATE calendar_exceptions")}) {
                QVERIFY2(!q.exec(sql), qPrintable(sql));
                QVERIFY2(q.lastError().databaseText().contains(QLatin1String("permission denied")),
                         qPrintable(q.lastError().databaseText()));
            }
            plain.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QCOMPARE(days(), before);
        QCOMPARE(auditRows(), audit);
    }

    void R_WORKDAY_administratorsRoleWritesWithItsAuditRow()
    {
        const auto db = store::Database::open(as(QStringLiteral("admin")));
        QString problem;
        const auto session = users::serverSession(*db, &problem);
        QVERIFY2(session, qPrintable(problem));
        const cases::CalendarAdministration calendar(*db, *session);
        QVERIFY(calendar.setDay(kThursday, Kind::Holiday, QStringLiteral("Decree")));
        QVERIFY(!domain::WorkCalendar(store::CalendarRepository(*m_super).all())
                     .isWorkingDay(kThursday));
        const auto rows = store::AuditLog(*m_super).forEntity(QStringLiteral("calendar"),
                                                              QStringLiteral("2026-10-15"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().actor, login(QStringLiteral("admin")));
        calendar.importFile(
            domain::CalendarCsv::parse("date,kind,note\n2028-01-03,holiday,New Year\n"));
        QVERIFY(store::CalendarRepository(*m_super).covers(2028));
        QVERIFY(store::AuditLog(*m_super).verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestCalendarServerRoles)
#include "tst_calendar_server_roles.moc"
