// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Deadline.h"
#include "domain/Language.h"

namespace ruqsat::store {
class Database;
}

namespace ruqsat::deadlines {

// The day list a clerk prints from the Deadlines tab: the clocks of `items`
// grouped by urgency as of `day`, in `language` (Kazakh or Russian, whatever
// the screens speak), as HTML and as a PDF file.
QString dayListHtml(const store::Database &db, const QList<Deadline> &items, const QDate &day,
                    domain::Language language);
// Writes the PDF; returns an error message, empty when written.
QString writeDayListPdf(const QString &path, const store::Database &db, const QList<Deadline> &items,
                        const QDate &day, domain::Language language);

} // namespace ruqsat::deadlines
