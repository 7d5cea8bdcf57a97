// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeEditor.h"

#include "IntakeFields.h"
#include "common/FieldInput.h"
#include "domain/FieldLimits.h"
#include "domain/Iin.h"
#include "domain/IitAdvance.h"
#include "domain/Mrz.h"
#include "domain/TypedDate.h"
#include "intake/IntakeService.h"
#include "records/CodeLabels.h"
#include "store/DistrictScope.h"
#include "store/ReferenceRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace ruqsat::ui {

using intake::IntakeForm;
using namespace records;

namespace {

// Enter moves to the next field, as on paper forms typed all day.
class EnterMovesOn : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                key->modifiers() == Qt::NoModifier) {
                // A Tab press takes the focus chain's own route to the next field.
                QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
                QCoreApplication::sendEvent(watched, &tab);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

IntakeEditor::IntakeEditor(const store::Database &db, intake::DraftStore drafts, QString actor,
                           QWidget *parent)
    : QWidget(parent), m_db(db), m_drafts(std::move(drafts)), m_actor(std::move(actor)),
      m_mrz(new QPlainTextEdit(this)), m_mrzMessage(new QLabel(this)), m_kind(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_district(new QComboBox(this)),
      m_citizenship(new QComboBox(this)), m_sex(new QComboBox(this)),
      m_marital(new QComboBox(this)), m_months(new QSpinBox(this)), m_children(new QSpinBox(this)),
      m_maxMonths(new QLabel(this)), m_renewal(new QLabel(this)), m_receivedTerms(new QLabel(this)),
      m_otherProblems(new QLabel(this)), m_autosave(new QTimer(this))
{
    auto *enter = new EnterMovesOn(this);
    auto group = [this](const QString &title) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        return std::pair{box, form};
    };

    // In the order of Appendix 1: the immigrant, the employer, then the request.
    const store::ReferenceRepository refs(db);
    // The immigrant, with the passport's MRZ to paste or scan.
    auto [immBox, imm] = group(tr("Labour immigrant"));
    m_mrz->setObjectName(QStringLiteral("mrz"));
    m_mrz->setPlaceholderText(tr("Paste or scan the passport's machine readable zone here"));
    m_mrz->setFixedHeight(m_mrz->fontMetrics().height() * 4);
    m_mrz->setTabChangesFocus(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_mrz->setFont(mono);
    imm->addRow(tr("MRZ"), m_mrz);
    m_mrzMessage->setObjectName(QStringLiteral("mrzMessage"));
    m_mrzMessage->setWordWrap(true);
    imm->addRow(QString(), m_mrzMessage);
    addLine(imm, QStringLiteral("immigrant.surnameLat"), tr("Surname (Latin, as in the passport)"));
    addLine(imm, QStringLiteral("immigrant.givenNamesLat"), tr("Given names (Latin)"));
    addLine(imm, QStringLiteral("immigrant.surnameCyr"), tr("Surname (Cyrillic)"));
    addLine(imm, QStringLiteral("immigrant.givenNamesCyr"), tr("Given names (Cyrillic)"));
    addLine(imm, QStringLiteral("immigrant.patronymicCyr"), tr("Patronymic (if any)"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    addField(imm, QStringLiteral("immigrant.sex"), tr("Sex"), m_sex);
    addDate(imm, QStringLiteral("immigrant.birthDate"), tr("Date of birth (DD.MM.YYYY)"));
    addLine(imm, QStringLiteral("immigrant.birthPlace"), tr("Place of birth"));
    m_citizenship->addItem(QString());
    for (const store::Country &c : refs.countries())
        m_citizenship->addItem(c.nameRu + QLatin1String(" (") + c.code + u')', c.code);
    addField(imm, QStringLiteral("immigrant.citizenship"), tr("Citizenship"), m_citizenship);
    addLine(imm, QStringLiteral("immigrant.iin"), tr("IIN (if any)"));
    addLine(imm, QStringLiteral("immigrant.passportNumber"), tr("Passport series and number"));
    addDate(imm, QStringLiteral("immigrant.passportIssuedOn"), tr("Passport issued on"));
    addDate(imm, QStringLiteral("immigrant.passportExpiresOn"), tr("Passport valid until"));
    addLine(imm, QStringLiteral("immigrant.passportIssuer"), tr("Passport issued by"));
    addLine(imm, QStringLiteral("immigrant.permanentAddress"), tr("Permanent address"));
    addLine(imm, QStringLiteral("immigrant.temporaryAddress"), tr("Address in Kazakhstan"));
    addLine(imm, QStringLiteral("immigrant.phone"), tr("Telephone"));
    // Appendix 1, item 2: the family.
    m_marital->addItem(tr("(not given)"), QString());
    m_marital->addItem(tr("Single"), QStringLiteral("single"));
    m_marital->addItem(tr("Married"), QStringLiteral("married"));
    m_marital->addItem(tr("Divorced"), QStringLiteral("divorced"));
    m_marital->addItem(tr("Widowed"), QStringLiteral("widowed"));
    addField(imm, QStringLiteral("immigrant.maritalStatus"), tr("Marital status"), m_marital);
    addLine(imm, QStringLiteral("immigrant.spouseName"), tr("Spouse (surname, name, patronymic)"));
    addLine(imm, QStringLiteral("immigrant.spouseBirthYear"), tr("Spouse's year of birth"))
        ->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), this));
    m_children->setRange(0, 20);
    addField(imm, QStringLiteral("immigrant.childrenCount"), tr("Number of children"), m_children);
    addLine(imm, QStringLiteral("immigrant.homePhone"), tr("Home telephone"));

    auto [empBox, emp] = group(tr("Employer"));
    addLine(emp, QStringLiteral("employer.iin"), tr("IIN"));
    addLine(emp, QStringLiteral("employer.surname"), tr("Surname"));
    addLine(emp, QStringLiteral("employer.givenNames"), tr("Given names"));
    addLine(emp, QStringLiteral("employer.patronymic"), tr("Patronymic (if any)"));
    // Appendix 3: the employer's identity document.
    addLine(emp, QStringLiteral("employer.idDocNumber"), tr("Identity document No."));
    addDate(emp, QStringLiteral("employer.idDocIssuedOn"), tr("Identity document issued on"));
    addLine(emp, QStringLiteral("employer.idDocIssuer"), tr("Identity document issued by"));
    addLine(emp, QStringLiteral("employer.registrationAddress"), tr("Registered address"));
    auto *property =
        addLine(emp, QStringLiteral("employer.property"), tr("Real estate owned (address)"));
    Q_UNUSED(property)
    addLine(emp, QStringLiteral("employer.phone"), tr("Telephone"));

    // Application: kind, channel, district, term, work address.
    auto [appBox, app] = group(tr("Application"));
    addLine(app, QStringLiteral("application.receivedAt"), tr("Received (DD.MM.YYYY HH:MM)"));
    m_receivedTerms->setObjectName(QStringLiteral("receivedTerms"));
    m_receivedTerms->setWordWrap(true);
    app->addRow(QString(), m_receivedTerms);
    m_kind->addItem(label(ApplicationKind::Issue), code(ApplicationKind::Issue));
    m_kind->addItem(label(ApplicationKind::Extend), code(ApplicationKind::Extend));
    addField(app, QStringLiteral("application.kind"), tr("Issue or extend"), m_kind);
    m_renewal->setObjectName(QStringLiteral("renewal"));
    m_renewal->setWordWrap(true);
    app->addRow(QString(), m_renewal);
    for (Channel c : {Channel::StateCorporation, Channel::Egov, Channel::Enbek})
        m_channel->addItem(label(c), code(c));
    addField(app, QStringLiteral("application.channel"), tr("Channel"), m_channel);
    m_district->addItem(QString(), 0);
    for (const store::Region &region : refs.regions())
        for (const store::District &d : refs.districts(region.id))
            m_district->addItem(d.nameRu + QLatin1String(" (") + region.nameRu + u')', d.id);
    addField(app, QStringLiteral("application.districtId"), tr("District"), m_district);
    m_months->setRange(1, 12);
    m_months->setValue(12);
    m_months->setSuffix(tr(" month(s)"));
    addField(app, QStringLiteral("application.requestedMonths"), tr("Term asked"), m_months);
    app->addRow(QString(), m_maxMonths);
    addLine(app, QStringLiteral("application.workAddress"),
            tr("Work address (employer's property)"));
    addLine(app, QStringLiteral("application.occupation"), tr("Occupation"));
    addDate(app, QStringLiteral("application.intentSignedOn"), tr("Agreement of intent signed on"));
    addLine(app, QStringLiteral("application.salaryKzt"), tr("Salary, KZT a month"))
        ->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[\\d\\s]{0,19}")), this));

    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveButton"));
    auto *submit = new QPushButton(tr("Su&bmit"), this);
    submit->setObjectName(QStringLiteral("submitButton"));
    connect(save, &QPushButton::clicked, this, &IntakeEditor::save);
    connect(submit, &QPushButton::clicked, this, &IntakeEditor::submit);
    new QShortcut(QKeySequence::Save, this, this, &IntakeEditor::save);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &IntakeEditor::submit);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &IntakeEditor::submit);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(immBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(appBox);
    right->addWidget(empBox);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *inner = new QWidget(this);
    inner->setLayout(columns);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    auto *buttons = new QHBoxLayout;
    // Problems of what the form holds but no field shows (a family member's
    // name too long in a draft, say): said here, since nothing is beside them.
    m_otherProblems->setObjectName(QStringLiteral("otherProblems"));
    m_otherProblems->setWordWrap(true);
    m_otherProblems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_otherProblems->hide();
    buttons->addWidget(m_otherProblems, 1);
    buttons->addStretch();
    buttons->addWidget(save);
    buttons->addWidget(submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(buttons);

    for (const auto &f : std::as_const(m_fields))
        f.editor->installEventFilter(enter);
    // A typed form is written to its draft a moment after the last key.
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(700);
    connect(m_autosave, &QTimer::timeout, this, &IntakeEditor::writeDraft);
    connect(m_mrz, &QPlainTextEdit::textChanged, this, &IntakeEditor::applyMrz);
    for (QComboBox *box : {m_kind, m_channel, m_district, m_citizenship, m_sex, m_marital})
        connect(box, &QComboBox::currentIndexChanged, this, &IntakeEditor::changed);
    for (QSpinBox *box : {m_months, m_children})
        connect(box, &QSpinBox::valueChanged, this, &IntakeEditor::changed);

    IntakeForm fresh;
    fresh.draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    fresh.application.receivedAt = QDateTime::currentDateTimeUtc();
    setForm(fresh);
}

void IntakeEditor::addField(QFormLayout *form, const QString &field, const QString &label,
                            QWidget *editor)
{
    editor->setObjectName(field);
    auto *message = new QLabel(this);
    message->setObjectName(field + QLatin1String(".message"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b00020;"));
    message->hide();
    auto *cell = new QVBoxLayout;
    cell->setSpacing(1);
    cell->addWidget(editor);
    cell->addWidget(message);
    form->addRow(label, cell);
    m_fields.insert(field, {editor, message});
}

QLineEdit *IntakeEditor::addLine(QFormLayout *form, const QString &field, const QString &label)
{
    auto *edit = new QLineEdit(this);
    addField(form, field, label, edit);
    connect(edit, &QLineEdit::textEdited, this, &IntakeEditor::changed);
    // Every text field is held to its limit by its name, fields added later too.
    limitLength(edit, field,
                [this, field](const QString &message) { showMessage(field, message); });
    return edit;
}

void IntakeEditor::addDate(QFormLayout *form, const QString &field, const QString &label)
{
    auto *edit = new DateField(this);
    addField(form, field, label, edit);
    connect(edit, &QLineEdit::textEdited, this, &IntakeEditor::changed);
}

void IntakeEditor::showMessage(const QString &field, const QString &message)
{
    const Field f = m_fields.value(field);
    if (!f.message)
        return;
    f.message->setText(message);
    f.message->setVisible(!message.isEmpty());
}

void IntakeEditor::offerDistricts(const QList<int> &scope)
{
    m_scope = scope;
    for (int i = m_district->count() - 1; i > 0; --i)
        if (!store::inScope(scope, m_district->itemData(i).toInt()))
            m_district->removeItem(i);
}

void IntakeEditor::setForm(const IntakeForm &form)
{
    IntakeForm f = form;
    // A new application is received now unless the clerk types the time.
    if (f.application.status == CaseStatus::Draft && !f.application.receivedAt.isValid())
        f.application.receivedAt = QDateTime::currentDateTimeUtc();
    m_loading = true;
    m_loaded = f;
    for (const IntakeTextField &t : intakeTextFields())
        qobject_cast<QLineEdit *>(m_fields.value(QLatin1String(t.name)).editor)->setText(t.read(f));
    for (const IntakeDateField &d : intakeDateFields()) {
        const QString name = QLatin1String(d.name);
        const QString typed = f.unparsedDates.contains(name)
                                  ? f.unparsedDates.value(name)
                                  : domain::TypedDate::format(d.at(m_loaded));
        qobject_cast<QLineEdit *>(m_fields.value(name).editor)->setText(typed);
    }
    auto *property =
        qobject_cast<QLineEdit *>(m_fields.value(QStringLiteral("employer.property")).editor);
    property->setText(f.employer.properties.isEmpty() ? QString()
                                                      : f.employer.properties.first().address);
    m_kind->setCurrentIndex(m_kind->findData(code(f.application.kind)));
    m_channel->setCurrentIndex(m_channel->findData(code(f.application.channel)));
    m_district->setCurrentIndex(std::max(0, m_district->findData(f.application.districtId)));
    m_citizenship->setCurrentIndex(std::max(0, m_citizenship->findData(f.immigrant.citizenship)));
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(f.immigrant.sex)));
    m_marital->setCurrentIndex(std::max(0, m_marital->findData(f.immigrant.maritalStatus)));
    m_children->setValue(f.immigrant.childrenCount);
    m_months->setValue(f.application.requestedMonths);
    m_loading = false;
    m_dirty = false;
    validate();
}

IntakeForm IntakeEditor::form() const
{
    IntakeForm f = m_loaded;
    for (const IntakeTextField &t : intakeTextFields())
        t.write(f, qobject_cast<QLineEdit *>(m_fields.value(QLatin1String(t.name)).editor)
                       ->text()
                       .trimmed());
    for (const IntakeDateField &d : intakeDateFields()) {
        const QString name = QLatin1String(d.name);
        const auto typed = domain::TypedDate::parse(
            qobject_cast<QLineEdit *>(m_fields.value(name).editor)->text());
        d.at(f) = typed.date;
        if (typed.isWrong())
            f.unparsedDates.insert(name, typed.text);
        else
            f.unparsedDates.remove(name);
    }
    const QString property =
        qobject_cast<QLineEdit *>(m_fields.value(QStringLiteral("employer.property")).editor)
            ->text()
            .trimmed();
    if (f.employer.properties.isEmpty())
        f.employer.properties.append(records::Property{});
    f.employer.properties.first().address = property;
    f.employer.properties.first().districtId = m_district->currentData().toInt();
    if (property.isEmpty())
        f.employer.properties.removeFirst();
    if (!f.employer.surname.isEmpty() && f.employer.birthYear == 0) {
        // The birth year is in the IIN (Appendix 1 asks for both).
        const auto iin = domain::Iin::check(f.employer.iin);
        if (iin.valid() && iin.birthDate.isValid())
            f.employer.birthYear = iin.birthDate.year();
    }
    f.application.kind = fromCode<ApplicationKind>(m_kind->currentData().toString())
                             .value_or(ApplicationKind::Issue);
    f.application.channel =
        fromCode<Channel>(m_channel->currentData().toString()).value_or(Channel::StateCorporation);
    f.application.districtId = m_district->currentData().toInt();
    f.immigrant.citizenship = m_citizenship->currentData().toString();
    f.immigrant.sex = m_sex->currentData().toString();
    f.immigrant.maritalStatus = m_marital->currentData().toString();
    f.immigrant.childrenCount = m_children->value();
    f.application.requestedMonths = m_months->value();
    return f;
}

QString IntakeEditor::messageFor(const QString &field) const
{
    const auto *label = m_fields.value(field).message;
    return label && !label->isHidden() ? label->text() : QString();
}

void IntakeEditor::changed()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_autosave->start();
    validate();
}

