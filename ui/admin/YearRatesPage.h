// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPage.h"

class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace ruqsat::ui {

// R-REFUSE-7: the MCI and the IIT advance rate of each year. The table
// lists them; the row picked fills the form, which saves or removes a year.
class YearRatesPage : public AdminPage
{
    Q_OBJECT
public:
    YearRatesPage(const cases::Administration &admin, QWidget *parent = nullptr);
    void reload() override;

private:
    void pick();

    QTableWidget *m_table;
    QSpinBox *m_year, *m_mci;
    QDoubleSpinBox *m_rate;
    QPushButton *m_save, *m_remove;
};

} // namespace ruqsat::ui
