#pragma once

#include <QDateTime>

class QComboBox;
class QDateTimeEdit;

namespace dd {

// The fields of a message typed in by hand (a new request, a client's message on a ticket):
// the channel it came by and when it arrived.

// Phone and the messengers: e-mail arrives through the intake, never by hand.
void fillHandEnteredChannels(QComboBox* channels);

// The edit shows Moscow wall time (Qt 6.4's QDateTimeEdit has no zone of its own), set to
// the current minute.
void setUpArrivedEdit(QDateTimeEdit* arrived);

// The edit's Moscow wall time as an instant.
QDateTime arrivedInstant(const QDateTimeEdit* arrived);

} // namespace dd
