// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCsv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace ruqsat::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::domain::CalendarCsv", text);
}

// Splits one line into fields; a field may be quoted with "" for a quote.
bool splitFields(const QString &line, QStringList *fields)
{
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            field.clear();
        } else if (c == u',') {
            *fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    *fields << field.trimmed();
    return !quoted;
}

} // namespace

QString calendarKindName(CalendarException::Kind kind)
{
    return kind == CalendarException::Kind::Holiday ? QStringLiteral("holiday")
                                                    : QStringLiteral("workday");
}

CalendarCsv CalendarCsv::parse(const QByteArray &utf8)
{
    CalendarCsv result;
    auto fail = [&result](int line, const QString &message) {
        result.rows.clear();
        result.years.clear();
        result.errorLine = line;
        result.error = tr("line %1: %2").arg(line).arg(message);
        return result;
    };
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(utf8);
    if (decoder.hasError())
        return fail(0, tr("the file is not UTF-8 text"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    bool headerSeen = false;
    QSet<QDate> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        QStringList fields;
        if (!splitFields(line, &fields))
            return fail(lineNo, tr("a quote is not closed"));
        if (!headerSeen) {
            if (fields.size() != 3 || fields.at(0) != QLatin1String("date") ||
                fields.at(1) != QLatin1String("kind") || fields.at(2) != QLatin1String("note"))
                return fail(lineNo, tr("the first line must be the header date,kind,note"));
            headerSeen = true;
            continue;
        }
        if (fields.size() != 3)
            return fail(lineNo, tr("expected 3 fields (date,kind,note), found %1").arg(fields.size()));
        const QString &dateText = fields.at(0);
        const QDate day = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
        if (dateText.size() != 10 || !day.isValid())
            return fail(lineNo, tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(dateText));
        CalendarException row;
        row.day = day;
        row.note = fields.at(2);
        const bool weekend = day.dayOfWeek() >= 6;
        if (fields.at(1) == QLatin1String("holiday")) {
            row.kind = CalendarException::Kind::Holiday;
            if (weekend)
                return fail(lineNo, tr("%1 is a Saturday or Sunday: a holiday must be a weekday "
                                       "(a holiday on a weekend moves to a weekday; list that day)")
                                        .arg(dateText));
        } else if (fields.at(1) == QLatin1String("workday")) {
            row.kind = CalendarException::Kind::Workday;
            if (!weekend)
                return fail(lineNo, tr("%1 is a weekday: a workday exception must be a Saturday "
                                       "or Sunday")
                                        .arg(dateText));
        } else {
            return fail(lineNo, tr("kind \"%1\" must be holiday or workday").arg(fields.at(1)));
        }
        if (seen.contains(day))
            return fail(lineNo, tr("%1 is listed twice").arg(dateText));
        seen.insert(day);
        result.rows << row;
        result.years.insert(day.year());
    }
    if (!headerSeen)
        return fail(1, tr("the file is empty: the first line must be the header date,kind,note"));
    return result;
}

QByteArray CalendarCsv::format(const QList<CalendarException> &rows)
{
    QString out = QStringLiteral("date,kind,note\n");
    for (const CalendarException &row : rows) {
        QString note = row.note;
        if (note.contains(u',') || note.contains(u'"'))
            note = u'"' + note.replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
        out += row.day.toString(Qt::ISODate) + u',' + calendarKindName(row.kind) + u',' + note +
               u'\n';
    }
    return out.toUtf8();
}

} // namespace ruqsat::domain
