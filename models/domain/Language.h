// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ruqsat::domain {

// The languages the Order's texts exist in: Kazakh (state language), Russian
// (official language) and English (our translation, for reference).
enum class Language { Kazakh, Russian, English };

// Texts that exist in the three languages (catalogues of the Order, not UI
// strings: those go through QCoreApplication::translate).
struct TrilingualText
{
    QString kk;
    QString ru;
    QString en;

    const QString &in(Language language) const
    {
        return language == Language::Kazakh ? kk : language == Language::Russian ? ru : en;
    }
};

} // namespace ruqsat::domain
