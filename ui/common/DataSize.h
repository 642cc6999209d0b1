#pragma once

#include <QCoreApplication>
#include <QString>

namespace dd {

// The translation context of the size texts below: tr() needs a class.
class DataSize
{
    Q_DECLARE_TR_FUNCTIONS(dd::DataSize)
};

// A file's size as people write it in the interface language: "762 байта", "2,1 КБ",
// "14 МБ"; "1 byte", "2.1 KB" in English. Qt's own formattedDataSize says "762 байты"
// and "2,11 KiB", which no Russian reader writes.
QString formatDataSize(qint64 bytes);

} // namespace dd
