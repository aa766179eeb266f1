#include "InboxModel.h"

#include "DateTimeText.h"
#include "Labels.h"
#include "Session.h"

#include "domain/Contact.h"
#include "domain/Program.h"
#include "storage/Database.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace rapport::ui {

InboxModel::InboxModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::Status InboxModel::setShowDecided(bool show)
{
    m_showDecided = show;
    return refresh();
}

core::Status InboxModel::refresh()
{
    const core::MailInbox inbox(m_session.db(), m_session.clock());
    auto rows = m_showDecided ? inbox.list() : inbox.pending();
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(rows.value());
    endResetModel();
    return {};
}

const core::InboxEntry *InboxModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex InboxModel::indexOf(qint64 id, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, column);
    }
    return {};
}

QString InboxModel::noMatchText()
{
    return tr("No match — choose a program");
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    const core::InboxEntry *e = entryAt(index);
    if (!e)
        return {};
    const bool unmatched = !e->programId && e->problem.isEmpty();
    switch (role) {
    case Qt::DisplayRole: return display(*e, index.column());
    case Qt::ToolTipRole: return toolTip(*e, index.column());
    case Qt::FontRole:
        if (index.column() == ProgramColumn && (unmatched || !e->problem.isEmpty())) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ProgramColumn && !e->problem.isEmpty())
            return QBrush(labels::severityColor(core::Severity::Violation));
        if (e->state != core::InboxState::Pending)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole: return e->id;
    case ProblemRole: return e->problem;
    default: return {};
    }
}

QVariant InboxModel::display(const core::InboxEntry &e, int column) const
{
    switch (column) {
    case DateColumn:
        if (!e.at.isValid())
            return tr("No date");
        return DateTimeText::forSeason(m_session.snapshot().season)
            .dateTime(e.at, DateTimeText::Context::Cell);
    case FromColumn: return e.fromName.isEmpty() ? e.fromAddress : e.fromName;
    case SubjectColumn: return e.subject.isEmpty() ? tr("(no subject)") : e.subject;
    case ProgramColumn: {
        if (!e.problem.isEmpty())
            return tr("Cannot be logged");
        const core::Program *p = e.programId ? m_session.program(*e.programId) : nullptr;
        return p ? p->name : noMatchText();
    }
    case ContactColumn: {
        const core::Contact *c = e.contactId ? m_session.contact(*e.contactId) : nullptr;
        return c ? c->fullName() : QString();
    }
    case KindColumn: return e.problem.isEmpty() ? labels::kind(e.kind) : QString();
    case DirectionColumn: return labels::direction(e.direction);
    case StateColumn:
        switch (e.state) {
        case core::InboxState::Pending: return tr("Waiting");
        case core::InboxState::Confirmed: return tr("Logged");
        case core::InboxState::Ignored: return tr("Ignored");
        }
        return {};
    default: return {};
    }
}

QVariant InboxModel::toolTip(const core::InboxEntry &e, int column) const
{
    switch (column) {
    case DateColumn:
        return e.at.isValid() ? DateTimeText::forSeason(m_session.snapshot().season)
                                    .dateTime(e.at, DateTimeText::Context::Tooltip)
                              : QVariant();
    case FromColumn: return e.fromAddress;
    case ProgramColumn:
        if (!e.problem.isEmpty())
            return e.problem;
        return e.programId ? QVariant() : QVariant(e.reason);
    default: return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case FromColumn: return tr("From");
    case SubjectColumn: return tr("Subject");
    case ProgramColumn: return tr("Program");
    case ContactColumn: return tr("Contact");
    case KindColumn: return tr("Kind");
    case DirectionColumn: return tr("Direction");
    case StateColumn: return tr("State");
    default: return {};
    }
}

} // namespace rapport::ui
