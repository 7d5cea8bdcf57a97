// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersPage.h"

#include "DistrictPicker.h"

#include "cases/Administration.h"
#include "records/CodeLabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

using records::Role;

namespace {

enum Column { LoginColumn, NameColumn, RoleColumn, DistrictsColumn, ActiveColumn };

// Kept on a row's login cell.
enum CellData { IdData = Qt::UserRole, ActiveData, RoleData, DistrictsData };

void addRoles(QComboBox *box)
{
    for (Role role : {Role::Clerk, Role::Head, Role::Admin})
        box->addItem(records::label(role), QVariant::fromValue(int(role)));
}

QLineEdit *passwordEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

UsersPage::UsersPage(const cases::Administration &admin, QWidget *parent)
    : AdminPage(admin, parent), m_table(new QTableWidget(0, 5, this)), m_login(new QLineEdit(this)),
      m_fullName(new QLineEdit(this)), m_password(passwordEdit(QStringLiteral("userPassword"), this)),
      m_repeat(passwordEdit(QStringLiteral("userRepeat"), this)), m_role(new QComboBox(this)),
      m_add(new QPushButton(tr("&Add the user"), this)),
      m_newPassword(passwordEdit(QStringLiteral("newPassword"), this)),
      m_newRepeat(passwordEdit(QStringLiteral("newRepeat"), this)),
      m_reset(new QPushButton(tr("Set the &new password"), this)), m_toggle(new QPushButton(tr("&Deactivate"), this)),
      m_newRole(new QComboBox(this)), m_changeRole(new QPushButton(tr("Change the &role"), this)),
      m_districts(new DistrictPicker(this)), m_newDistricts(new DistrictPicker(this)),
      m_changeDistricts(new QPushButton(tr("Change the dis&tricts"), this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Full name"), tr("Role"), tr("Districts"), tr("Active")});
    m_districts->setObjectName(QStringLiteral("userDistricts"));
    m_newDistricts->setObjectName(QStringLiteral("newDistricts"));
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DistrictsColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_login->setObjectName(QStringLiteral("userLogin"));
    m_fullName->setObjectName(QStringLiteral("userFullName"));
    limitText(m_login, QStringLiteral("user.login"));
    limitText(m_fullName, QStringLiteral("user.fullName"));
    m_role->setObjectName(QStringLiteral("userRole"));
    addRoles(m_role);
    m_newRole->setObjectName(QStringLiteral("newRole"));
    addRoles(m_newRole);
    m_changeRole->setObjectName(QStringLiteral("changeRole"));
    m_changeDistricts->setObjectName(QStringLiteral("changeDistricts"));
    m_add->setObjectName(QStringLiteral("addUser"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_toggle->setObjectName(QStringLiteral("toggleActive"));
    const QString policy = tr("A password needs at least %1 characters.").arg(cases::Administration::kMinPasswordLength);

    auto *create = new QGroupBox(tr("New user"), this);
    auto *createForm = new QFormLayout(create);
    createForm->addRow(tr("Login"), m_login);
    createForm->addRow(tr("Full name"), m_fullName);
    createForm->addRow(tr("Role"), m_role);
    createForm->addRow(tr("Districts"), m_districts);
    createForm->addRow(tr("Password"), m_password);
    createForm->addRow(tr("Repeat the password"), m_repeat);
    createForm->addRow(new QLabel(policy, create));
    createForm->addRow(QString(), m_add);

    auto *selected = new QGroupBox(tr("The user picked in the list"), this);
    auto *selectedForm = new QFormLayout(selected);
    selectedForm->addRow(tr("New password"), m_newPassword);
    selectedForm->addRow(tr("Repeat the password"), m_newRepeat);
    selectedForm->addRow(QString(), m_reset);
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(m_newRole, 1);
    roleRow->addWidget(m_changeRole);
    selectedForm->addRow(tr("Role"), roleRow);
    auto *districtsRow = new QHBoxLayout;
    districtsRow->addWidget(m_newDistricts, 1);
    districtsRow->addWidget(m_changeDistricts, 0, Qt::AlignTop);
    selectedForm->addRow(tr("Districts"), districtsRow);
    selectedForm->addRow(QString(), m_toggle);

    auto *forms = new QHBoxLayout;
    forms->addWidget(create);
    forms->addWidget(selected);
    pageLayout()->addWidget(m_table, 1);
    pageLayout()->addLayout(forms);
    finishLayout();

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateActions);
    connect(m_add, &QPushButton::clicked, this, &UsersPage::add);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_changeDistricts, &QPushButton::clicked, this, &UsersPage::changeDistricts);
    lockForReaders(m_table, {m_login, m_fullName, m_role, m_password, m_repeat, m_add, m_newPassword, m_newRepeat,
                             m_reset, m_toggle, m_newRole, m_changeRole, m_districts, m_newDistricts,
                             m_changeDistricts});
    reload();
}

void UsersPage::reload()
{
    const QString keep = selectedUserId();
    m_allDistricts = m_admin.allDistricts();
    m_districts->setDistricts(m_allDistricts);
    m_newDistricts->setDistricts(m_allDistricts);
    const auto users = m_admin.users();
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const store::User &u = users.at(row);
        auto *login = cell(u.login);
        login->setData(IdData, u.id);
        login->setData(ActiveData, u.active);
        login->setData(RoleData, int(u.role));
        login->setData(DistrictsData, QVariant::fromValue(u.districtIds));
        m_table->setItem(row, LoginColumn, login);
        m_table->setItem(row, NameColumn, cell(u.fullName));
        m_table->setItem(row, RoleColumn, cell(records::label(u.role)));
        m_table->setItem(row, DistrictsColumn, cell(districtNames(u.districtIds)));
        m_table->setItem(row, ActiveColumn, cell(u.active ? tr("yes") : tr("no")));
        if (u.id == keep)
            m_table->selectRow(row);
    }
    updateActions();
}

QString UsersPage::selectedUserId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), LoginColumn)->data(IdData).toString();
}

