// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// Where the store is, its schema version, the count of each table, and the
// audit log's hash chain, verified on request (a walk of every row).
class StoreSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StoreSummaryWidget(QWidget *parent = nullptr);

    void showStore(const store::Database &db);
    void showNoStore(const QString &reason);
    // Walks the audit log's chain and shows how far it holds.
    void verifyAudit();
    // The table's name for a person, in the language of the screens.
    static QString caption(const QString &table);

private:
    QLabel *m_location;
    QLabel *m_schema;
    QLabel *m_audit;
    QPushButton *m_verify;
    QTableWidget *m_counts;
    const store::Database *m_db = nullptr;
};

} // namespace ruqsat::ui
