// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ConnectionString.h"

#include <QMainWindow>
#include <memory>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

class StoreSummaryWidget;

// The frame: menus and the area widgets. Each area brings its own controller;
// this class only wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a store, reporting failure in a dialog; true when open.
    bool openStore(const store::ConnectionString &where);
    const store::Database *database() const { return m_db.get(); }

private:
    void chooseSqliteFile();
    void refresh();

    std::unique_ptr<store::Database> m_db;
    StoreSummaryWidget *m_summary;
};

} // namespace ruqsat::ui
