#include "core/storage/ReplyTemplates.h"

#include "core/storage/Database.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {

const QString columns = QStringLiteral("SELECT id, title, body, version, updated_by, updated_at FROM reply_templates ");

ReplyTemplate fromRow(const QSqlQuery& row)
{
    return ReplyTemplate { row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                           row.value(3).toLongLong(), row.value(4).toString(), fromEpoch(row.value(5).toLongLong()) };
}

} // namespace

ReplyTemplates::ReplyTemplates(const Database& database)
    : m_database(database)
{ }

Result<QList<ReplyTemplate>> ReplyTemplates::all() const
{
    auto rows = m_database.run(columns + QStringLiteral("ORDER BY title"));
    if (!rows) {
        return rows.error();
    }
    QList<ReplyTemplate> list;
    while (rows.value().next()) {
        list << fromRow(rows.value());
    }
    return list;
}

Result<ReplyTemplate> ReplyTemplates::byId(qint64 id) const
{
    auto rows = m_database.run(columns + QStringLiteral("WHERE id = ?"), { id });
    if (!rows) {
        return rows.error();
    }
    if (!rows.value().next()) {
        return Error { ReplyTemplates::tr("there is no template %1").arg(id) };
    }
    return fromRow(rows.value());
}

Status ReplyTemplates::mayEdit(const Actor& actor) const
{
    // PostgreSQL's grants decide there; on SQLite the user's roles do.
    if (m_database.isPostgres() || actor.userId == 0) {
        return Done {};
    }
    auto user = UserRepository(m_database).findById(actor.userId);
    if (!user) {
        return user.error();
    }
    if (*user
        && ((*user)->hasRole(Role::AccountManager) || (*user)->hasRole(Role::HeadOfSupport)
            || (*user)->hasRole(Role::Admin))) {
        return Done {};
    }
    return Error { ReplyTemplates::tr("only managers edit the canned answers; ask the head of support") };
}

Result<ReplyTemplate> ReplyTemplates::add(const QString& title, const QString& body, const Actor& actor) const
{
    if (title.trimmed().isEmpty() || body.trimmed().isEmpty()) {
        return Error { ReplyTemplates::tr("a template needs a title and a text") };
    }
    if (auto allowed = mayEdit(actor); !allowed) {
        return allowed.error();
    }
    auto id = m_database.runScalar(QStringLiteral("INSERT INTO reply_templates (title, body, updated_at, updated_by) "
                                                  "VALUES (?, ?, %1, ?) RETURNING id")
                                       .arg(m_database.nowSql()),
                                   { title.trimmed(), body.trimmed(), textOrEmpty(actor.login) });
    if (!id) {
        if (id.error().message.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
            || id.error().message.contains(QLatin1String("duplicate"), Qt::CaseInsensitive)) {
            return Error { ReplyTemplates::tr("there is already a template “%1”").arg(title.trimmed()) };
        }
        return id.error();
    }
    return byId(id->toLongLong());
}

Result<ReplyTemplate> ReplyTemplates::edit(qint64 id, qint64 expectedVersion, const QString& title, const QString& body,
                                           const Actor& actor) const
{
    if (auto allowed = mayEdit(actor); !allowed) {
        return allowed.error();
    }
    auto current = byId(id);
    if (!current) {
        return current.error();
    }
    const QString newTitle = title.trimmed().isEmpty() ? current->title : title.trimmed();
    const QString newBody = body.trimmed().isEmpty() ? current->body : body.trimmed();
    auto updated = m_database.run(QStringLiteral("UPDATE reply_templates SET title = ?, body = ?, updated_by = ?, "
                                                 "updated_at = %1, version = version + 1 WHERE id = ? AND version = ?")
                                      .arg(m_database.nowSql()),
                                  { newTitle, newBody, textOrEmpty(actor.login), id, expectedVersion });
    if (!updated) {
        return updated.error();
    }
    if (updated->numRowsAffected() != 1) {
        return Error { ReplyTemplates::tr(
                           "template “%1” was changed by %2 (version %3, you read %4); your change was not saved")
                           .arg(current->title, current->updatedBy)
                           .arg(current->version)
                           .arg(expectedVersion) };
    }
    return byId(id);
}

QString ReplyTemplates::render(const QString& body, const TemplateValues& values)
{
    QString text = body;
    text.replace(QLatin1String("{client}"), values.client);
    text.replace(QLatin1String("{number}"), QString::number(values.number));
    text.replace(QLatin1String("{engineer}"), values.engineer);
    return text;
}

QList<ReplyTemplate> ReplyTemplates::matching(const QList<ReplyTemplate>& templates, const QString& filter)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = filter.split(spaces, Qt::SkipEmptyParts);
    QList<ReplyTemplate> found;
    for (const ReplyTemplate& item : templates) {
        const QString haystack = item.title + QLatin1Char('\n') + item.body;
        const bool all = std::all_of(words.cbegin(), words.cend(),
                                     [&](const QString& word) { return haystack.contains(word, Qt::CaseInsensitive); });
        if (all) {
            found << item;
        }
    }
    return found;
}

} // namespace dd
