// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictNames.h"

#include "domain/Language.h"
#include "store/ReferenceRepository.h"

namespace ruqsat::ui {

QHash<int, QString> districtNamesOnScreen(const store::Database &db)
{
    QHash<int, QString> names;
    for (const store::District &d : store::ReferenceRepository(db).allDistricts())
        names.insert(d.id, d.names().in(domain::screenLanguage()));
    return names;
}

} // namespace ruqsat::ui
