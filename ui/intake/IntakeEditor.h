// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/DraftStore.h"
#include "intake/IntakeForm.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// The application of Appendix 1, typed from paper. What the clerk types is
// written to a draft file as they type (a crash or a power cut loses
// nothing); each field shows beside it what to fix; Enter moves on, Ctrl+S
// saves the case, Ctrl+Enter submits it.
class IntakeEditor : public QWidget
{
    Q_OBJECT
public:
    IntakeEditor(const store::Database &db, intake::DraftStore drafts, QString actor, QWidget *parent = nullptr);

    void setForm(const intake::IntakeForm &form);
    // Offers only the districts of `scope` (cases::Session::scope(); empty:
    // every district) for the application: a clerk files into their own.
    void offerDistricts(const QList<int> &scope);
    intake::IntakeForm form() const;
    bool isDirty() const { return m_dirty; }
    // The message beside a field ("immigrant.iin", ...); empty when fine.
    QString messageFor(const QString &field) const;
    QPlainTextEdit *mrzBox() const { return m_mrz; }
    // Asks what to do with unsaved changes; false when the clerk cancels.
    bool confirmClose();

public slots:
    bool save();
    bool submit();

signals:
    void submitted(const QString &caseId);
    void titleChanged(const QString &title);

private:
    // The form as stored by `step` (IntakeService::save or submit), run
    // through ui::runSaving.
    intake::IntakeForm
    savedThroughRetries(const intake::IntakeForm &typed,
                        const std::function<void(intake::IntakeForm &)> &step) const;
    struct Field
    {
        QWidget *editor;
        QLabel *message;
    };
    QLineEdit *addLine(QFormLayout *form, const QString &field, const QString &label);
    void addDate(QFormLayout *form, const QString &field, const QString &label);
    void addField(QFormLayout *form, const QString &field, const QString &label, QWidget *editor);
    void showMessage(const QString &field, const QString &message);
    void changed();
    void validate();
    void applyMrz();
    void writeDraft();
    // False, with the messages beside the fields, when a date typed is not a
    // day or a text is too long: nothing is saved then.
    bool entryAccepted(const intake::IntakeForm &form, const QString &title);
    void saved(const intake::IntakeForm &form);
    // Someone saved first: both versions side by side, and the clerk chooses.
    bool resolveConflict(const intake::IntakeForm &mine, const QString &message);

    const store::Database &m_db;
    intake::DraftStore m_drafts;
    QString m_actor;
    QList<int> m_scope; // the districts offered (offerDistricts); empty: all
    intake::IntakeForm m_loaded; // ids, version and what is not on screen
    QHash<QString, Field> m_fields;
    QPlainTextEdit *m_mrz;
    QLabel *m_mrzMessage;
    QComboBox *m_kind, *m_channel, *m_district, *m_citizenship, *m_sex, *m_marital;
    QSpinBox *m_months, *m_children;
    QLabel *m_maxMonths;
    QLabel *m_renewal;       // R-RENEW-AFTER-12: the window of a new permit, when it applies
    QLabel *m_receivedTerms; // the day of receipt and the decision's due date
    QLabel *m_otherProblems;
    QTimer *m_autosave;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace ruqsat::ui
