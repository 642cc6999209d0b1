#pragma once

#include "core/domain/Actor.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dd {

class Database;

// A canned answer (issue 15; the regulation lets standard questions be answered with
// links to documentation and FAQ): a title and a Russian text with placeholders.
struct ReplyTemplate
{
    qint64 id = 0;
    QString title;
    QString body;
    qint64 version = 1;
    QString updatedBy;
    QDateTime updatedAt;
};

// What a template's placeholders stand for.
struct TemplateValues
{
    QString client; // {client}
    qint64 number = 0; // {number}
    QString engineer; // {engineer}
};

// The shared canned answers: read by everyone in support, written by managers (the
// server's grants on PostgreSQL; the user's roles on SQLite). Edits are versioned like
// tickets: a stale one is refused.
class ReplyTemplates
{
    Q_DECLARE_TR_FUNCTIONS(dd::ReplyTemplates)

public:
    explicit ReplyTemplates(const Database& database);

    Result<QList<ReplyTemplate>> all() const;
    Result<ReplyTemplate> add(const QString& title, const QString& body, const Actor& actor) const;
    // Unset title or body stay as they are.
    Result<ReplyTemplate> edit(qint64 id, qint64 expectedVersion, const QString& title, const QString& body,
                               const Actor& actor) const;

    // {client}, {number} and {engineer} replaced; other braces stay.
    static QString render(const QString& body, const TemplateValues& values);
    // Titles and texts containing every word of `filter`, case-insensitively.
    static QList<ReplyTemplate> matching(const QList<ReplyTemplate>& templates, const QString& filter);

private:
    Status mayEdit(const Actor& actor) const;
    Result<ReplyTemplate> byId(qint64 id) const;

    const Database& m_database;
};

} // namespace dd
