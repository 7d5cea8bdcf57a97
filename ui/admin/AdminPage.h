// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;
class QVBoxLayout;

namespace ruqsat::cases {
class Administration;
}

namespace ruqsat::ui {

// One tab of the administrator's dialog. Every change goes through
// cases::Administration; a refusal is shown in the page's own message line
// (not a modal box), so the administrator reads it next to what they typed,
// which stays in the editors to be corrected.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    AdminPage(const cases::Administration &admin, QWidget *parent = nullptr);

    // Re-reads the page's data from the store.
    virtual void reload() = 0;

protected:
    // Runs one change: true when it was saved, false with the store's words
    // shown in the message line.
    bool run(const std::function<void()> &change);
    void showError(const QString &text);
    // "Saved.", and `more` after it when given.
    void showSaved(const QString &more = {});
    // For a user who is not an administrator: tables stop editing and the
    // given editors and buttons are disabled; reading stays possible.
    void lockForReaders(QTableWidget *table, const QList<QWidget *> &editors);
    bool mayChange() const;
    // Holds `edit` to the limit of `field` (domain::FieldLimits); typing or
    // pasting past it is refused and said in the message line.
    void limitText(QLineEdit *edit, const QString &field);
    // A table cell; editable only when asked and the user may change things
    // (QTableWidget::editItem ignores the view's edit triggers).
    QTableWidgetItem *cell(const QString &text, bool editable = false) const;
    QVBoxLayout *pageLayout() const { return m_layout; }
    // Adds the message line below what the page put in its layout.
    void finishLayout();

    // Reference names in the language of the screens.
    static QString inScreenLanguage(const QString &kk, const QString &ru, const QString &en);

    const cases::Administration &m_admin;

private:
    QVBoxLayout *m_layout;
    QLabel *m_message;
};

} // namespace ruqsat::ui
