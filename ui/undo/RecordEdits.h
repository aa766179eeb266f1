#pragma once

#include "Edit.h"

#include "storage/ContactMerge.h"
#include "storage/ContactRemoval.h"
#include "storage/ProgramMerge.h"
#include "storage/ProgramRemoval.h"
#include "storage/StoredRows.h"

namespace rapport::ui {

// Rows one way there and the other way gone: added by the action (undo
// deletes them) or deleted by it (undo puts them back with the same ids).
// Deleting rows that were changed elsewhere since is asked about first.

class ProgramPresence final : public Edit
{
public:
    static ProgramPresence *added(Session &session, Prompter &prompter, const QString &text,
                                  const core::Program &program);
    static ProgramPresence *removed(Session &session, Prompter &prompter, const QString &text,
                                    const core::ProgramRemoval &removal);

private:
    ProgramPresence(Session &session, Prompter &prompter, const QString &text, bool thereAfter);
    bool apply(Way way, QWidget *parent) override;

    bool m_thereAfter;
    core::ProgramRemoval m_removal; // as last deleted
    core::Program m_seen;           // as last there
    core::ProgramDependents m_seenDependents;
};

class ContactPresence final : public Edit
{
public:
    static ContactPresence *added(Session &session, Prompter &prompter, const QString &text,
                                  const core::Contact &contact);
    static ContactPresence *removed(Session &session, Prompter &prompter, const QString &text,
                                    const core::ContactRemoval &removal);

private:
    ContactPresence(Session &session, Prompter &prompter, const QString &text, bool thereAfter);
    bool apply(Way way, QWidget *parent) override;

    bool m_thereAfter;
    core::ContactRemoval m_removal;
    core::Contact m_seen;
    int m_seenEntries = 0;
};

// Log entries with their acknowledgements: new ones (typed, composed or
// imported) or deleted ones.
class EntriesPresence final : public Edit
{
public:
    // Reads the entries as they are now: call it right after adding them,
    // or right before deleting them.
    static core::Result<EntriesPresence *> make(Session &session, Prompter &prompter,
                                                const QString &text, const QList<qint64> &ids,
                                                bool thereAfter);
    // Deletes the entries, all or none, and returns the edit that did.
    static core::Result<EntriesPresence *> remove(Session &session, Prompter &prompter,
                                                  const QString &text, const QList<qint64> &ids);

private:
    EntriesPresence(Session &session, Prompter &prompter, const QString &text, bool thereAfter);
    bool apply(Way way, QWidget *parent) override;
    core::Status read();

    bool m_thereAfter;
    QList<qint64> m_ids;
    core::StoredRows m_entries; // as last there
    core::StoredRows m_acknowledgements;
};

class ProgramMergeEdit final : public Edit
{
public:
    ProgramMergeEdit(Session &session, Prompter &prompter, const core::ProgramMerge &merge);

private:
    bool apply(Way way, QWidget *parent) override;

    core::ProgramMerge m_merge;
};

class ContactMergeEdit final : public Edit
{
public:
    ContactMergeEdit(Session &session, Prompter &prompter, const core::ContactMerge &merge);

private:
    bool apply(Way way, QWidget *parent) override;

    core::ContactMerge m_merge;
};

} // namespace rapport::ui
