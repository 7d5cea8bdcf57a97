// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportKind.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ruqsat::reports {

// One field as RFC 4180 writes it: quoted when it holds a comma, a double
// quote, a CR or an LF, with its double quotes doubled.
QString csvField(const QString &text);
// The records, each line ended by CRLF (RFC 4180), as UTF-8 without a byte
// order mark.
QByteArray csvText(const QList<QStringList> &records);

// A report as CSV: a header, then one record per line: key, label, count,
// and for DecisionTerm in time, late and the per cent in time (one decimal,
// a dot). `header` names the columns (codes for scripts, words for people).
QByteArray reportCsv(Kind kind, const QList<ReportLine> &lines, const QStringList &header);
// The columns' codes: key, label, count[, in_time, late, in_time_percent].
QStringList csvColumnCodes(Kind kind);

} // namespace ruqsat::reports
