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

    QList<QList<core::Finding>> confirmations; // every list the user was shown
    QStringList deletions;
    QStringList errors;

    bool confirmFindings(QWidget *, const QString &, const QList<core::Finding> &findings,
                         QString *reason) override
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
    bool offerDemo(QWidget *) override { return demoAnswer; }
};

} // namespace rapport::test
