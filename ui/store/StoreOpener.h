// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QString>
#include <memory>

class QWidget;

namespace ruqsat::ui {

// Opens a store for the GUI: asks for a PostgreSQL password in a dialog and
// reports a store it cannot open in a message box instead of failing.
class StoreOpener
{
public:
    explicit StoreOpener(QWidget *parent) : m_parent(parent) {}

    // Null when the store could not be opened; `lastError()` says why.
    std::unique_ptr<store::Database> open(const store::ConnectionString &where);
    QString lastError() const { return m_lastError; }

private:
    QWidget *m_parent;
    QString m_lastError;
};

} // namespace ruqsat::ui
