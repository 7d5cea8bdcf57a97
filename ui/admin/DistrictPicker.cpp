// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictPicker.h"

#include <QLocale>

namespace ruqsat::ui {

DistrictPicker::DistrictPicker(QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
}

void DistrictPicker::setDistricts(const QList<store::District> &districts)
{
    const QList<int> keep = checkedIds();
    clear();
    for (const store::District &d : districts) {
        // In the language of the window, as its translation is chosen.
        const QLocale::Language language = QLocale().language();
        const QString name = language == QLocale::Kazakh    ? d.nameKk
                             : language == QLocale::English ? d.nameEn
                                                            : d.nameRu;
        auto *item = new QListWidgetItem(name.isEmpty() ? d.nameRu : name, this);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(keep.contains(d.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<int> DistrictPicker::checkedIds() const
{
    QList<int> ids;
    for (int row = 0; row < count(); ++row)
        if (item(row)->checkState() == Qt::Checked)
            ids << item(row)->data(Qt::UserRole).toInt();
    return ids;
}

void DistrictPicker::setCheckedIds(const QList<int> &ids)
{
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(ids.contains(item(row)->data(Qt::UserRole).toInt()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
}

QSize DistrictPicker::sizeHint() const
{
    // Four rows show; more scroll.
    return {QListWidget::sizeHint().width(), sizeHintForRow(0) > 0 ? sizeHintForRow(0) * 4 + 2 * frameWidth() : 80};
}

} // namespace ruqsat::ui
