// SPDX-License-Identifier: GPL-3.0-or-later
// Printing from the desk asks first when the district of the form has no
// issuing body or head yet: the clerk reads which district and what is
// missing, and may still print (the preview opens) or not (nothing opens).
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "printing/PrintPreview.h"
#include "store/QuotaRepository.h"
#include "store/ReferenceRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputDialog>
#include <QPrintPreviewDialog>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace ruqsat;

namespace {

// What the dialogs of one print showed.
struct Seen
{
    QString question;
    bool preview = false;
};

// Handles the first visible top-level T shown while `step` lives; the
// polling ends with `step`, so a dialog that never came cannot be taken
// for one of the next print.
template <typename T> void onFirst(QObject *step, const std::function<void(T *)> &handle)
{
    auto *timer = new QTimer(step);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, step, [timer, handle] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<T *>(w); found && found->isVisible()) {
                timer->stop();
                handle(found);
                return;
            }
        }
    });
    timer->start();
}

// One print from the desk: Kazakh is chosen, the question (if any) is
// answered with `answer`, the preview (if any) is closed.
Seen print(const store::Database &db, const QString &permit, QMessageBox::StandardButton answer, bool *printed)
{
    QObject step;
    Seen seen;
    onFirst<QInputDialog>(&step, [](QInputDialog *dialog) {
        dialog->setTextValue(dialog->comboBoxItems().first());
        dialog->accept();
    });
    onFirst<QMessageBox>(&step, [&seen, answer](QMessageBox *box) {
        seen.question = box->text();
        test::saveShot(box, QStringLiteral("print-missing-bodies"));
        box->button(answer)->click();
    });
    onFirst<QPrintPreviewDialog>(&step, [&seen](QPrintPreviewDialog *preview) {
        seen.preview = true;
        preview->reject();
    });
    *printed = ui::previewForm(nullptr, db, printing::Form::Permit, permit);
    return seen;
}

} // namespace

class TestPrintWarning : public QObject
{
    Q_OBJECT
private slots:
    void missingBodiesAskBeforeThePreview()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::CaseFactory factory(*db);
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2026, 5, QStringLiteral("test"));
        const records::Permit permit = factory.issuePermit(factory.acceptedCase(), QDate(2026, 3, 27), QDate(2026, 9, 26));

        // Not printed: the clerk answers No, and no preview opens.
        bool printed = true;
        const Seen no = print(*db, permit.number, QMessageBox::No, &printed);
        QVERIFY(!printed);
        QVERIFY(!no.preview);
        for (const QString &part : {QStringLiteral("Almaly District"), QStringLiteral("Issuing body, in Kazakh"),
                                    QStringLiteral("Head's full name"), QStringLiteral("Administration"),
                                    QStringLiteral("Print anyway?")})
            QVERIFY2(no.question.contains(part), qPrintable(no.question));
        QVERIFY2(!no.question.contains(QStringLiteral("Russian")), qPrintable(no.question)); // Kazakh was asked
        QVERIFY2(!no.question.contains(QStringLiteral("R-")), qPrintable(no.question));

        // Printed anyway: the preview opens after the question.
        const Seen yes = print(*db, permit.number, QMessageBox::Yes, &printed);
        QVERIFY(printed);
        QVERIFY(!yes.question.isEmpty());
        QVERIFY(yes.preview);

        // Once the district has them, the preview opens without a question:
        // a question would be answered No, and nothing would open.
        records::DistrictBodies bodies;
        bodies.issuingBodyKk = QStringLiteral("Алматы қаласы Алмалы ауданының әкімдігі");
        bodies.headPositionKk = QStringLiteral("Аудан әкімі");
        bodies.headName = QStringLiteral("Сәрсенбаев Нұрлан Қайратұлы");
        store::ReferenceRepository(*db).setDistrictBodies(factory.district(), bodies, QStringLiteral("test"));
        const Seen set = print(*db, permit.number, QMessageBox::No, &printed);
        QVERIFY(printed);
        QVERIFY(set.preview);
        QVERIFY2(set.question.isEmpty(), qPrintable(set.question));
    }
};

QTEST_MAIN(TestPrintWarning)
#include "tst_print_warning.moc"
