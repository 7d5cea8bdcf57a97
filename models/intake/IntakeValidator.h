// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntakeForm.h"

#include <QMap>

namespace ruqsat::intake {

// What is wrong with a form, per field, in the clerk's language, saying what
// to fix. Field names are "immigrant.iin", "employer.iin",
// "application.requestedMonths", ... (the editor shows each message beside
// its field). The chain start of an extension is given by the caller.
struct IntakeCheck
{
    QMap<QString, QString> problems;
    int maxMonths = 12; // R-TERM: the longest term still allowed
    // R-RENEW-AFTER-12: the window of a new permit after 12 months, when it applies.
    QString renewal;
    bool ok() const { return problems.isEmpty(); }
};

// What stops even a draft from being saved: a date typed that is not a day
// (form.unparsedDates) and a text longer than its field may hold
// (domain::FieldLimits), each beside its field. Any field of the form, those
// added later included, is checked by its name.
IntakeCheck checkEntry(const IntakeForm &form);
// checkEntry, and what a complete application needs (for submitting). The
// time the application was received may be typed (paper reaches the akimat
// after the State Corporation took it), but never later than `now`.
IntakeCheck checkIntake(const IntakeForm &form, const QDate &termStart,
                        const QDate &chainStart = {},
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

// R-ADDRESS: the work address matches an address of the employer's real
// estate, compared without case, spacing and punctuation differences.
bool addressMatches(const QString &workAddress, const QList<records::Property> &properties);

} // namespace ruqsat::intake
