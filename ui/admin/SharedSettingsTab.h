#pragma once

#include "core/domain/Actor.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace dd {

class AdministrationService;

// The shared settings (core/storage/SharedSettings) as a form, one editor per key of
// the registry (templates have their own tab), and the history of changes below.
class SharedSettingsTab : public QWidget
{
    Q_OBJECT

public:
    SharedSettingsTab(const AdministrationService& service, const Actor& actor, QWidget* parent = nullptr);

    // An editor's text as the registry takes it ("on", "25", "1h30m", an address).
    QString editorValue(const QString& key) const;
    void setEditorValue(const QString& key, const QString& value);

signals:
    void changed();

public slots:
    void reload();
    // Saves the keys whose editor differs from what was read; stops at the first refusal.
    void save();

private:
    void loadHistory();

    const AdministrationService& m_service;
    Actor m_actor;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QString> m_loaded; // key → stored form as read
    QHash<QString, qint64> m_versions;
    QLabel* m_outcome;
    QTreeWidget* m_history;
};

} // namespace dd
