// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/OrderedUuid.h"

#include <QString>
#include <QUuid>
#include <QVariant>
#include <optional>

namespace ruqsat::store {

// A new id: a time-ordered UUID (see OrderedUuid.h).
inline QString newId()
{
    return timeOrderedUuid();
}

// NULL for an empty text (optional references and codes), the text otherwise.
inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// NULL for 0 (optional integer references), the number otherwise.
inline QVariant idOrNull(int id)
{
    return id == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(id);
}

// NULL for an amount not given, the amount otherwise.
inline QVariant amountOrNull(const std::optional<qint64> &amount)
{
    return amount ? QVariant(*amount) : QVariant(QMetaType::fromType<qint64>());
}

// Lower-cased search key: SQLite's lower() folds ASCII only, so keys for
// Cyrillic and Kazakh names are folded by Qt before they are stored.
inline QString searchKey(const QString &text)
{
    return text.trimmed().toLower();
}

// The register's sort key of a case: the immigrant's Latin name.
inline QString immigrantSortKey(const QString &surnameLat, const QString &givenNamesLat)
{
    return searchKey(surnameLat + u' ' + givenNamesLat);
}

} // namespace ruqsat::store
