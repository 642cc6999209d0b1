#pragma once

#include "core/domain/Vocabulary.h"
#include "ui/ticket/TicketDialog.h"

#include <QDateTime>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

namespace dd {

// A client's message on an existing ticket that came by phone or messenger (issue 15):
// its channel, when it arrived (Moscow time, default now) and what the client said. It
// starts a follow-up reaction clock like a mail (docs/rules.md#clocks).
class ClientMessageDialog : public TicketDialog
{
    Q_OBJECT

public:
    ClientMessageDialog(qint64 number, QWidget* parent = nullptr);

    Channel channel() const;
    QDateTime arrived() const; // UTC
    QString text() const;

private:
    QComboBox* m_channel;
    QDateTimeEdit* m_arrived;
    QPlainTextEdit* m_text;
};

} // namespace dd
