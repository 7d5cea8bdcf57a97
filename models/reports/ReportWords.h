// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportKind.h"
#include "domain/Language.h"

#include <QString>
#include <memory>

class QTranslator;

namespace ruqsat::reports {

// The words of the reports in one language: the screen's (through the
// application's translator) or another one, for a PDF printed in Kazakh or
// Russian whatever the screens speak. Sources are marked with
// QT_TRANSLATE_NOOP under "ruqsat::reports".
class Words
{
public:
    explicit Words(domain::Language language);

    domain::Language language() const { return m_language; }
    QString operator()(const char *source) const;

private:
    domain::Language m_language;
    std::shared_ptr<QTranslator> m_translator; // null: the application's
};

// "Permits issued", "Refusals by ground"…: what a report counts.
QString title(Kind kind, const Words &words);
// "District", "Month"…: what its lines are.
QString title(Grouping grouping, const Words &words);
// The column of the count: "Permits", "Refusals", "Decisions"…
QString countTitle(Kind kind, const Words &words);

} // namespace ruqsat::reports
