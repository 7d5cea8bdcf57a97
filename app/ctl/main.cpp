// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl: the administrators' and scripts' command line.
#include "cli/Command.h"
#include "common/Application.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Printing lays out documents with fonts, which needs a QGuiApplication;
    // the command line never shows a window, and the offscreen platform finds
    // the system fonts without a display (TECH-NOTES).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ruqsat::setApplicationIdentity();
    ruqsat::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    ruqsat::cli::CommandIo io{out, err};
    return ruqsat::cli::runCommandLine(app.arguments().mid(1), io);
}
