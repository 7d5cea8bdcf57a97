// SPDX-License-Identifier: GPL-3.0-or-later
#include "KazakhCase.h"

namespace ruqsat::printing {

namespace {

enum class Sound
{
    Open,
    Nasal,
    Voiceless
};

// The class of the last letter, which picks the ending's first consonant.
Sound lastSound(QChar last)
{
    // Vowels and the sonorants р л й у (and и) with з ж: д, ғ.
    static const QString open = QStringLiteral("аәеёиоөуұүыіэюярлйзж");
    static const QString nasal = QStringLiteral("мнң");
    if (nasal.contains(last))
        return Sound::Nasal;
    if (open.contains(last))
        return Sound::Open;
    // к қ п с т ф х һ ш щ ц ч, and б в г ғ д at the end of a loanword,
    // which Kazakh pronounces voiceless (завод: заводқа, заводта).
    return Sound::Voiceless;
}

// Vowel harmony: the last vowel that tells back from front. у and и are
// left out: they stand for either row.
bool isFront(const QString &word)
{
    static const QString back = QStringLiteral("аоұыяёю");
    static const QString front = QStringLiteral("әеөүіэ");
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        const QChar c = word.at(i).toLower();
        if (front.contains(c))
            return true;
        if (back.contains(c))
            return false;
    }
    return false;
}

} // namespace

QString withCaseEnding(const QString &word, KazakhCase grammaticalCase)
{
    if (word.isEmpty() || grammaticalCase == KazakhCase::Nominative)
        return word;
    const Sound sound = lastSound(word.back().toLower());
    const bool front = isFront(word);
    const QChar a = front ? QChar(u'е') : QChar(u'а');
    switch (grammaticalCase) {
    case KazakhCase::Nominative:
        break;
    case KazakhCase::Ablative: {
        const QChar c = sound == Sound::Voiceless ? u'т' : sound == Sound::Nasal ? u'н' : u'д';
        return word + c + a + QChar(u'н');
    }
    case KazakhCase::Dative: {
        const QChar c = sound == Sound::Voiceless ? (front ? u'к' : u'қ') : (front ? u'г' : u'ғ');
        return word + c + a;
    }
    case KazakhCase::Locative:
    case KazakhCase::AttributiveLocative: {
        const QString locative = word + QChar(sound == Sound::Voiceless ? u'т' : u'д') + a;
        if (grammaticalCase == KazakhCase::Locative)
            return locative;
        return locative + (front ? QStringLiteral("гі") : QStringLiteral("ғы"));
    }
    }
    return word;
}

} // namespace ruqsat::printing
