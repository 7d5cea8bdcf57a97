// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderFit.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>

#include <algorithm>

namespace ruqsat::ui {

void fitSectionsToTitles(QHeaderView *header)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return;
    const QFontMetrics titleMetrics(header->font());
    const QFontMetrics cellMetrics(header->parentWidget() ? header->parentWidget()->font() : header->font());
    // Room for the sort arrow and the style's margins on both sides.
    const int titleExtra = titleMetrics.height() * 3;
    const int cellExtra = cellMetrics.height();
    // A long name widens its column so far and is cut beyond, not the others.
    const int widest = cellMetrics.averageCharWidth() * 36;
    const int rows = std::min(model->rowCount(), kRowsFitted);
    for (int section = 0; section < header->count(); ++section) {
        const QString title = model->headerData(section, header->orientation()).toString();
        int wanted = titleMetrics.horizontalAdvance(title) + titleExtra;
        for (int row = 0; row < rows; ++row) {
            const QString text = model->index(row, section).data().toString();
            wanted = std::max(wanted, std::min(widest, cellMetrics.horizontalAdvance(text) + cellExtra));
        }
        if (header->sectionSize(section) < wanted)
            header->resizeSection(section, wanted);
    }
}

} // namespace ruqsat::ui
