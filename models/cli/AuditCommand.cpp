// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "StoreOption.h"
#include "store/AuditLog.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

QString problemCode(audit::ChainVerdict::Problem problem)
{
    switch (problem) {
    case audit::ChainVerdict::Problem::None:
        break;
    case audit::ChainVerdict::Problem::Altered:
        return QStringLiteral("altered");
    case audit::ChainVerdict::Problem::Unlinked:
        return QStringLiteral("removed_or_inserted");
    case audit::ChainVerdict::Problem::Unsealed:
        return QStringLiteral("unsealed");
    }
    return {};
}

} // namespace

// `ruqsatctl audit verify`: walks the audit log's hash chain. Exit 0 when it
// is intact, 1 naming the first row that was altered, removed or inserted.
int runAudit(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("verify"));
    if (!parseCommand(parser, args, io,
                      tr("Verifies the audit log: walks its hash chain and names the first row "
                         "that was altered, removed or inserted. Exit code 0: intact; 1: not.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")}) {
        io.err << tr("Use: ruqsatctl audit verify [--json]") << '\n';
        return BadInput;
    }
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    audit::ChainVerdict verdict;
    try {
        verdict = store::AuditLog(*db).verify();
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("ok"), verdict.ok()},
                         {QStringLiteral("rows_verified"), verdict.rows},
                         {QStringLiteral("message"), verdict.message()}};
        if (verdict.rows > 0) {
            json.insert(QStringLiteral("last_row"), verdict.lastId);
            json.insert(QStringLiteral("last_at"), verdict.lastAt.toUTC().toString(Qt::ISODateWithMs));
            json.insert(QStringLiteral("last_hash"), verdict.lastHash);
        }
        if (!verdict.ok()) {
            json.insert(QStringLiteral("row"), verdict.badRow);
            json.insert(QStringLiteral("problem"), problemCode(verdict.problem));
        }
        printJson(io, json);
    } else if (verdict.ok()) {
        io.out << verdict.message() << '\n';
        if (verdict.rows > 0)
            io.out << tr("Last hash: %1").arg(verdict.lastHash) << '\n';
    } else {
        io.err << verdict.message() << '\n';
    }
    return verdict.ok() ? Ok : Failure;
}

} // namespace ruqsat::cli
