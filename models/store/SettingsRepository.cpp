// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ruqsat::store {

using domain::WorkingHours;
using domain::YearRate;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::SettingsRepository", text);
}

const QString kTimeFormat = QStringLiteral("HH:mm");

QTime timeOr(const QString &text, QTime fallback)
{
    const QTime t = QTime::fromString(text, kTimeFormat);
    return t.isValid() ? t : fallback;
}

QString timeText(QTime t)
{
    return t.toString(kTimeFormat);
}

} // namespace

QString SettingsRepository::value(const QString &key) const
{
    return Query(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"))
        .bind(QStringLiteral(":key"), key)
        .scalar()
        .toString();
}

void SettingsRepository::setValues(const QList<std::pair<QString, QString>> &values,
                                   const QString &entityId, const QString &actor) const
{
    Transaction tx(m_db);
    // One statement for both backends: SQLite 3.24+ and PostgreSQL 9.5+ upsert alike.
    Query upsert(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    QJsonObject details;
    for (const auto &[key, text] : values) {
        details.insert(key, QJsonObject{{QStringLiteral("old"), value(key)}, {QStringLiteral("new"), text}});
        upsert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), text).exec();
    }
    AuditLog(m_db).append(actor, QStringLiteral("settings"), entityId, QStringLiteral("update"), details);
    tx.commit();
}

QList<std::pair<QString, QString>> SettingsRepository::textSettings() const
{
    Query q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key <> 'print.qr_key' ORDER BY key"));
    q.exec();
    QList<std::pair<QString, QString>> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

void SettingsRepository::setText(const QString &key, const QString &text, const QString &actor) const
{
    auto refuse = [](const QString &message) {
        throw StoreError(StoreError::Kind::Invalid, message);
    };
    bool known = false;
    for (const auto &[k, v] : textSettings())
        known |= k == key;
    if (!known)
        refuse(QCoreApplication::translate("ruqsat::store::SettingsRepository", "There is no setting \"%1\"").arg(key));
    // Working hours go through their typed setters, which check the order.
    const bool provider = key.startsWith(QLatin1String("provider."));
    if (provider || key.startsWith(QLatin1String("state_corporation."))) {
        const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!time.isValid())
            refuse(QCoreApplication::translate("ruqsat::store::SettingsRepository",
                                               "\"%1\" is not a time of the form HH:mm").arg(text));
        WorkingHours hours = provider ? providerHours() : stateCorporationHours();
        const QString field = key.section(u'.', 1);
        (field == QLatin1String("work_start")    ? hours.start
         : field == QLatin1String("work_end")    ? hours.end
         : field == QLatin1String("lunch_start") ? hours.lunchStart
                                                 : hours.lunchEnd) = time;
        provider ? setProviderHours(hours, actor) : setStateCorporationHours(hours, actor);
        return;
    }
    if (key == QLatin1String("attachments.max_bytes") && text.toLongLong() <= 0)
        refuse(QCoreApplication::translate("ruqsat::store::SettingsRepository",
                                           "The size limit must be a positive number of bytes"));
    setValues({{key, text}}, key, actor);
}

WorkingHours SettingsRepository::providerHours() const
{
    const WorkingHours d = WorkingHours::provider();
    return {timeOr(value(QStringLiteral("provider.work_start")), d.start),
            timeOr(value(QStringLiteral("provider.work_end")), d.end),
            timeOr(value(QStringLiteral("provider.lunch_start")), d.lunchStart),
            timeOr(value(QStringLiteral("provider.lunch_end")), d.lunchEnd)};
}

WorkingHours SettingsRepository::stateCorporationHours() const
{
    const WorkingHours d = WorkingHours::stateCorporation();
    return {timeOr(value(QStringLiteral("state_corporation.work_start")), d.start),
            timeOr(value(QStringLiteral("state_corporation.work_end")), d.end), QTime(), QTime()};
}

