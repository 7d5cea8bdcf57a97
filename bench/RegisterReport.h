// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case register benchmark's results (bench/register_bench.cpp): what
// was measured, the targets, and the "## Case register" sections of
// bench/RESULTS.md.
#include <QList>
#include <QString>
#include <QStringList>

namespace ruqsat::bench::registerbench {

// Search terms that exist in the store, taken from cases a third of the way
// down the register.
struct Samples
{
    QString iin, surname3, surname4, permit;
    QString surnameMiddle;      // letters 2-6 of a Latin surname
    QString cyrillic;           // the start of a Cyrillic surname, in capitals
    QString variant;            // a surname with kh written x (Uzbek Latin)
    QString passportMiddle;     // four characters from the middle of a passport number
    QString employerMiddle;     // letters 2-6 of an employer's surname
    QString givenThenSurname;   // "rustam karim": words in the other order
    QString surnameAndInitials; // "karimova sh": a given name's start
    int district = 0;           // of the sampled cases
};

// One measured operation of the model, and the statements it runs: those
// for the rows the clerk sees, and the count that follows in the background.
struct Operation
{
    explicit Operation(QString n, bool t = false) : name(std::move(n)), targeted(t) {}
    QString name;
    bool targeted = false; // first page and searches: within 1.5x sqlite3 and under 100 ms
    QList<double> modelMs; // until the rows are read
    QList<double> countMs; // until the true count has arrived
    QStringList sql, countSql;
    double sqliteMs = 0, sqliteCountMs = 0;
    qint64 matches = -1;
};

struct SizeResult
{
    qint64 cases = 0;
    qint64 fileBytes = 0;
    Samples samples;
    QList<Operation> operations;
    qint64 rssBeforeKib = 0, rssAfterKib = 0;
    double scrollMs = 0;
    QStringList plans; // of operations that missed a target
};

constexpr double kTargetMs = 100;
constexpr double kTargetRatio = 1.5;
constexpr qint64 kTargetMemoryKib = 50 * 1024;

// The sqlite3 time is a process's wall-clock minus a baseline process's:
// below about a millisecond it is noise (it comes out 0.00 or negative), so
// a ratio to it means nothing and only the absolute target is judged.
constexpr double kSqliteResolutionMs = 1.0;

bool meets(const Operation &op);

// The section for `results` (a server store: psql beside the model).
QString section(const QList<SizeResult> &results, int reps, bool server);
// Replaces this backend's "## Case register" section of RESULTS.md (up to
// the next "## " heading), or appends it; other sections stay as they are.
bool writeSection(const QString &path, const QString &text, bool server);

} // namespace ruqsat::bench::registerbench
