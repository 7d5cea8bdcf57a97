// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPage.h"
#include "store/ReferenceRepository.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace ruqsat::ui {

// The districts of a region; beside them the bodies of the selected district
// (issuing body, head, police body: what its forms print), edited in the
// table and saved as soon as a cell is; below, a form to add a district (KATO
// code optional until it is known; Kazakh and Russian names required).
class DistrictsPage : public AdminPage
{
    Q_OBJECT
public:
    DistrictsPage(const cases::Administration &admin, QWidget *parent = nullptr);
    void reload() override;

private:
    QWidget *makeAddForm();
    void fillDistricts();
    void fillBodies();
    void saveBody(QTableWidgetItem *item);
    void add();
    // "all set" or how many are empty, in red.
    QTableWidgetItem *bodiesState(const records::DistrictBodies &bodies) const;
    int currentDistrictId() const;
    std::optional<store::District> currentDistrict() const;

    QComboBox *m_region;
    QTableWidget *m_table;
    QTableWidget *m_bodies;
    QLineEdit *m_kato, *m_nameKk, *m_nameRu, *m_nameEn;
    QPushButton *m_add;
    bool m_filling = false;
};

} // namespace ruqsat::ui
