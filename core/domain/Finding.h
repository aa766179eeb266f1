#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace rapport::core {

// Where a finding's words are in its message, in UTF-16 code units of the
// subject line or of the body as stored.
struct TextSpan
{
    bool inSubject = false;
    qsizetype start = 0;
    qsizetype length = 0;
};

// A message put into words when it is read, from the few values it needs:
// a rule with thousands of findings keeps those instead of the text.
class MessageText
{
public:
    virtual ~MessageText() = default;
    virtual QString text() const = 0;
};

struct Finding
{
    QString rule;     // e.g. "quota.pre_interview"
    QString guidance; // why: the guidance the rule rests on
    std::optional<qint64> programId;
    QList<qint64> communicationIds; // first one is the entry the finding is about
    // Side by side, with no padding between: a season has 10,000 findings.
    Severity severity = Severity::Info;
    bool acknowledged = false;
    QDateTime acknowledgedAt; // when the user chose to go past it
    QString acknowledgedReason;
    // Wording rules: the sentence that raised the finding, where it is, and
    // what recognised it: "pattern" (a phrase or a frame of the rule data)
    // or "classifier" (the statistical second opinion). Held apart: a few
    // hundred of a season's 10,000 findings have one (0.8 MB inline at 100x).
    struct Wording
    {
        QString sentence;
        std::optional<TextSpan> span;
        QList<TextSpan> moreSpans; // further sentences raising the same rule
        QString detectedBy;
    };
    std::shared_ptr<const Wording> wording;

    const QString &sentence() const { return wording ? wording->sentence : noText(); }
    const std::optional<TextSpan> &span() const
    {
        static const std::optional<TextSpan> none;
        return wording ? wording->span : none;
    }
    const QList<TextSpan> &moreSpans() const
    {
        static const QList<TextSpan> none;
        return wording ? wording->moreSpans : none;
    }
    const QString &detectedBy() const { return wording ? wording->detectedBy : noText(); }

    std::optional<qint64> communicationId() const
    {
        if (communicationIds.isEmpty())
            return std::nullopt;
        return communicationIds.first();
    }

    // What, about this case: every view, the CLI and the report read it here.
    QString message() const { return m_made ? m_made->text() : m_message; }
    void setMessage(const QString &text)
    {
        m_message = text;
        m_made.reset();
    }
    void setMessage(std::shared_ptr<const MessageText> made)
    {
        m_message.clear();
        m_made = std::move(made);
    }

private:
    static const QString &noText()
    {
        static const QString none;
        return none;
    }

    QString m_message;
    std::shared_ptr<const MessageText> m_made;
};

struct Acknowledgement
{
    qint64 id = 0;
    qint64 communicationId = 0;
    QString rule;
    QString message; // the finding's message when it was acknowledged
    QDateTime at;
    QString reason;
};

} // namespace rapport::core
