// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchFold.h"

#include <QRegularExpression>
#include <algorithm>

namespace ruqsat::domain {

namespace {

// Step 1 for a Cyrillic letter: its Latin spelling; nullptr for other
// characters.
const char *cyrillicInLatin(char16_t c)
{
    switch (c) {
    case u'а':
    case u'ә':
        return "a";
    case u'б':
        return "b";
    case u'в':
        return "v";
    case u'г':
    case u'ғ':
        return "g";
    case u'д':
        return "d";
    case u'е':
    case u'ё':
    case u'э':
        return "e";
    case u'ж':
        return "zh";
    case u'з':
        return "z";
    case u'и':
    case u'і':
        return "i";
    case u'й':
    case u'ы':
        return "y";
    case u'к':
    case u'қ':
        return "k";
    case u'л':
        return "l";
    case u'м':
        return "m";
    case u'н':
    case u'ң':
        return "n";
    case u'о':
    case u'ө':
    case u'ў':
        return "o";
    case u'п':
        return "p";
    case u'р':
        return "r";
    case u'с':
        return "s";
    case u'т':
        return "t";
    case u'у':
    case u'ұ':
    case u'ү':
        return "u";
    case u'ф':
        return "f";
    case u'х':
        return "kh";
    case u'һ':
    case u'ҳ':
        return "h";
    case u'ц':
        return "ts";
    case u'ч':
        return "ch";
    case u'ш':
        return "sh";
    case u'щ':
        return "shch";
    case u'ъ':
    case u'ь':
        return "";
    case u'ю':
        return "yu";
    case u'я':
        return "ya";
    default:
        return nullptr;
    }
}

// Step 1 for a Latin letter whose mark is a sound of its own.
const char *markedLatin(char16_t c)
{
    switch (c) {
    case u'ş':
    case u'š':
        return "sh";
    case u'ç':
    case u'č':
        return "ch";
    case u'ž':
        return "zh";
    case u'ı':
        return "i";
    default:
        return nullptr;
    }
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'`' || c == u'\u2019' || c == u'\u02BB' || c == u'\u02BC' ||
           c == u'\u2018';
}

// Step 1: lower-case Latin letters, digits and single spaces.
QString inLatin(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    const QString lower = text.toLower();
    for (const QChar ch : lower) {
        const char16_t c = ch.unicode();
        if (const char *latin = cyrillicInLatin(c)) {
            out += QLatin1String(latin);
        } else if (const char *latin = markedLatin(c)) {
            out += QLatin1String(latin);
        } else if (isApostrophe(c)) {
            continue;
        } else if (c < 0x80) {
            out += (ch.isLetterOrNumber() ? ch : QChar(u' '));
        } else {
            // Any other Latin letter with marks: its base letter.
            const QString base = QString(ch).normalized(QString::NormalizationForm_D);
            bool any = false;
            for (const QChar b : base)
                if (b.unicode() < 0x80 && b.isLetterOrNumber()) {
                    out += b;
                    any = true;
                }
            if (!any)
                out += QChar(u' ');
        }
    }
    return out;
}

struct Spelling
{
    const char *written;
    char folded;
};

// Step 2, longest spellings first.
constexpr Spelling kSpellings[] = {
    {"dzh", 'j'}, {"zh", 'j'}, {"dj", 'j'}, {"kh", 'h'}, {"sh", 'w'}, {"ch", 'c'},
    {"gh", 'g'},  {"x", 'h'},  {"q", 'k'},  {"y", 'i'},  {"u", 'o'},
};

QString oneLetterPerSound(const QString &latin)
{
    QString out;
    out.reserve(latin.size());
    for (qsizetype i = 0; i < latin.size();) {
        bool matched = false;
        for (const Spelling &s : kSpellings) {
            const QLatin1String written(s.written);
            if (QStringView(latin).mid(i).startsWith(written)) {
                out += QLatin1Char(s.folded);
                i += written.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            out += latin.at(i++);
    }
    return out;
}

// Step 3: a letter twice is once; digits stay as they are (passports).
QString withoutDoubledLetters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (out.isEmpty() || c != out.back() || !c.isLetter())
            out += c;
    return out;
}

// Step 4: e at the start of a word or after a, e or o is written ie.
QString withGlideBeforeE(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'e') {
            const QChar before = i == 0 ? QChar(u' ') : text.at(i - 1);
            if (before == u' ' || before == u'a' || before == u'e' || before == u'o')
                out += u'i';
        }
        out += text.at(i);
    }
    return out;
}

QString foldWords(const QString &latin)
{
    return withGlideBeforeE(withoutDoubledLetters(oneLetterPerSound(latin))).simplified();
}

// The readings of one typed word (step 1 done): its fold, and the fold of
// the word with the second letter of a pair its last letter may begin
// (k: kh, s: sh, z: zh, dz: dzh, d: dj); a word starting with e, the
// same without the i of step 4.
QStringList readings(const QString &latinWord, bool endsInLatin)
{
    QStringList found{foldWords(latinWord)};
    const QChar last = endsInLatin ? latinWord.back() : QChar();
    QStringList pairs;
    if (last == u'k' || last == u's' || last == u'z')
        pairs << QStringLiteral("h");
    else if (last == u'd')
        pairs << QStringLiteral("j");
    for (const QString &second : pairs) {
        const QString other = foldWords(latinWord + second);
        if (!found.contains(other))
            found << other;
    }
    // A word typed with e first may be the middle of a stored word, where
    // the e has no i before it ("eva" in Petrova-Sergeeva).
    if (found.first().startsWith(QLatin1String("ie")) && latinWord.startsWith(u'e'))
        found << found.first().mid(1);
    return found;
}

} // namespace

QString foldForSearch(const QString &text)
{
    return foldWords(inLatin(text));
}

FoldedSearch FoldedSearch::of(const QString &typed)
{
    FoldedSearch search;
    const QStringList typedWords =
        typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &typedWord : typedWords) {
        // Only a Latin last letter may be half of a pair (Cyrillic letters
        // are whole sounds); a hyphen inside a typed word parts two words.
        const auto lastLetter = std::find_if(typedWord.crbegin(), typedWord.crend(),
                                             [](QChar c) { return c.isLetterOrNumber(); });
        const bool endsInLatin = lastLetter != typedWord.crend() && lastLetter->unicode() < 0x80;
        const QStringList words = inLatin(typedWord).split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            QStringList read = readings(words.at(i), endsInLatin && i == words.size() - 1);
            if (read.first().isEmpty())
                continue;
            const bool anywhere = read.first().size() >= 3;
            if (anywhere) // a shorter second reading cannot be looked up anywhere
                read.erase(std::remove_if(read.begin(), read.end(),
                                          [](const QString &r) { return r.size() < 3; }),
                           read.end());
            QList<QStringList> &list = anywhere ? search.anywhere : search.wordStarts;
            if (!list.contains(read))
                list << read;
        }
    }
    return search;
}

} // namespace ruqsat::domain
