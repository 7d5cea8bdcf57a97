// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMessageBox>
#include <QObject>
#include <QString>
#include <functional>

class QTableWidget;
class QTemporaryDir;
class QWidget;

namespace ruqsat::test {

// The child of `parent` named `name`; a missing one stops the test with
// its name (a null pointer would only crash it further on).
template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// Saves the widget as PNG in RUQSAT_SCREENSHOT_DIR when it is set, so a
// person can look at what the widget tests saw.
void saveShot(QWidget *widget, const QString &name);

// Writes a white 400 x 300 PNG named `name` in `dir`, as a scanned page;
// returns its path.
QString writeScan(const QTemporaryDir &dir, const QString &name);

// Removes the application's translators and makes English the default
// locale again, after a test has shown a screen in Kazakh or Russian.
void removeTranslators();

// Answers the next message box once it is shown (modal boxes would block a
// test), keeping its text in *text when given. Accept presses the default
// (OK/Yes) button, otherwise the box is rejected.
void answerNextMessageBox(QString *text = nullptr, bool accept = true, const QString &shotName = {});
// Answers the next `count` message boxes as answerNextMessageBox() does,
// one after the other, keeping their texts in *texts when given.
void answerNextMessageBoxes(int count, QStringList *texts = nullptr);
// Presses `button` in the next message box once it is shown.
void pressInNextMessageBox(QMessageBox::StandardButton button);
// Calls `handle` with the first visible top-level widget of class T once
// one is shown (a modal dialog would block the test).
template <typename T> void whenShown(const std::function<void(T *)> &handle);
void whenShown(const std::function<bool(QWidget *)> &handle); // true when handled

// Types text key by key, as a Kazakh or Russian keyboard layout sends it
// (QTest::keyClicks only knows ASCII).
void typeText(QWidget *widget, const QString &text);

// The row of document `code` in a case's checklist table (CaseView); -1 if none.
int checklistRow(QTableWidget *checklist, const QString &code);

// Types `text` into a cell as a clerk does: F2, the keys, Enter.
void typeCell(QTableWidget *table, int row, int column, const QString &text);

// Ticks every document of a case's checklist table (CaseView) and types its
// dates cell by cell (F2, type, Enter), all in date for an issuance received
// on `received` asking `months`, and `iitPaidKzt` on the IIT receipt's line;
// without the insurance when asked.
void typeChecklist(QTableWidget *checklist, const QDate &received, int months, qint64 iitPaidKzt,
                   bool withInsurance = true);
// The IIT advance due for `months` at the shipped rate of 2026: 10 MCI of
// 4,325 KZT a month (R-REFUSE-7).
constexpr qint64 iitDue2026(int months)
{
    return qint64(months) * 10 * 4325;
}
// Types a typed table cell as the clerk does (F2, type, Enter).
void typeCell(QTableWidget *table, int row, int column, const QString &text);
// Sets the four checks of the day of arrival of a case view (the combo
// boxes "arrivalCheck1".."4") to "conforms", as a clerk does.
void allConformOnArrival(QWidget *caseView);

template <typename T> void whenShown(const std::function<void(T *)> &handle)
{
    whenShown(std::function<bool(QWidget *)>([handle](QWidget *w) {
        T *found = qobject_cast<T *>(w);
        if (found)
            handle(found);
        return found != nullptr;
    }));
}

} // namespace ruqsat::test
