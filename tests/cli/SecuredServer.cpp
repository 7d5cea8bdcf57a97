// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecuredServer.h"

#include "CaseFactory.h"
#include "cases/Administration.h"
#include "cli/Command.h"
#include "store/Query.h"
#include "store/UserRepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>
#include <QUuid>

namespace ruqsat::test {

using records::Role;

Run ctl(QStringList args)
{
    Run run;
    QTextStream out(&run.out), err(&run.err);
    cli::CommandIo io{out, err};
    run.code = cli::runCommandLine(args, io);
    out.flush();
    err.flush();
    return run;
}

PlainSession::PlainSession(const store::ConnectionString &where, const QString &login,
                           const QString &password)
    : m_name(QUuid::createUuid().toString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(where.host);
    db.setPort(where.port);
    db.setDatabaseName(where.database);
    db.setUserName(login);
    db.setPassword(password);
    m_open = db.open();
    m_error = db.lastError().text();
}

PlainSession::~PlainSession()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool PlainSession::run(const QString &sql, QString *why) const
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    const bool ok = q.exec(sql);
    if (why)
        *why = q.lastError().databaseText();
    return ok;
}

QVariant PlainSession::value(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

store::ConnectionString SecuredServerTest::as(const QString &name) const
{
    store::ConnectionString where = m_superuser;
    where.user = login(name);
    where.password = kServerPassword;
    return where;
}

int SecuredServerTest::count(const QString &sql) const
{
    return store::Query(*m_super, sql).scalar().toInt();
}

void SecuredServerTest::tearDownServer()
{
    m_super.reset();
    m_scratch.reset();
}

void SecuredServerTest::setUpServer()
{
    qputenv("RUQSAT_NEW_PASSWORD", kServerPassword.toUtf8());
    m_tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_scratch = std::make_unique<test::ScratchStore>(QStringLiteral("postgresql"));
    m_superuser = m_scratch->where();
    m_superuser.user = QStringLiteral("postgres");
    // `ruqsatctl init` as the superuser secures the store and makes its first administrator.
    const Run init = ctl({QStringLiteral("init"), QStringLiteral("--db"), m_superuser.toString(),
                          QStringLiteral("--admin"), login(QStringLiteral("admin"))});
    QVERIFY2(init.code == 0, qPrintable(init.err));
    // The server's warnings (schema 11 revoking pg_trgm's functions) stay off the terminal.
    QVERIFY2(!init.err.contains(QLatin1String("WARNING")), qPrintable(init.err));
    m_super = store::Database::open(m_superuser);
    QVERIFY(m_super->usersAreRoles());
    QCOMPARE(store::Query(*m_super,
                          QStringLiteral(
                              "SELECT tableowner FROM pg_tables WHERE tablename = 'applications'"))
                 .scalar()
                 .toString(),
             QStringLiteral("ruqsat_owner"));
    QVERIFY(!store::Query(
                 *m_super,
                 QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'ruqsat_owner'"))
                 .scalar()
                 .toBool());
    // Cases in several districts, written by the superuser (who is above
    // row security), as of today: every command opening the store expires
    // what has run out, and permits in force must stay so.
    test::CaseFactory(*m_super).writeDemoPeople(40, 7, QDate::currentDate());
    // A: the district with the most permits in force; B: another with cases.
    m_districtA =
        store::Query(*m_super,
                     QStringLiteral("SELECT district_id FROM permits WHERE status = 'in_force' "
                                    "GROUP BY district_id ORDER BY count(*) DESC LIMIT 1"))
            .scalar()
            .toInt();
    m_districtB =
        store::Query(
            *m_super,
            QStringLiteral("SELECT max(district_id) FROM applications WHERE district_id <> %1")
                .arg(m_districtA))
            .scalar()
            .toInt();
    QVERIFY(m_districtA > 0 && m_districtB > 0);
    QVERIFY(m_districtA != m_districtB);
    const auto admin = store::UserRepository(*m_super).findByLogin(login(QStringLiteral("admin")));
    QVERIFY(admin);
    // The administrator's own window code adds the clerk and the head.
    const auto adminDb = store::Database::open(as(QStringLiteral("admin")));
    const cases::Administration asAdmin(*adminDb,
                                        {admin->id, admin->login, Role::Admin, admin->districtIds});
    store::User clerk{QString(),
                      login(QStringLiteral("clerk")),
                      QStringLiteral("Aida"),
                      QString(),
                      Role::Clerk,
                      0,
                      true,
                      {m_districtA}};
    asAdmin.createUser(clerk, kServerPassword);
    // The command line adds the head, as the administrator.
    qputenv("RUQSAT_PASSWORD", kServerPassword.toUtf8());
    const Run head =
        ctl({QStringLiteral("users"), QStringLiteral("add"), login(QStringLiteral("head")),
             QStringLiteral("--role"), QStringLiteral("head"), QStringLiteral("--district"),
             QString::number(m_districtA), QStringLiteral("--db"),
             as(QStringLiteral("admin")).toString()});
    QVERIFY2(head.code == 0, qPrintable(head.err));
}

} // namespace ruqsat::test
