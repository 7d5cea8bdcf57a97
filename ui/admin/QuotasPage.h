// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPage.h"

class QSpinBox;
class QTableWidgetItem;

namespace ruqsat::ui {

// R-QUOTA: the places of each region in one year. The places cell is
// edited in the table; taken (permits in force and reservations) and free
// are the store's counts.
class QuotasPage : public AdminPage
{
    Q_OBJECT
public:
    QuotasPage(const cases::Administration &admin, QWidget *parent = nullptr);
    void reload() override;
    // Shows the quotas of `year` (the Quotas tab opens the page on its year).
    void setYear(int year);

    enum Column { RegionColumn, PlacesColumn, TakenColumn, FreeColumn };

private:
    void save(QTableWidgetItem *item);
    void fillRow(int row, int regionId, const QString &name);

    QSpinBox *m_year;
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace ruqsat::ui
