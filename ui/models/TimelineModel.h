#pragma once

#include "domain/Communication.h"
#include "domain/Finding.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace rapport::ui {

class Session;

// One program's story in date order: every communication, interleaved with
// the milestones (application, interview, rank-list deadline, Match Day and
// today). Findings per entry come from the session's season check.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Milestone
    {
        Application,
        Interview,
        RankListDeadline,
        MatchDay,
        Today
    };
    Q_ENUM(Milestone)

    enum Role
    {
        IsMilestoneRole = Qt::UserRole + 1,
        MilestoneRole,       // int(Milestone)
        DateTimeRole,        // QDateTime of the entry or milestone
        CommunicationIdRole, // qint64, 0 for milestones
        KindRole,            // int(core::Kind)
        KindLabelRole,
        DirectionRole, // int(core::Direction)
        ChannelRole,   // int(core::Channel)
        ContactIdRole, // qint64, 0 = none
        ContactNameRole,
        SubjectRole,
        FirstLineRole, // first non-empty line of the body
        IsDraftRole,
        FindingSeveritiesRole, // QVariantList of int(core::Severity), worst first
        FindingRulesRole,      // QStringList of rule ids, same order
        FindingMessagesRole,   // QStringList of messages, same order
        IncomingFlaggedRole,   // bool: an incoming message the rules flag
        IsFutureRole,          // bool: after the clock's now
        FindingLabelsRole      // QStringList of badge labels ("Warning", "Program's conduct")
    };

    explicit TimelineModel(Session &session, QObject *parent = nullptr);

    // 0 = no program (an empty timeline).
    void setProgram(qint64 programId);
    qint64 programId() const { return m_programId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    bool isMilestone(const QModelIndex &index) const;
    const core::Communication *communicationAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 communicationId) const;
    // The last entry dated at or before now (where the story stands today).
    QModelIndex currentIndex() const;

    static QString milestoneLabel(Milestone milestone);

public Q_SLOTS:
    void refresh();

private:
    struct Entry
    {
        QDateTime at;
        bool milestone = false;
        Milestone which = Milestone::Today;
        core::Communication communication;
        QString contactName;
        QString firstLine;
        QList<core::Finding> findings; // worst first
        bool flagged = false;
    };

    void addMilestones(const QDateTime &now);
    QVariant communicationData(const Entry &e, int role) const;

    Session &m_session;
    qint64 m_programId = 0;
    QList<Entry> m_entries;
};

} // namespace rapport::ui
