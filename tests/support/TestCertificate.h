#pragma once

#include "core/util/Result.h"

#include <QString>

namespace dd::test {

// A self-signed certificate for 127.0.0.1/localhost made with the openssl CLI, for the
// loopback mail servers. Clients trust it by its file (caFile), never by turning off
// verification.
struct TestCertificate
{
    QString certificateFile;
    QString keyFile;

    static Result<TestCertificate> create(const QString& directory);
};

} // namespace dd::test
