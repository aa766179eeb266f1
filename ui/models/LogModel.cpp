#include "LogModel.h"

#include "DateTimeText.h"
#include "FindingText.h"
#include "Icons.h"
#include "Labels.h"
#include "PlainText.h"
#include "Session.h"

#include <QBrush>
#include <QCollator>
#include <QFont>
#include <QStringList>
#include <QThreadPool>

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace rapport::ui {

LogModel::LogModel(Session &session, QObject *parent, Updates updates)
    : QAbstractTableModel(parent), m_session(session)
{
    if (updates == Updates::OnSessionChange)
        connect(&m_session, &Session::changed, this, &LogModel::refresh);
    refresh();
}

void LogModel::refresh()
{
    beginResetModel();
    const core::SeasonSnapshot &snapshot = m_session.snapshot();
    // An edit keeps every entry where it was: the index by id still holds.
    const bool sameOrder = std::equal(
        m_rows.cbegin(), m_rows.cend(), snapshot.communications.cbegin(),
        snapshot.communications.cend(),
        [](const core::Communication &a, const core::Communication &b) { return a.id == b.id; });
    // After a reload these hold the last copies of the previous season:
    // freeing 30,000 entries costs more than the rest of a refresh, so a
    // pool thread lets them go.
    QThreadPool::globalInstance()->start([rows = std::move(m_rows),
                                          contacts = std::move(m_contacts),
                                          findings = std::move(m_findingList)] {});
    m_rows = snapshot.communications;
    if (!sameOrder) {
        m_rowOf.clear();
        m_rowOf.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOf.push_back({m_rows.at(i).id, i});
        std::sort(m_rowOf.begin(), m_rowOf.end());
    }
    m_programNames.clear();
    for (const core::Program &p : snapshot.programs)
        m_programNames.insert(p.id, p.name);
    m_contacts = snapshot.contacts;
    m_contactAt.clear();
    for (int i = 0; i < m_contacts.size(); ++i)
        m_contactAt.insert(m_contacts.at(i).id, i);
    m_findingList = m_session.findings();
    m_findings.clear();
    for (const core::Finding &f : std::as_const(m_findingList)) {
        const auto id = f.communicationId();
        if (!id)
            continue;
        Findings &entry = m_findings[*id];
        if (entry.count == 0 || core::moreSevere(f.severity, entry.worst))
            entry.worst = f.severity;
        ++entry.count;
    }
    m_sortKeys.fill(std::nullopt);
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::Communication *LogModel::communicationAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex LogModel::indexOf(qint64 communicationId, int column) const
{
    const auto it = std::lower_bound(m_rowOf.cbegin(), m_rowOf.cend(),
                                     std::pair<qint64, int>(communicationId, 0));
    return it == m_rowOf.cend() || it->first != communicationId ? QModelIndex()
                                                                : index(it->second, column);
}

int LogModel::findingCount(qint64 communicationId) const
{
    return m_findings.value(communicationId).count;
}

std::optional<core::Severity> LogModel::worstSeverity(qint64 communicationId) const
{
    const auto it = m_findings.constFind(communicationId);
    if (it == m_findings.cend())
        return std::nullopt;
    return it->worst;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    const core::Communication *c = communicationAt(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*c, index.column());
    case Qt::DecorationRole: return decoration(*c, index.column());
    case Qt::ToolTipRole: return toolTip(*c, index.column());
    case Qt::ForegroundRole:
        if (index.column() == FindingsColumn) {
            if (const auto worst = worstSeverity(c->id))
                return QBrush(labels::severityColor(*worst));
        }
        return {};
    case Qt::FontRole:
        if (c->state == core::CommState::Draft) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FindingsColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case IdRole: return c->id;
    case ProgramIdRole: return c->programId;
    case DateRole: return c->at.date();
    case DirectionRole: return static_cast<int>(c->direction);
    case KindRole: return static_cast<int>(c->kind);
    case FindingCountRole: return findingCount(c->id);
    case WorstSeverityRole: {
        const auto worst = worstSeverity(c->id);
        return worst ? static_cast<int>(*worst) : -1;
    }
    default: return {};
    }
}

QVariant LogModel::display(const core::Communication &c, int column) const
{
    switch (column) {
    case DateColumn:
        return DateTimeText::forSeason(m_session.snapshot().season)
            .dateTime(c.at, DateTimeText::Context::Cell);
    case ProgramColumn: return m_programNames.value(c.programId);
    case ContactColumn: {
        const auto it = c.contactId ? m_contactAt.constFind(*c.contactId) : m_contactAt.cend();
        return it == m_contactAt.cend() ? QString() : m_contacts.at(*it).fullName();
    }
    case DirectionColumn: return labels::direction(c.direction);
    case ChannelColumn: return labels::channel(c.channel);
    case KindColumn: return labels::kind(c.kind);
    case SubjectColumn: return c.subject;
    case StateColumn: return labels::state(c.state);
    case FindingsColumn: {
        const int count = findingCount(c.id);
        return count ? QVariant(count) : QVariant();
    }
    default: return {};
    }
}

QVariant LogModel::decoration(const core::Communication &c, int column) const
{
    switch (column) {
    case DirectionColumn: return directionIcon(c.direction);
    case ChannelColumn: return channelIcon(c.channel);
    case FindingsColumn:
        if (const auto worst = worstSeverity(c.id))
            return severityIcon(*worst);
        return {};
    default: return {};
    }
}

QVariant LogModel::toolTip(const core::Communication &c, int column) const
{
    switch (column) {
    case DateColumn:
        return DateTimeText::forSeason(m_session.snapshot().season)
            .dateTime(c.at, DateTimeText::Context::Tooltip);
    case SubjectColumn: return plainText::toolTip(c.subject);
    case FindingsColumn: return plainText::toolTip(findingMessages(c.id));
    default: return {};
    }
}

QString LogModel::findingMessages(qint64 communicationId) const
{
    // Made when a tooltip asks, not for thousands of findings per refresh.
    if (!m_findings.contains(communicationId))
        return {};
    QStringList messages;
    for (const core::Finding &f : m_findingList) {
        if (f.communicationId() == communicationId)
            messages << QStringLiteral("%1: %2%3")
                            .arg(findingText::severityLabel(f), f.message(),
                                 f.acknowledged ? tr(" (acknowledged)") : QString());
    }
    return messages.join(QLatin1Char('\n'));
}

const std::vector<qint64> &LogModel::sortKeys(int column) const
{
    Q_ASSERT(column >= 0 && column < ColumnCount);
    std::optional<std::vector<qint64>> &keys = m_sortKeys.at(column);
    if (!keys)
        keys = makeSortKeys(column);
    return *keys;
}

std::vector<qint64> LogModel::makeSortKeys(int column) const
{
    std::vector<qint64> keys;
    keys.reserve(m_rows.size());
    switch (column) {
    case DateColumn:
        for (const core::Communication &c : m_rows)
            keys.push_back(c.at.toMSecsSinceEpoch());
        return keys;
    case FindingsColumn:
        // Worst first, then how many.
        for (const core::Communication &c : m_rows) {
            const auto worst = worstSeverity(c.id);
            keys.push_back(worst ? (static_cast<int>(*worst) + 1) * 10000 + findingCount(c.id) : 0);
        }
        return keys;
    default: return collatedKeys(column);
    }
}

std::vector<qint64> LogModel::collatedKeys(int column) const
{
    // Rows of one program, contact or label show the same text: its text is
    // made and collated once (4,000 programs for 30,000 rows).
    const auto groupOf = [column](const core::Communication &c) -> std::optional<qint64> {
        switch (column) {
        case ProgramColumn: return c.programId;
        case ContactColumn: return c.contactId.value_or(0);
        case DirectionColumn: return static_cast<int>(c.direction);
        case ChannelColumn: return static_cast<int>(c.channel);
        case KindColumn: return static_cast<int>(c.kind);
        case StateColumn: return static_cast<int>(c.state);
        default: return std::nullopt;
        }
    };
    QHash<qint64, int> groupText;
    QHash<QString, int> distinctOf;
    QStringList distinct;
    std::vector<int> rowText;
    rowText.reserve(m_rows.size());
    for (const core::Communication &c : m_rows) {
        const std::optional<qint64> group = groupOf(c);
        if (group) {
            if (const auto it = groupText.constFind(*group); it != groupText.cend()) {
                rowText.push_back(*it);
                continue;
            }
        }
        const QString text = display(c, column).toString();
        auto it = distinctOf.constFind(text);
        if (it == distinctOf.cend()) {
            it = distinctOf.insert(text, static_cast<int>(distinct.size()));
            distinct << text;
        }
        rowText.push_back(*it);
        if (group)
            groupText.insert(*group, *it);
    }

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> collated;
    collated.reserve(distinct.size());
    for (const QString &text : std::as_const(distinct))
        collated.push_back(collator.sortKey(text));
    std::vector<int> order(distinct.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return collated[a].compare(collated[b]) < 0; });
    // Texts the collator holds equal ("ABC", "abc") share a rank.
    std::vector<qint64> rank(distinct.size());
    qint64 current = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && collated[order[i - 1]].compare(collated[order[i]]) != 0)
            ++current;
        rank[order[i]] = current;
    }

    std::vector<qint64> keys;
    keys.reserve(rowText.size());
    for (int text : rowText)
        keys.push_back(rank[text]);
    return keys;
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case ProgramColumn: return tr("Program");
    case ContactColumn: return tr("Contact");
    case DirectionColumn: return tr("Direction");
    case ChannelColumn: return tr("Channel");
    case KindColumn: return tr("Kind");
    case SubjectColumn: return tr("Subject");
    case StateColumn: return tr("State");
    case FindingsColumn: return tr("Findings");
    default: return {};
    }
}

} // namespace rapport::ui
