#pragma once

#include "Result.h"
#include "domain/Contact.h"

#include <QList>
#include <QString>

// The people a program file names (program director, coordinator), as
// contacts of the program each row imports; used by ProgramCsvImport only.
namespace rapport::core::csvcontacts {

// "Dr. Maria Lopez, MD": title "Dr.", first name "Maria", last name
// "Lopez"; degrees after a comma are dropped.
void assignName(Contact &contact, const QString &text);

// The stored contact of a program that given stands for: the same address,
// else the same name and role (a new address of the same person). A new person in a role (a new
// director) is a new contact: the log entries that named the one before keep naming them.
qsizetype match(const QList<Contact> &stored, const Contact &given); // -1: none

// What importing people into a program with the stored contacts writes:
// the stored contacts they change, changed, and new ones (id 0). stored
// takes the changes, so that a person named twice is written once.
QList<Contact> changes(QList<Contact> &stored, const QList<Contact> &people, qint64 programId);

} // namespace rapport::core::csvcontacts
