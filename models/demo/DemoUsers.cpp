// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoUsers.h"

#include "store/ReferenceRepository.h"
#include "store/UserRepository.h"

namespace ruqsat::demo {

QStringList ensureDemoUsers(const store::Database &db, const QString &password,
                            const QString &actor)
{
    const store::UserRepository users(db);
    QStringList made;
    auto ensure = [&](const QString &login, const QString &name, records::Role role,
                      int districtId) {
        if (users.findByLogin(login))
            return;
        store::User user;
        user.login = login;
        user.fullName = name;
        user.role = role;
        user.districtId = districtId;
        users.create(user, password, actor);
        made << login;
    };
    ensure(QStringLiteral("admin"), QStringLiteral("Demo Administrator"), records::Role::Admin, 0);
    for (const store::District &d : store::ReferenceRepository(db).allDistricts()) {
        const QString code = d.kato.isEmpty() ? QString::number(d.id) : d.kato;
        ensure(QStringLiteral("head.") + code, QStringLiteral("Head, ") + d.nameEn,
               records::Role::Head, d.id);
        ensure(QStringLiteral("clerk.") + code, QStringLiteral("Clerk, ") + d.nameEn,
               records::Role::Clerk, d.id);
    }
    return made;
}

void giveDemoDistricts(const store::Database &db, const QString &login,
                       const QHash<QString, QList<int>> &districts, const QString &actor)
{
    const store::UserRepository users(db);
    const std::optional<store::User> user = users.findByLogin(login);
    if (!user)
        return;
    QList<int> mine = user->districtIds;
    const qsizetype before = mine.size();
    for (const QList<int> &ids : districts)
        for (int id : ids)
            if (!mine.contains(id))
                mine << id;
    if (mine.size() != before)
        users.setDistricts(user->id, mine, actor);
}

} // namespace ruqsat::demo
