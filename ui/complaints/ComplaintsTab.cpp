// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintsTab.h"

#include "ResolveComplaintDialog.h"
#include "common/DistrictNames.h"
#include "common/UrgencyDelegate.h"
#include "itemmodels/ComplaintListModel.h"
#include "itemmodels/Roles.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ruqsat::ui {

using itemmodels::ComplaintListModel;
using store::ComplaintFilter;

ComplaintsTab::ComplaintsTab(const store::Database &db, const cases::Session &session,
                             QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_state(new QComboBox(this)),
      m_view(new QTableView(this)), m_resolve(new QPushButton(tr("&Resolve..."), this)),
      m_openCase(new QPushButton(tr("&Open case"), this)), m_model(new ComplaintListModel(this))
{
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Complaints to show"));
    m_state->addItem(tr("Open"), int(ComplaintFilter::State::Open));
    m_state->addItem(tr("Resolved"), int(ComplaintFilter::State::Resolved));
    m_state->addItem(tr("All"), int(ComplaintFilter::State::All));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] { refresh(m_today); });

    m_view->setObjectName(QStringLiteral("complaintView"));
    m_view->setAccessibleName(tr("Complaints"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new UrgencyDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::activated, this, &ComplaintsTab::openCurrentCase);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ComplaintsTab::updateButtons);

    m_resolve->setObjectName(QStringLiteral("resolve"));
    m_resolve->setToolTip(tr("Forward, grant or reject the complaint"));
    connect(m_resolve, &QPushButton::clicked, this, &ComplaintsTab::resolveCurrent);
    m_openCase->setObjectName(QStringLiteral("openCase"));
    connect(m_openCase, &QPushButton::clicked, this, &ComplaintsTab::openCurrentCase);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_state);
    bar->addStretch(1);
    bar->addWidget(m_resolve);
    bar->addWidget(m_openCase);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

void ComplaintsTab::setSession(const cases::Session &session)
{
    m_session = session;
    refresh(m_today);
}

void ComplaintsTab::refresh(const QDate &today)
{
    m_today = today.isValid() ? today : QDate::currentDate();
    ComplaintFilter filter;
    filter.state = ComplaintFilter::State(m_state->currentData().toInt());
    filter.districtIds = m_session.scope();
    try {
        const store::ComplaintRepository repo(m_db);
        const QList<store::ComplaintRow> rows = repo.list(filter);
        m_model->setComplaints(rows, m_today, districtNamesOnScreen(m_db));
        if (filter.state == ComplaintFilter::State::Open) {
            m_open = int(rows.size());
        } else {
            filter.state = ComplaintFilter::State::Open;
            m_open = int(repo.list(filter).size());
        }
    } catch (const store::StoreError &e) {
        m_model->setComplaints({}, m_today, {});
        m_open = 0;
        QMessageBox::warning(this, tr("Complaints"), e.message());
    }
    m_view->resizeColumnsToContents();
    updateButtons();
    emit titleChanged(title());
}

QString ComplaintsTab::title() const
{
    return m_open > 0 ? tr("Complaints (%1)").arg(m_open) : tr("Complaints");
}

int ComplaintsTab::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ComplaintsTab::updateButtons()
{
    const int row = currentRow();
    m_openCase->setEnabled(row >= 0);
    m_resolve->setEnabled(row >= 0 &&
                          !m_model->complaints().at(row).complaint.resolvedOn.isValid());
}

bool ComplaintsTab::resolveCurrent()
{
    const int row = currentRow();
    if (row < 0 || m_model->complaints().at(row).complaint.resolvedOn.isValid())
        return false;
    ResolveComplaintDialog dialog(m_model->complaints().at(row),
                                  complaints::ComplaintActions(m_db, m_session), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh(m_today);
    emit changed();
    return true;
}

void ComplaintsTab::openCurrentCase()
{
    if (const int row = currentRow(); row >= 0)
        emit caseActivated(m_model->complaints().at(row).caseId);
}

} // namespace ruqsat::ui
