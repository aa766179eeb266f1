#include "LogModel.h"

#include "DateTimeText.h"
#include "FindingText.h"
#include "Icons.h"
#include "Labels.h"
#include "PlainText.h"
#include "Session.h"

#include <QBrush>
#include <QCollator>
#include <QCoreApplication>
#include <QFont>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <map>
#include <memory>
#include <numeric>

namespace rapport::ui {

LogModel::LogModel(Session &session, QObject *parent, Updates updates)
    : QAbstractTableModel(parent), m_session(session)
{
    if (updates == Updates::OnSessionChange)
        connect(&m_session, &Session::changed, this, &LogModel::refresh);
    refresh();
}

namespace {

// Whether two lists hold the same rows, each as last stamped.
template <typename T> bool sameRevisions(const QList<T> &a, const QList<T> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const T &x, const T &y) {
        return x.id == y.id && x.revision == y.revision;
    });
}

} // namespace

void LogModel::refresh()
{
    const core::SeasonSnapshot &snapshot = m_session.snapshot();
    const QList<core::Communication> &rows = snapshot.communications;
    // An edit keeps every entry where it was. Within one file (its epoch) a
    // row whose revision stayed the same is the row already shown.
    bool inPlace = m_epoch == snapshot.epoch && m_revision <= snapshot.revision &&
                   m_season == snapshot.season && m_rows.size() == rows.size();
    std::vector<int> edited;
    for (qsizetype row = 0; inPlace && row < rows.size(); ++row) {
        const core::Communication &was = m_rows.at(row);
        const core::Communication &now = rows.at(row);
        if (was.id != now.id)
            inPlace = false;
        else if (was.revision != now.revision)
            edited.push_back(static_cast<int>(row));
    }
    if (inPlace)
        update(snapshot, edited);
    else
        reset(snapshot);
    m_epoch = snapshot.epoch;
    m_revision = snapshot.revision;
    m_season = snapshot.season;
}

void LogModel::reset(const core::SeasonSnapshot &snapshot)
{
    beginResetModel();
    letGoOfRows();
    m_rows = snapshot.communications;
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.emplace_back(m_rows.at(i).id, i);
    std::sort(m_rowOf.begin(), m_rowOf.end());
    m_programs = snapshot.programs;
    m_programNames = programNames(m_programs);
    m_contacts = snapshot.contacts;
    m_contactAt = contactIndex(m_contacts);
    m_findingList = m_session.findings();
    m_findings = findingsByEntry(m_findingList);
    m_sortKeys.fill(std::nullopt);
    ++m_keyGeneration;
    endResetModel();
    collateInBackground();
}

