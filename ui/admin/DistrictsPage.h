// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPage.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace ruqsat::ui {

// The districts of a region, and a form to add one (KATO code optional
// until it is known; Kazakh and Russian names required).
class DistrictsPage : public AdminPage
{
    Q_OBJECT
public:
    DistrictsPage(const cases::Administration &admin, QWidget *parent = nullptr);
    void reload() override;

private:
    void fillDistricts();
    void add();

    QComboBox *m_region;
    QTableWidget *m_table;
    QLineEdit *m_kato, *m_nameKk, *m_nameRu, *m_nameEn;
    QPushButton *m_add;
};

} // namespace ruqsat::ui
