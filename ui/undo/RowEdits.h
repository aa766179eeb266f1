#pragma once

#include "Edit.h"

#include "domain/Communication.h"
#include "domain/Contact.h"
#include "domain/Program.h"
#include "storage/StoredRows.h"

namespace rapport::ui {

// An edit of a program's details, as saved: undo writes back the fields the
// save changed, redo writes them again (see rowWrites).
class ProgramEdit final : public Edit
{
public:
    ProgramEdit(Session &session, Prompter &prompter, const core::Program &before,
                const core::Program &after);

private:
    bool apply(Way way, QWidget *parent) override;

    core::Program m_before;
    core::Program m_after;
};

class ContactEdit final : public Edit
{
public:
    ContactEdit(Session &session, Prompter &prompter, const core::Contact &before,
                const core::Contact &after);

private:
    bool apply(Way way, QWidget *parent) override;

    core::Contact m_before;
    core::Contact m_after;
};

// An edit of a log entry, with the acknowledgements its save added.
class EntryEdit final : public Edit
{
public:
    EntryEdit(Session &session, Prompter &prompter, const core::Communication &before,
              const core::Communication &after, const core::StoredRows &acknowledgements);

private:
    bool apply(Way way, QWidget *parent) override;

    core::Communication m_before;
    core::Communication m_after;
    core::StoredRows m_acknowledgements; // added by the save
};

} // namespace rapport::ui
