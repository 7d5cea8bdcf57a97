// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormLoader.h"

#include "QrPayload.h"
#include "store/PrintQueries.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace ruqsat::printing {

namespace {

// Where the store keeps the QR key readable (SQLite), the check value is
// computed here; on a server only the server reads it. The store outlives
// the items printed from it.
QrPayload::Signer qrSigner(const store::Database &db)
{
    const store::PrintQueries q(db);
    if (q.qrKeyOnServer())
        return [&db](const QString &canonical) {
            return store::PrintQueries(db).serverQrCheckValue(canonical);
        };
    const QByteArray key = q.qrKey();
    return [key](const QString &canonical) { return QrPayload::checkValue(canonical, key); };
}

} // namespace

store::PrintRecord FormLoader::record(Form form, const QString &key) const
{
    const store::PrintQueries q(m_db, m_districtIds);
    // A permit form may be named by its case: print that case's permit.
    auto permitNumber = [&q](const QString &k) -> QString {
        return k.contains(u'-') && k.count(u'-') == 2 ? k : q.permitNumberOfCase(k);
    };
    switch (form) {
    case Form::Application:
        return q.application(key);
    case Form::Agreement:
        return q.agreement(key);
    case Form::IntakeRefusal:
        return q.intakeRefusal(key);
    case Form::Refusal:
        return q.refusal(key);
    case Form::Permit:
        return q.permit(permitNumber(key));
    case Form::Termination:
        return q.termination(permitNumber(key));
    case Form::Revocation:
        return q.revocation(permitNumber(key));
    case Form::RevocationPolice: {
        QStringList numbers;
        for (const QString &k : key.split(u',', Qt::SkipEmptyParts))
            numbers << permitNumber(k.trimmed());
        return q.revokedPermits(numbers);
    }
    }
    throw store::StoreError(store::StoreError::Kind::NotFound,
                            QCoreApplication::translate("ruqsat::printing::FormLoader", "Unknown form."));
}

QList<PrintItem> FormLoader::load(Form form, const QString &key, const QList<Language> &languages,
                                  int copyNumber) const
{
    const store::PrintRecord r = record(form, key);
    FormOptions options;
    options.copyNumber = form == Form::Permit ? copyNumber : 0;
    options.today = QDate::currentDate();
    if (hasQrCode(form))
        options.qrSigner = qrSigner(m_db);
    QList<PrintItem> items;
    for (Language l : languages)
        items.append({form, l, r, options});
    return items;
}

QList<PrintItem> FormLoader::loadPermits(const QStringList &numbers,
                                         const QList<Language> &languages) const
{
    const store::PrintQueries q(m_db, m_districtIds);
    FormOptions options;
    options.qrSigner = qrSigner(m_db);
    options.today = QDate::currentDate();
    QList<PrintItem> items;
    items.reserve(numbers.size() * languages.size());
    for (const QString &number : numbers) {
        const store::PrintRecord r = q.permit(number);
        for (Language l : languages)
            items.append({Form::Permit, l, r, options});
    }
    return items;
}

QString FormLoader::overrideDir() const
{
    const QString configured = store::PrintQueries(m_db).setting(QStringLiteral("print.override_dir"));
    return configured.isEmpty() ? TemplateSource::defaultOverrideDir() : configured;
}

} // namespace ruqsat::printing
