// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the migration tests ask of a store: a figure, and why it did not open.
#include "TestStores.h"
#include "store/Query.h"
#include "store/StoreError.h"

namespace ruqsat::test {

inline qint64 count(const store::Database &db, const QString &sql)
{
    return store::Query(db, sql).scalar().toLongLong();
}

inline store::StoreError::Kind openError(const test::ScratchStore &scratch, QString *message = nullptr)
{
    try {
        scratch.open();
    } catch (const store::StoreError &e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    return store::StoreError::Kind::Sql; // "opened": no store error at all
}

} // namespace ruqsat::test
