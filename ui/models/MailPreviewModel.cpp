#include "MailPreviewModel.h"

#include "DateTimeText.h"
#include "Icons.h"
#include "Labels.h"
#include "PlainText.h"
#include "Session.h"
#include "models/OwnRow.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace rapport::ui {
namespace {

using core::MailStatus;

bool importable(const core::MailCandidate &c)
{
    return c.status == MailStatus::Ready || c.status == MailStatus::Unmatched;
}

QColor greyed()
{
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

QString senderOf(const core::MailMessage &m)
{
    if (m.from.email.isEmpty())
        return m.fromHeader;
    return m.from.name.isEmpty() ? m.from.email : m.from.name;
}

template <typename E> QPair<QStringList, QVariantList> enumChoices()
{
    QPair<QStringList, QVariantList> out;
    for (const auto &[value, label] : labels::all<E>()) {
        out.first << label;
        out.second << int(value);
    }
    return out;
}

} // namespace

MailPreviewModel::MailPreviewModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void MailPreviewModel::setCandidates(const core::MailImport *import,
                                     QList<core::MailCandidate> candidates)
{
    beginResetModel();
    m_import = import;
    m_candidates = std::move(candidates);
    for (core::MailCandidate &c : m_candidates) {
        if (!importable(c))
            c.selected = false;
    }
    endResetModel();
}

const core::MailCandidate *MailPreviewModel::candidateAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_candidates.size())
        return nullptr;
    return &m_candidates.at(index.row());
}

MailPreviewModel::Counts MailPreviewModel::counts() const
{
    Counts n;
    for (const core::MailCandidate &c : m_candidates) {
        switch (c.status) {
        case MailStatus::Ready:
            ++n.ready;
            n.toImport += c.selected ? 1 : 0;
            break;
        case MailStatus::Unmatched:
            ++n.unmatched;
            n.tickedUnmatched += c.selected ? 1 : 0;
            break;
        case MailStatus::Duplicate: ++n.duplicates; break;
        case MailStatus::Broken: ++n.broken; break;
        }
    }
    return n;
}

void MailPreviewModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

core::Status MailPreviewModel::assignProgram(int row, qint64 programId)
{
    if (!m_import || row < 0 || row >= m_candidates.size())
        return core::fail(tr("there is no message %1 to assign").arg(row + 1));
    core::MailCandidate &c = m_candidates[row];
    const core::Communication before = c.communication;
    // The contact of that program the message was written to or by, if any.
    std::optional<qint64> contactId;
    const core::MailMessage &m = c.message;
    for (const core::Contact &contact : m_session.contactsOf(programId)) {
        for (const core::MailAddress &a : QList<core::MailAddress>{m.from} + m.to + m.cc) {
            if (!contactId && !a.email.isEmpty() &&
                contact.email.compare(a.email, Qt::CaseInsensitive) == 0)
                contactId = contact.id;
        }
    }
    core::MailCandidate changed = c;
    if (auto s = m_import->assign(changed, programId, contactId); !s)
        return s;
    if (!before.kindGuessed) { // the user's own choice of kind stays
        changed.communication.kind = before.kind;
        changed.communication.kindGuessed = false;
    }
    c = changed;
    rowChanged(row);
    return {};
}

core::Status MailPreviewModel::setContact(int row, qint64 contactId)
{
    if (!m_import || row < 0 || row >= m_candidates.size())
        return core::fail(tr("there is no message %1").arg(row + 1));
    core::MailCandidate changed = m_candidates.at(row);
    const core::Communication before = changed.communication;
    if (auto s = m_import->assign(changed, before.programId,
                                  contactId ? std::optional<qint64>(contactId) : std::nullopt);
        !s)
        return s;
    changed.communication.kind = before.kind;
    changed.communication.kindGuessed = before.kindGuessed;
    m_candidates[row] = changed;
    rowChanged(row);
    return {};
}

