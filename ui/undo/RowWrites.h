#pragma once

#include "Prompter.h"

#include "domain/Communication.h"
#include "domain/Contact.h"
#include "domain/Program.h"
#include "storage/RowMerge.h"

#include <optional>

class QWidget;

namespace rapport::ui {

class Session;

// Undo and redo write a row from one side of an edit to the other: only the
// fields where the two sides differ, onto the row as stored now, so that
// another writer's change to other fields stays. A field another writer
// changed to a third value is asked about (Prompter::resolveConflicts).
// Each returns the row as written, or nothing when nothing was: an error
// was shown, or the user went back.
namespace rowWrites {

std::optional<core::Program> program(Session &session, Prompter &prompter, QWidget *parent,
                                     const core::Program &from, const core::Program &to);
std::optional<core::Contact> contact(Session &session, Prompter &prompter, QWidget *parent,
                                     const core::Contact &from, const core::Contact &to);
std::optional<core::Communication> communication(Session &session, Prompter &prompter,
                                                 QWidget *parent, const core::Communication &from,
                                                 const core::Communication &to);

// The keys of the fields where a and b differ.
template <typename Row>
QStringList changedFields(const Row &a, const Row &b, const QList<core::RowField<Row>> &fields)
{
    QStringList out;
    for (const core::RowField<Row> &f : fields) {
        if (!f.same(a, b))
            out << f.key;
    }
    return out;
}

// "Policy note" as a menu names it: "Policy Note".
QString titleCase(const QString &label);

} // namespace rowWrites
} // namespace rapport::ui
