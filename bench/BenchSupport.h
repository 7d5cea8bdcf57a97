// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the benchmarks share: timing helpers and the sqlite3 tool's time for
// the same SQL the program runs (or psql's, on a server store).
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace ruqsat::bench {

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

inline double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// The commit of the source tree that holds `resultsPath`, with
// " + uncommitted changes" when the program's sources differ from it.
inline QString sourceCommit(const QString &resultsPath)
{
    const QString dir = QFileInfo(resultsPath).absolutePath();
    auto git = [&dir](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), dir} + args);
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    };
    const QString commit =
        git({QStringLiteral("rev-parse"), QStringLiteral("--short"), QStringLiteral("HEAD")});
    const bool changed =
        !git({QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--"),
              QStringLiteral(":(top)models"), QStringLiteral(":(top)resources"),
              QStringLiteral(":(top)bench"), QStringLiteral(":(top,exclude)bench/RESULTS.md")})
             .isEmpty();
    return commit + (changed ? QStringLiteral(" + uncommitted changes") : QString());
}

// Puts `text` (which starts with `heading`) in the results file `path` in
// place of the section under that heading, or at the end.
inline bool replaceSection(const QString &path, const QString &heading, const QString &text)
{
    QFile f(path);
    QString doc;
    if (f.open(QIODevice::ReadOnly | QIODevice::Text))
        doc = QString::fromUtf8(f.readAll());
    f.close();
    const qsizetype start = doc.indexOf(u'\n' + heading);
    if (start < 0) {
        if (!doc.endsWith(u'\n'))
            doc += u'\n';
        doc += u'\n' + text;
    } else {
        qsizetype end = doc.indexOf(QStringLiteral("\n## "), start + 1);
        if (end < 0)
            end = doc.size();
        doc = doc.left(start + 1) + text + (end < doc.size() ? QStringLiteral("\n") : QString()) +
              doc.mid(end + 1);
    }
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    f.write(doc.toUtf8());
    return true;
}

// The engine's own tool's time for a script of statements: wall-clock of
// `sqlite3 DB < script` (or `psql URL -f script` for a server store) with the
// statements `reps` times, minus the same with a trivial statement, over
// `reps`; the median of three runs.
class SqliteTimer
{
public:
    // `store` is a SQLite file, or a postgresql:// URL for psql.
    SqliteTimer(QString store, int reps)
        : m_store(std::move(store)), m_reps(reps),
          m_psql(m_store.startsWith(QLatin1String("postgresql://")))
    {
    }

    QString tool() const { return m_psql ? QStringLiteral("psql") : QStringLiteral("sqlite3"); }

    double perRun(const QStringList &statements)
    {
        const double base = baseline();
        return std::max(0.0, (wallMs(statements) - base) / m_reps);
    }

    QString plan(const QString &statement)
    {
        QString text;
        run((m_psql ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) +
                statement + QStringLiteral(";\n"),
            &text);
        return text.trimmed();
    }

private:
    double baseline()
    {
        if (m_baseline < 0)
            m_baseline = wallMs({QStringLiteral("SELECT count(*) FROM schema_version")});
        return m_baseline;
    }

    double wallMs(const QStringList &statements)
    {
        QString script =
            m_psql ? QStringLiteral("\\o /dev/null\n") : QStringLiteral(".output /dev/null\n");
        for (int i = 0; i < m_reps; ++i)
            for (const QString &s : statements)
                script += s + QStringLiteral(";\n");
        QList<double> runs;
        for (int i = 0; i < 3; ++i)
            runs << run(script, nullptr);
        return median(runs);
    }

    double run(const QString &script, QString *output)
    {
        QFile file(m_dir.filePath(QStringLiteral("script.sql")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return -1;
        file.write(script.toUtf8());
        file.close();
        QProcess p;
        if (!output)
            p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        if (m_psql) {
            p.start(QStringLiteral("psql"),
                    {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1"), m_store, QStringLiteral("-f"),
                     file.fileName()});
        } else {
            p.setStandardInputFile(file.fileName());
            p.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), m_store});
        }
        p.waitForFinished(-1);
        const double ms = msSince(t);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput());
        const QByteArray errors = p.readAllStandardError();
        if (p.exitCode() != 0 || !errors.isEmpty())
            QTextStream(stderr) << tool() << ": " << errors << '\n';
        return ms;
    }

    QTemporaryDir m_dir;
    QString m_store;
    int m_reps;
    bool m_psql;
    double m_baseline = -1;
};

} // namespace ruqsat::bench
