// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserRepository.h"

#include "AuditLog.h"
#include "Binding.h"
#include "Database.h"
#include "PasswordHash.h"
#include "Query.h"
#include "ServerRoles.h"
#include "StoreError.h"

#include <QJsonArray>

#include <QCoreApplication>

namespace ruqsat::store {

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::store::UserRepository)
};

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

void checkPassword(const QString &password)
{
    if (password.size() < 8)
        throw StoreError(StoreError::Kind::Invalid, Tr::tr("A password needs at least 8 characters"));
}

} // namespace

QString UserRepository::create(User &user, const QString &passwordText, const QString &actor) const
{
    checkPassword(passwordText);
    if (user.id.isEmpty())
        user.id = newId();
    if (user.districtIds.isEmpty() && user.districtId > 0)
        user.districtIds = {user.districtId};
    user.districtId = user.districtIds.value(0);
    if (m_db.usersAreRoles()) {
        Transaction tx(m_db);
        ServerRoles(m_db).add(user.id, user.login, passwordText, user.role, user.fullName, user.position,
                              user.districtIds);
        tx.commit();
        return user.id;
    }
    const PasswordHash password = PasswordHash::of(passwordText);
    Transaction tx(m_db);
    Query(m_db,
          QStringLiteral("INSERT INTO users (id, login, full_name, position, role, district_id, "
                         "password_hash, password_salt, password_iterations, active, created_at) "
                         "VALUES (:id, :login, :name, :position, :role, :district, :hash, :salt, "
                         ":iterations, :active, :at)"))
        .bind(QStringLiteral(":id"), user.id)
        .bind(QStringLiteral(":login"), user.login)
        .bind(QStringLiteral(":name"), user.fullName)
        .bind(QStringLiteral(":position"), user.position)
        .bind(QStringLiteral(":role"), records::code(user.role))
        .bind(QStringLiteral(":district"), idOrNull(user.districtId))
        .bind(QStringLiteral(":hash"), hex(password.hash))
        .bind(QStringLiteral(":salt"), hex(password.salt))
        .bind(QStringLiteral(":iterations"), password.iterations)
        .bind(QStringLiteral(":active"), user.active ? 1 : 0)
        .bind(QStringLiteral(":at"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .exec();
    Query district(m_db, QStringLiteral("INSERT INTO user_districts (user_id, district_id) VALUES (:u, :d) "
                                        "ON CONFLICT DO NOTHING"));
    QJsonArray districts;
    for (int id : std::as_const(user.districtIds)) {
        district.bind(QStringLiteral(":u"), user.id).bind(QStringLiteral(":d"), id).exec();
        districts.append(id);
    }
    AuditLog(m_db).append(actor, QStringLiteral("user"), user.id, QStringLiteral("create"),
                          {{QStringLiteral("login"), user.login},
                           {QStringLiteral("role"), records::code(user.role)},
                           {QStringLiteral("districts"), districts}});
    tx.commit();
    return user.id;
}

void UserRepository::setPassword(const QString &userId, const QString &passwordText,
                                 const QString &actor) const
{
    checkPassword(passwordText);
    if (m_db.usersAreRoles()) {
        Transaction tx(m_db);
        ServerRoles(m_db).setPassword(loginOf(userId), passwordText);
        tx.commit();
        return;
    }
    const PasswordHash password = PasswordHash::of(passwordText);
    Transaction tx(m_db);
    if (!storeHash(userId, password, {}))
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("No such user"));
    AuditLog(m_db).append(actor, QStringLiteral("user"), userId, QStringLiteral("password"));
    tx.commit();
}

void UserRepository::setActive(const QString &userId, bool active, const QString &actor) const
{
    Transaction tx(m_db);
    if (m_db.usersAreRoles()) {
        ServerRoles(m_db).setActive(loginOf(userId), active);
        tx.commit();
        return;
    }
    Query q(m_db, QStringLiteral("UPDATE users SET active = :active WHERE id = :id"));
    q.bind(QStringLiteral(":active"), active ? 1 : 0).bind(QStringLiteral(":id"), userId).exec();
    if (q.rowsAffected() == 0)
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("No such user"));
    AuditLog(m_db).append(actor, QStringLiteral("user"), userId,
                          active ? QStringLiteral("activate") : QStringLiteral("deactivate"));
    tx.commit();
}

void UserRepository::setRole(const QString &userId, records::Role role, const QString &actor) const
{
    Transaction tx(m_db);
    if (m_db.usersAreRoles()) {
        ServerRoles(m_db).setRole(loginOf(userId), role);
        tx.commit();
        return;
    }
    Query old(m_db, QStringLiteral("SELECT role FROM users WHERE id = :id"));
    old.bind(QStringLiteral(":id"), userId);
    const QVariant before = old.scalar();
    if (!before.isValid())
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("No such user"));
    Query q(m_db, QStringLiteral("UPDATE users SET role = :role WHERE id = :id"));
    q.bind(QStringLiteral(":role"), records::code(role)).bind(QStringLiteral(":id"), userId).exec();
    AuditLog(m_db).append(actor, QStringLiteral("user"), userId, QStringLiteral("role"),
                          {{QStringLiteral("from"), before.toString()}, {QStringLiteral("to"), records::code(role)}});
    tx.commit();
}

