#include "ProgramListModel.h"

#include "AllowanceText.h"
#include "DateTimeText.h"
#include "FindingText.h"
#include "Icons.h"
#include "Labels.h"
#include "PlainText.h"
#include "Session.h"
#include "models/OwnRow.h"

#include "rules/RuleEngine.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <limits>

namespace rapport::ui {
namespace {

QString location(const core::Program &p)
{
    if (p.city.isEmpty() || p.state.isEmpty())
        return p.city + p.state;
    return p.city + QStringLiteral(", ") + p.state;
}

QIcon tinted(const QIcon &icon, const QColor &color)
{
    QPixmap pixmap = icon.pixmap(16, 16);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), color);
    painter.end();
    return QIcon(pixmap);
}

} // namespace

ProgramListModel::ProgramListModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_star(themeIcon(QStringLiteral("starred")))
{
    m_extraStar = tinted(m_star, AllowanceText::overColor());
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    m_noStar = QIcon(blank);
    refresh();
}

std::optional<core::Quota> ProgramListModel::quotaOf(int column)
{
    switch (column) {
    case PreInterviewColumn: return core::Quota::PreInterview;
    case ThankYouColumn: return core::Quota::ThankYou;
    case PostInterviewColumn: return core::Quota::PostInterview;
    default: return std::nullopt;
    }
}

void ProgramListModel::refresh()
{
    // The season's worker made the rows beside its check when they are for
    // the season and time shown; otherwise they are made here.
    std::shared_ptr<const ProgramRows> made = m_session.programRows();
    if (!made)
        made = std::make_shared<const ProgramRows>(
            ProgramRows::make(m_session.snapshot(), m_session.engine().allowances(),
                              m_session.findings(), m_session.clock().now()));
    const ProgramRows &rows = *made;
    // The holder shows in every starred row's tooltip.
    const bool holderChanged = rows.holderName != m_holderName || rows.holderAt != m_holderAt;
    m_holderName = rows.holderName;
    m_holderAt = rows.holderAt;
    const QSet<qint64> *changed = m_applied ? rows.changedSince(m_applied) : nullptr;
    m_applied = rows.serial;
    applyRows(rows.rows, holderChanged, changed);
    // The rows shown point into it.
    m_session.letGo(std::exchange(m_made, std::move(made)));
}

QSet<QString> ProgramListModel::nextTexts() const
{
    return m_made ? m_made->nextTexts : QSet<QString>();
}

void ProgramListModel::applyRows(const QList<Row> &rows, bool everyRowChanged,
                                 const QSet<qint64> *changedPrograms)
{
    bool sameOrder = rows.size() == m_rows.size();
    for (int i = 0; sameOrder && i < rows.size(); ++i)
        sameOrder = rows.at(i).program->id == m_rows.at(i).program->id;
    // Nothing added, removed or moved is the usual write.
    if (!sameOrder)
        rearrangeRows(rows);

    // The new rows replace the old ones whole, shared with whoever made
    // them; rows that show something else are announced, in runs.
    const auto differ = [&](int row) {
        const Row &now = rows.at(row);
        return everyRowChanged || (changedPrograms ? changedPrograms->contains(now.program->id)
                                                   : !Row::showsTheSame(m_rows.at(row), now));
    };
    std::vector<std::pair<int, int>> changed;
    for (int i = 0; i < rows.size(); ++i) {
        if (!differ(i))
            continue;
        int last = i;
        while (last + 1 < rows.size() && differ(last + 1))
            ++last;
        changed.emplace_back(i, last);
        i = last;
    }
    m_session.letGo(std::make_shared<const QList<Row>>(std::exchange(m_rows, rows)));
    for (const auto &[first, last] : changed)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ProgramListModel::rearrangeRows(const QList<Row> &rows)
{
    QHash<qint64, int> oldRow;
    oldRow.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        oldRow.insert(m_rows.at(i).program->id, i);
    // Rows that keep their relative order stay; the others (a renamed
    // program sorts elsewhere) are removed and inserted again. What stays
    // is the longest run of old rows still in increasing order.
    std::vector<int> order; // old rows of the kept programs, in new order
    for (const Row &row : std::as_const(rows)) {
        if (const auto it = oldRow.constFind(row.program->id); it != oldRow.constEnd())
            order.push_back(*it);
    }
    std::vector<int> tails;                    // indices into order: patience sorting
    std::vector<int> before(order.size(), -1); // predecessor in the run
    for (int i = 0; i < static_cast<int>(order.size()); ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), order[std::size_t(i)],
                                         [&](int t, int v) { return order[std::size_t(t)] < v; });
        if (at != tails.begin())
            before[std::size_t(i)] = *(at - 1);
        if (at == tails.end())
            tails.push_back(i);
        else
            *at = i;
    }
    QSet<int> keep; // old rows
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = before[std::size_t(i)])
        keep.insert(order[std::size_t(i)]);

    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (keep.contains(last)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !keep.contains(first - 1))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    // m_rows now holds the kept rows in the new order: insert the others.
    QSet<qint64> kept;
    for (const Row &row : std::as_const(m_rows))
        kept.insert(row.program->id);
    for (int i = 0; i < rows.size(); ++i) {
        if (kept.contains(rows.at(i).program->id))
            continue;
        int last = i;
        while (last + 1 < rows.size() && !kept.contains(rows.at(last + 1).program->id))
            ++last;
        beginInsertRows({}, i, last);
        for (int k = i; k <= last; ++k)
            m_rows.insert(k, rows.at(k));
        endInsertRows();
        i = last;
    }
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).program->id, i);
}

int ProgramListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProgramListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::Program *ProgramListModel::programAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return m_rows.at(index.row()).program;
}

QModelIndex ProgramListModel::indexOf(qint64 programId, int column) const
{
    const auto it = m_rowOf.constFind(programId);
    return it == m_rowOf.constEnd() ? QModelIndex() : index(*it, column);
}

QVariant ProgramListModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnRow(*this, index))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const std::optional<core::Quota> quota = quotaOf(column);
    const core::KindAllowance *kind = quota ? &(*row.allowance)[*quota] : nullptr;
    switch (role) {
    case Qt::DisplayRole: return displayData(row, column);
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == NameColumn) {
            if (!row.allowance->toldTopChoice)
                return m_noStar;
            return row.allowance->holdsTopChoice ? m_star : m_extraStar;
        }
        if (column == FindingsColumn && row.worst)
            return severityIcon(*row.worst);
        return {};
    case Qt::ForegroundRole: return foreground(row, column);
    case Qt::TextAlignmentRole:
        if (kind || column == FindingsColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case ProgramIdRole: return row.program->id;
    case SortRole: return sortData(row, column);
    case StatusRole: return static_cast<int>(row.program->status);
    case SearchTextRole:
        return QString(row.program->name + QLatin1Char('\n') + row.program->institution +
                       QLatin1Char('\n') + row.program->city + QLatin1Char('\n') +
                       row.program->state);
    case TopChoiceRole: return row.allowance->toldTopChoice;
    case QuotaUsedRole: return kind ? QVariant(kind->used) : QVariant();
    case QuotaMaximumRole: return kind ? QVariant(kind->maximum) : QVariant();
    case QuotaRecommendedRole: return kind ? QVariant(kind->recommended) : QVariant();
    case OpenFindingsRole: return row.openFindings;
    case WorstSeverityRole: return row.worst ? static_cast<int>(*row.worst) : -1;
    case NeedsAttentionRole: return row.needsAttention;
    case NextTypeRole: return core::toString(row.allowance->next.type);
    default: return {};
    }
}

QVariant ProgramListModel::displayData(const Row &row, int column) const
{
    const core::Program &p = *row.program;
    switch (column) {
    case NameColumn: return p.name;
    case LocationColumn: return location(p);
    case StatusColumn: return labels::status(p.status);
    // The season spans two years, but the month tells which.
    case InterviewColumn: return dates().date(p.interviewDate, DateTimeText::Context::Compact);
    case PreInterviewColumn:
    case ThankYouColumn:
    case PostInterviewColumn: return AllowanceText::usage((*row.allowance)[*quotaOf(column)]);
    case NextColumn: return row.next;
    case FindingsColumn: return row.openFindings ? QVariant(row.openFindings) : QVariant();
    default: return {};
    }
}