void IntakeEditor::validate()
{
    const IntakeForm typed = form();
    const intake::IntakeService service(m_db, m_actor, m_scope);
    const intake::IntakeCheck check = service.check(typed);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString message = check.problems.value(it.key());
        // Untouched empty fields of a new form are not scolded yet.
        const auto *edit = qobject_cast<const QLineEdit *>(it->editor);
        const bool silent = edit && edit->text().isEmpty() && !m_dirty;
        it->message->setText(message);
        it->message->setVisible(!message.isEmpty() && !silent);
    }
    QStringList others;
    for (auto it = check.problems.cbegin(); it != check.problems.cend(); ++it)
        if (!m_fields.contains(it.key())) {
            const domain::FieldLimit *limit = domain::FieldLimits::find(it.key());
            others << (limit ? limit->labelText() : it.key()) + QLatin1String(": ") + it.value();
        }
    m_otherProblems->setText(others.join(u'\n'));
    m_otherProblems->setVisible(m_dirty && !others.isEmpty());
    m_maxMonths->setText(check.maxMonths < 12
                             ? tr("At most %n month(s) can be granted.", nullptr, check.maxMonths)
                             : QString());
    m_renewal->setText(check.renewal);
    m_renewal->setVisible(!check.renewal.isEmpty());
    // R-AFTER-HOURS, R-DECISION-TERM: what the typed time of receipt means.
    const auto terms = check.problems.contains(QStringLiteral("application.receivedAt"))
                           ? std::nullopt
                           : std::optional(service.receiptTerms(typed.application));
    m_receivedTerms->setText(terms
                                 ? tr("Counts as received on %1; the decision is due by %2.")
                                       .arg(QLocale().toString(terms->first, QLocale::ShortFormat),
                                            QLocale().toString(terms->second, QLocale::ShortFormat))
                                 : QString());
    const QString who = typed.immigrant.surnameLat;
    emit titleChanged(who.isEmpty() ? tr("New application") : who);
}

