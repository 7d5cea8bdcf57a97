// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Case.h"
#include "People.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

namespace ruqsat::records {

// One field that differs between two copies of a record. The same list
// writes an update's audit row (each changed column, before and after) and
// shows a clerk what differs: their typing against what another clerk saved,
// or a stored employer against the one typed again.
struct FieldChange
{
    QString key;                   // the stored column, "surname_lat": the audit's key
    QString label;                 // in the clerk's language
    QVariant before, after;        // QString, QDate, QDateTime, int, qint64; null: none
    QString beforeText, afterText; // as a clerk reads them (dates DD.MM.YYYY, labels of codes)
};

// The fields of `after` that differ from `before`, in the order of the form.
// Ids and versions are not fields a clerk edits and are never listed.
QList<FieldChange> changes(const Immigrant &before, const Immigrant &after);
QList<FieldChange> changes(const Employer &before, const Employer &after);
QList<FieldChange> changes(const Application &before, const Application &after);
QList<FieldChange> changes(const ChecklistItem &before, const ChecklistItem &after);

// The label of a stored column of `table` ("immigrants", "employers",
// "applications", "checklist_items") as changes() names it, in the clerk's
// language: the field of an audit row's details. Empty for a column that is
// not one of the fields.
QString fieldLabel(const QString &table, const QString &key);

// The details of an update's audit row:
// {"surname_lat": {"before": "KARIMOV", "after": "KARIMOVA"}, ...}.
QJsonObject auditDetails(const QList<FieldChange> &changes);

} // namespace ruqsat::records
