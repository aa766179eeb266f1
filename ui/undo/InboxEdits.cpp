#include "InboxEdits.h"

#include "Prompter.h"
#include "Session.h"

#include "Clock.h"
#include "mail/MailInbox.h"

#include <utility>

namespace rapport::ui {

InboxConfirm::InboxConfirm(Session &session, Prompter &prompter, const QString &text,
                           QList<InboxChoice> choices)
    : Edit(session, prompter, text), m_choices(std::move(choices))
{}

bool InboxConfirm::apply(Way way, QWidget *parent)
{
    core::MailInbox inbox(session().db(), session().clock());
    if (way == Way::Back) {
        for (auto it = m_choices.crbegin(); it != m_choices.crend(); ++it) {
            if (auto s = inbox.unconfirm(it->id); !s) {
                prompter().showError(parent, tr("Could not undo: %1").arg(s.errorMessage()));
                return false;
            }
        }
        return true;
    }
    QList<qint64> entries;
    for (const InboxChoice &c : std::as_const(m_choices)) {
        auto entry = inbox.confirm(c.id, c.programId, c.contactId, c.kind);
        if (!entry) {
            prompter().showError(parent, tr("Nothing was logged: %1").arg(entry.errorMessage()));
            return false;
        }
        entries << *entry;
    }
    m_entries = std::move(entries);
    return true;
}

InboxIgnore::InboxIgnore(Session &session, Prompter &prompter, const QString &text,
                         QList<qint64> ids)
    : Edit(session, prompter, text), m_ids(std::move(ids))
{}

bool InboxIgnore::apply(Way way, QWidget *parent)
{
    core::MailInbox inbox(session().db(), session().clock());
    if (way == Way::Back) {
        for (auto it = m_ids.crbegin(); it != m_ids.crend(); ++it) {
            if (auto s = inbox.unignore(*it, m_originals.value(*it)); !s) {
                prompter().showError(parent, tr("Could not undo: %1").arg(s.errorMessage()));
                return false;
            }
        }
        return true;
    }
    QHash<qint64, QByteArray> originals;
    for (qint64 id : std::as_const(m_ids)) {
        auto raw = inbox.ignore(id);
        if (!raw) {
            prompter().showError(parent, tr("Nothing was ignored: %1").arg(raw.errorMessage()));
            return false;
        }
        originals.insert(id, *raw);
    }
    m_originals = std::move(originals);
    return true;
}

} // namespace rapport::ui
