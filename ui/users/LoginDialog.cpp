// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginDialog.h"

#include "cases/Administration.h"
#include "common/FieldInput.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"
#include "users/LoginGuard.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ruqsat::ui {

LoginDialog::LoginDialog(const store::Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_firstStart(store::UserRepository(db).isEmpty()), m_login(new QLineEdit(this)),
      m_fullName(new QLineEdit(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(m_firstStart ? tr("First start: the administrator") : tr("Log in to Ruqsat"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    const auto say = [this](const QString &message) { showMessage(message); };
    limitLength(m_login, QStringLiteral("user.login"), say);
    limitLength(m_fullName, QStringLiteral("user.fullName"), say);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    if (m_firstStart)
        form->addRow(new QLabel(tr("This store has no users yet. Create the administrator's account."), this));
    form->addRow(tr("Login"), m_login);
    if (m_firstStart)
        form->addRow(tr("Full name"), m_fullName);
    form->addRow(tr("Password"), m_password);
    if (m_firstStart)
        form->addRow(tr("Repeat the password"), m_repeat);
    m_fullName->setVisible(m_firstStart);
    m_repeat->setVisible(m_firstStart);
    // As the command line does: RUQSAT_USER names who is at this desk.
    if (!m_firstStart && qEnvironmentVariableIsSet("RUQSAT_USER")) {
        m_login->setText(qEnvironmentVariable("RUQSAT_USER"));
        m_password->setFocus();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void LoginDialog::accept()
{
    if (m_firstStart) {
        if (m_password->text() != m_repeat->text()) {
            showMessage(tr("The two passwords differ."));
            return;
        }
        // The first administrator follows the same password policy as every
        // account the administrator creates later.
        if (const QString problem = cases::Administration::passwordProblem(m_password->text()); !problem.isEmpty()) {
            showMessage(problem);
            return;
        }
        store::User admin{QString(), m_login->text().trimmed(), m_fullName->text().trimmed(), QString(),
                          records::Role::Admin, 0, true};
        if (admin.login.isEmpty() || admin.fullName.isEmpty()) {
            showMessage(tr("Type a login and the full name."));
            return;
        }
        try {
            store::UserRepository(m_db).create(admin, m_password->text(), admin.login);
        } catch (const store::StoreError &e) {
            showMessage(e.message());
            return;
        }
    }
    const users::LoginResult result = users::LoginGuard(m_db).logIn(
        m_login->text().trimmed(), m_password->text(), QDateTime::currentDateTimeUtc());
    if (!result.loggedIn()) {
        showMessage(result.message());
        m_password->clear();
        return;
    }
    m_session = result.session();
    QDialog::accept();
}

void LoginDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    adjustSize(); // a message of two or three lines gets the height it needs
}

} // namespace ruqsat::ui
