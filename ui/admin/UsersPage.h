// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPage.h"
#include "store/ReferenceRepository.h"

class QComboBox;
class QListWidget;
class QLineEdit;
class QPushButton;

namespace ruqsat::ui {

class DistrictPicker;

// The users with their role and state; a form to add one, and for the user
// picked in the table a new password, another role or (de)activation. No
// modal boxes: every answer is in the page's message line.
class UsersPage : public AdminPage
{
    Q_OBJECT
public:
    UsersPage(const cases::Administration &admin, QWidget *parent = nullptr);
    void reload() override;

private:
    QString selectedUserId() const;
    void updateActions();
    void add();
    void resetPassword();
    void toggleActive();
    void changeRole();
    void changeDistricts();
    QString districtNames(const QList<int> &ids) const;

    QTableWidget *m_table;
    QLineEdit *m_login, *m_fullName, *m_password, *m_repeat;
    QComboBox *m_role;
    QPushButton *m_add;
    QLineEdit *m_newPassword, *m_newRepeat;
    QPushButton *m_reset, *m_toggle;
    QComboBox *m_newRole;
    QPushButton *m_changeRole;
    DistrictPicker *m_districts, *m_newDistricts;
    QPushButton *m_changeDistricts;
    QList<store::District> m_allDistricts;
};

} // namespace ruqsat::ui
