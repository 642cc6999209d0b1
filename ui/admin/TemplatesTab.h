#pragma once

#include "core/domain/Actor.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace dd {

class AdministrationService;

// The acknowledgment templates, Russian and English (shared settings ack.template-ru,
// ack.template-en): a "Subject:" line, an empty line, the body; empty = the shipped text.
// The canned reply templates are another tab's business (issue 15).
class TemplatesTab : public QWidget
{
    Q_OBJECT

public:
    TemplatesTab(const AdministrationService& service, const Actor& actor, QWidget* parent = nullptr);

public slots:
    void reload();
    void save();

private:
    const AdministrationService& m_service;
    Actor m_actor;
    QPlainTextEdit* m_russian;
    QPlainTextEdit* m_english;
    qint64 m_russianVersion = 0;
    qint64 m_englishVersion = 0;
    QLabel* m_outcome;
};

} // namespace dd
