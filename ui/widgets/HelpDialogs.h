#pragma once

#include <QDialog>

class QWidget;

namespace dd {

// Help → Keyboard shortcuts: every action of the window that has one, read from the
// actions themselves, so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QWidget* window, QWidget* parent = nullptr);
    int shortcutCount() const { return m_count; }

private:
    int m_count = 0;
};

// Help → Quick guide: a support engineer's first day in a page.
class QuickGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QuickGuideDialog(QWidget* parent = nullptr);
};

} // namespace dd
