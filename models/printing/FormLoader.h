// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormRenderer.h"

#include <QList>
#include <utility>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::printing {

// Reads what a form needs from the store (in the store's thread) and makes
// the print items: one per language, in the order asked (kk+ru: kk first).
// `districtIds` is the session's scope (cases::Session::scope(); empty: all):
// a case or permit of another district is refused (StoreError::Forbidden).
class FormLoader
{
public:
    explicit FormLoader(const store::Database &db, QList<int> districtIds = {})
        : m_db(db), m_districtIds(std::move(districtIds))
    {
    }

    // `key`: a case id or registry number for Appendices 1, 3, 4, 7; a permit
    // number for 5, 6, 8 (or a case id / registry number: its newest permit);
    // for 9 one or several permit numbers separated by commas.
    // `copyNumber`: Appendix 5 as the recorded copy No. N of the permit
    // (R-DUPLICATE: PermitActions::recordCopy gives N); 0, the original.
    // Throws store::StoreError (NotFound) and TemplateError never.
    QList<PrintItem> load(Form form, const QString &key, const QList<Language> &languages,
                          int copyNumber = 0) const;
    // Several permits at once (a batch): one item per permit and language.
    QList<PrintItem> loadPermits(const QStringList &numbers,
                                 const QList<Language> &languages) const;

    // The override folder: settings key print.override_dir, or the default.
    QString overrideDir() const;
    // The renderer of this store's forms: the administrator's folder first,
    // then the built-in templates. The GUI and ruqsatctl print with it.
    FormRenderer renderer() const { return FormRenderer(TemplateSource(overrideDir())); }

private:
    store::PrintRecord record(Form form, const QString &key) const;
    const store::Database &m_db;
    QList<int> m_districtIds;
};

} // namespace ruqsat::printing
