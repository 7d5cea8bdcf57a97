// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "StoreOption.h"
#include "demo/DemoBatchMaker.h"
#include "demo/DemoClocks.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRules.h"
#include "demo/DemoUsers.h"
#include "store/DemoWriter.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

// People per transaction: large enough that commits cost nothing, small
// enough that an interrupted run keeps all but the last batch.
constexpr int kBatchPeople = 2000;

} // namespace

int runDemo(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cases"), tr("How many applications to write."), tr("N")});
    parser.addOption({QStringLiteral("seed"), tr("Seed of the generator: the same seed gives the same data."),
                      tr("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("today"), tr("The day the data ends on (default: today)."), tr("DATE")});
    parser.addOption({QStringLiteral("users"),
                      tr("Also make the accounts admin, and head.CODE and clerk.CODE for each "
                         "district (CODE its KATO code), all with this password."),
                      tr("PASSWORD")});
    if (!parseCommand(parser, args, io,
                      tr("Fills a store with realistic synthetic cases spread over the last two years.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    bool ok = false;
    const qint64 wanted = parser.value(QStringLiteral("cases")).toLongLong(&ok);
    if (!ok || wanted < 1) {
        io.err << tr("--cases needs a whole number of at least 1") << '\n';
        return BadInput;
    }
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        io.err << tr("--seed needs a whole number from 0 to 4294967295") << '\n';
        return BadInput;
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            io.err << tr("--today needs a date as YYYY-MM-DD") << '\n';
            return BadInput;
        }
    }
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    // A store that has users takes demo data only from its administrator.
    const auto session = logIn(parser, *db, io, &code);
    if (!session)
        return code;
    if (!session->mayAdminister()) {
        io.err << tr("Only an administrator fills a store with demo data.") << '\n';
        return Failure;
    }
    try {
        store::DemoWriter writer(*db);
        demo::DemoGenerator generator(seed, today, demo::rulesFromStore(*db));
        const QHash<QString, QList<int>> districts = writer.ensureCityDistricts(QStringLiteral("demo"));
        generator.setDistricts(districts);
        // On a server whose row policies follow the user's districts, the
        // administrator writes the demo cases only in districts of theirs.
        if (db->usersAreRoles())
            demo::giveDemoDistricts(*db, session->login, districts, session->login);
        generator.setCounters(writer.counters());
        generator.setUsedIins(writer.usedIins());
        QElapsedTimer clock;
        clock.start();
        qint64 written = 0;
        const QLocale locale;
        demo::DemoBatchMaker batches(generator, wanted, kBatchPeople);
        while (const auto batch = batches.next()) {
            for (const demo::DemoFile &file : *batch)
                written += file.cases.size();
            // A seed gives the same ids again: the writer refuses a second run
            // of it (a Conflict), in the transaction that would write it.
            writer.writeBatch(*batch, QStringLiteral("demo"),
                              [&batches](demo::DemoFile &file, const QString &taken) {
                                  batches.replaceIin(file, taken);
                              });
            const double seconds = std::max(0.001, clock.elapsed() / 1000.0);
            io.err << '\r'
                   << tr("%1 of %2 cases (%3%), %4 cases/s")
                          .arg(locale.toString(written), locale.toString(wanted))
                          .arg(100.0 * written / wanted, 0, 'f', 1)
                          .arg(locale.toString(qint64(written / seconds)));
            io.err.flush();
        }
        io.err << '\n';
        // The clocks a Deadlines tab should show that the years above rarely
        // leave open on their last day.
        demo::addOpenClocks(*db, today);
        io.out << tr("Wrote %1 cases to %2 in %3 s.")
                      .arg(locale.toString(written), db->location().toString())
                      .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
               << '\n';
        if (parser.isSet(QStringLiteral("users"))) {
            const QStringList made =
                demo::ensureDemoUsers(*db, parser.value(QStringLiteral("users")), session->login);
            io.out << tr("Accounts made: %1.")
                          .arg(made.isEmpty() ? tr("none (they exist)")
                                              : made.join(QLatin1String(", ")))
                   << '\n';
        }
    } catch (const store::StoreError &e) {
        if (e.kind() == store::StoreError::Kind::Conflict)
            io.err << '\n'
                   << tr("This store already holds the demo data of seed %1; choose another --seed.").arg(seed)
                   << '\n';
        else
            io.err << '\n' << e.message() << '\n';
        return Failure;
    }
    return Ok;
}

} // namespace ruqsat::cli
