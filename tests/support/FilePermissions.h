// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ruqsat::test {

// Root ignores permission bits (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH,
// CAP_FOWNER), and CI runs as root. Tests of read-only files call this first:
// as root, it drops those capabilities from this process for good, and from
// its bounding set so that the programs it starts (ruqsatctl) cannot regain
// them; as another user it does nothing. Afterwards a file's bits count as
// they do for a clerk. False, with the reason in *why, when that failed.
bool obeyFilePermissions(QString *why);

// Makes `path` (a file or folder) read-only or writable for its owner,
// group and others alike; false when chmod failed.
bool setWritable(const QString &path, bool writable);

// Makes a path read-only for the scope, writable again afterwards, so that
// a temporary folder can be removed whatever the test's outcome.
class ReadOnlyFor
{
public:
    explicit ReadOnlyFor(QString path);
    ~ReadOnlyFor();
    ReadOnlyFor(const ReadOnlyFor &) = delete;
    ReadOnlyFor &operator=(const ReadOnlyFor &) = delete;
    bool done() const { return m_done; }

private:
    QString m_path;
    bool m_done = false;
};

} // namespace ruqsat::test
