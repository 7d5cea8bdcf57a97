// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdministrationDialog.h"

#include "DistrictsPage.h"
#include "QuotasPage.h"
#include "SettingsPage.h"
#include "UsersPage.h"
#include "YearRatesPage.h"
#include "calendar/CalendarYearView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

AdministrationDialog::AdministrationDialog(const store::Database &db, cases::Session session, QWidget *parent)
    : QDialog(parent), m_admin(db, std::move(session)), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Administration"));
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    auto *note = new QLabel(tr("Only an administrator changes settings, rates, quotas, districts and users. "
                               "You can look at them here."),
                            this);
    note->setObjectName(QStringLiteral("readOnlyNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("background: #fff4e5; padding: 6px;"));
    note->setVisible(!m_admin.mayChange());

    m_tabs->addTab(new SettingsPage(m_admin, m_tabs), tr("&Settings"));
    m_tabs->addTab(new YearRatesPage(m_admin, m_tabs), tr("&Year rates"));
    m_tabs->addTab(new QuotasPage(m_admin, m_tabs), tr("&Quotas"));
    // R-WORKDAY: the year view; others read it, as they read every page here.
    m_tabs->addTab(new CalendarYearView(db, m_admin.session(), m_tabs), tr("&Calendar"));
    m_tabs->addTab(new DistrictsPage(m_admin, m_tabs), tr("&Districts"));
    m_tabs->addTab(new UsersPage(m_admin, m_tabs), tr("&Users"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    // The Districts page shows a district's names and its bodies side by side.
    resize(1100, 660);
}

} // namespace ruqsat::ui
