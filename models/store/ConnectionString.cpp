// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionString.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace ruqsat::store {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::ConnectionString", text);
}
} // namespace

std::optional<ConnectionString> ConnectionString::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ConnectionString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ConnectionString cs;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        cs.backend = Backend::Sqlite;
        cs.path = text.mid(7);
        if (cs.path.startsWith(QLatin1String("//")))
            cs.path = cs.path.mid(2); // accept sqlite:///abs/path too
        if (cs.path.isEmpty())
            return fail(tr("The SQLite connection string names no file: use sqlite:/path/file.db"));
        cs.path = QDir::cleanPath(QDir::current().absoluteFilePath(cs.path));
        return cs;
    }
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return fail(tr("Not a valid PostgreSQL address: %1. Use postgresql://user@host:port/dbname")
                            .arg(text));
        if (!url.password().isEmpty())
            return fail(tr("Do not put the password in the connection string: set PGPASSWORD or "
                           "type it when asked"));
        cs.backend = Backend::Postgres;
        cs.user = url.userName();
        cs.host = url.host();
        cs.port = url.port(5432);
        cs.database = url.path().mid(1);
        if (cs.user.isEmpty() || cs.database.isEmpty())
            return fail(tr("The PostgreSQL address needs a user and a database name: "
                           "postgresql://user@host:port/dbname"));
        // TLS, as libpq takes it: ?sslmode=verify-full&sslrootcert=/path/ca.crt
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("sslmode") && key != QLatin1String("sslrootcert"))
                return fail(tr("The PostgreSQL address takes only sslmode and sslrootcert after \"?\", not %1.")
                                .arg(key));
            if (value.contains(u';') || value.contains(u' '))
                return fail(tr("The value of %1 in the PostgreSQL address may not contain spaces or "
                               "semicolons.")
                                .arg(key));
            cs.tls.append({key, value});
        }
        return cs;
    }
    return fail(tr("Unknown store \"%1\": use sqlite:/path/file.db or "
                   "postgresql://user@host:port/dbname")
                    .arg(text));
}

ConnectionString ConnectionString::defaultStore()
{
    ConnectionString cs;
    cs.backend = Backend::Sqlite;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    cs.path = QDir(dir).filePath(QStringLiteral("ruqsat.db"));
    return cs;
}

QString ConnectionString::toString() const
{
    if (backend == Backend::Sqlite)
        return QLatin1String("sqlite:") + path;
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    for (qsizetype i = 0; i < tls.size(); ++i)
        text += (i == 0 ? u'?' : u'&') + tls.at(i).first + u'=' + tls.at(i).second;
    return text;
}

} // namespace ruqsat::store
