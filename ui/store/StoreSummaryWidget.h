// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// Where the store is, its schema version and the count of each table.
class StoreSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StoreSummaryWidget(QWidget *parent = nullptr);

    void showStore(const store::Database &db);
    void showNoStore(const QString &reason);
    // The table's name for a person, in the language of the screens.
    static QString caption(const QString &table);

private:
    QLabel *m_location;
    QLabel *m_schema;
    QTableWidget *m_counts;
};

} // namespace ruqsat::ui
