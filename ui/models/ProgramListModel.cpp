#include "ProgramListModel.h"

#include "Icons.h"
#include "Labels.h"
#include "Session.h"

#include "rules/RuleEngine.h"

#include <QLocale>
#include <QPixmap>
#include <QSet>

#include <limits>

namespace rapport::ui {
namespace {

QString location(const core::Program &p)
{
    if (p.city.isEmpty() || p.state.isEmpty())
        return p.city + p.state;
    return p.city + QStringLiteral(", ") + p.state;
}

} // namespace

ProgramListModel::ProgramListModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_star(themeIcon(QStringLiteral("starred")))
{
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    m_noStar = QIcon(blank);
    refresh();
}

QString ProgramListModel::quotaName(Quota quota)
{
    switch (quota) {
    case PreInterview: return QStringLiteral("pre_interview");
    case ThankYou: return QStringLiteral("thank_you");
    case PostInterview: return QStringLiteral("post_interview");
    case QuotaCount: break;
    }
    return {};
}

void ProgramListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    const core::SeasonSnapshot &snap = m_session.snapshot();
    const core::RuleData &data = m_session.engine().data();
    m_rows.reserve(snap.programs.size());
    for (const core::Program &p : snap.programs) {
        Row row;
        row.program = p;
        row.searchText = p.name + QLatin1Char('\n') + p.institution + QLatin1Char('\n') + p.city +
                         QLatin1Char('\n') + p.state;
        for (int q = 0; q < QuotaCount; ++q) {
            const QString name = quotaName(static_cast<Quota>(q));
            const QString rule = QStringLiteral("quota.") + name;
            const core::QuotaLimit limit = snap.quota.effective(p.id, name);
            QuotaUse &use = row.quotas[static_cast<size_t>(q)];
            use.maximum = limit.maximum.value_or(
                data.number(rule, QStringLiteral("maximum"), q == ThankYou ? 1 : 2));
            use.recommended = limit.recommended.value_or(
                data.number(rule, QStringLiteral("recommended"), use.maximum));
        }
        m_rowOf.insert(p.id, static_cast<int>(m_rows.size()));
        m_rows.append(std::move(row));
    }

    // Which kinds each quota counts comes from the rule data, as the rule
    // engine counts them; thank-you notes count once per day, since one
    // message may go to several interviewers on the same day.
    QHash<core::Kind, Quota> quotaOf;
    for (int q = QuotaCount - 1; q >= 0; --q) {
        const auto quota = static_cast<Quota>(q);
        for (core::Kind kind : data.kinds(QStringLiteral("quota.") + quotaName(quota)))
            quotaOf.insert(kind, quota);
    }
    QSet<QPair<qint64, QDate>> thankYouDays;
    for (const core::Communication &c : snap.communications) {
        const auto it = m_rowOf.constFind(c.programId);
        if (it == m_rowOf.constEnd() || c.direction != core::Direction::Outgoing ||
            c.state != core::CommState::Sent)
            continue;
        Row &row = m_rows[*it];
        if (c.kind == core::Kind::LetterOfIntent)
            row.topChoice = true;
        const auto quota = quotaOf.constFind(c.kind);
        if (quota == quotaOf.constEnd())
            continue;
        if (*quota == ThankYou) {
            const QPair<qint64, QDate> day{c.programId, c.at.date()};
            if (thankYouDays.contains(day))
                continue;
            thankYouDays.insert(day);
        }
        ++row.quotas[static_cast<size_t>(*quota)].used;
    }

    for (const core::Finding &f : m_session.findings()) {
        if (f.acknowledged || !f.programId)
            continue;
        const auto it = m_rowOf.constFind(*f.programId);
        if (it == m_rowOf.constEnd())
            continue;
        Row &row = m_rows[*it];
        ++row.openFindings;
        if (!row.worst || core::moreSevere(f.severity, *row.worst))
            row.worst = f.severity;
        if (f.severity != core::Severity::Info)
            row.needsAttention = true;
    }
    for (const core::Reminder &r : m_session.engine().reminders()) {
        if (!r.programId || !r.id.startsWith(QLatin1String("thank_you")))
            continue;
        if (const auto it = m_rowOf.constFind(*r.programId); it != m_rowOf.constEnd())
            m_rows[*it].needsAttention = true;
    }
    endResetModel();
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
    return &m_rows.at(index.row()).program;
}

QModelIndex ProgramListModel::indexOf(qint64 programId, int column) const
{
    const auto it = m_rowOf.constFind(programId);
    return it == m_rowOf.constEnd() ? QModelIndex() : index(*it, column);
}

