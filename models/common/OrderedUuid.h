// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace ruqsat {

// A UUID (RFC 9562 layout) whose first 48 bits are `prefix`, big-endian, and
// whose other 74 free bits are random. Ids that grow with time land at the
// end of every index keyed on them: an insert touches the last pages of the
// index instead of a random page, which keeps bulk loads of a million rows
// from rewriting the whole index at each commit.
// version 7: prefix is the Unix time in milliseconds (UUIDv7);
// version 8: prefix is any counter the caller keeps increasing.
QString orderedUuid(quint64 prefix, int version, QRandomGenerator &random);

// A UUIDv7 for a new record: stations create records offline, so ids are
// UUIDs, and time-ordered ones keep the indexes compact.
QString timeOrderedUuid();

} // namespace ruqsat