void UsersPage::updateActions()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const bool picked = !rows.isEmpty();
    const QTableWidgetItem *login = picked ? m_table->item(rows.first().row(), LoginColumn) : nullptr;
    const bool active = login && login->data(ActiveData).toBool();
    m_toggle->setText(login && !active ? tr("&Activate") : tr("&Deactivate"));
    if (login) {
        m_newRole->setCurrentIndex(m_newRole->findData(login->data(RoleData)));
        m_newDistricts->setCheckedIds(login->data(DistrictsData).value<QList<int>>());
    }
    if (mayChange())
        for (QWidget *w : std::initializer_list<QWidget *>{m_reset, m_toggle, m_newRole, m_changeRole,
                                                           m_newDistricts, m_changeDistricts})
            w->setEnabled(picked);
}

void UsersPage::add()
{
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords differ."));
        return;
    }
    store::User user{QString(), m_login->text(), m_fullName->text(), QString(),
                     Role(m_role->currentData().toInt()), 0, true, m_districts->checkedIds()};
    if (!run([&] { m_admin.createUser(user, m_password->text()); }))
        return; // what was typed stays, to be corrected
    for (QLineEdit *edit : {m_login, m_fullName, m_password, m_repeat})
        edit->clear();
    m_districts->setCheckedIds({});
    reload();
}

void UsersPage::resetPassword()
{
    const QString id = selectedUserId();
    if (id.isEmpty())
        return;
    if (m_newPassword->text() != m_newRepeat->text()) {
        showError(tr("The two passwords differ."));
        return;
    }
    if (run([&] { m_admin.resetPassword(id, m_newPassword->text()); })) {
        m_newPassword->clear();
        m_newRepeat->clear();
    }
}

void UsersPage::toggleActive()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QTableWidgetItem *login = m_table->item(rows.first().row(), LoginColumn);
    const QString id = login->data(IdData).toString();
    const bool active = login->data(ActiveData).toBool();
    if (run([&] { m_admin.setActive(id, !active); }))
        reload();
}

void UsersPage::changeRole()
{
    const QString id = selectedUserId();
    if (id.isEmpty())
        return;
    const Role role = Role(m_newRole->currentData().toInt());
    if (run([&] { m_admin.setRole(id, role); })) {
        reload();
        showSaved(tr("The new role applies from the user's next login."));
    }
}

void UsersPage::changeDistricts()
{
    const QString id = selectedUserId();
    if (id.isEmpty())
        return;
    const QList<int> ids = m_newDistricts->checkedIds();
    if (run([&] { m_admin.setDistricts(id, ids); })) {
        reload();
        showSaved(tr("The new districts apply from the user's next login."));
    }
}

QString UsersPage::districtNames(const QList<int> &ids) const
{
    QStringList names;
    for (const store::District &d : m_allDistricts)
        if (ids.contains(d.id))
            names << d.nameRu;
    return names.join(QLatin1String(", "));
}

} // namespace ruqsat::ui
