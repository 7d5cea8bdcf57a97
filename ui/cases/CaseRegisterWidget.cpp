// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRegisterWidget.h"

#include "common/HeaderFit.h"
#include "common/RegisterView.h"
#include "itemmodels/CaseRegisterModel.h"
#include "itemmodels/Roles.h"
#include "records/CodeLabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>

namespace ruqsat::ui {

using namespace records;

namespace {

template <typename E> void addCodes(QComboBox *box, std::initializer_list<E> values)
{
    for (E v : values)
        box->addItem(label(v), code(v));
}

template <typename E> std::optional<E> selected(const QComboBox *box)
{
    return fromCode<E>(box->currentData().toString());
}

const QString kSettingsGroup = QStringLiteral("caseRegister");

} // namespace

CaseRegisterWidget::CaseRegisterWidget(const store::Database &db,
                                       const domain::WorkCalendar &calendar,
                                       const cases::Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_scope(session.scope()), m_noDistrict(noDistrictNote(this)),
      m_search(new QLineEdit(this)), m_status(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_district(new QComboBox(this)), m_due(new QComboBox(this)),
      m_view(new QTableView(this)), m_model(new itemmodels::CaseRegisterModel(db, calendar, this))
{
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setPlaceholderText(tr("Search: surname or name, IIN, passport, permit or registry number"));
    m_search->setToolTip(tr("Any three letters of the immigrant's or the employer's name, in Cyrillic or "
                            "Latin, in any usual spelling (Kholmatov, Xolmatov, Холматов); several "
                            "words in any order; an IIN; any four characters of a passport number; a "
                            "registry or permit number."));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"));
    addCodes(m_status, {CaseStatus::Draft, CaseStatus::Submitted, CaseStatus::Accepted, CaseStatus::PoliceCheck,
                        CaseStatus::RefusedIntake, CaseStatus::Issued, CaseStatus::Extended, CaseStatus::Refused,
                        CaseStatus::Withdrawn});
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("Issue and extension"));
    addCodes(m_kind, {ApplicationKind::Issue, ApplicationKind::Extend});
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->addItem(tr("All channels"));
    addCodes(m_channel, {Channel::StateCorporation, Channel::Egov, Channel::Enbek});
    m_district->setObjectName(QStringLiteral("districtFilter"));
    fillDistrictFilter(m_district, db, m_scope);
    m_noDistrict->setVisible(session.seesNoDistrict());
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->addItem(tr("Any deadline"), int(store::RegisterFilter::Due::Any));
    m_due->addItem(tr("Due today"), int(store::RegisterFilter::Due::Today));
    m_due->addItem(tr("Overdue"), int(store::RegisterFilter::Due::Overdue));
    m_due->addItem(tr("Due this week"), int(store::RegisterFilter::Due::ThisWeek));

    m_view->setObjectName(QStringLiteral("registerView"));
    setUpRegisterView(m_view, m_model, itemmodels::CaseRegisterModel::Received,
                      itemmodels::CaseRegisterModel::DecisionDue);
    // The count follows the first page (RegisterTableModel).
    connect(m_model, &itemmodels::RegisterTableModel::matchCountChanged, this, [this] {
        emit countChanged(matchCountText(*m_model, [](int n) { return tr("%n case(s)", nullptr, n); }));
    });

    searchAsTyped(m_search, [this] { applyFilter(); });
    for (QComboBox *box : {m_status, m_kind, m_channel, m_district, m_due})
        connect(box, &QComboBox::currentIndexChanged, this, &CaseRegisterWidget::applyFilter);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(itemmodels::IdRole).toString();
        if (!id.isEmpty())
            emit caseActivated(id);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    for (QComboBox *box : {m_status, m_kind, m_channel, m_district, m_due})
        filters->addWidget(box, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_noDistrict);
    layout->addWidget(m_view);
    restoreSettings();
    applyFilter();
}

CaseRegisterWidget::~CaseRegisterWidget()
{
    saveSettings();
}

void CaseRegisterWidget::setSession(const cases::Session &session)
{
    m_scope = session.scope();
    fillDistrictFilter(m_district, m_db, m_scope);
    m_noDistrict->setVisible(session.seesNoDistrict());
    applyFilter();
}

void CaseRegisterWidget::applyFilter()
{
    store::RegisterFilter f;
    f.search = m_search->text();
    f.status = selected<CaseStatus>(m_status);
    f.kind = selected<ApplicationKind>(m_kind);
    f.channel = selected<Channel>(m_channel);
    f.districtId = m_district->currentData().toInt();
    f.districtIds = m_scope;
    f.due = store::RegisterFilter::Due(m_due->currentData().toInt());
    f.today = QDate::currentDate();
    m_model->setFilter(f);
}

void CaseRegisterWidget::refresh()
{
    m_model->refresh();
}

void CaseRegisterWidget::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    for (const QComboBox *box : {m_status, m_kind, m_channel, m_district, m_due})
        settings.setValue(box->objectName(), box->currentIndex());
}

void CaseRegisterWidget::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    // Widths for a first start; sizing to contents would read every row.
    using M = itemmodels::CaseRegisterModel;
    const int em = fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : {std::pair{M::RegistryNumber, 13}, {M::Immigrant, 30}, {M::Employer, 26},
                                        {M::Kind, 11}, {M::Channel, 20}, {M::Received, 21}, {M::DecisionDue, 14}})
        m_view->setColumnWidth(column, chars * em);
    fitSectionsToTitles(m_view->horizontalHeader()); // longer titles in kk and ru; a saved layout wins
    if (settings.contains(QStringLiteral("header")))
        m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    for (QComboBox *box : {m_status, m_kind, m_channel, m_district, m_due}) {
        const int index = settings.value(box->objectName(), 0).toInt();
        if (index >= 0 && index < box->count())
            box->setCurrentIndex(index);
    }
}

} // namespace ruqsat::ui
