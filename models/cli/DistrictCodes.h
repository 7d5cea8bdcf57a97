// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "store/ReferenceRepository.h"

#include <optional>

namespace ruqsat::cli {

// A district on the command line: its KATO code or its id, as
// `districts list` shows them. Several are comma-separated.

// The ids of `codes` among `all`; writes which code is unknown to stderr and
// returns nothing then.
std::optional<QList<int>> districtIds(const QList<store::District> &all, const QString &codes,
                                      CommandIo &io);
// How `ids` are written on the command line: KATO codes where there are, comma-separated.
QString districtCodes(const QList<store::District> &all, const QList<int> &ids);

} // namespace ruqsat::cli
