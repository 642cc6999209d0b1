#include "ui/ticket/ConversationFiles.h"

#include "ui/ticket/ConversationWidget.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

namespace dd {

Status openAttachmentWithDesktop(const QTemporaryDir& openedDir, qint64 attachmentId, const QString& fileName,
                                 const QByteArray& content)
{
    const QString folder = openedDir.filePath(QString::number(attachmentId));
    QDir().mkpath(folder);
    QFile file(folder + QLatin1Char('/') + QFileInfo(fileName).fileName());
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return Error { ConversationWidget::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) };
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()))) {
        return Error { ConversationWidget::tr("No application opens %1").arg(fileName) };
    }
    return Done {};
}

Status saveOriginalMail(QWidget* parent, qint64 messageRowId, const QByteArray& raw)
{
    const QString path = QFileDialog::getSaveFileName(parent, ConversationWidget::tr("Save original"),
                                                      QStringLiteral("message-%1.eml").arg(messageRowId),
                                                      ConversationWidget::tr("E-mail messages (*.eml)"));
    QFile file(path);
    if (!path.isEmpty() && (!file.open(QIODevice::WriteOnly) || file.write(raw) != raw.size())) {
        return Error { ConversationWidget::tr("Cannot write %1: %2").arg(path, file.errorString()) };
    }
    return Done {};
}

} // namespace dd
