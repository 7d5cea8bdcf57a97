// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsat: the clerk's desktop application.
#include "MainWindow.h"
#include "common/Application.h"
#include "common/FileDialogs.h"
#include "store/ConnectionString.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ruqsat::setApplicationIdentity();
    // Before any dialog: no file dialog may read the store's files.
    ruqsat::ui::guardFileDialogs();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("sqlite:/path/file.db or postgresql://user@host:port/dbname"),
                      QStringLiteral("STORE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("kk, ru or en"), QStringLiteral("LANG")});
    parser.process(app);
    ruqsat::installTranslations(app, parser.value(QStringLiteral("lang")));

    auto where = ruqsat::store::ConnectionString::defaultStore();
    if (parser.isSet(QStringLiteral("db"))) {
        QString error;
        const auto parsed = ruqsat::store::ConnectionString::parse(parser.value(QStringLiteral("db")), &error);
        if (!parsed) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Ruqsat"), error);
            return 2;
        }
        where = *parsed;
    }
    ruqsat::ui::MainWindow window;
    window.show();
    if (window.openStore(where)) {
        if (!window.logIn())
            return 0; // the clerk cancelled the login
        window.offerDrafts();
    }
    return app.exec();
}
