// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCsv.h"

namespace ruqsat::reports {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\r') &&
        !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray csvText(const QList<QStringList> &records)
{
    QString text;
    for (const QStringList &record : records) {
        QStringList fields;
        for (const QString &field : record)
            fields << csvField(field);
        text += fields.join(u',') + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

QStringList csvColumnCodes(Kind kind)
{
    QStringList codes{QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("count")};
    if (kind == Kind::DecisionTerm)
        codes << QStringLiteral("in_time") << QStringLiteral("late")
              << QStringLiteral("in_time_percent");
    return codes;
}

QByteArray reportCsv(Kind kind, const QList<ReportLine> &lines, const QStringList &header)
{
    QList<QStringList> records{header};
    for (const ReportLine &line : lines) {
        QStringList record{line.key, line.label, QString::number(line.count)};
        if (kind == Kind::DecisionTerm)
            record << QString::number(line.inTime) << QString::number(line.late())
                   << QString::number(line.inTimePercent(), 'f', 1);
        records << record;
    }
    return csvText(records);
}

} // namespace ruqsat::reports
