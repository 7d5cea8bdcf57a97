// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <cstddef>
#include <optional>

namespace ruqsat {

// One value of an enumeration and the code it is written as (on the command
// line, in JSON): a table of these is the one place both directions read.
template <typename E> struct CodeName
{
    E value;
    const char *code;
};

// The values in the table's order.
template <typename E, std::size_t N> QList<E> valuesOf(const CodeName<E> (&table)[N])
{
    QList<E> values;
    for (const CodeName<E> &c : table)
        values << c.value;
    return values;
}

// The code of `value`; empty when the table lacks it.
template <typename E, std::size_t N> QString codeOf(const CodeName<E> (&table)[N], E value)
{
    for (const CodeName<E> &c : table)
        if (c.value == value)
            return QString::fromLatin1(c.code);
    return {};
}

// The value written as `code`; none for a code the table lacks.
template <typename E, std::size_t N>
std::optional<E> valueOf(const CodeName<E> (&table)[N], const QString &code)
{
    for (const CodeName<E> &c : table)
        if (code == QLatin1String(c.code))
            return c.value;
    return std::nullopt;
}

} // namespace ruqsat
