// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::demo {

// The accounts of a try-out store (`ruqsatctl demo --users PASSWORD`): the
// administrator `admin` and, for each district, its head `head.CODE` and its
// clerk `clerk.CODE` (CODE the district's KATO code, or its id while it has
// none), all with `password`. Accounts that exist already are left as they
// are, so a second run adds only what is missing. Returns the logins made.
QStringList ensureDemoUsers(const store::Database &db, const QString &password,
                            const QString &actor);

// Adds the districts the demo writes to (DemoWriter::ensureCityDistricts) to
// the districts of the user `login` who fills the store: on a server the
// row policies let a user write cases only in districts of theirs.
void giveDemoDistricts(const store::Database &db, const QString &login,
                       const QHash<QString, QList<int>> &districts, const QString &actor);

} // namespace ruqsat::demo
