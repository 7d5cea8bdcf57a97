// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitRegisterWidget.h"

#include "common/HeaderFit.h"
#include "common/RegisterView.h"
#include "itemmodels/PermitRegisterModel.h"
#include "itemmodels/Roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <algorithm>
#include <climits>

namespace ruqsat::ui {

using itemmodels::PermitRegisterModel;
using State = store::PermitRegisterFilter::State;

namespace {

const QString kSettingsGroup = QStringLiteral("permitRegister");

// Restores a combo box to the item holding `data`; keeps it where it is otherwise.
void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

PermitRegisterWidget::PermitRegisterWidget(const store::Database &db, const cases::Session &session,
                                           QWidget *parent)
    : QWidget(parent), m_db(db), m_scope(session.scope()), m_noDistrict(noDistrictNote(this)),
      m_search(new QLineEdit(this)), m_state(new QComboBox(this)), m_district(new QComboBox(this)),
      m_view(new QTableView(this)), m_model(new PermitRegisterModel(db, this))
{
    m_search->setObjectName(QStringLiteral("permitSearch"));
    m_search->setPlaceholderText(
        tr("Search: permit number, IIN, passport, surname or name, registry number"));
    m_search->setAccessibleName(tr("Search permits"));
    m_search->setToolTip(tr("Any three letters of the immigrant's or the employer's name, in Cyrillic or "
                            "Latin, in any usual spelling (Kholmatov, Xolmatov, Холматов); several "
                            "words in any order; an IIN; any four characters of a passport number; a "
                            "registry or permit number."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Permit state"));
    fillStates();
    m_district->setObjectName(QStringLiteral("districtFilter"));
    m_district->setAccessibleName(tr("District"));
    fillDistrictFilter(m_district, db, m_scope);
    m_noDistrict->setVisible(session.seesNoDistrict());

    m_view->setObjectName(QStringLiteral("permitView"));
    m_view->setAccessibleName(tr("Permits"));
    setUpRegisterView(m_view, m_model, PermitRegisterModel::ValidFrom, PermitRegisterModel::DaysLeft);
    // The count follows the first page (RegisterTableModel).
    connect(m_model, &itemmodels::RegisterTableModel::matchCountChanged, this, [this] {
        emit countChanged(matchCountText(*m_model, [](int n) { return tr("%n permit(s)", nullptr, n); }));
    });

    searchAsTyped(m_search, [this] { applyFilter(); });
    for (QComboBox *box : {m_state, m_district})
        connect(box, &QComboBox::currentIndexChanged, this, &PermitRegisterWidget::applyFilter);
    // Enter and double-click both come as activated().
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(itemmodels::IdRole).toString();
        if (!id.isEmpty())
            emit permitActivated(id);
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_district, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_noDistrict);
    layout->addWidget(m_view);
    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_district);
    setTabOrder(m_district, m_view);
    setFocusProxy(m_search);
    restoreSettings();
    applyFilter();
}

PermitRegisterWidget::~PermitRegisterWidget()
{
    saveSettings();
}

void PermitRegisterWidget::fillStates()
{
    m_state->addItem(tr("All permits"), int(State::Any));
    m_state->addItem(tr("In force"), int(State::InForce));
    // R-EXTEND-WINDOW: the clerk expects these for extension.
    m_state->addItem(tr("Expiring within 30 days"), int(State::ExpiringWithin30Days));
    m_state->addItem(tr("Expired"), int(State::Expired));
    m_state->addItem(tr("Revoked"), int(State::Revoked));
    m_state->addItem(tr("Terminated"), int(State::Terminated));
}

void PermitRegisterWidget::setSession(const cases::Session &session)
{
    m_scope = session.scope();
    fillDistrictFilter(m_district, m_db, m_scope);
    m_noDistrict->setVisible(session.seesNoDistrict());
    applyFilter();
}

void PermitRegisterWidget::search(const QString &text)
{
    m_search->setText(text);
    applyFilter();
}

void PermitRegisterWidget::applyFilter()
{
    store::PermitRegisterFilter f;
    f.search = m_search->text();
    f.state = State(m_state->currentData().toInt());
    f.districtId = m_district->currentData().toInt();
    f.districtIds = m_scope;
    f.today = QDate::currentDate();
    m_model->setFilter(f);
}

void PermitRegisterWidget::refresh()
{
    m_model->refresh();
}

QString PermitRegisterWidget::currentPermitId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(itemmodels::IdRole).toString() : QString();
}

bool PermitRegisterWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes on to the table, to its first row when none is current.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        applyFilter(); // what was typed is searched before the rows are walked
        if (m_model->rowCount() == 0)
            return false;
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PermitRegisterWidget::saveSettings() const
{
    // The search text is not kept: it holds names and IINs, and a settings
    // file is no place for personal data.
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("state"), m_state->currentData());
    settings.setValue(QStringLiteral("district"), m_district->currentData());
}

void PermitRegisterWidget::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    // Widths for a first start; sizing to contents would read every row.
    using M = PermitRegisterModel;
    const int em = fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : {std::pair{M::Number, 16},
                                        {M::Immigrant, 30},
                                        {M::Employer, 26},
                                        {M::ValidFrom, 12},
                                        {M::ValidTo, 12},
                                        {M::DaysLeft, 10},
                                        {M::Status, 14}})
        m_view->setColumnWidth(column, chars * em);
    fitSectionsToTitles(m_view->horizontalHeader()); // longer titles in kk and ru; a saved layout wins
    QHeaderView *header = m_view->horizontalHeader();
    if (settings.contains(QStringLiteral("header"))) {
        header->restoreState(settings.value(QStringLiteral("header")).toByteArray());
        // The restored sort indicator does not reach the model by itself.
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    // By value, not position: the lists may change between versions.
    const QSignalBlocker stateBlocker(m_state), districtBlocker(m_district);
    selectData(m_state, settings.value(QStringLiteral("state"), int(State::Any)).toInt());
    selectData(m_district, settings.value(QStringLiteral("district"), 0).toInt());
}

} // namespace ruqsat::ui