void MailPreviewModel::setDirection(int row, core::Direction direction)
{
    if (row < 0 || row >= m_candidates.size())
        return;
    m_candidates[row].communication.direction = direction;
    rowChanged(row);
}

void MailPreviewModel::setKind(int row, core::Kind kind)
{
    if (row < 0 || row >= m_candidates.size())
        return;
    m_candidates[row].communication.kind = kind;
    m_candidates[row].communication.kindGuessed = false;
    rowChanged(row);
}

void MailPreviewModel::setTicked(int row, bool ticked)
{
    if (row < 0 || row >= m_candidates.size() || !importable(m_candidates.at(row)))
        return;
    m_candidates[row].selected = ticked;
    rowChanged(row);
}

int MailPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int MailPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MailPreviewModel::editable(const core::MailCandidate &c, int column) const
{
    switch (column) {
    case ProgramColumn:
    case DirectionColumn:
    case KindColumn: return importable(c);
    case ContactColumn: return c.status == MailStatus::Ready;
    default: return false;
    }
}

Qt::ItemFlags MailPreviewModel::flags(const QModelIndex &index) const
{
    const core::MailCandidate *c = candidateAt(index);
    if (!c)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ImportColumn && importable(*c))
        f |= Qt::ItemIsUserCheckable;
    if (editable(*c, index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QString MailPreviewModel::statusLabel(MailStatus status)
{
    switch (status) {
    case MailStatus::Ready: return tr("Ready");
    case MailStatus::Unmatched: return tr("Unmatched");
    case MailStatus::Duplicate: return tr("Duplicate");
    case MailStatus::Broken: return tr("Broken");
    }
    return {};
}

QVariant MailPreviewModel::display(const core::MailCandidate &c, int column) const
{
    const core::Communication &comm = c.communication;
    const bool placed = c.status == MailStatus::Ready;
    switch (column) {
    case DateColumn:
        return comm.at.isValid() ? DateTimeText::forSeason(m_session.snapshot().season)
                                       .dateTime(comm.at, DateTimeText::Context::Cell)
                                 : tr("no date");
    case FromColumn: return senderOf(c.message);
    case SubjectColumn: return c.message.subject.isEmpty() ? tr("(no subject)") : c.message.subject;
    case ProgramColumn: {
        if (c.status == MailStatus::Unmatched)
            return tr("Choose a program…");
        const core::Program *p = placed ? m_session.program(comm.programId) : nullptr;
        return p ? p->name : QString();
    }
    case ContactColumn: {
        const core::Contact *k =
            placed && comm.contactId ? m_session.contact(*comm.contactId) : nullptr;
        return k ? k->formalName() : QString();
    }
    case DirectionColumn: return importable(c) ? labels::direction(comm.direction) : QString();
    case KindColumn:
        if (!importable(c))
            return QString();
        return comm.kindGuessed ? tr("%1 (guessed)").arg(labels::kind(comm.kind))
                                : labels::kind(comm.kind);
    case StatusColumn:
        if (c.status == MailStatus::Broken) // the file and byte are in the tooltip
            return tr("Broken: message %1, line %2")
                .arg(c.message.position.index)
                .arg(c.message.position.line);
        if (c.status == MailStatus::Ready && !c.selected)
            return tr("Left out");
        return statusLabel(c.status);
    default: return {};
    }
}

QVariant MailPreviewModel::value(const core::MailCandidate &c, int column) const
{
    const core::Communication &comm = c.communication;
    switch (column) {
    case ProgramColumn: return c.status == MailStatus::Ready ? comm.programId : qint64(0);
    case ContactColumn: return comm.contactId.value_or(0);
    case DirectionColumn: return int(comm.direction);
    case KindColumn: return int(comm.kind);
    default: return {};
    }
}

QPair<QStringList, QVariantList> MailPreviewModel::choices(const core::MailCandidate &c,
                                                           int column) const
{
    QPair<QStringList, QVariantList> out;
    if (column == ProgramColumn) {
        QList<const core::Program *> programs;
        for (const core::Program &p : m_session.snapshot().programs)
            programs << &p;
        std::sort(programs.begin(), programs.end(), [](const auto *a, const auto *b) {
            return a->name.localeAwareCompare(b->name) < 0;
        });
        for (const core::Program *p : programs) {
            out.first << p->name;
            out.second << p->id;
        }
    } else if (column == ContactColumn) {
        out.first << tr("(no contact)");
        out.second << qint64(0);
        for (const core::Contact &k : m_session.contactsOf(c.communication.programId)) {
            out.first << tr("%1 — %2").arg(k.formalName(), labels::role(k.role));
            out.second << k.id;
        }
    } else if (column == DirectionColumn) {
        out = enumChoices<core::Direction>();
    } else if (column == KindColumn) {
        out = enumChoices<core::Kind>();
    }
    return out;
}

QVariant MailPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnRow(*this, index))
        return {};
    const core::MailCandidate &c = m_candidates.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(c, column);
    case StatusRole: return int(c.status);
    case ReasonRole: return c.reason;
    case ValueRole: return editable(c, column) ? value(c, column) : QVariant();
    case ChoiceLabelsRole: return editable(c, column) ? choices(c, column).first : QVariant();
    case ChoiceValuesRole: return editable(c, column) ? choices(c, column).second : QVariant();
    case Qt::CheckStateRole:
        if (column != ImportColumn)
            return {};
        return c.selected && importable(c) ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return column == DirectionColumn && importable(c) ? directionIcon(c.communication.direction)
                                                          : QVariant();
    case Qt::FontRole:
        if (column == KindColumn && c.communication.kindGuessed) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        if (!importable(c) || (c.status == MailStatus::Ready && !c.selected))
            return column == StatusColumn && c.status == MailStatus::Broken
                       ? labels::severityColor(core::Severity::Violation)
                       : greyed();
        if (c.status == MailStatus::Unmatched &&
            (column == ProgramColumn || column == StatusColumn))
            return labels::severityColor(core::Severity::Warning);
        return {};
    case Qt::ToolTipRole:
        if (column == KindColumn && c.communication.kindGuessed)
            return tr("Guessed from the words of the message; double-click to choose another kind");
        if (column == SubjectColumn)
            return plainText::toolTip(c.message.subject);
        if (column == ProgramColumn && c.status == MailStatus::Ready)
            return plainText::toolTip(display(c, column).toString());
        if (column == FromColumn)
            return plainText::toolTip(
                c.message.from.email.isEmpty()
                    ? c.message.fromHeader
                    : QStringLiteral("%1 <%2>").arg(c.message.from.name, c.message.from.email));
        return c.reason.isEmpty() ? QVariant() : QVariant(plainText::toolTip(c.reason));
    default: return {};
    }
}

