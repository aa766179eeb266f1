#pragma once

#include "Edit.h"

#include "domain/Enums.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace rapport::ui {

// What the applicant logs a captured message as.
struct InboxChoice
{
    qint64 id = 0; // the queue's row
    qint64 programId = 0;
    std::optional<qint64> contactId;
    core::Kind kind = core::Kind::Other;
};

// Captured messages logged in one go: undo deletes the entries (unless
// edited since) and makes the messages pending again; redo logs them again.
class InboxConfirm final : public Edit
{
public:
    InboxConfirm(Session &session, Prompter &prompter, const QString &text,
                 QList<InboxChoice> choices);

    // The log entries the last logging wrote, in the choices' order.
    const QList<qint64> &entries() const { return m_entries; }

private:
    bool apply(Way way, QWidget *parent) override;

    QList<InboxChoice> m_choices;
    QList<qint64> m_entries;
};

// Captured messages set aside in one go: undo puts each back in the queue
// with its original, which ignoring drops.
class InboxIgnore final : public Edit
{
public:
    InboxIgnore(Session &session, Prompter &prompter, const QString &text, QList<qint64> ids);

private:
    bool apply(Way way, QWidget *parent) override;

    QList<qint64> m_ids;
    QHash<qint64, QByteArray> m_originals; // as last ignored
};

} // namespace rapport::ui
