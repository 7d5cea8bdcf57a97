// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlinesDesk.h"

#include "CalendarCoverageBanner.h"
#include "DayListPrint.h"
#include "cases/PermitActions.h"
#include "common/DistrictNames.h"
#include "common/RegisterView.h"
#include "common/UrgencyDelegate.h"
#include "domain/TypedDate.h"
#include "itemmodels/DeadlineTreeModel.h"
#include "itemmodels/Roles.h"
#include "store/ReferenceRepository.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace ruqsat::ui {

using itemmodels::DeadlineTreeModel;

DeadlinesDesk::DeadlinesDesk(const store::Database &db, const cases::Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_kind(new QComboBox(this)), m_district(new QComboBox(this)),
      m_clerk(new QComboBox(this)), m_view(new QTreeView(this)),
      m_noticeSent(new QPushButton(tr("Appendix 9 &sent..."), this)), m_more(new QPushButton(tr("Show &more"), this)),
      m_pageInfo(new QLabel(this)), m_model(new DeadlineTreeModel(this))
{
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind of clock"));
    m_kind->addItem(tr("Every clock"), -1);
    for (deadlines::Kind k : deadlines::allKinds())
        m_kind->addItem(deadlines::label(k), int(k));
    m_district->setObjectName(QStringLiteral("districtFilter"));
    m_district->setAccessibleName(tr("District"));
    m_clerk->setObjectName(QStringLiteral("clerkFilter"));
    m_clerk->setAccessibleName(tr("Clerk"));
    fillFilters();

    m_view->setObjectName(QStringLiteral("deadlineView"));
    m_view->setAccessibleName(tr("Deadlines"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new UrgencyDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view, &QTreeView::activated, this, &DeadlinesDesk::activate);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &DeadlinesDesk::showMoreAtEnd);
    m_more->setObjectName(QStringLiteral("showMore"));
    m_more->setToolTip(tr("Read the next %n clock(s)", nullptr, kPageSize));
    connect(m_more, &QPushButton::clicked, this, &DeadlinesDesk::showMore);
    m_pageInfo->setObjectName(QStringLiteral("pageInfo"));

    m_noticeSent->setObjectName(QStringLiteral("noticeSent"));
    m_noticeSent->setToolTip(tr("Record the day Appendix 9 went to the police"));
    connect(m_noticeSent, &QPushButton::clicked, this, &DeadlinesDesk::recordNoticeSent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DeadlinesDesk::updateButtons);
    auto *print = new QPushButton(tr("&Print day list..."), this);
    print->setObjectName(QStringLiteral("printDayList"));
    connect(print, &QPushButton::clicked, this, &DeadlinesDesk::printDayList);
    for (QComboBox *box : {m_kind, m_district, m_clerk})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { refresh(m_today); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind, 2);
    filters->addWidget(m_district, 2);
    filters->addWidget(m_clerk, 1);
    filters->addStretch(1);
    filters->addWidget(m_noticeSent);
    filters->addWidget(print);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_coverage = new CalendarCoverageBanner(this);
    layout->addWidget(m_coverage);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    auto *paging = new QHBoxLayout;
    paging->addStretch(1);
    paging->addWidget(m_pageInfo);
    paging->addWidget(m_more);
    layout->addLayout(paging);
}

void DeadlinesDesk::fillFilters()
{
    fillDistrictFilter(m_district, m_db, m_session.scope());
    const QSignalBlocker quiet(m_clerk);
    const QString chosen = m_clerk->currentData().toString();
    m_clerk->clear();
    m_clerk->addItem(tr("Anyone's"), QString());
    for (const store::User &u : store::UserRepository(m_db).all())
        m_clerk->addItem(u.login, u.login);
    m_clerk->setCurrentIndex(std::max(0, m_clerk->findData(chosen)));
}

void DeadlinesDesk::setSession(const cases::Session &session)
{
    m_session = session;
    fillFilters();
    refresh(m_today);
}

void DeadlinesDesk::refresh(const QDate &today)
{
    m_today = today;
    m_filter = deadlines::DeadlineFilter();
    m_filter.today = today.isValid() ? today : QDate::currentDate();
    m_coverage->check(m_db, m_filter.today, m_session.mayAdminister());
    m_filter.districtIds = m_session.scope();
    m_filter.districtId = m_district->currentData().toInt();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        m_filter.kinds = {deadlines::Kind(kind)};
    m_filter.clerk = m_clerk->currentData().toString();
    m_shown = kPageSize;
    load();
    m_view->scrollToTop();
}

void DeadlinesDesk::showMore()
{
    if (m_model->complete())
        return;
    m_shown += kPageSize;
    const int scrolledTo = m_view->verticalScrollBar()->value();
    const QModelIndex current = m_view->currentIndex();
    const int group = current.parent().row(), row = current.row(); // -1: none
    load();
    // The groups are the same and grow at their ends: the clerk's place holds.
    m_view->verticalScrollBar()->setValue(scrolledTo);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0, group >= 0 ? m_model->index(group, 0) : QModelIndex()));
}

