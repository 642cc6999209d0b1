#pragma once

#include "core/domain/Ticket.h"
#include "core/storage/TicketRepository.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace dd::ctl {

// What ticket list, add and update accept: their options and the reading of the values
// into a filter, a new ticket or a change, so the commands themselves only open, save and print.

// ticket update's options besides the common ones.
QList<QCommandLineOption> ticketUpdateOptions();

// The fields --status, --reason, --level, --category, --comment, --steps and --url set;
// the usage error for a bad value.
std::optional<QString> readTicketChange(const QCommandLineParser& parser, TicketChange& change);

// ticket add's options besides the common ones.
QList<QCommandLineOption> ticketAddOptions();

// The new ticket as the options describe it (the project and the arrival default are
// the database's); the usage error for a bad value.
std::optional<QString> readTicketDraft(const QCommandLineParser& parser, Ticket& draft);

// ticket list's filters besides the common options.
QList<QCommandLineOption> ticketListOptions();

// --status, --level and --limit; the usage error for a bad value.
std::optional<QString> readTicketFilter(const QCommandLineParser& parser, TicketFilter& filter);

} // namespace dd::ctl
