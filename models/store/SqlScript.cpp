// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlScript.h"

#include <QRegularExpression>

namespace ruqsat::store {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Length of a dollar-quote tag ($$ or $tag$) starting at i, or 0.
qsizetype dollarTagLength(const QString &s, qsizetype i)
{
    if (s.at(i) != u'$')
        return 0;
    qsizetype j = i + 1;
    while (j < s.size() && isWordChar(s.at(j)) && !s.at(j).isDigit())
        ++j;
    return (j < s.size() && s.at(j) == u'$') ? j - i + 1 : 0;
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    int blockDepth = 0;
    const qsizetype n = script.size();

    auto finish = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements << s;
        current.clear();
        inTrigger = false;
        blockDepth = 0;
    };

    for (qsizetype i = 0; i < n;) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            const qsizetype end = script.indexOf(u'\n', i);
            i = end < 0 ? n : end; // comments are dropped
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2; // doubled quote inside
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j + 1;
            continue;
        }
        if (const qsizetype tagLength = dollarTagLength(script, i)) {
            const QString tag = script.mid(i, tagLength);
            const qsizetype end = script.indexOf(tag, i + tagLength);
            const qsizetype stop = end < 0 ? n : end + tagLength;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (isWordChar(c) && (i == 0 || !isWordChar(script.at(i - 1)))) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i).toUpper();
            if (word == QLatin1String("TRIGGER") &&
                current.trimmed().startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive))
                inTrigger = true;
            else if (inTrigger && (word == QLatin1String("BEGIN") || word == QLatin1String("CASE")))
                ++blockDepth;
            else if (inTrigger && word == QLatin1String("END") && blockDepth > 0)
                --blockDepth;
            current += script.mid(i, j - i);
            i = j;
            continue;
        }
        if (c == u';' && blockDepth == 0) {
            finish();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    finish();
    return statements;
}

QString sqlScriptHeader(const QString &script, const QString &key)
{
    const QRegularExpression re(QLatin1String("^--\\s*ruqsat:") + QRegularExpression::escape(key) +
                                    QLatin1String("\\s+(\\S+)\\s*$"),
                                QRegularExpression::MultilineOption);
    const auto match = re.match(script);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace ruqsat::store