void DeadlinesDesk::showMoreAtEnd(int scrolledTo)
{
    if (scrolledTo > 0 && scrolledTo == m_view->verticalScrollBar()->maximum())
        showMore();
}

void DeadlinesDesk::load()
{
    // The scroll bar moves as the model is reset: that is not the clerk scrolling.
    const QSignalBlocker quiet(m_view->verticalScrollBar());
    try {
        m_model->setDeadlines(deadlines::DeadlineDesk(m_db).page(m_filter, m_shown), m_filter.today,
                              districtNamesOnScreen(m_db));
    } catch (const store::StoreError &e) {
        m_model->setDeadlines({}, m_filter.today, {});
        QMessageBox::warning(this, tr("Deadlines"), e.message());
    }
    m_view->expandAll();
    for (int c = 0; c <= DeadlineTreeModel::Action; ++c)
        m_view->resizeColumnToContents(c);
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_view->setFirstColumnSpanned(r, QModelIndex(), true);
    const QLocale locale;
    m_pageInfo->setText(m_model->complete()
                            ? QString()
                            : tr("%1 of %2 clocks shown")
                                  .arg(locale.toString(m_model->deadlines().size()), locale.toString(m_model->total())));
    m_pageInfo->setVisible(!m_model->complete());
    m_more->setVisible(!m_model->complete());
    updateButtons();
    emit titleChanged(title());
}

void DeadlinesDesk::updateButtons()
{
    const QModelIndex i = m_view->currentIndex();
    m_noticeSent->setEnabled(i.isValid() && i.parent().isValid() &&
                             i.data(DeadlineTreeModel::KindRole).toInt() == int(deadlines::Kind::RevocationNotice) &&
                             !i.data(DeadlineTreeModel::DoneRole).toBool());
}

void DeadlinesDesk::recordNoticeSent()
{
    const QString permitId = m_view->currentIndex().data(DeadlineTreeModel::PermitIdRole).toString();
    if (permitId.isEmpty())
        return;
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Appendix 9 sent"),
                                                tr("The day Appendix 9 went to the police (dd.mm.yyyy):"),
                                                QLineEdit::Normal, domain::TypedDate::format(QDate::currentDate()),
                                                &ok);
    if (!ok)
        return;
    const domain::TypedDate day = domain::TypedDate::parse(typed);
    if (day.state != domain::TypedDate::State::Valid) {
        QMessageBox::warning(this, tr("Appendix 9 sent"), day.problem(true));
        return;
    }
    try {
        cases::PermitActions(m_db, m_session).recordRevocationNotice(permitId, day.date);
    } catch (const store::StoreError &e) {
        QMessageBox::warning(this, tr("Appendix 9 sent"), e.message());
        return;
    }
    const int scrolledTo = m_view->verticalScrollBar()->value();
    load();
    m_view->verticalScrollBar()->setValue(scrolledTo);
    emit changed();
}

QString DeadlinesDesk::title() const
{
    const auto counts = m_model->counts();
    const int overdue = counts.value(deadlines::Urgency::Overdue);
    const int today = counts.value(deadlines::Urgency::Today);
    if (overdue == 0 && today == 0)
        return tr("Deadlines");
    return tr("Deadlines (%1 overdue, %2 today)").arg(overdue).arg(today);
}

void DeadlinesDesk::activate(const QModelIndex &index)
{
    if (!index.isValid() || !index.parent().isValid())
        return; // a group's row
    const QString permit = index.data(DeadlineTreeModel::PermitRole).toString();
    if (!permit.isEmpty())
        emit permitActivated(permit);
    else
        emit caseActivated(index.data(itemmodels::IdRole).toString());
}

bool DeadlinesDesk::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DeadlinesDesk::printDayList()
{
    // The whole list, not only the clocks read so far.
    QList<deadlines::Deadline> all;
    try {
        all = deadlines::DeadlineDesk(m_db).list(m_filter);
    } catch (const store::StoreError &e) {
        QMessageBox::warning(this, tr("Print day list"), e.message());
        return;
    }
    printDeadlineDayList(this, m_db, all, m_filter.today);
}

} // namespace ruqsat::ui