bool MailPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const core::MailCandidate *c = candidateAt(index);
    if (!c)
        return false;
    const int row = index.row();
    if (role == Qt::CheckStateRole && index.column() == ImportColumn && importable(*c)) {
        setTicked(row, value.toInt() == Qt::Checked);
        return true;
    }
    if (role != ValueRole && role != Qt::EditRole)
        return false;
    if (!editable(*c, index.column()))
        return false;
    core::Status done;
    switch (index.column()) {
    case ProgramColumn: done = assignProgram(row, value.toLongLong()); break;
    case ContactColumn: done = setContact(row, value.toLongLong()); break;
    case DirectionColumn: setDirection(row, core::Direction(value.toInt())); break;
    case KindColumn: setKind(row, core::Kind(value.toInt())); break;
    default: return false;
    }
    if (!done)
        Q_EMIT editFailed(done.errorMessage());
    return done.ok();
}

QVariant MailPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ImportColumn: return tr("Import");
    case DateColumn: return tr("Date");
    case FromColumn: return tr("From");
    case SubjectColumn: return tr("Subject");
    case ProgramColumn: return tr("Program");
    case ContactColumn: return tr("Contact");
    case DirectionColumn: return tr("Direction");
    case KindColumn: return tr("Kind");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace rapport::ui
