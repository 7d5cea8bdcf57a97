// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl: the administrators' and scripts' command line.
#include "cli/Command.h"
#include "common/Application.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ruqsat::setApplicationIdentity();
    ruqsat::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    ruqsat::cli::CommandIo io{out, err};
    return ruqsat::cli::runCommandLine(app.arguments().mid(1), io);
}
