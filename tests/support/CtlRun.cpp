// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlRun.h"

#include "TestStores.h"
#include "cli/Command.h"

#include <QJsonDocument>
#include <QTextStream>

namespace ruqsat::test {

QList<QJsonObject> CtlRun::lines() const
{
    QList<QJsonObject> objects;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        objects << QJsonDocument::fromJson(line.toUtf8()).object();
    return objects;
}

CtlRun runCtl(const ScratchStore &scratch, QStringList args)
{
    CtlRun r;
    QTextStream o(&r.out), e(&r.err);
    cli::CommandIo io{o, e};
    args << QStringLiteral("--db") << scratch.where().toString();
    r.code = cli::runCommandLine(args, io);
    o.flush();
    e.flush();
    return r;
}

} // namespace ruqsat::test
