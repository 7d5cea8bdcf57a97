// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerRoles.h"

#include "Database.h"
#include "NativePgStatement.h"
#include "Query.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <libpq-fe.h>

namespace ruqsat::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::store::ServerRoles)
};

QString arrayLiteral(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts << QString::number(id);
    return u'{' + parts.join(u',') + u'}';
}

// The server's own words name the problem (schema 11's functions raise
// them); the clerk reads them in their language.
[[noreturn]] void rethrow(const StoreError &e, const QString &login)
{
    const QString said = e.detail();
    if (said.contains(QLatin1String("exists already")))
        throw StoreError(StoreError::Kind::Conflict,
                         Tr::tr("The server already has a role named %1: choose another login.").arg(login),
                         said);
    if (said.contains(QLatin1String("no Ruqsat user")))
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("No such user"), said);
    if (said.contains(QLatin1String("last active administrator")))
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("The last active administrator must stay an active administrator."), said);
    if (said.contains(QLatin1String("a login is")))
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("A login is 2 to 63 small Latin letters, digits, dots, dashes or "
                                "underscores, beginning with a letter or a digit."),
                         said);
    if (said.contains(QLatin1String("unknown district")))
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("One of the districts is not in the store."), said);
    throw e;
}

} // namespace

QString ServerRoles::groupOf(records::Role role)
{
    return QLatin1String("ruqsat_") + records::code(role);
}

bool ServerRoles::connectedAsSuperuser() const
{
    return Query(m_db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
        .scalar()
        .toBool();
}

void ServerRoles::becomeOwner() const
{
    execute(m_db, QStringLiteral(
                      "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ruqsat_owner') "
                      "THEN CREATE ROLE ruqsat_owner NOLOGIN CREATEROLE; END IF; END $$"));
    execute(m_db, QStringLiteral("DO $$ BEGIN IF NOT pg_has_role('ruqsat_owner', 'pg_signal_backend', "
                                 "'MEMBER') THEN GRANT pg_signal_backend TO ruqsat_owner; END IF; END $$"));
    const QString tablesOwner =
        Query(m_db, QStringLiteral("SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                                   "WHERE c.relname = 'schema_version' AND c.relnamespace = "
                                   "'public'::regnamespace AND r.rolcanlogin"))
            .scalar()
            .toString();
    if (!tablesOwner.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         Tr::tr("This store's tables belong to the role %1, which can log in. Give "
                                "them to ruqsat_owner first (docs/SERVER.md), then run init again.")
                             .arg(tablesOwner));
    execute(m_db, QStringLiteral("ALTER SCHEMA public OWNER TO ruqsat_owner"));
    // The search index (schema 20) needs pg_trgm. Creating even a trusted
    // extension takes the right to create in the database, which the owner
    // role has not been given: who runs init makes it, and the step's own
    // CREATE EXTENSION IF NOT EXISTS then finds it there.
    execute(m_db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"));
    // And the district-led trigram indexes of the cases (schema 24), btree_gin.
    execute(m_db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS btree_gin"));
    // Under row security the planner uses an index only for operators marked
    // LEAKPROOF, and LIKE (textlike) is not: a clerk's search read every
    // person instead of the trigram index (a full scan of the people of all
    // districts per letter typed). textlike's only error is about the pattern,
    // never about the row it is given, so it reveals nothing of rows a role
    // may not see; only a superuser may mark it, in this database's catalog.
    execute(m_db, QStringLiteral("ALTER FUNCTION pg_catalog.textlike(text, text) LEAKPROOF"));
    execute(m_db, QStringLiteral("SET ROLE ruqsat_owner"));
}

void ServerRoles::stopBeingOwner() const
{
    execute(m_db, QStringLiteral("RESET ROLE"));
}

bool ServerRoles::usersAreRoles() const
{
    if (m_db.dialect().isSqlite())
        return false;
    return Query(m_db, QStringLiteral("SELECT NOT r.rolcanlogin FROM pg_class c JOIN pg_roles r ON "
                                      "r.oid = c.relowner WHERE c.relname = 'users' AND "
                                      "c.relnamespace = 'public'::regnamespace"))
        .scalar()
        .toBool();
}

QString ServerRoles::connectedLogin() const
{
    return Query(m_db, QStringLiteral("SELECT session_user")).scalar().toString();
}

QString ServerRoles::verifier(const QString &login, const QString &password) const
{
    // libpq computes it as psql's \password does: SASLprep, a random salt,
    // the server's iteration count.
    PGconn *conn = nativePgConnection(m_db.handle());
    if (!conn)
        throw StoreError(StoreError::Kind::Sql, Tr::tr("The connection to the server is not open."));
    char *encrypted = PQencryptPasswordConn(conn, password.toUtf8().constData(), login.toUtf8().constData(),
                                            "scram-sha-256");
    if (!encrypted)
        throw StoreError(StoreError::Kind::Sql,
                         Tr::tr("The password could not be prepared for the server: %1")
                             .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    const QString result = QString::fromLatin1(encrypted);
    PQfreemem(encrypted);
    return result;
}

void ServerRoles::add(const QString &id, const QString &login, const QString &password, records::Role role,
                      const QString &fullName, const QString &position, const QList<int> &districtIds) const
{
    try {
        Query(m_db, QStringLiteral("SELECT ruqsat_user_add(:id, :login, :verifier, :role, :name, "
                                   ":position, CAST(:districts AS integer[]))"))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":login"), login)
            .bind(QStringLiteral(":verifier"), verifier(login, password))
            .bind(QStringLiteral(":role"), records::code(role))
            .bind(QStringLiteral(":name"), fullName)
            .bind(QStringLiteral(":position"), position)
            .bind(QStringLiteral(":districts"), arrayLiteral(districtIds))
            .exec();
    } catch (const StoreError &e) {
        rethrow(e, login);
    }
}

void ServerRoles::setRole(const QString &login, records::Role role) const
{
    try {
        Query(m_db, QStringLiteral("SELECT ruqsat_user_set_role(:login, :role)"))
            .bind(QStringLiteral(":login"), login)
            .bind(QStringLiteral(":role"), records::code(role))
            .exec();
    } catch (const StoreError &e) {
        rethrow(e, login);
    }
}

void ServerRoles::setActive(const QString &login, bool active) const
{
    try {
        Query(m_db, QStringLiteral("SELECT ruqsat_user_set_active(:login, :active)"))
            .bind(QStringLiteral(":login"), login)
            .bind(QStringLiteral(":active"), active)
            .exec();
    } catch (const StoreError &e) {
        rethrow(e, login);
    }
}

void ServerRoles::setPassword(const QString &login, const QString &password) const
{
    try {
        Query(m_db, QStringLiteral("SELECT ruqsat_user_set_password(:login, :verifier)"))
            .bind(QStringLiteral(":login"), login)
            .bind(QStringLiteral(":verifier"), verifier(login, password))
            .exec();
    } catch (const StoreError &e) {
        rethrow(e, login);
    }
}

void ServerRoles::setDistricts(const QString &login, const QList<int> &districtIds) const
{
    try {
        Query(m_db, QStringLiteral("SELECT ruqsat_user_set_districts(:login, CAST(:districts AS integer[]))"))
            .bind(QStringLiteral(":login"), login)
            .bind(QStringLiteral(":districts"), arrayLiteral(districtIds))
            .exec();
    } catch (const StoreError &e) {
        rethrow(e, login);
    }
}

} // namespace ruqsat::store
