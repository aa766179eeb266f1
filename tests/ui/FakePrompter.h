#pragma once

#include "Prompter.h"

#include <QStringList>

namespace rapport::test {

// Answers the window's questions without a dialog, and remembers them.
class FakePrompter final : public ui::Prompter
{
public:
    bool confirmAnswer = true;
    QString reasonAnswer;
    bool deleteAnswer = true;
    bool demoAnswer = false;
    bool goAheadAnswer = true; // confirm()

    QList<QList<core::Finding>> confirmations; // every list the user was shown
    QStringList deletions;
    QStringList errors;
    QStringList questions;   // confirm()
    QStringList information; // inform()

    bool confirmFindings(QWidget *, const QString &, const QList<core::Finding> &findings,
                         const ui::findingText::RuleTitles &, QString *reason) override
    {
        confirmations << findings;
        if (reason)
            *reason = reasonAnswer;
        return confirmAnswer;
    }
    bool confirmDelete(QWidget *, const QString &what) override
    {
        deletions << what;
        return deleteAnswer;
    }
    void showError(QWidget *, const QString &message) override { errors << message; }
    bool confirm(QWidget *, const QString &, const QString &question, const QString &) override
    {
        questions << question;
        return goAheadAnswer;
    }
    void inform(QWidget *, const QString &, const QString &message) override
    {
        information << message;
    }
    bool offerDemo(QWidget *) override { return demoAnswer; }

    // askUnsaved(): every question asked, and the answer (by default the
    // edits are let go, as before anyone asked).
    ui::UnsavedChoice unsavedAnswer = ui::UnsavedChoice::Discard;
    QStringList unsavedQuestions;
    ui::UnsavedChoice askUnsaved(QWidget *, const QString &question, const QString &) override
    {
        unsavedQuestions << question;
        return unsavedAnswer;
    }

    // resolveConflicts(): the fields to keep the user's value for, or
    // nothing to go back to editing; every list of conflicts shown.
    std::optional<QSet<QString>> keepYours = QSet<QString>();
    QList<QList<core::FieldConflict>> conflictsShown;
    QStringList conflictLabels;
    std::optional<QSet<QString>>
    resolveConflicts(QWidget *, const QString &, const QList<core::FieldConflict> &conflicts,
                     const std::function<QString(const QString &)> &label) override
    {
        conflictsShown << conflicts;
        for (const core::FieldConflict &c : conflicts)
            conflictLabels << label(c.key);
        return keepYours;
    }

    // chooseMergeTarget(): the record to keep, or nothing; every choice
    // offered, and what it said the answer would do.
    std::optional<qint64> mergeAnswer;
    QList<ui::MergeChoice> mergeChoices;
    QString mergeOutcome;
    std::optional<qint64> chooseMergeTarget(QWidget *, const ui::MergeChoice &choice) override
    {
        mergeChoices << choice;
        if (mergeAnswer && choice.outcome)
            mergeOutcome = choice.outcome(*mergeAnswer);
        return mergeAnswer;
    }
};

} // namespace rapport::test
