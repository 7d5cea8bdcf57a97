// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ruqsat::printing {

// The endings a Kazakh noun takes before the postpositions of the forms:
// a filled date reads «2026 жылғы "31" қаңтардан бастап», not «… қаңтар бастап».
enum class KazakhCase
{
    Nominative, // қаңтар: a date on its own line
    Ablative,   // қаңтардан: before «бастап» (from)
    Dative,     // қаңтарға: before «дейін» (until)
    Locative,   // қаңтарда: before «берілген», «берген» (issued on)
    AttributiveLocative, // қаңтардағы: before «№ …» (the permit of that date)
};

// `word` with the ending of `grammaticalCase`. The ending's consonant follows
// the word's last sound (after a vowel or р л й у з ж: д/ғ; after м н ң the
// ablative takes н; after a voiceless consonant: т/қ, and к in a front word),
// its vowel the word's last vowel (а о ұ ы: back; ә е ө ү і: front).
QString withCaseEnding(const QString &word, KazakhCase grammaticalCase);

} // namespace ruqsat::printing
