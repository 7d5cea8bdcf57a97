// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QTemporaryDir>
#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

namespace ruqsat::test {

QString writeScan(const QTemporaryDir &dir, const QString &name)
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QString path = dir.filePath(name);
    image.save(path, "PNG");
    return path;
}

void removeTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale(QLocale::English));
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RUQSAT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Let pending layouts run first (a label whose text just changed has
    // its old width until they do), so the picture is what a clerk sees.
    QCoreApplication::processEvents();
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

void answerNextMessageBoxes(int count, QStringList *texts)
{
    whenShown<QMessageBox>([count, texts](QMessageBox *box) {
        if (texts)
            *texts << box->text();
        // The next one waits for a box shown after this one closes.
        if (count > 1)
            answerNextMessageBoxes(count - 1, texts);
        if (QAbstractButton *yes = box->button(QMessageBox::Yes))
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
    // The delegate commits on Enter through a queued call and closes the
    // editor with it: the cell holds what was taken once the editor is gone
    // (a text held to its limit may be shorter than what was typed).
    const QPointer<QLineEdit> open(editor);
    QVERIFY(QTest::qWaitFor([&] { return !open || !open->isVisible(); }));
    QCoreApplication::processEvents();
}

void allConformOnArrival(QWidget *caseView)
{
    for (int item = 1; item <= 4; ++item) {
        auto *box = caseView->findChild<QComboBox *>(QStringLiteral("arrivalCheck%1").arg(item));
        QVERIFY2(box, "no arrival check");
        box->setCurrentIndex(box->findData(1));
    }
}

void typeChecklist(QTableWidget *checklist, const QDate &received, int months, qint64 iitPaidKzt,
                   bool withInsurance)
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
        if (code == QLatin1String("iit_receipt"))
            typeCell(checklist, row, 6, QString::number(iitPaidKzt));
    }
}

} // namespace ruqsat::test
