// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSummaryWidget.h"

#include "store/Database.h"
#include "store/StoreError.h"
#include "store/StoreStatistics.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

StoreSummaryWidget::StoreSummaryWidget(QWidget *parent)
    : QWidget(parent), m_location(new QLabel(this)), m_schema(new QLabel(this)),
      m_counts(new QTableWidget(0, 2, this))
{
    m_location->setObjectName(QStringLiteral("storeLocation"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schema->setObjectName(QStringLiteral("schemaVersion"));
    m_counts->setObjectName(QStringLiteral("tableCounts"));
    m_counts->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *form = new QFormLayout;
    form->addRow(tr("Store:"), m_location);
    form->addRow(tr("Schema version:"), m_schema);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_counts);
}

void StoreSummaryWidget::showStore(const store::Database &db)
{
    m_location->setText(db.location().toString());
    m_schema->setText(QString::number(db.schemaVersion()));
    QList<store::TableCount> counts;
    try {
        counts = store::tableCounts(db);
    } catch (const store::StoreError &e) {
        showNoStore(e.message());
        return;
    }
    m_counts->setRowCount(int(counts.size()));
    for (int row = 0; row < counts.size(); ++row) {
        m_counts->setItem(row, 0, new QTableWidgetItem(counts.at(row).table));
        auto *count = new QTableWidgetItem(QLocale().toString(counts.at(row).rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_counts->setItem(row, 1, count);
    }
}

void StoreSummaryWidget::showNoStore(const QString &reason)
{
    m_location->setText(tr("No store is open: %1").arg(reason));
    m_schema->clear();
    m_counts->setRowCount(0);
}

} // namespace ruqsat::ui
