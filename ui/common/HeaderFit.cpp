// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderFit.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>

namespace ruqsat::ui {

void fitSectionsToTitles(QHeaderView *header)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return;
    const QFontMetrics metrics(header->font());
    // Room for the sort arrow and the style's margins on both sides.
    const int extra = metrics.height() * 3;
    for (int section = 0; section < header->count(); ++section) {
        const QString title = model->headerData(section, header->orientation()).toString();
        const int wanted = metrics.horizontalAdvance(title) + extra;
        if (header->sectionSize(section) < wanted)
            header->resizeSection(section, wanted);
    }
}

} // namespace ruqsat::ui
