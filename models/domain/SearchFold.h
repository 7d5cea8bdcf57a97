// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ruqsat::domain {

// The spelling a register search compares: a name in Cyrillic (Russian,
// Kazakh, Uzbek, Kyrgyz letters) or in any of the usual Latin spellings of
// Central Asian names folds to one text, so that what a clerk types from a
// passport finds what another typed from a contract. Both the stored text
// and the typed search are folded the same way.
//
// The fold, in order:
// 1. Lower case. Cyrillic is written in Latin letters (х kh, ш sh, ж zh,
//    ч ch, ц ts, щ shch, ю yu, я ya, ё e, й y, ы y, ъ and ь dropped;
//    Kazakh ә a, ғ g, қ k, ң n, ө o, ұ u, ү u, һ h, і i; Uzbek ў o, ҳ h).
//    Latin letters lose their marks (ş sh, ç ch, ğ g, ı i, ä a, ö o, ü u,
//    é e ...); apostrophes (o', g') are dropped; anything that is not a
//    letter or a digit separates words.
// 2. Sounds spelled several ways become one letter:
//    dzh, zh, dj, j  -> j      kh, x, h -> h      sh -> w     ch -> c
//    gh -> g           q -> k           y -> i      u -> o (Umar/Omar,
//    Bulat/Bolat, -uv/-ov)
// 3. A letter written twice is one (Abdullaev/Abdulaev, Dmitrii/Dmitriy).
// 4. An e at the start of a word or after a, e or o is written ie
//    (Erlan/Yerlan, Abdullaev/Abdullayev). The fold only ever adds that i,
//    so a search typed letter by letter ("abdullay", "gani") keeps finding
//    what the whole word finds.
// The table is tested in tests/domain/tst_search_fold.cpp.
QString foldForSearch(const QString &text);

// What a search for `typed` looks for: every word must be found in the
// folded text. A word of three letters or more may be found anywhere in a
// word (the engines' trigram indexes serve it); a shorter one must start a
// word ("karimova sh": a given name starting with sh).
//
// A word is read as the clerk may still be typing it: its last Latin letter
// may be the first of a pair the fold makes one letter of ("mik" on the way
// to Mikhail, whose fold is "mihail"), so such a word has a second reading
// ("mih"), and either may be found. Folding is otherwise the same for what
// is typed and what is stored, so the readings only ever widen a search.
struct FoldedSearch
{
    // Each word: its readings, the word's own fold first.
    QList<QStringList> anywhere;   // three characters or more
    QList<QStringList> wordStarts; // one or two characters

    bool isEmpty() const { return anywhere.isEmpty() && wordStarts.isEmpty(); }
    // At least one word an index can look up.
    bool isIndexable() const { return !anywhere.isEmpty(); }
    static FoldedSearch of(const QString &typed);
};

} // namespace ruqsat::domain
