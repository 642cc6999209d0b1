#pragma once

#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace dd::test {

// A fresh SQLite database with two clients for the intake tests:
//   «Ромашка»  info@romashka.ru, trusted anna.petrova@romashka.ru and oleg@romashka.ru;
//              one active project "romashka" (romashka.ru)
//   «Василёк»  shop@vasilek.ru; two projects: "vasilek-shop" (vasilek-shop.ru) and
//              "vasilek-blog" (blog.vasilek.ru)
struct IntakeTestDatabase
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> database;
    qint64 romashka = 0;
    qint64 romashkaProject = 0;
    qint64 vasilek = 0;
    qint64 vasilekShop = 0;
    qint64 vasilekBlog = 0;

    // SQLite in a temporary directory, or the PostgreSQL database `url` names.
    static IntakeTestDatabase create(const QString& url = {}); // qFatal on failure
    QString path() const { return url.isEmpty() ? dir->filePath(QStringLiteral("intake.sqlite")) : url; }
    QString url;
    // The number of rows `sql` (a SELECT COUNT(*) …) counts.
    qint64 count(const QString& sql, const QVariantList& values = {}) const;
};

} // namespace dd::test