void IntakeEditor::applyMrz()
{
    const QString text = m_mrz->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_mrzMessage->clear();
        return;
    }
    const domain::MrzResult mrz = domain::Mrz::parse(text);
    if (!mrz.ok()) {
        // Half a scan is normal while it arrives; say what is wrong once the lines are there.
        m_mrzMessage->setText(mrz.problem == domain::MrzResult::Problem::Format ? QString()
                                                                                : mrz.reason);
        return;
    }
    IntakeForm f = form();
    f.immigrant.surnameLat = mrz.fields.surname;
    f.immigrant.givenNamesLat = mrz.fields.givenNames;
    f.immigrant.passportNumber = mrz.fields.documentNumber;
    f.immigrant.birthDate = mrz.fields.birthDate;
    f.immigrant.passportExpiresOn = mrz.fields.expiryDate;
    f.immigrant.citizenship = mrz.fields.nationality;
    // The passport's dates replace whatever was typed in their fields, wrong or not.
    f.unparsedDates.remove(QStringLiteral("immigrant.birthDate"));
    f.unparsedDates.remove(QStringLiteral("immigrant.passportExpiresOn"));
    if (mrz.fields.sex != domain::Sex::Unspecified)
        f.immigrant.sex =
            mrz.fields.sex == domain::Sex::Male ? QStringLiteral("M") : QStringLiteral("F");
    setForm(f);
    m_dirty = true;
    m_autosave->start();
    m_mrzMessage->setText(
        tr("Filled from the MRZ: surname, names, passport number, citizenship, birth date, sex "
           "and expiry. Check them against the passport.") +
        (mrz.corrections.isEmpty()
             ? QString()
             : u' ' + tr("Corrected: %1").arg(mrz.corrections.join(QLatin1String(", ")))));
    validate();
}

} // namespace ruqsat::ui
