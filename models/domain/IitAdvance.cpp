// SPDX-License-Identifier: GPL-3.0-or-later
#include "IitAdvance.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace ruqsat::domain {

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::domain::IitAdvance)
};

QString tenge(qint64 amount)
{
    return QLocale().toString(amount);
}

} // namespace

std::optional<qint64> IitAdvance::expected(int months, const YearRate &rate)
{
    if (months < 1 || !rate.isValid())
        return std::nullopt;
    // Multiply the tenge amount first: MCI x rate is exact for the rates in
    // use (whole or half MCI), and std::llround rounds a half away from zero.
    return qint64(std::llround(double(months) * rate.iitMonthMci * double(rate.mciKzt)));
}

std::optional<IitComparison> IitAdvance::compare(int months, const YearRate &rate, qint64 paidKzt)
{
    const auto due = expected(months, rate);
    if (!due)
        return std::nullopt;
    return IitComparison{*due, paidKzt, paidKzt - *due}; // R-REFUSE-7
}

std::optional<qint64> IitAdvance::parseTenge(const QString &typed)
{
    QString digits;
    for (const QChar c : typed)
        if (!c.isSpace()) // spaces, no-break and narrow no-break spaces group digits
            digits += c;
    static const QRegularExpression amount(QStringLiteral("^(\\d{1,15})(?:[.,]0{1,2})?$"));
    const auto match = amount.match(digits);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

IitReceiptCheck IitAdvance::checkReceipt(const std::optional<qint64> &paidKzt, QDate paidOn,
                                         int months, const QList<YearRate> &rates)
{
    IitReceiptCheck check;
    check.year = paidOn.year();
    if (!paidKzt) {
        check.remark = Tr::tr("Type the amount paid on the receipt.");
        return check;
    }
    for (const YearRate &rate : rates)
        if (rate.year == check.year)
            check.comparison = compare(months, rate, *paidKzt);
    if (!check.comparison) {
        check.outcome = IitReceiptCheck::Outcome::NoRate;
        check.remark =
            Tr::tr(
                "The amount was not checked: there is no IIT rate for %1 (the administrator enters "
                "the year's MCI).")
                .arg(check.year);
        return check;
    }
    const IitComparison &c = *check.comparison;
    if (c.matches()) {
        check.outcome = IitReceiptCheck::Outcome::Matches;
    } else if (c.differenceKzt < 0) { // R-REFUSE-7
        check.outcome = IitReceiptCheck::Outcome::Short;
        check.remark =
            Tr::tr(
                "%1 KZT paid, %2 KZT less than the %3 KZT due for %n month(s) at the rate of %4.",
                nullptr, months)
                .arg(tenge(c.paidKzt), tenge(-c.differenceKzt), tenge(c.expectedKzt))
                .arg(check.year);
    } else {
        check.outcome = IitReceiptCheck::Outcome::Over;
        check.remark =
            Tr::tr(
                "%1 KZT paid, %2 KZT more than the %3 KZT due for %n month(s) at the rate of %4.",
                nullptr, months)
                .arg(tenge(c.paidKzt), tenge(c.differenceKzt), tenge(c.expectedKzt))
                .arg(check.year);
    }
    return check;
}

} // namespace ruqsat::domain