QVariant ProgramListModel::sortData(const Row &row, int column) const
{
    const core::Program &p = *row.program;
    switch (column) {
    case NameColumn: return p.name;
    case LocationColumn: return location(p);
    case StatusColumn: return static_cast<int>(p.status);
    // No interview sorts after every date.
    case InterviewColumn:
        return p.interviewDate.isValid() ? p.interviewDate.toJulianDay()
                                         : std::numeric_limits<qint64>::max();
    case PreInterviewColumn:
    case ThankYouColumn:
    case PostInterviewColumn: return (*row.allowance)[*quotaOf(column)].used;
    case NextColumn: return AllowanceText::nextSortKey(row.allowance->next);
    // Worst severity first, then how many.
    case FindingsColumn:
        return (row.worst ? (static_cast<int>(*row.worst) + 1) * 100000 : 0) + row.openFindings;
    default: return {};
    }
}

QVariant ProgramListModel::foreground(const Row &row, int column) const
{
    if (column == FindingsColumn && row.worst)
        return labels::severityColor(*row.worst);
    if (column != NextColumn)
        return {};
    switch (row.allowance->next.type) {
    case core::NextStep::Type::Due: return AllowanceText::dueColor();
    case core::NextStep::Type::Allowed:
        return AllowanceText::availabilityColor(core::Availability::Now);
    case core::NextStep::Type::Waiting: return {};
    case core::NextStep::Type::Closed:
        return AllowanceText::availabilityColor(core::Availability::Never);
    }
    return {};
}

DateTimeText ProgramListModel::dates() const
{
    return DateTimeText::forSeason(m_session.snapshot().season);
}

QString ProgramListModel::topChoiceNote(const Row &row) const
{
    const core::ProgramAllowance &a = *row.allowance;
    if (!a.toldTopChoice)
        return {};
    const DateTimeText when = dates();
    const QString told = AllowanceText::longDateTime(a.topChoiceAt, when);
    if (a.holdsTopChoice)
        return tr("Top choice: you told this program on %1").arg(told);
    return tr("Told it is your top choice on %1: one program too many (%2 was told first, on %3)")
        .arg(told, m_holderName, AllowanceText::longDateTime(m_holderAt, when));
}

QVariant ProgramListModel::toolTip(const Row &row, int column) const
{
    const core::Program &p = *row.program;
    switch (column) {
    case InterviewColumn:
        return p.interviewDate.isValid()
                   ? QVariant(dates().date(p.interviewDate, DateTimeText::Context::Tooltip))
                   : QVariant();
    case NameColumn: {
        QStringList lines;
        if (!p.institution.isEmpty())
            lines << p.institution;
        if (const QString place = location(p); !place.isEmpty())
            lines << place;
        if (const QString note = topChoiceNote(row); !note.isEmpty())
            lines << note;
        return lines.isEmpty() ? QVariant() : plainText::toolTip(lines);
    }
    case PreInterviewColumn:
    case ThankYouColumn:
    case PostInterviewColumn:
        return plainText::toolTip(
            AllowanceText::details((*row.allowance)[*quotaOf(column)], *row.allowance, dates()));
    case NextColumn: return plainText::toolTip({row.allowance->next.text});
    case FindingsColumn:
        if (!row.worst)
            return tr("No open findings");
        return tr("%n open findings; the worst is: %1", nullptr, row.openFindings)
            .arg(row.worstLabel);
    default: return {};
    }
}

QVariant ProgramListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PreInterviewColumn:
            return tr("Pre-interview interest and update emails: used/maximum");
        case ThankYouColumn:
            return tr("Thank-you rounds: used/maximum (notes to different interviewers within "
                      "the window are one round)");
        case PostInterviewColumn: return tr("Post-interview updates: used/maximum");
        case NextColumn: return tr("The next message allowed or due, and from when");
        case FindingsColumn: return tr("Open findings, coloured by the worst");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Program");
    case LocationColumn: return tr("Location");
    case StatusColumn: return tr("Status");
    case InterviewColumn: return tr("Interview");
    case PreInterviewColumn: return tr("Pre");
    case ThankYouColumn: return tr("Thanks");
    case PostInterviewColumn: return tr("Post");
    case NextColumn: return tr("Next");
    case FindingsColumn: return tr("Findings");
    default: return {};
    }
}

} // namespace rapport::ui
