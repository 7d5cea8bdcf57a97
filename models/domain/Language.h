// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace ruqsat::domain {

// The languages the Order's texts exist in: Kazakh (state language), Russian
// (official language) and English (our translation, for reference).
enum class Language { Kazakh, Russian, English };

// The language of the screens: the default locale, which the application
// sets to the language the clerk chose.
inline Language screenLanguage(const QLocale &locale = QLocale())
{
    return locale.language() == QLocale::Kazakh    ? Language::Kazakh
           : locale.language() == QLocale::Russian ? Language::Russian
                                                   : Language::English;
}

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
