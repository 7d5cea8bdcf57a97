// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDesk.h"

#include "ReportWords.h"
#include "domain/RefusalGrounds.h"
#include "domain/WorkingHours.h"
#include "records/Codes.h"
#include "store/ReferenceRepository.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace ruqsat::reports {

namespace {

QLocale localeOf(domain::Language language)
{
    return language == domain::Language::Kazakh ? QLocale(QLocale::Kazakh, QLocale::Kazakhstan)
           : language == domain::Language::Russian
               ? QLocale(QLocale::Russian, QLocale::Russia)
               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// The start of a ground's text, up to a word, for a row of a table: the
// whole text is a paragraph of the Rules.
QString groundStart(const QString &text)
{
    constexpr int kLength = 60;
    if (text.size() <= kLength)
        return text;
    const int space = text.lastIndexOf(u' ', kLength);
    return text.left(space > 0 ? space : kLength) + QChar(0x2026);
}

QString channelLabel(const QString &key, const Words &words)
{
    switch (records::fromCode<records::Channel>(key).value_or(records::Channel::StateCorporation)) {
    case records::Channel::StateCorporation:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "State Corporation"));
    case records::Channel::Egov:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "egov.kz portal"));
    case records::Channel::Enbek:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "migration.enbek.kz portal"));
    }
    return key;
}

} // namespace

QList<store::ReportRequest> ReportDesk::requests(Kind kind, Grouping by, const Period &period) const
{
    const QTimeZone zone = domain::kazakhstanTimeZone();
    store::ReportRequest r;
    r.kind = kind;
    r.by = by;
    r.firstDay = period.from;
    r.lastDay = period.to;
    r.from = period.from.startOfDay(zone).toUTC();
    r.to = period.to.addDays(1).startOfDay(zone).toUTC();
    r.districtIds = m_scope;
    if (by == Grouping::Month) {
        for (QDate month(period.from.year(), period.from.month(), 1); month <= period.to;
             month = month.addMonths(1)) {
            r.monthKeys << month.toString(QStringLiteral("yyyy-MM"));
            if (r.monthKeys.size() > 1) {
                r.monthFirstDays << month;
                r.monthStarts << month.startOfDay(zone).toUTC();
            }
        }
    }
    const auto dayEnd = [&zone](const QDateTime &at) { return 86400 - zone.offsetFromUtc(at); };
    r.dueDayEndSeconds = dayEnd(r.from);
    if (kind != Kind::DecisionTerm)
        return {r};
    // Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024: a period across
    // such a change is asked in stretches of one offset each.
    QList<store::ReportRequest> pieces;
    QDateTime start = r.from;
    for (const QTimeZone::OffsetData &change : zone.transitions(r.from, r.to)) {
        if (change.atUtc <= start)
            continue;
        store::ReportRequest piece = r;
        piece.from = start;
        piece.to = change.atUtc;
        piece.dueDayEndSeconds = dayEnd(start);
        pieces << piece;
        start = change.atUtc;
    }
    r.from = start;
    r.dueDayEndSeconds = dayEnd(start);
    pieces << r;
    return pieces;
}