// Tells the views which cells changed rather than resetting: the rows
// shown repaint only where they changed, the selection and the order stay,
// and the sort keys of the columns untouched still hold.
void LogModel::update(const core::SeasonSnapshot &snapshot, const std::vector<int> &edited)
{
    std::map<int, unsigned> changed; // row -> columns, as bits
    for (int row : edited)
        changed[row] = changedColumns(m_rows.at(row), snapshot.communications.at(row));

    // Programs and contacts stamped since: their rows show another name
    // only if the name changed.
    QSet<qint64> renamed;
    if (!sameRevisions(m_programs, snapshot.programs)) {
        QHash<qint64, QString> names = programNames(snapshot.programs);
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (m_programNames.value(it.key()) != it.value())
                renamed.insert(it.key());
        }
        m_programNames = std::move(names);
    }
    m_programs = snapshot.programs;
    QSet<qint64> contactsChanged;
    if (!sameRevisions(m_contacts, snapshot.contacts)) {
        QHash<qint64, int> contactAt = contactIndex(snapshot.contacts);
        for (auto it = contactAt.cbegin(); it != contactAt.cend(); ++it) {
            const auto old = m_contactAt.constFind(it.key());
            if (old == m_contactAt.cend())
                continue; // new: only rows edited since can name it
            const core::Contact &was = m_contacts.at(*old);
            const core::Contact &now = snapshot.contacts.at(*it);
            if (was.revision != now.revision && was.fullName() != now.fullName())
                contactsChanged.insert(it.key());
        }
        m_contactAt = std::move(contactAt);
    }
    letGoOfRows();
    m_contacts = snapshot.contacts;
    m_rows = snapshot.communications;
    if (!renamed.isEmpty() || !contactsChanged.isEmpty()) {
        for (int row = 0; row < m_rows.size(); ++row) {
            const core::Communication &c = m_rows.at(row);
            if (renamed.contains(c.programId))
                changed[row] |= 1U << ProgramColumn;
            if (c.contactId && contactsChanged.contains(*c.contactId))
                changed[row] |= 1U << ContactColumn;
        }
    }

    QList<core::Finding> findingList = m_session.findings();
    QHash<qint64, Findings> findings = findingsByEntry(findingList);
    const auto rowOf = [this](qint64 id) {
        if (const QModelIndex index = indexOf(id); index.isValid())
            return index.row();
        return -1;
    };
    for (auto it = findings.cbegin(); it != findings.cend(); ++it) {
        const auto old = m_findings.constFind(it.key());
        if (old == m_findings.cend() || old->count != it->count || old->worst != it->worst) {
            if (const int row = rowOf(it.key()); row >= 0)
                changed[row] |= 1U << FindingsColumn;
        }
    }
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it) {
        if (!findings.contains(it.key())) {
            if (const int row = rowOf(it.key()); row >= 0)
                changed[row] |= 1U << FindingsColumn;
        }
    }
    m_findingList = std::move(findingList);
    m_findings = std::move(findings);

    unsigned columns = 0;
    for (const auto &[row, bits] : changed)
        columns |= bits;
    for (int c = 0; c < ColumnCount; ++c) {
        if (columns & (1U << c))
            m_sortKeys.at(static_cast<std::size_t>(c)).reset();
    }
    if (columns == 0)
        return;
    ++m_keyGeneration;
    collateInBackground();
    const auto first = [](unsigned bits) {
        return std::countr_zero(bits);
    };
    const auto last = [](unsigned bits) {
        return 31 - std::countl_zero(bits);
    };
    // Past a screenful one signal says it all: the view repaints once.
    if (changed.size() > 64) {
        Q_EMIT dataChanged(index(changed.begin()->first, first(columns)),
                           index(changed.rbegin()->first, last(columns)));
        return;
    }
    for (const auto &[row, bits] : changed) {
        if (bits)
            Q_EMIT dataChanged(index(row, first(bits)), index(row, last(bits)));
    }
}

static_assert(LogModel::ColumnCount < 32, "a column is one bit of an unsigned");

unsigned LogModel::changedColumns(const core::Communication &was, const core::Communication &now)
{
    // A draft is shown in italics in every column.
    if ((was.state == core::CommState::Draft) != (now.state == core::CommState::Draft))
        return (1U << ColumnCount) - 1;
    unsigned bits = 0;
    const auto mark = [&bits](bool differs, int column) {
        if (differs)
            bits |= 1U << column;
    };
    mark(was.at != now.at || was.at.offsetFromUtc() != now.at.offsetFromUtc(), DateColumn);
    mark(was.programId != now.programId, ProgramColumn);
    mark(was.contactId != now.contactId, ContactColumn);
    mark(was.direction != now.direction, DirectionColumn);
    mark(was.channel != now.channel, ChannelColumn);
    mark(was.kind != now.kind, KindColumn);
    mark(was.subject != now.subject, SubjectColumn);
    mark(was.state != now.state, StateColumn);
    return bits;
}

void LogModel::letGoOfRows()
{
    // After a reload these hold the last copies of the previous season:
    // freeing 30,000 entries costs more than the rest of a refresh, so a
    // pool thread lets them go.
    QThreadPool::globalInstance()->start([rows = std::move(m_rows),
                                          contacts = std::move(m_contacts),
                                          findings = std::move(m_findingList)] {});
}

QHash<qint64, QString> LogModel::programNames(const QList<core::Program> &programs)
{
    QHash<qint64, QString> names;
    names.reserve(programs.size());
    for (const core::Program &p : programs)
        names.insert(p.id, p.name);
    return names;
}

QHash<qint64, int> LogModel::contactIndex(const QList<core::Contact> &contacts)
{
    QHash<qint64, int> at;
    at.reserve(contacts.size());
    for (int i = 0; i < contacts.size(); ++i)
        at.insert(contacts.at(i).id, i);
    return at;
}

