// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypedDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ruqsat::domain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::domain::TypedDate)
};

const QString kFormat = QStringLiteral("dd.MM.yyyy");

} // namespace

TypedDate TypedDate::parse(const QString &typed)
{
    TypedDate d;
    d.text = typed.trimmed();
    if (d.text.isEmpty())
        return d;
    // Day, month and year with any of the separators people type, or the
    // eight digits alone (QDateEdit habits: "20032026").
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})[./\\-, ](\\d{1,2})[./\\-, ](\\d{4})$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    auto match = separated.match(d.text);
    if (!match.hasMatch())
        match = packed.match(d.text);
    if (!match.hasMatch()) {
        d.state = State::Malformed;
        return d;
    }
    const int day = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    const int year = match.captured(3).toInt();
    const QDate date(year, month, day);
    if (!date.isValid() || year < kFirstYear || year > kLastYear) {
        d.state = State::Impossible;
        return d;
    }
    d.state = State::Valid;
    d.date = date;
    return d;
}

TypedDate TypedDate::of(const QDate &date)
{
    return parse(format(date));
}

QString TypedDate::format(const QDate &date)
{
    return date.isValid() ? date.toString(kFormat) : QString();
}

QString TypedDate::problem(bool required) const
{
    switch (state) {
    case State::Empty:
        return required ? Tr::tr("Type the date (DD.MM.YYYY).") : QString();
    case State::Valid:
        return {};
    case State::Impossible: {
        static const QRegularExpression year(QStringLiteral("(\\d{4})$"));
        const int y = year.match(text).captured(1).toInt();
        if (y < kFirstYear || y > kLastYear)
            return Tr::tr("%1 is not a plausible date: type a year from %2 to %3.")
                .arg(text)
                .arg(kFirstYear)
                .arg(kLastYear);
        return Tr::tr("There is no date %1: check the day and the month.").arg(text);
    }
    case State::Malformed:
        break;
    }
    return Tr::tr("Type the date as DD.MM.YYYY, for example 20.03.2026.");
}

} // namespace ruqsat::domain
