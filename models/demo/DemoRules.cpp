// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRules.h"

#include "domain/Iin.h"
#include "domain/PermitTerm.h"
#include "domain/WorkCalendar.h"
#include "store/CalendarRepository.h"

namespace ruqsat::demo {

DemoRules rulesFromStore(const store::Database &db)
{
    const domain::WorkCalendar calendar(store::CalendarRepository(db).all());
    DemoRules rules;
    rules.addWorkingDays = [calendar](const QDate &from, int n) { return calendar.addWorkingDays(from, n); };
    rules.permitLastDay = [](const QDate &from, int months) { return domain::PermitTerm::validTo(from, months); };
    rules.makeIin = [](const QDate &birth, bool male, QRandomGenerator &rng) -> QString {
        const int century = birth.year() < 1900 ? 1 : birth.year() < 2000 ? 3 : 5;
        const QString head = birth.toString(QStringLiteral("yyMMdd")) + QString::number(century + (male ? 0 : 1));
        // About one serial number in eleven has no check digit (both passes
        // give 10): draw again, as the registry never assigns those.
        for (;;) {
            const QString first11 = head + QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
            const int check = domain::Iin::checkDigit(first11);
            if (check >= 0)
                return first11 + QString::number(check);
        }
    };
    return rules;
}

} // namespace ruqsat::demo
