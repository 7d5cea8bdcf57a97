// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ruqsat::test {

class ScratchStore;

// One `ruqsatctl` command run in-process: its exit code and what it wrote.
struct CtlRun
{
    int code = -1;
    QString out, err;
    // stdout read as one JSON object a line (the --json output).
    QList<QJsonObject> lines() const;
};

// Runs `args` (the command first) on `scratch`'s store (--db appended).
CtlRun runCtl(const ScratchStore &scratch, QStringList args);

} // namespace ruqsat::test
