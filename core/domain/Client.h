#pragma once

#include <QList>
#include <QString>

namespace dd {

// A trusted person of a client: mail from this address may file requests (docs/rules.md#tickets).
struct TrustedAddress
{
    QString email;
    QString personName;
};

struct Client
{
    qint64 id = 0;
    QString name; // «ООО „Ромашка“»
    QString officialEmail;
    QList<TrustedAddress> trusted;
    qint64 version = 1;
};

} // namespace dd
