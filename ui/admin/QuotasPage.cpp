// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuotasPage.h"

#include "cases/Administration.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

QuotasPage::QuotasPage(const cases::Administration &admin, QWidget *parent)
    : AdminPage(admin, parent), m_year(new QSpinBox(this)), m_table(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("quotasPage"));
    m_year->setObjectName(QStringLiteral("quotaYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_table->setObjectName(QStringLiteral("quotasTable"));
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Places"), tr("Taken"), tr("Free")});
    m_table->horizontalHeader()->setSectionResizeMode(RegionColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Year"), this));
    row->addWidget(m_year);
    row->addStretch();
    auto *hint = new QLabel(tr("Double-click the places of a region to set its quota. Taken counts the permits "
                               "in force and the reservations; the quota cannot go below it."),
                            this);
    hint->setWordWrap(true);
    hint->setVisible(mayChange()); // readers get the dialog's read-only note instead
    pageLayout()->addLayout(row);
    pageLayout()->addWidget(hint);
    pageLayout()->addWidget(m_table, 1);
    finishLayout();

    // Changing the year only reads, so it stays open to every role.
    connect(m_year, &QSpinBox::valueChanged, this, &QuotasPage::reload);
    connect(m_table, &QTableWidget::itemChanged, this, &QuotasPage::save);
    lockForReaders(m_table, {});
    reload();
}

void QuotasPage::reload()
{
    const auto regions = m_admin.regions();
    m_filling = true;
    m_table->setRowCount(int(regions.size()));
    for (int row = 0; row < regions.size(); ++row) {
        const store::Region &r = regions.at(row);
        fillRow(row, r.id, inScreenLanguage(r.nameKk, r.nameRu, r.nameEn));
    }
    m_filling = false;
}

void QuotasPage::setYear(int year)
{
    m_year->setValue(year); // reloads when it changes
}

void QuotasPage::fillRow(int row, int regionId, const QString &name)
{
    const bool was = m_filling;
    m_filling = true;
    const auto quota = m_admin.quota(regionId, m_year->value());
    // A region without a quota shows an empty cell: no permits until one is set.
    const QStringList texts = {name, quota ? QString::number(quota->quota) : QString(),
                               QString::number(quota ? quota->issued + quota->reserved : 0),
                               QString::number(quota ? quota->free() : 0)};
    for (int column = RegionColumn; column <= FreeColumn; ++column) {
        // Items are updated in place: this also runs from their own itemChanged.
        if (QTableWidgetItem *item = m_table->item(row, column))
            item->setText(texts.at(column));
        else
            m_table->setItem(row, column, cell(texts.at(column), column == PlacesColumn));
    }
    m_table->item(row, RegionColumn)->setData(Qt::UserRole, regionId);
    m_filling = was;
}

void QuotasPage::save(QTableWidgetItem *item)
{
    if (m_filling || item->column() != PlacesColumn)
        return;
    const QTableWidgetItem *region = m_table->item(item->row(), RegionColumn);
    bool ok = false;
    const int places = item->text().trimmed().toInt(&ok);
    if (!ok) {
        showError(tr("Type the number of places as a whole number."));
        return;
    }
    const int year = m_year->value();
    const int regionId = region->data(Qt::UserRole).toInt();
    if (run([&] { m_admin.setQuota(regionId, year, places); }))
        fillRow(item->row(), regionId, region->text());
    // A refused number stays in the cell, beside the store's reason.
}

} // namespace ruqsat::ui
