// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

namespace ruqsat::test {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RUQSAT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QLatin1String(".png"));
}

void answerNextMessageBox(QString *text, bool accept, const QString &shotName)
{
    QTimer::singleShot(50, [text, accept, shotName] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            if (text)
                *text = box->text();
            if (!shotName.isEmpty())
                saveShot(box, shotName);
            if (!accept)
                box->reject();
            else if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                yes->click();
            else
                box->accept();
            return;
        }
        answerNextMessageBox(text, accept, shotName); // not up yet
    });
}

} // namespace ruqsat::test
