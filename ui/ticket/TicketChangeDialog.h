#pragma once

#include "core/domain/Vocabulary.h"
#include "ui/ticket/TicketDialog.h"

#include <optional>

class QComboBox;
class QPlainTextEdit;

namespace dd {

// Postpone (with one of the regulation's reasons), reply, resolve, out of scope, hand to
// development: a text and, for postponing, the reason.
class TicketChangeDialog : public TicketDialog
{
    Q_OBJECT

public:
    TicketChangeDialog(const QString& title, const QString& prompt, bool withReason, QWidget* parent = nullptr);

    std::optional<WaitingReason> reason() const;
    void setReason(WaitingReason reason);
    QString text() const;
    void setTextRequired(bool required);

private:
    void check();

    QComboBox* m_reason = nullptr;
    QPlainTextEdit* m_text = nullptr;
    bool m_textRequired = false;
};

} // namespace dd
