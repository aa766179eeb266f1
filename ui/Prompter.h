#pragma once

#include "FindingText.h"

#include "domain/Finding.h"
#include "storage/RowMerge.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace rapport::ui {

// Merging one record into another: the user picks the one to keep.
struct MergeChoice
{
    QString title;                            // "Merge Riverside Into…"
    QString question;                         // what goes, in a sentence
    QList<QPair<qint64, QString>> candidates; // id and name, in the order shown
    // What the merge into the given one moves and keeps, shown as it is chosen.
    std::function<QString(qint64 keepId)> outcome;
};

// Edits about to be lost: keep them, let them go, or go back to them.
enum class UnsavedChoice
{
    Save,
    Discard,
    Cancel
};

// Every question the window asks the user goes through here, so tests can
// answer without a modal dialog blocking them.
class Prompter
{
public:
    virtual ~Prompter() = default;

    // Going past warnings or violations: true to go ahead; *reason gets the
    // user's optional reason. titles names each finding's rule.
    virtual bool confirmFindings(QWidget *parent, const QString &action,
                                 const QList<core::Finding> &findings,
                                 const findingText::RuleTitles &titles, QString *reason) = 0;
    virtual bool confirmDelete(QWidget *parent, const QString &what) = 0;
    virtual void showError(QWidget *parent, const QString &message) = 0;
    // A step with a consequence (restoring a backup): true to go ahead;
    // action is the word on the button that goes ahead.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question,
                         const QString &action) = 0;
    // Something to read and dismiss, such as where a backup was written.
    virtual void inform(QWidget *parent, const QString &title, const QString &message) = 0;
    // First run with an empty database: open a demo season?
    virtual bool offerDemo(QWidget *parent) = 0;
    // Fields another writer changed while the user edited them too: the
    // keys of those where the user keeps their own value (the others take
    // the stored one), or nothing to go back to editing. label names a
    // field by its key as the form shows it.
    virtual std::optional<QSet<QString>>
    resolveConflicts(QWidget *parent, const QString &what,
                     const QList<core::FieldConflict> &conflicts,
                     const std::function<QString(const QString &)> &label) = 0;
    // The record to keep, or nothing to leave both as they are.
    virtual std::optional<qint64> chooseMergeTarget(QWidget *parent, const MergeChoice &choice) = 0;
    // Unsaved edits a step would throw away: question says what and why
    // ("Discard the changes to Lakeside's details?"); save is the word on
    // the button that keeps them ("Save", "Save draft").
    virtual UnsavedChoice askUnsaved(QWidget *parent, const QString &question,
                                     const QString &save) = 0;
};

// The real dialogs.
class DialogPrompter final : public Prompter
{
public:
    bool confirmFindings(QWidget *parent, const QString &action,
                         const QList<core::Finding> &findings,
                         const findingText::RuleTitles &titles, QString *reason) override;
    bool confirmDelete(QWidget *parent, const QString &what) override;
    void showError(QWidget *parent, const QString &message) override;
    bool confirm(QWidget *parent, const QString &title, const QString &question,
                 const QString &action) override;
    void inform(QWidget *parent, const QString &title, const QString &message) override;
    bool offerDemo(QWidget *parent) override;
    std::optional<QSet<QString>>
    resolveConflicts(QWidget *parent, const QString &what,
                     const QList<core::FieldConflict> &conflicts,
                     const std::function<QString(const QString &)> &label) override;
    std::optional<qint64> chooseMergeTarget(QWidget *parent, const MergeChoice &choice) override;
    UnsavedChoice askUnsaved(QWidget *parent, const QString &question,
                             const QString &save) override;
};

} // namespace rapport::ui