QList<ReportLine> ReportDesk::run(Kind kind, Grouping by, const Period &period,
                                  domain::Language language) const
{
    if (!period.isValid() || !groups(kind, by))
        return {};
    store::ReportRepository repository(m_db);
    repository.setTrace(m_trace);
    // Lines by key, in the order the database gave them (ORDER BY the key);
    // the stretches of a DecisionTerm report add up per group.
    QList<ReportLine> lines;
    for (const store::ReportRequest &request : requests(kind, by, period)) {
        for (const store::ReportRow &row : repository.count(request)) {
            auto same = std::find_if(lines.begin(), lines.end(),
                                     [&row](const ReportLine &l) { return l.key == row.key; });
            if (same == lines.end()) {
                lines << ReportLine{row.key, QString(), row.count, row.inTime};
            } else {
                same->count += row.count;
                same->inTime += row.inTime;
            }
        }
        if (by == Grouping::Month) {
            // Every month of the period has its bar, an empty one too.
            QList<ReportLine> months;
            for (const QString &key : request.monthKeys) {
                auto found = std::find_if(lines.begin(), lines.end(),
                                          [&key](const ReportLine &l) { return l.key == key; });
                months << (found == lines.end() ? ReportLine{key, QString(), 0, 0} : *found);
            }
            lines = months;
        }
    }
    label(lines, by, language);
    if (by == Grouping::Ground)
        std::sort(lines.begin(), lines.end(), [](const ReportLine &a, const ReportLine &b) {
            return a.key.toInt() < b.key.toInt();
        });
    else if (by != Grouping::Month && by != Grouping::None)
        std::stable_sort(lines.begin(), lines.end(), [](const ReportLine &a, const ReportLine &b) {
            return a.count != b.count ? a.count > b.count : a.label.localeAwareCompare(b.label) < 0;
        });
    return lines;
}

void ReportDesk::label(QList<ReportLine> &lines, Grouping by, domain::Language language) const
{
    const Words words(language);
    QHash<QString, QString> names;
    QHash<QString, QPair<QString, QString>> users;
    const store::ReferenceRepository refs(m_db);
    if (by == Grouping::District)
        for (const store::District &d : refs.allDistricts())
            names.insert(QString::number(d.id), d.names().in(language));
    if (by == Grouping::Citizenship)
        for (const store::Country &c : refs.countries())
            names.insert(c.code, domain::TrilingualText{c.nameKk, c.nameRu, c.nameEn}.in(language));
    if (by == Grouping::Clerk) {
        users = store::ReportRepository(m_db).users();
        // Labelled again (another language), the key is a login already.
        for (const auto &user : std::as_const(users))
            users.insert(user.first, user);
    }
    const QLocale locale = localeOf(language);
    for (ReportLine &line : lines) {
        switch (by) {
        case Grouping::None:
            line.label = words(QT_TRANSLATE_NOOP("ruqsat::reports", "Total"));
            break;
        case Grouping::District:
        case Grouping::Citizenship:
            line.label = names.value(line.key, line.key);
            break;
        case Grouping::Channel:
            line.label = channelLabel(line.key, words);
            break;
        case Grouping::Month: {
            const QDate month = QDate::fromString(line.key + QLatin1String("-01"), Qt::ISODate);
            QString name = locale.standaloneMonthName(month.month(), QLocale::LongFormat);
            if (!name.isEmpty())
                name[0] = name.at(0).toUpper(); // a heading: «Қаңтар», «Январь»
            line.label = name + u' ' + QString::number(month.year());
            break;
        }
        case Grouping::Ground:
            line.label = words(QT_TRANSLATE_NOOP("ruqsat::reports", "Ground %1")).arg(line.key);
            if (const auto ground = domain::RefusalGrounds::byNumber(line.key.toInt()))
                line.label += QLatin1String(": ") + groundStart(ground->text.in(language));
            break;
        case Grouping::Clerk:
            if (line.key.isEmpty()) {
                line.label = words(QT_TRANSLATE_NOOP("ruqsat::reports", "Not recorded"));
            } else {
                const auto user = users.value(line.key);
                line.label = user.second.isEmpty()
                                 ? line.key
                                 : user.second + QLatin1String(" (") + user.first + u')';
                line.key = user.first.isEmpty() ? line.key : user.first;
            }
            break;
        }
    }
}

ReportLine ReportDesk::total(const QList<ReportLine> &lines, const QString &label)
{
    ReportLine sum{QString(), label, 0, 0};
    for (const ReportLine &line : lines) {
        sum.count += line.count;
        sum.inTime += line.inTime;
    }
    return sum;
}

} // namespace ruqsat::reports
