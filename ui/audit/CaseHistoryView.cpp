// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseHistoryView.h"

#include "itemmodels/CaseHistoryModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ruqsat::ui {

using itemmodels::CaseHistoryModel;

CaseHistoryView::CaseHistoryView(const store::Database &db, const QString &caseId, QWidget *parent)
    : QWidget(parent), m_model(new CaseHistoryModel(db, this)), m_table(new QTableView(this)),
      m_details(new QPlainTextEdit(this))
{
    m_table->setObjectName(QStringLiteral("caseHistory"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Time, login and step are short; the changes take the rest and wrap,
    // each row as high as its lines (a case has tens of rows, not thousands).
    QHeaderView *header = m_table->horizontalHeader();
    for (int column :
         {CaseHistoryModel::WhenColumn, CaseHistoryModel::WhoColumn, CaseHistoryModel::WhatColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseHistoryModel::ChangesColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("caseHistoryDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Choose a row to read all it changed."));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseHistoryView::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseHistoryView::showDetails);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    m_model->setCase(caseId);
}

void CaseHistoryView::refresh()
{
    if (isVisible())
        read();
}

void CaseHistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    read();
}

void CaseHistoryView::read()
{
    m_model->refresh();
    m_table->scrollToBottom();
}

void CaseHistoryView::showDetails()
{
    const int row = m_table->currentIndex().row();
    if (row < 0) {
        m_details->clear();
        return;
    }
    auto cell = [this, row](int column) { return m_model->index(row, column).data().toString(); };
    m_details->setPlainText(cell(CaseHistoryModel::WhenColumn) + QLatin1String("  ") +
                            cell(CaseHistoryModel::WhoColumn) + QLatin1String("  ") +
                            cell(CaseHistoryModel::WhatColumn) + QLatin1String("\n\n") +
                            cell(CaseHistoryModel::ChangesColumn));
}

} // namespace ruqsat::ui
