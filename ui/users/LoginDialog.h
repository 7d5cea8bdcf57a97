// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// Log in at start. A store without users asks for its first administrator
// instead (passwords are kept as salted PBKDF2 hashes in the store).
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const store::Database &db, QWidget *parent = nullptr);
    cases::Session session() const { return m_session; }
    bool isFirstStart() const { return m_firstStart; }

    void accept() override;

private:
    void showMessage(const QString &message);

    const store::Database &m_db;
    bool m_firstStart;
    QLineEdit *m_login, *m_fullName, *m_password, *m_repeat;
    QLabel *m_message;
    cases::Session m_session;
};

} // namespace ruqsat::ui
