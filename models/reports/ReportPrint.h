// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportKind.h"
#include "domain/Language.h"

#include <QByteArray>
#include <QList>

namespace ruqsat::reports {

// What a printed report shows besides its lines.
struct ReportHeading
{
    Kind kind = Kind::Issued;
    Grouping by = Grouping::None;
    Period period;
    QDate printedOn;
};

// A report as HTML in `language` (Kazakh or Russian, whatever the screens
// speak): its title, period and grouping, the lines and their total. The
// lines' labels must be in that language (ReportDesk::label).
QString reportHtml(const ReportHeading &heading, const QList<ReportLine> &lines,
                   domain::Language language);
// Writes it as a PDF, laid out as the forms and the day list are; returns an
// error message in the screen's language, empty when written.
QString writeReportPdf(const QString &path, const ReportHeading &heading,
                       const QList<ReportLine> &lines, domain::Language language);
// Writes `bytes` (reportCsv()) to `path`; an error message, or empty.
QString writeReportFile(const QString &path, const QByteArray &bytes);

} // namespace ruqsat::reports
