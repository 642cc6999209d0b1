#pragma once

#include "Command.h"

#include "core/domain/Actor.h"
#include "core/domain/Ticket.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>
#include <utility>

namespace dd::ctl {

// What the storage commands (ticket, demo, migrate, user, client, project) share:
// opening --database and knowing who acts.
//
// The acting user, recorded in every ticket's history (SessionIdentity). On SQLite it
// is --as LOGIN, else the DUTYDESK_USER environment variable, else the operating-system
// login: one desktop, no security boundary. On PostgreSQL it is the database login;
// --as/DUTYDESK_USER naming someone else is refused unless the login is an
// administrator, whom the server then records as "admin X as Y".
class StorageSession
{
    Q_DECLARE_TR_FUNCTIONS(dd::ctl::StorageSession)

public:
    // --as LOGIN, which a subcommand takes when its table entry says `actor`.
    static QCommandLineOption actorOption();

    // Opens the database (applying pending migrations). On failure prints the error and
    // returns nullptr; `exitCode` is then set.
    static std::unique_ptr<Database> open(CommandContext& ctx, int& exitCode, bool migrate = true);
    // For commands that only read what the database may hold (the production calendar):
    // nullptr, and no file created, when the SQLite file does not exist yet.
    static Result<std::unique_ptr<Database>> openExisting(const CommandContext& ctx);

    // --as and DUTYDESK_USER name a user who must exist; the OS login is recorded as it
    // is when there is no such user (a fresh embedded database has no users yet).
    // PostgreSQL: see SessionIdentity::actor.
    static Result<Actor> actor(const Database& database, const QCommandLineParser& parser);
    // open() and actor() together, what every writing subcommand starts with: the database
    // is nullptr (the error printed, `exitCode` set) when either fails.
    static std::pair<std::unique_ptr<Database>, std::optional<Actor>>
    openAs(CommandContext& ctx, const QCommandLineParser& parser, int& exitCode);

    // PostgreSQL asks the server (dutydesk_admin membership, or the owner). SQLite: until
    // anyone holds the admin role, anyone may administer (the first start); afterwards
    // only administrators.
    static Status requireAdmin(const Database& database, const Actor& actor);

    // Opens the database and, when `needsAdmin`, checks that the acting user administers.
    // nullptr (with `exitCode` set) when the command is already done; `actor` is who acts.
    static std::unique_ptr<Database> openAsAdmin(CommandContext& ctx, const QCommandLineParser& parser, int& exitCode,
                                                 bool needsAdmin, Actor* actor = nullptr);

    // A ticket named on the command line by its number, "12" or "#12".
    static Result<Ticket> ticket(const Database& database, const QString& text);
    // The TICKET argument ticket() reads, as the subcommand tables declare it.
    static Argument ticketArgument();
};

} // namespace dd::ctl
