// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayListPrint.h"

#include "common/FileDialogs.h"
#include "deadlines/DayList.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace ruqsat::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::ui::DeadlinesDesk)
};
} // namespace

void printDeadlineDayList(QWidget *parent, const store::Database &db, const QList<deadlines::Deadline> &items,
                          const QDate &day)
{
    const QStringList languages{Tr::tr("Kazakh"), Tr::tr("Russian")};
    const int current = domain::screenLanguage() == domain::Language::Russian ? 1 : 0;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, Tr::tr("Print day list"), Tr::tr("Language of the list:"),
                                                 languages, current, false, &ok);
    if (!ok)
        return;
    const domain::Language language =
        chosen == languages.at(1) ? domain::Language::Russian : domain::Language::Kazakh;
    const QString path = chooseFileToSave(parent, Tr::tr("Print day list"),
                                          QStringLiteral("deadlines-%1.pdf").arg(day.toString(Qt::ISODate)),
                                          Tr::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = deadlines::writeDayListPdf(path, db, items, day, language);
    if (!error.isEmpty())
        QMessageBox::warning(parent, Tr::tr("Print day list"), error);
    else
        QMessageBox::information(parent, Tr::tr("Print day list"), Tr::tr("The day list is in %1.").arg(path));
}

} // namespace ruqsat::ui
