// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReferenceRepository.h"

#include <QListWidget>

namespace ruqsat::ui {

// The districts a user works in, ticked in a short list (a region's head
// or administrator may have several).
class DistrictPicker : public QListWidget
{
    Q_OBJECT
public:
    explicit DistrictPicker(QWidget *parent = nullptr);
    void setDistricts(const QList<store::District> &districts);
    QList<int> checkedIds() const;
    void setCheckedIds(const QList<int> &ids);
    QSize sizeHint() const override;
};

} // namespace ruqsat::ui
