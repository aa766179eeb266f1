#pragma once

#include "io/MailImport.h"

#include <QAbstractTableModel>

namespace rapport::ui {

class Session;

// Every message of a mail import, as it would be stored: a tick (untick to
// leave it out), date, sender, subject, the program and contact it goes to,
// direction, kind (guessed until the user picks one) and status. Program,
// contact, direction and kind are edited through ValueRole with the ids or
// enum values ChoiceValuesRole offers; nothing is written here.
class MailPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ImportColumn,
        DateColumn,
        FromColumn,
        SubjectColumn,
        ProgramColumn,
        ContactColumn,
        DirectionColumn,
        KindColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // int(core::MailStatus)
        ReasonRole,                    // why it is not ready
        ValueRole,                     // editable columns: program id, contact id (0 = none),
                                       // int(Direction), int(Kind)
        ChoiceLabelsRole,              // QStringList offered by an editable cell
        ChoiceValuesRole               // QVariantList, same order
    };

    struct Counts
    {
        int ready = 0;
        int unmatched = 0;
        int duplicates = 0;
        int broken = 0;
        int toImport = 0;        // ticked and ready
        int tickedUnmatched = 0; // block the import until assigned or unticked
    };

    explicit MailPreviewModel(Session &session, QObject *parent = nullptr);

    // import must outlive the model's use of it (it assigns programs).
    void setCandidates(const core::MailImport *import, QList<core::MailCandidate> candidates);
    const QList<core::MailCandidate> &candidates() const { return m_candidates; }
    const core::MailCandidate *candidateAt(const QModelIndex &index) const;
    Counts counts() const;

    // The user's changes; each re-settles the row and emits dataChanged.
    core::Status assignProgram(int row, qint64 programId);
    core::Status setContact(int row, qint64 contactId); // 0 = none
    void setDirection(int row, core::Direction direction);
    void setKind(int row, core::Kind kind);
    void setTicked(int row, bool ticked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusLabel(core::MailStatus status);

Q_SIGNALS:
    // A change the import refused (e.g. a program that no longer exists).
    void editFailed(const QString &message);

private:
    bool editable(const core::MailCandidate &c, int column) const;
    QVariant display(const core::MailCandidate &c, int column) const;
    QVariant value(const core::MailCandidate &c, int column) const;
    QPair<QStringList, QVariantList> choices(const core::MailCandidate &c, int column) const;
    void rowChanged(int row);

    Session &m_session;
    const core::MailImport *m_import = nullptr;
    QList<core::MailCandidate> m_candidates;
};

} // namespace rapport::ui
