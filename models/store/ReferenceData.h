// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace ruqsat::store {

class Database;

// Fills the reference tables that ship with the program (regions and cities
// of republican significance with their KATO codes, countries, the working-day
// calendar) when they are empty. Runs at every open; cheap once filled.
void seedReferenceData(const Database &db);

// Rows of a shipped CSV resource (header line dropped). The shipped files hold
// no quoted commas.
QList<QStringList> readResourceCsv(const QString &resource);

} // namespace ruqsat::store
