// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace ruqsat::audit {

// How a clerk reads an audit row of a case: what was done, in words, and
// what it changed, one line per field. The rows keep changed fields as
// {"field": {"before": x, "after": y}}, the checklist's per document as
// {"lines": {"insurance": {"state": {...}}}}, and other steps plain values
// ({"due": "2026-03-01"}).
class AuditChanges
{
public:
    // "field: before → after" for each changed field, nested objects named
    // by their path ("insurance / state: Missing → Present"), and
    // "field: value" for a plain value. Codes of states and statuses read as
    // their labels, ISO dates as DD.MM.YYYY. The record's version (its step
    // in an update) is left out: no clerk edits versions. With the row's
    // `entity` ("application", "immigrant", "employer") the fields read as
    // the labels of the forms and the checklist's documents by their names.
    static QStringList lines(const QJsonObject &details, const QString &entity = {});
    // The step in the clerk's words ("Permit issued"); an action nobody
    // named yet keeps its code, so that no row reads as nothing.
    static QString actionLabel(const QString &entity, const QString &action);
};

} // namespace ruqsat::audit
