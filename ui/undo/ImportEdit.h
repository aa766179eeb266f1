#pragma once

#include "Edit.h"

#include "Result.h"
#include "domain/Contact.h"
#include "domain/Program.h"

#include <QHash>

#include <memory>
#include <vector>

namespace rapport::ui {

// Everything one import of programs wrote, found by comparing the programs
// and contacts before and after it: each added row is deleted by undo and
// put back by redo with its id, each updated one written back field by
// field (see RecordEdits and RowEdits).
class ImportEdit final : public Edit
{
public:
    struct Rows
    {
        QHash<qint64, core::Program> programs;
        QHash<qint64, core::Contact> contacts;
    };
    static core::Result<Rows> read(Session &session);
    // Compares with what read() gave before the import; an edit without
    // parts when it changed nothing.
    static core::Result<ImportEdit *> make(Session &session, Prompter &prompter,
                                           const QString &text, const Rows &before);

    bool isEmpty() const { return m_parts.empty(); }

private:
    ImportEdit(Session &session, Prompter &prompter, const QString &text);
    bool apply(Way way, QWidget *parent) override;

    // Programs before contacts: undone the other way round.
    std::vector<std::unique_ptr<Edit>> m_parts;
};

} // namespace rapport::ui
