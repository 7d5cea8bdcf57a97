// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ruqsat::domain {

// One text a clerk or an administrator types, and the most characters it
// may hold. The same limit is used by the checks (a message beside the
// field), by the editors (which refuse typing past it) and by the schema (a
// CHECK named <table>_<column>_length, read back by tst_schema_limits).
struct FieldLimit
{
    QString field;  // the name forms and checks use: "immigrant.surnameLat"
    QString table;  // the column it is stored in; empty for typed input that
    QString column; // is stored inside a longer column (the checklist note)
    int maxLength = 0;
    const char *label = nullptr; // untranslated, see labelText()

    QString labelText() const; // in the clerk's language
    // The name of its CHECK constraint in the schema.
    QString constraintName() const;
};

// The limits of every typed text. Each is decided from the room its field
// has on the printed form (spec/forms-*.md, resources/print/) and from real
// documents; FieldLimits.cpp says why for each group. A new field is one
// line there and one CHECK in a migration.
class FieldLimits
{
public:
    static const QList<FieldLimit> &all();
    static const FieldLimit *find(const QString &field);
    static const FieldLimit *findColumn(const QString &table, const QString &column);
    // 0 when the field has no limit (a code, an id, a number).
    static int maxLength(const QString &field);
    // What to say beside `field` when `text` is longer than it may be; empty
    // when it fits or the field has no limit.
    static QString problem(const QString &field, const QString &text);
    // The same, naming the field, for a message that is not beside it.
    static QString namedProblem(const FieldLimit &limit, qsizetype length);
    // A store error that names a length constraint: the limit it names.
    static const FieldLimit *fromConstraintError(const QString &error);
};

} // namespace ruqsat::domain
