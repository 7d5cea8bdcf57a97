// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Administration.h"

#include <QDialog>

class QTabWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// The administrator's screens: text settings, year rates (R-REFUSE-7),
// quotas (R-QUOTA), the working-day calendar (R-WORKDAY), districts and
// users, one tab each. Every change is
// saved at once through cases::Administration, which also refuses it for
// any other role; for them the dialog opens read-only with a note.
class AdministrationDialog : public QDialog
{
    Q_OBJECT
public:
    AdministrationDialog(const store::Database &db, cases::Session session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    cases::Administration m_admin;
    QTabWidget *m_tabs;
};

} // namespace ruqsat::ui