void UserRepository::setDistricts(const QString &userId, const QList<int> &districtIds,
                                  const QString &actor) const
{
    Transaction tx(m_db);
    const QString login = loginOf(userId);
    if (m_db.usersAreRoles()) {
        ServerRoles(m_db).setDistricts(login, districtIds);
        tx.commit();
        return;
    }
    QJsonArray before, after;
    for (int id : districtsOf(userId))
        before.append(id);
    Query(m_db, QStringLiteral("DELETE FROM user_districts WHERE user_id = :u"))
        .bind(QStringLiteral(":u"), userId)
        .exec();
    Query insert(m_db, QStringLiteral("INSERT INTO user_districts (user_id, district_id) VALUES (:u, :d) "
                                      "ON CONFLICT DO NOTHING"));
    for (int id : districtIds) {
        insert.bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":d"), id).exec();
        after.append(id);
    }
    Query(m_db, QStringLiteral("UPDATE users SET district_id = :d WHERE id = :u"))
        .bind(QStringLiteral(":d"), idOrNull(districtIds.value(0)))
        .bind(QStringLiteral(":u"), userId)
        .exec();
    AuditLog(m_db).append(actor, QStringLiteral("user"), userId, QStringLiteral("districts"),
                          {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}});
    tx.commit();
}

QString UserRepository::loginOf(const QString &userId) const
{
    const QString login = Query(m_db, QStringLiteral("SELECT login FROM users WHERE id = :id"))
                              .bind(QStringLiteral(":id"), userId)
                              .scalar()
                              .toString();
    if (login.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("No such user"));
    return login;
}

QList<int> UserRepository::districtsOf(const QString &userId) const
{
    Query q(m_db, QStringLiteral("SELECT district_id FROM user_districts WHERE user_id = :u ORDER BY district_id"));
    q.bind(QStringLiteral(":u"), userId).exec();
    QList<int> ids;
    while (q.next())
        ids << q.value(0).toInt();
    return ids;
}

void UserRepository::lockForChange() const
{
    if (m_db.usersAreRoles())
        return; // the functions of schema 11 lock the rows they change
    if (!m_db.dialect().isSqlite())
        execute(m_db, QStringLiteral("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE"));
}

std::optional<User> UserRepository::authenticate(const QString &login, const QString &password) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT id, password_hash, password_salt, password_iterations FROM users "
                      "WHERE login = :login AND active = 1"));
    q.bind(QStringLiteral(":login"), login).exec();
    if (!q.next()) {
        // As long as for a known login, so that the time taken does not tell
        // which logins exist.
        PasswordHash::of(password);
        return std::nullopt;
    }
    const QString userId = q.value(0).toString();
    PasswordHash stored;
    stored.hash = QByteArray::fromHex(q.value(1).toString().toLatin1());
    stored.salt = QByteArray::fromHex(q.value(2).toString().toLatin1());
    stored.iterations = q.value(3).toInt();
    q.finish();
    if (!stored.matches(password))
        return std::nullopt;
    if (stored.isOutdated() && !m_db.isReadOnly())
        upgradeHash(userId, login, password, stored);
    return findByLogin(login);
}

bool UserRepository::storeHash(const QString &userId, const PasswordHash &password,
                               const QByteArray &replacing) const
{
    // `replacing`: only while the row still holds that hash, so that an
    // upgrade never undoes a password an administrator set meanwhile.
    Query q(m_db, QLatin1String("UPDATE users SET password_hash = :hash, password_salt = :salt, "
                                "password_iterations = :iterations WHERE id = :id") +
                      (replacing.isNull() ? QLatin1String()
                                          : QLatin1String(" AND password_hash = :old")));
    q.bind(QStringLiteral(":hash"), hex(password.hash))
        .bind(QStringLiteral(":salt"), hex(password.salt))
        .bind(QStringLiteral(":iterations"), password.iterations)
        .bind(QStringLiteral(":id"), userId);
    if (!replacing.isNull())
        q.bind(QStringLiteral(":old"), hex(replacing));
    q.exec();
    return q.rowsAffected() > 0;
}

void UserRepository::upgradeHash(const QString &userId, const QString &login,
                                 const QString &password, const PasswordHash &stored) const
{
    const PasswordHash upgraded = PasswordHash::of(password);
    Transaction tx(m_db);
    if (!storeHash(userId, upgraded, stored.hash))
        return; // the password was changed since it was read: that one stays
    AuditLog(m_db).append(
        login, QStringLiteral("user"), userId, QStringLiteral("password_rehash"),
        {{QStringLiteral("from"), stored.iterations}, {QStringLiteral("to"), upgraded.iterations}});
    tx.commit();
}

QList<User> UserRepository::select(const QString &where, const QString &value) const
{
    Query q(m_db, QLatin1String("SELECT id, login, full_name, position, role, district_id, active FROM users ") +
                      where + QLatin1String(" ORDER BY login"));
    if (!value.isNull())
        q.bind(QStringLiteral(":v"), value);
    q.exec();
    QList<User> users;
    while (q.next())
        users << User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(),
                      records::fromCode<records::Role>(q.value(4).toString()).value_or(records::Role::Clerk),
                      q.value(5).toInt(), q.value(6).toInt() == 1};
    q.finish();
    for (User &u : users)
        u.districtIds = districtsOf(u.id);
    return users;
}

std::optional<User> UserRepository::findByLogin(const QString &login) const
{
    const auto users = select(QStringLiteral("WHERE login = :v"), login);
    return users.isEmpty() ? std::nullopt : std::optional(users.first());
}

QList<User> UserRepository::all() const
{
    return select({}, QString());
}

bool UserRepository::isEmpty() const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM users")).scalar().toInt() == 0;
}

} // namespace ruqsat::store
