// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Case.h"
#include "records/Permit.h"

#include <QString>

namespace ruqsat::complaints {

// The words the screens and forms use for a complaint's codes.
QString addresseeLabel(const QString &addressee);      // "The akimat (the service provider)"
QString addresseeShortLabel(const QString &addressee); // "Akimat", for lists
QString resolutionLabel(const QString &resolution);    // "Forwarded"; "Open" for an empty one
// "Refusal of 12.03.2026"; "An action or inaction" for no decision.
QString decisionLabel(const QString &kind, const QDate &decidedOn);
QString decisionLabel(const records::Decision &decision);
// "Complaint of 10.03.2026 to the akimat: open, due 17.03.2026": where a
// complaint stands, for the case's header.
QString statusLine(const records::Complaint &complaint);

} // namespace ruqsat::complaints
