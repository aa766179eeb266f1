#pragma once

#include <QtGlobal>

class QComboBox;

namespace rapport::ui {

class Session;

// The program and contact combo boxes of the compose and entry dialogs:
// item data is the id, contacts start with "No contact" (data 0).
namespace recipients {

// Programs by name; selects programId, or nothing (index -1) when 0/unknown.
// The combo box takes a shared model of them: no item is added one by one.
// Give it a size policy that does not measure every name (see
// QComboBox::AdjustToMinimumContentsLengthWithIcon).
void fillPrograms(QComboBox *combo, const Session &session, qint64 programId);

// The program's contacts as "Dr. Maria Lopez — Program director". Selects
// contactId; when that is 0 or not one of them, the contact a message would
// go to by default if pickDefault (the coordinator when the program wants
// messages through them, else the director), else "No contact".
void fillContacts(QComboBox *combo, const Session &session, qint64 programId, qint64 contactId,
                  bool pickDefault);

} // namespace recipients
} // namespace rapport::ui
