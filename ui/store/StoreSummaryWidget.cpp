// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSummaryWidget.h"

#include "store/Database.h"
#include "store/StoreError.h"
#include "store/StoreStatistics.h"

#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

QString StoreSummaryWidget::caption(const QString &table)
{
    static const QHash<QString, const char *> captions = {
        {QStringLiteral("applications"), QT_TR_NOOP("Applications")},
        {QStringLiteral("immigrants"), QT_TR_NOOP("Labour immigrants")},
        {QStringLiteral("employers"), QT_TR_NOOP("Employers")},
        {QStringLiteral("employer_properties"), QT_TR_NOOP("Employers' real estate")},
        {QStringLiteral("family_members"), QT_TR_NOOP("Family members")},
        {QStringLiteral("checklist_items"), QT_TR_NOOP("Checklist documents")},
        {QStringLiteral("attachments"), QT_TR_NOOP("Scans")},
        {QStringLiteral("police_checks"), QT_TR_NOOP("Police checks")},
        {QStringLiteral("decisions"), QT_TR_NOOP("Decisions")},
        {QStringLiteral("permits"), QT_TR_NOOP("Permits")},
        {QStringLiteral("permit_copies"), QT_TR_NOOP("Permit copies issued")},
        {QStringLiteral("quotas"), QT_TR_NOOP("Quotas")},
        {QStringLiteral("quota_reservations"), QT_TR_NOOP("Quota reservations")},
        {QStringLiteral("terminations"), QT_TR_NOOP("Terminations")},
        {QStringLiteral("revocations"), QT_TR_NOOP("Revocations")},
        {QStringLiteral("complaints"), QT_TR_NOOP("Complaints")},
        {QStringLiteral("labour_contracts"), QT_TR_NOOP("Labour contracts")},
        {QStringLiteral("regions"), QT_TR_NOOP("Regions")},
        {QStringLiteral("districts"), QT_TR_NOOP("Districts")},
        {QStringLiteral("countries"), QT_TR_NOOP("Countries")},
        {QStringLiteral("calendar_exceptions"), QT_TR_NOOP("Calendar exceptions")},
        {QStringLiteral("users"), QT_TR_NOOP("Users")},
        {QStringLiteral("audit_log"), QT_TR_NOOP("Audit log entries")},
    };
    const char *text = captions.value(table);
    return text ? tr(text) : table;
}

StoreSummaryWidget::StoreSummaryWidget(QWidget *parent)
    : QWidget(parent), m_location(new QLabel(this)), m_schema(new QLabel(this)),
      m_counts(new QTableWidget(0, 2, this))
{
    m_location->setObjectName(QStringLiteral("storeLocation"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setWordWrap(true); // a refusal says why and what to type, at length
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
        auto *name = new QTableWidgetItem(caption(counts.at(row).table));
        name->setData(Qt::UserRole, counts.at(row).table);
        m_counts->setItem(row, 0, name);
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
