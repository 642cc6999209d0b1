#pragma once

#include "core/storage/ReplyTemplates.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace dd {

// Picks a canned answer for the reply editor (issue 15): the list narrows as one types
// (every word must appear in the title or the text), the preview shows the text with
// the ticket's values filled in, Enter takes the highlighted one.
class TemplatePicker : public QDialog
{
    Q_OBJECT

public:
    TemplatePicker(const QList<ReplyTemplate>& templates, const TemplateValues& values, QWidget* parent = nullptr);

    // The chosen template, rendered; empty until one is accepted.
    QString chosenText() const { return m_chosen; }
    int visibleCount() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter();
    void preview();
    void choose();

    QList<ReplyTemplate> m_templates;
    TemplateValues m_values;
    QString m_chosen;
    QLineEdit* m_filter;
    QListWidget* m_list;
    QTextBrowser* m_preview;
};

} // namespace dd
