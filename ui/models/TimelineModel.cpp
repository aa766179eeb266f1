#include "TimelineModel.h"

#include "DateTimeText.h"
#include "FindingText.h"
#include "Labels.h"
#include "PlainText.h"
#include "Session.h"
#include "models/OwnRow.h"

#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace rapport::ui {
namespace {

// NRMP deadlines are stated in US Eastern time.
QDateTime eastern(const QDate &date, QTime time)
{
    static const QTimeZone zone(QByteArrayLiteral("America/New_York"));
    return zone.isValid() ? QDateTime(date, time, zone)
                          : QDateTime(date, time, QTimeZone(-5 * 3600));
}

// The first line that says something: "Dear Dr. Lopez," tells nothing the
// contact column does not.
QString firstLineOf(const QString &body)
{
    static const QRegularExpression salutation(
        QStringLiteral(R"(^(dear|hello|hi|good (morning|afternoon|evening))\b.{0,60}[,:!]?$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString fallback;
    for (QStringView line : QStringView(body).split(QLatin1Char('\n'))) {
        QString trimmed = line.trimmed().toString();
        if (trimmed.isEmpty())
            continue;
        if (fallback.isEmpty())
            fallback = trimmed;
        if (!salutation.match(trimmed).hasMatch())
            return trimmed;
    }
    return fallback;
}

bool flagsIncoming(const core::Finding &f)
{
    // Info-level notes (e.g. "we will rank you highly") reassure; they need no reply.
    return !f.acknowledged && f.severity != core::Severity::Info &&
           findingText::isProgramConduct(f);
}

} // namespace

TimelineModel::TimelineModel(Session &session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{}

QString TimelineModel::milestoneLabel(Milestone milestone)
{
    switch (milestone) {
    case Milestone::Application: return tr("Applied");
    case Milestone::Interview: return tr("Interview");
    case Milestone::RankListDeadline: return tr("Rank-list deadline");
    case Milestone::MatchDay: return tr("Match Day");
    case Milestone::Today: return tr("Today");
    }
    return {};
}

void TimelineModel::setProgram(qint64 programId)
{
    m_programId = programId;
    refresh();
}

void TimelineModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    const core::Program *program = m_programId ? m_session.program(m_programId) : nullptr;
    if (!program) {
        m_programId = 0;
        endResetModel();
        return;
    }

    // The season's findings are computed once per reload and shared by every
    // page; picking this program's out of them is cheaper than checkProgram().
    QHash<qint64, QList<core::Finding>> findingsOf;
    for (const core::Finding &f : m_session.findings()) {
        if (f.programId != m_programId)
            continue;
        if (const auto id = f.communicationId())
            findingsOf[*id].append(f);
    }
    // The season shown keeps no bodies; a program's few are read here.
    constexpr int kOpening = 600;
    const auto openings =
        core::CommunicationRepository(m_session.db()).openings(m_programId, kOpening);
    for (const core::Communication &c : m_session.snapshot().communications) {
        if (c.programId != m_programId)
            continue;
        Entry e;
        e.at = c.at;
        e.communication = c;
        if (c.contactId) {
            if (const core::Contact *contact = m_session.contact(*c.contactId))
                e.contactName = contact->formalName();
        }
        e.firstLine = openings ? firstLineOf(openings->value(c.id)) : QString();
        e.findings = findingsOf.value(c.id);
        std::stable_sort(e.findings.begin(), e.findings.end(),
                         [](const core::Finding &a, const core::Finding &b) {
                             return core::moreSevere(a.severity, b.severity);
                         });
        e.flagged = c.direction == core::Direction::Incoming &&
                    std::any_of(e.findings.cbegin(), e.findings.cend(), flagsIncoming);
        m_entries.append(std::move(e));
    }
    addMilestones(m_session.clock().now());
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.at < b.at; });
    endResetModel();
}

