#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

class QTemporaryDir;
class QWidget;

namespace dd {

// What the Messages tab hands to the desktop. Errors are one sentence for the tab's message line.

// Writes an attachment into a folder of its own under `openedDir` (two attachments may
// share a name) and asks the desktop's application to open it.
Status openAttachmentWithDesktop(const QTemporaryDir& openedDir, qint64 attachmentId, const QString& fileName,
                                 const QByteArray& content);

// Asks where to save a client's original e-mail (.eml) and writes it there; cancelling is no error.
Status saveOriginalMail(QWidget* parent, qint64 messageRowId, const QByteArray& raw);

} // namespace dd
