// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "intake/IntakeForm.h"
#include "records/Permit.h"

#include <QWidget>
#include <functional>
#include <optional>

class QPushButton;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

class PermitRegisterWidget;

// The permit register with what can be done to a permit: start its
// extension, record a copy, a termination, a revocation, a labour contract
// or a complaint, and print its forms, alone or many at once. Buttons follow
// the selected permit's state and the user's role; the core refuses the rest.
class PermitDesk : public QWidget
{
    Q_OBJECT
public:
    PermitDesk(const store::Database &db, cases::Session session, QWidget *parent = nullptr);

    PermitRegisterWidget *permitRegister() const { return m_register; }
    // Who is at the desk (after logging in): decides what is offered.
    void setSession(const cases::Session &session);
    void refresh();
    // Shows the permit numbered `number`: the register searched for it.
    void findPermit(const QString &number);
    // The permit of the current row, read again from the store.
    std::optional<records::Permit> currentPermit() const;

    // The actions, also reachable from tests. Each returns true when done.
    bool startExtension();
    bool recordCopy();
    bool recordTermination();
    bool revoke();
    bool registerContract();
    bool registerComplaint();
    bool printForms();
    bool printBatch();

signals:
    // An extension's application, prefilled from the permit, to open in an editor.
    void extensionReady(const ruqsat::intake::IntakeForm &form);
    void countChanged(const QString &text);
    void changed(); // a permit changed: other registers should refresh

private:
    void updateButtons();
    // Runs the action's dialog on the current permit; after a save, `done`
    // gets the dialog (a copy's number, say) before it closes.
    template <typename Dialog> bool runDialog(const std::function<void(const Dialog &)> &done = {});

    const store::Database &m_db;
    cases::Session m_session;
    PermitRegisterWidget *m_register;
    QPushButton *m_extend, *m_copy, *m_terminate, *m_revoke, *m_contract, *m_complaint, *m_print, *m_batch;
};

} // namespace ruqsat::ui
