// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QString>
#include <memory>

class QWidget;

namespace ruqsat::ui {

// Opens a store for the GUI: asks for a PostgreSQL password in a dialog and
// reports a store it cannot open in a message box instead of failing.
// Where there is no store yet (no file, an empty file or database) it asks
// the clerk before making one; only the default store is made unasked, on
// the first start, when its file does not exist.
class StoreOpener
{
public:
    explicit StoreOpener(QWidget *parent) : m_parent(parent) {}

    // Null when the store could not be opened or the clerk chose not to make
    // one; `lastError()` says why.
    std::unique_ptr<store::Database> open(const store::ConnectionString &where);
    QString lastError() const { return m_lastError; }

private:
    std::unique_ptr<store::Database> attempt(const store::ConnectionString &where,
                                             store::Database::IfNoStore ifNoStore);
    bool clerkAgreesToCreate(const QString &why);

    QWidget *m_parent;
    QString m_lastError;
};

} // namespace ruqsat::ui