bool ProgramListModel::isTopChoice(qint64 programId) const
{
    const auto it = m_rowOf.constFind(programId);
    return it != m_rowOf.constEnd() && m_rows.at(*it).topChoice;
}

QVariant ProgramListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool quotaColumn = column >= PreInterviewColumn && column <= PostInterviewColumn;
    const auto quota = static_cast<size_t>(column - PreInterviewColumn);
    switch (role) {
    case Qt::DisplayRole: return displayData(row, column);
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == NameColumn)
            return row.topChoice ? m_star : m_noStar;
        if (column == FindingsColumn && row.worst)
            return severityIcon(*row.worst);
        return {};
    case Qt::ForegroundRole:
        if (column == FindingsColumn && row.worst)
            return labels::severityColor(*row.worst);
        return {};
    case Qt::TextAlignmentRole:
        if (quotaColumn || column == FindingsColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case ProgramIdRole: return row.program.id;
    case SortRole: return sortData(row, column);
    case StatusRole: return static_cast<int>(row.program.status);
    case SearchTextRole: return row.searchText;
    case TopChoiceRole: return row.topChoice;
    case QuotaUsedRole: return quotaColumn ? QVariant(row.quotas[quota].used) : QVariant();
    case QuotaMaximumRole: return quotaColumn ? QVariant(row.quotas[quota].maximum) : QVariant();
    case QuotaRecommendedRole:
        return quotaColumn ? QVariant(row.quotas[quota].recommended) : QVariant();
    case OpenFindingsRole: return row.openFindings;
    case WorstSeverityRole: return row.worst ? static_cast<int>(*row.worst) : -1;
    case NeedsAttentionRole: return row.needsAttention;
    default: return {};
    }
}

QVariant ProgramListModel::displayData(const Row &row, int column) const
{
    const core::Program &p = row.program;
    switch (column) {
    case NameColumn: return p.name;
    case LocationColumn: return location(p);
    case StatusColumn: return labels::status(p.status);
    // The season spans two years, but the month tells which.
    case InterviewColumn: return QLocale().toString(p.interviewDate, tr("MMM d"));
    case PreInterviewColumn:
    case ThankYouColumn:
    case PostInterviewColumn: {
        const QuotaUse &use = row.quotas[static_cast<size_t>(column - PreInterviewColumn)];
        return QStringLiteral("%1/%2").arg(use.used).arg(use.maximum);
    }
    case FindingsColumn: return row.openFindings ? QVariant(row.openFindings) : QVariant();
    default: return {};
    }
}

QVariant ProgramListModel::sortData(const Row &row, int column) const
{
    const core::Program &p = row.program;
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
    case PostInterviewColumn:
        return row.quotas[static_cast<size_t>(column - PreInterviewColumn)].used;
    // Worst severity first, then how many.
    case FindingsColumn:
        return (row.worst ? (static_cast<int>(*row.worst) + 1) * 100000 : 0) + row.openFindings;
    default: return {};
    }
}

QVariant ProgramListModel::toolTip(const Row &row, int column) const
{
    const core::Program &p = row.program;
    switch (column) {
    case InterviewColumn:
        return p.interviewDate.isValid() ? QLocale().toString(p.interviewDate, QLocale::LongFormat)
                                         : QVariant();
    case NameColumn:
        return row.topChoice
                   ? tr("%1\nTop choice: your letter of intent went here").arg(p.institution)
                   : p.institution;
    case PreInterviewColumn:
    case ThankYouColumn:
    case PostInterviewColumn: {
        const QuotaUse &use = row.quotas[static_cast<size_t>(column - PreInterviewColumn)];
        return tr("%1 sent · recommended %2 · maximum %3")
            .arg(use.used)
            .arg(use.recommended)
            .arg(use.maximum);
    }
    case FindingsColumn:
        if (!row.worst)
            return tr("No open findings");
        return (row.openFindings == 1
                    ? tr("1 open finding; the worst is: %1")
                    : tr("%2 open findings; the worst is: %1").arg(row.openFindings))
            .arg(labels::severity(*row.worst).toLower());
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
            return tr("Pre-interview interest and update messages: sent/maximum");
        case ThankYouColumn: return tr("Thank-you notes (one day counts once): sent/maximum");
        case PostInterviewColumn: return tr("Post-interview updates: sent/maximum");
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
    case FindingsColumn: return tr("Findings");
    default: return {};
    }
}

} // namespace rapport::ui
