// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ruqsat::domain {

// R-CHECK (§15, in the wording in force from 2026): on the day the documents
// arrive the provider checks (1) the documents of the list, (2) the
// application against the passport data, (3) the citizenship against the
// conditions of art. 43-1 §1 sub. 1 and (4) the conditions of art. 43-2 §5
// of the Law "On population migration". A check that fails grounds a
// refusal: R-REFUSE-2 for (1) and (2), R-REFUSE-4 for (3), R-REFUSE-5 for (4).
class ArrivalChecks
{
public:
    static constexpr int kCount = 4;

    static QList<int> items() { return {1, 2, 3, 4}; }
    static bool isItem(int item) { return item >= 1 && item <= kCount; }
    // What the check is about, in the clerk's language.
    static QString title(int item);
    // The number of the refusal ground (Appendix 2, row 9) a failed check rests on.
    static int refusalGround(int item);
};

} // namespace ruqsat::domain