void TimelineModel::addMilestones(const QDateTime &now)
{
    const core::Program &p = *m_session.program(m_programId);
    const core::Season &season = m_session.snapshot().season;
    const auto add = [this](Milestone which, const QDateTime &at) {
        if (!at.isValid())
            return;
        Entry e;
        e.at = at;
        e.milestone = true;
        e.which = which;
        m_entries.append(std::move(e));
    };
    // A day of the season's calendar, not of the computer's.
    if (p.applicationDate.isValid())
        add(Milestone::Application,
            DateTimeText::forSeason(season).moment(p.applicationDate, QTime(0, 0)));
    add(Milestone::Interview, p.interviewAt());
    if (season.rankListDeadline.isValid())
        add(Milestone::RankListDeadline, eastern(season.rankListDeadline, QTime(21, 0)));
    if (season.matchDay.isValid())
        add(Milestone::MatchDay, eastern(season.matchDay, QTime(13, 0)));
    add(Milestone::Today, now);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

bool TimelineModel::isMilestone(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && m_entries.at(index.row()).milestone;
}

const core::Communication *TimelineModel::communicationAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return nullptr;
    const Entry &e = m_entries.at(index.row());
    return e.milestone ? nullptr : &e.communication;
}

QModelIndex TimelineModel::indexOf(qint64 communicationId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &e = m_entries.at(row);
        if (!e.milestone && e.communication.id == communicationId)
            return index(row);
    }
    return {};
}

QModelIndex TimelineModel::currentIndex() const
{
    const QDateTime now = m_session.clock().now();
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).at <= now)
            return index(row);
    }
    return m_entries.isEmpty() ? QModelIndex() : index(0);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnRow(*this, index))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case IsMilestoneRole: return e.milestone;
    // In the season's zone: the delegate shows the wall-clock time it carries.
    // An interview keeps the time the program gave it, as the header shows.
    case DateTimeRole:
        return e.milestone && e.which == Milestone::Interview
                   ? e.at
                   : DateTimeText::forSeason(m_session.snapshot().season).local(e.at);
    case IsFutureRole: return e.at > m_session.clock().now();
    default: break;
    }
    if (!e.milestone)
        return communicationData(e, role);
    // The season's dates are estimates until the applicant confirms them.
    const bool estimated =
        (e.which == Milestone::RankListDeadline || e.which == Milestone::MatchDay) &&
        !m_session.snapshot().season.datesConfirmed;
    switch (role) {
    case Qt::DisplayRole:
        return estimated ? tr("%1 (estimated)").arg(milestoneLabel(e.which))
                         : milestoneLabel(e.which);
    case Qt::ToolTipRole:
        return estimated ? tr("Estimated date — check the NRMP calendar, then confirm it in "
                              "Settings › Season.")
                         : QVariant();
    case MilestoneRole: return static_cast<int>(e.which);
    case CommunicationIdRole: return qint64(0);
    default: return {};
    }
}

QVariant TimelineModel::communicationData(const Entry &e, int role) const
{
    const core::Communication &c = e.communication;
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole: return c.subject;
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const core::Finding &f : e.findings)
            lines << findingText::severityLabel(f) + QStringLiteral(": ") + f.message();
        return plainText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case CommunicationIdRole: return c.id;
    case KindRole: return static_cast<int>(c.kind);
    case KindLabelRole: return labels::kind(c.kind);
    case DirectionRole: return static_cast<int>(c.direction);
    case ChannelRole: return static_cast<int>(c.channel);
    case ContactIdRole: return c.contactId.value_or(0);
    case ContactNameRole: return e.contactName;
    case FirstLineRole: return e.firstLine;
    case IsDraftRole: return c.state == core::CommState::Draft;
    case FindingSeveritiesRole: {
        QVariantList out;
        for (const core::Finding &f : e.findings)
            out << static_cast<int>(f.severity);
        return out;
    }
    case FindingRulesRole: {
        QStringList out;
        for (const core::Finding &f : e.findings)
            out << f.rule;
        return out;
    }
    case FindingMessagesRole: {
        QStringList out;
        for (const core::Finding &f : e.findings)
            out << f.message();
        return out;
    }
    case FindingLabelsRole: {
        QStringList out;
        for (const core::Finding &f : e.findings)
            out << findingText::severityLabel(f);
        return out;
    }
    case IncomingFlaggedRole: return e.flagged;
    default: return {};
    }
}

} // namespace rapport::ui
