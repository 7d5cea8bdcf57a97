// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSummaryWidget.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/StoreStatistics.h"

#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
      m_audit(new QLabel(this)), m_verify(new QPushButton(tr("&Verify the audit log"), this)),
      m_counts(new QTableWidget(0, 2, this))
{
    m_audit->setObjectName(QStringLiteral("auditVerdict"));
    m_audit->setWordWrap(true);
    m_audit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify->setObjectName(QStringLiteral("verifyAudit"));
    m_verify->setEnabled(false);
    connect(m_verify, &QPushButton::clicked, this, &StoreSummaryWidget::verifyAudit);
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
    auto *audit = new QHBoxLayout;
    audit->addWidget(m_audit, 1);
    audit->addWidget(m_verify);
    form->addRow(tr("Audit log:"), audit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_counts);
}

void StoreSummaryWidget::showStore(const store::Database &db)
{
    m_db = &db;
    m_verify->setEnabled(true);
    m_audit->setText(tr("Not verified in this session."));
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

void StoreSummaryWidget::verifyAudit()
{
    if (!m_db)
        return;
    try {
        const audit::ChainVerdict verdict = store::AuditLog(*m_db).verify();
        m_audit->setText(verdict.message());
        m_audit->setStyleSheet(verdict.ok() ? QString() : QStringLiteral("color: #b00020;"));
    } catch (const store::StoreError &e) {
        m_audit->setText(e.message());
    }
}

void StoreSummaryWidget::showNoStore(const QString &reason)
{
    m_db = nullptr;
    m_verify->setEnabled(false);
    m_audit->clear();
    m_location->setText(tr("No store is open: %1").arg(reason));
    m_schema->clear();
    m_counts->setRowCount(0);
}

} // namespace ruqsat::ui
