// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictCodes.h"

#include <QCoreApplication>
#include <algorithm>

namespace ruqsat::cli {

std::optional<QList<int>> districtIds(const QList<store::District> &all, const QString &codes,
                                      CommandIo &io)
{
    QList<int> ids;
    for (const QString &code : codes.split(u',', Qt::SkipEmptyParts)) {
        const QString c = code.trimmed();
        auto it = std::find_if(all.cbegin(), all.cend(), [&c](const store::District &d) {
            return (!d.kato.isEmpty() && d.kato == c) || QString::number(d.id) == c;
        });
        if (it == all.cend()) {
            io.err << QCoreApplication::translate(
                          "ruqsat::cli", "No district has the code %1 (see ruqsatctl districts list).")
                          .arg(c)
                   << '\n';
            return std::nullopt;
        }
        ids << it->id;
    }
    return ids;
}

QString districtCodes(const QList<store::District> &all, const QList<int> &ids)
{
    QStringList codes;
    for (const store::District &d : all)
        if (ids.contains(d.id))
            codes << (d.kato.isEmpty() ? QString::number(d.id) : d.kato);
    return codes.join(u',');
}

} // namespace ruqsat::cli
