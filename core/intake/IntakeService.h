#pragma once

#include "core/domain/Actor.h"
#include "core/intake/IntakeSettings.h"
#include "core/intake/IntakeStore.h"
#include "core/intake/MailFiler.h"
#include "core/intake/MailParser.h"
#include "core/intake/PreparedMail.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dd {

class Database;

// The mail intake's filing (docs/rules.md#intake): files one mailbox message as a ticket, a
// client message on a ticket, or a quarantined mail, and queues the acknowledgment — the
// ticket, its message rows, the original, the acknowledgment and the mailbox's last UID
// commit in one transaction, so a crash anywhere leaves each message processed exactly
// once. MailFiler files the parsed mail, AcknowledgmentQueue queues its acknowledgment,
// MailboxPoller reads the mailbox, AcknowledgmentSender sends, QuarantineService
// releases and discards.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(dd::IntakeService)

public:
    IntakeService(const Database& database, IntakeSettings settings);

    // Files one message. An error means the database (or the anti-spam daemon) is not
    // available and nothing was recorded: the caller retries this UID later. Anything
    // wrong with the message itself quarantines it instead.
    Result<IntakeOutcome> process(const QString& mailbox, qint64 uidValidity, qint64 uid, const QDateTime& arrived,
                                  const QByteArray& raw);
    // The same with the work that needs no database done before (prepare).
    Result<IntakeOutcome> process(const QString& mailbox, qint64 uidValidity, qint64 uid, const QDateTime& arrived,
                                  const PreparedMail& mail);
    // Hashes and parses `raw`. Touches nothing but the parser's options, so
    // MailPrefetcher's workers call it while this thread files the mails before.
    PreparedMail prepare(QByteArray raw) const;

    // A held mail a person releases as a ticket of `projectId`, inside their transaction.
    Result<IntakeOutcome> fileReleased(const MailMessage& mail, const QByteArray& raw, qint64 projectId,
                                       const QDateTime& arrived, qint64 existingMessageRow, const Actor& by);

    const Database& database() const { return m_database; }
    const IntakeStore& store() const { return m_store; }
    const IntakeSettings& settings() const { return m_settings; }
    const MailParser& parser() const { return m_parser; }
    void checkpoint(const QString& point) const;

    static QString sha256(const QByteArray& bytes);
    // What makes two mails the same request, whatever relays added to the headers.
    static QString contentSha256(const MailMessage& mail);

private:
    Result<IntakeOutcome> attempt(const QString& mailbox, qint64 uidValidity, qint64 uid, const QDateTime& arrived,
                                  const Result<MailMessage>& parsed, const std::optional<SpamVerdict>& spam,
                                  const QString& failure);
    Result<IntakeOutcome> route(const Result<MailMessage>& parsed, const QDateTime& arrived,
                                const std::optional<SpamVerdict>& spam, const QString& failure, const PriorMail& prior);

    const Database& m_database;
    IntakeSettings m_settings;
    IntakeStore m_store;
    MailParser m_parser;
    MailOriginal m_original;
    MailFiler m_filer;
};

} // namespace dd
