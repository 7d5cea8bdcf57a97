// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace ruqsat::test {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RUQSAT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QLatin1String(".png"));
}

void whenShown(const std::function<bool(QWidget *)> &handle)
{
    QTimer::singleShot(50, [handle] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible() && handle(w))
                return;
        whenShown(handle); // not up yet
    });
}

void answerNextMessageBox(QString *text, bool accept, const QString &shotName)
{
    whenShown<QMessageBox>([text, accept, shotName](QMessageBox *box) {
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
    });
}

void pressInNextMessageBox(QMessageBox::StandardButton button)
{
    whenShown<QMessageBox>([button](QMessageBox *box) {
        if (QAbstractButton *pressed = box->button(button))
            pressed->click();
        else
            qFatal("the message box has no such button");
    });
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

int checklistRow(QTableWidget *checklist, const QString &code)
{
    for (int row = 0; row < checklist->rowCount(); ++row)
        if (checklist->item(row, 0)->data(Qt::UserRole).toString() == code)
            return row;
    return -1;
}

void typeCell(QTableWidget *checklist, int row, int column, const QString &text)
{
    checklist->setCurrentCell(row, column);
    checklist->editItem(checklist->item(row, column));
    // Editors of cells edited before are hidden and wait for deletion.
    QLineEdit *editor = nullptr;
    for (QLineEdit *e : checklist->viewport()->findChildren<QLineEdit *>())
        if (e->isVisible())
            editor = e;
    QVERIFY(editor);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call: let it run, so
    // the cell holds what was typed when the test reads it.
    QCoreApplication::processEvents();
}

void typeChecklist(QTableWidget *checklist, const QDate &received, int months, bool withInsurance)
{
    const auto day = [](const QDate &d) -> QString { return d.toString(QStringLiteral("dd.MM.yyyy")); };
    const QList<std::tuple<QString, QString, QString>> dates{
        {QStringLiteral("application"), QString(), QString()},
        {QStringLiteral("iit_receipt"), day(received.addDays(-2)), QString()},
        {QStringLiteral("passport"), day(received.addMonths(-2)), day(received.addYears(3))},
        {QStringLiteral("medical_certificate"), day(received.addMonths(-1)), QString()},
        {QStringLiteral("insurance"), day(received), day(received.addMonths(months + 1))},
        {QStringLiteral("intent_agreement"), day(received.addDays(-5)), QString()}};
    for (const auto &[code, issued, until] : dates) {
        const int row = checklistRow(checklist, code);
        QVERIFY2(row >= 0, qPrintable(code));
        if (!withInsurance && code == QLatin1String("insurance"))
            continue;
        checklist->item(row, 1)->setCheckState(Qt::Checked);
        if (!issued.isEmpty())
            typeCell(checklist, row, 2, issued);
        if (!until.isEmpty())
            typeCell(checklist, row, 3, until);
    }
}

} // namespace ruqsat::test