void SettingsRepository::setProviderHours(const WorkingHours &hours, const QString &actor) const
{
    // R-AFTER-HOURS: the provider keeps its lunch break (Appendix 2, row 7).
    if (!hours.isValid() || !hours.hasLunch())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("Working hours need a start before the end and a lunch break inside them."));
    setValues({{QStringLiteral("provider.work_start"), timeText(hours.start)},
               {QStringLiteral("provider.work_end"), timeText(hours.end)},
               {QStringLiteral("provider.lunch_start"), timeText(hours.lunchStart)},
               {QStringLiteral("provider.lunch_end"), timeText(hours.lunchEnd)}},
              QStringLiteral("provider.hours"), actor);
}

void SettingsRepository::setStateCorporationHours(const WorkingHours &hours, const QString &actor) const
{
    const WorkingHours plain{hours.start, hours.end, QTime(), QTime()};
    if (!plain.isValid())
        throw StoreError(StoreError::Kind::Invalid, tr("Working hours need a start before the end."));
    setValues({{QStringLiteral("state_corporation.work_start"), timeText(plain.start)},
               {QStringLiteral("state_corporation.work_end"), timeText(plain.end)}},
              QStringLiteral("state_corporation.hours"), actor);
}

QList<YearRate> SettingsRepository::yearRates() const
{
    Query q(m_db, QStringLiteral("SELECT year, mci_kzt, iit_month_mci FROM year_rates ORDER BY year"));
    q.exec();
    QList<YearRate> rates;
    // numeric arrives as a double (QPSQL) or an integer/real (SQLite): toDouble reads both.
    while (q.next())
        rates << YearRate{q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toDouble()};
    return rates;
}

std::optional<YearRate> SettingsRepository::yearRate(int year) const
{
    for (const YearRate &r : yearRates()) {
        if (r.year == year)
            return r;
    }
    return std::nullopt;
}

void SettingsRepository::setYearRate(const YearRate &rate, const QString &actor) const
{
    if (!rate.isValid())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("A year rate needs a year from 2000 to 2100, an MCI above zero and an "
                            "IIT rate above zero."));
    Transaction tx(m_db);
    const auto old = yearRate(rate.year);
    Query(m_db, QStringLiteral("INSERT INTO year_rates (year, mci_kzt, iit_month_mci) "
                               "VALUES (:year, :mci, :rate) ON CONFLICT (year) DO UPDATE SET "
                               "mci_kzt = excluded.mci_kzt, iit_month_mci = excluded.iit_month_mci"))
        .bind(QStringLiteral(":year"), rate.year)
        .bind(QStringLiteral(":mci"), rate.mciKzt)
        .bind(QStringLiteral(":rate"), rate.iitMonthMci)
        .exec();
    QJsonObject details{{QStringLiteral("mci_kzt"), rate.mciKzt},
                        {QStringLiteral("iit_month_mci"), rate.iitMonthMci}};
    if (old)
        details.insert(QStringLiteral("old"), QJsonObject{{QStringLiteral("mci_kzt"), old->mciKzt},
                                                          {QStringLiteral("iit_month_mci"), old->iitMonthMci}});
    AuditLog(m_db).append(actor, QStringLiteral("year_rates"), QString::number(rate.year),
                          old ? QStringLiteral("update") : QStringLiteral("insert"), details);
    tx.commit();
}

void SettingsRepository::removeYearRate(int year, const QString &actor) const
{
    Transaction tx(m_db);
    const auto before = yearRate(year);
    const int removed = Query(m_db, QStringLiteral("DELETE FROM year_rates WHERE year = :year"))
                            .bind(QStringLiteral(":year"), year)
                            .exec()
                            .rowsAffected();
    if (removed == 0)
        throw StoreError(StoreError::Kind::NotFound, tr("There is no rate for the year %1.").arg(year));
    AuditLog(m_db).append(actor, QStringLiteral("year_rates"), QString::number(year), QStringLiteral("delete"),
                          {{QStringLiteral("mci_kzt"),
                            QJsonObject{{QStringLiteral("before"), before->mciKzt}, {QStringLiteral("after"), QJsonValue()}}},
                           {QStringLiteral("iit_month_mci"),
                            QJsonObject{{QStringLiteral("before"), before->iitMonthMci},
                                        {QStringLiteral("after"), QJsonValue()}}}});
    tx.commit();
}

} // namespace ruqsat::store
