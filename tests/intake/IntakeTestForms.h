// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application the intake tests start from, as a clerk typed it.
#include "CaseFactory.h"
#include "domain/Iin.h"
#include "intake/IntakeForm.h"

#include <QTimeZone>

namespace ruqsat::test {

inline QString validIin(const QString &first11)
{
    return first11 + QString::number(domain::Iin::checkDigit(first11));
}

inline intake::IntakeForm typedForm(const store::Database &db)
{
    test::CaseFactory factory(db);
    intake::IntakeForm f;
    f.draftId = QStringLiteral("draft-1");
    f.immigrant = factory.immigrant();
    f.employer = factory.employer(validIin(QStringLiteral("85031230015")));
    f.application.districtId = factory.district();
    f.application.workAddress = QStringLiteral("алматы ул абая 10 кв 5"); // typed loosely
    f.application.requestedMonths = 6;
    f.application.occupation = QStringLiteral("няня");
    // Friday 20 March 2026, 18:45 in Almaty: after hours before Nauryz.
    f.application.receivedAt = QDateTime(QDate(2026, 3, 20), QTime(18, 45), QTimeZone("Asia/Almaty"));
    return f;
}


} // namespace ruqsat::test
