// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ruqsat::domain {

// A date as a clerk types it on a form, "20.03.2026" or "20032026". It keeps
// what was typed: a date that does not exist (31.02.2022) is neither empty
// nor another day, so the form can refuse it beside its field and keep the
// clerk's text to correct, instead of storing nothing without a word.
struct TypedDate
{
    enum class State
    {
        Empty,      // nothing typed: allowed where the date is optional
        Valid,      // a real day
        Impossible, // the shape of a date, but no such day (31.02.2022, 15.13.2020)
        Malformed,  // not a date at all ("20.03", "next week")
    };

    State state = State::Empty;
    QDate date;   // valid only in the Valid state
    QString text; // as typed, trimmed

    static TypedDate parse(const QString &text);
    static TypedDate of(const QDate &date);
    // "dd.MM.yyyy", the way forms print and clerks type dates; "" for no date.
    static QString format(const QDate &date);
    static constexpr int kFirstYear = 1900; // older dates are typing slips
    static constexpr int kLastYear = 2100;

    bool isEmpty() const { return state == State::Empty; }
    bool isValid() const { return state == State::Valid; }
    // Typed but not a day: the form must refuse it.
    bool isWrong() const { return state == State::Impossible || state == State::Malformed; }
    // What to say beside the field, in the clerk's language; empty when the
    // date is valid, or empty and not `required`.
    QString problem(bool required = false) const;
};

} // namespace ruqsat::domain