QHash<qint64, LogModel::Findings> LogModel::findingsByEntry(const QList<core::Finding> &findings)
{
    QHash<qint64, Findings> out;
    out.reserve(findings.size());
    for (const core::Finding &f : findings) {
        const auto id = f.communicationId();
        if (!id)
            continue;
        Findings &entry = out[*id];
        if (entry.count == 0 || core::moreSevere(f.severity, entry.worst))
            entry.worst = f.severity;
        ++entry.count;
    }
    return out;
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
    case ProgramColumn:
    case ContactColumn: return cellText(c, column, m_programNames, m_contacts, m_contactAt);
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

bool LogModel::sortKeysMade(int column) const
{
    return m_sortKeys.at(static_cast<std::size_t>(column)).has_value();
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
    return collate(m_rows, column, [this, column](const core::Communication &c) {
        return display(c, column).toString();
    });
}

std::vector<qint64>
LogModel::collate(const QList<core::Communication> &rows, int column,
                  const std::function<QString(const core::Communication &)> &text)
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
    rowText.reserve(rows.size());
    for (const core::Communication &c : rows) {
        const std::optional<qint64> group = groupOf(c);
        if (group) {
            if (const auto it = groupText.constFind(*group); it != groupText.cend()) {
                rowText.push_back(*it);
                continue;
            }
        }
        const QString shown = text(c);
        auto it = distinctOf.constFind(shown);
        if (it == distinctOf.cend()) {
            it = distinctOf.insert(shown, static_cast<int>(distinct.size()));
            distinct << shown;
        }
        rowText.push_back(*it);
        if (group)
            groupText.insert(*group, *it);
    }

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> collated;
    collated.reserve(distinct.size());
    for (const QString &one : std::as_const(distinct))
        collated.push_back(collator.sortKey(one));
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
    for (int row : rowText)
        keys.push_back(rank[row]);
    return keys;
}

void LogModel::collateInBackground()
{
    // The columns of names and subjects are collated on a pool thread after
    // a refresh, so that the first sort by one (29,000 subjects at 100x:
    // 25 ms) finds its keys made; a refresh meanwhile makes them stale.
    std::vector<int> columns;
    for (const int column : {SubjectColumn, ProgramColumn, ContactColumn}) {
        if (!m_sortKeys.at(static_cast<std::size_t>(column)))
            columns.push_back(column);
    }
    if (columns.empty() || m_rows.isEmpty())
        return;
    const quint64 generation = m_keyGeneration;
    // Read on the window's thread only, where the model lives and dies.
    auto model = std::make_shared<QPointer<LogModel>>(this);
    QThreadPool::globalInstance()->start([rows = m_rows, names = m_programNames,
                                          contacts = m_contacts, contactAt = m_contactAt,
                                          columns = std::move(columns), generation, model] {
        std::vector<std::pair<int, std::vector<qint64>>> made;
        for (const int column : columns)
            made.emplace_back(column, collate(rows, column, [&](const core::Communication &c) {
                                  return cellText(c, column, names, contacts, contactAt);
                              }));
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return; // quitting
        QMetaObject::invokeMethod(
            app,
            [made = std::move(made), generation, model]() mutable {
                LogModel *log = model->data();
                if (!log || log->m_keyGeneration != generation)
                    return;
                for (auto &[column, keys] : made) {
                    auto &slot = log->m_sortKeys.at(static_cast<std::size_t>(column));
                    if (!slot)
                        slot = std::move(keys);
                }
            },
            Qt::QueuedConnection);
    });
}

QString LogModel::cellText(const core::Communication &c, int column,
                           const QHash<qint64, QString> &programNames,
                           const QList<core::Contact> &contacts,
                           const QHash<qint64, int> &contactAt)
{
    switch (column) {
    case ProgramColumn: return programNames.value(c.programId);
    case ContactColumn: {
        const auto it = c.contactId ? contactAt.constFind(*c.contactId) : contactAt.cend();
        return it == contactAt.cend() ? QString() : contacts.at(*it).fullName();
    }
    case SubjectColumn: return c.subject;
    default: return {};
    }
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
