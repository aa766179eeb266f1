#include "RuleText.h"

#include "domain/Contact.h"

#include <QRegularExpression>

namespace rapport::core {

QString RuleText::ordinal(int n)
{
    const int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13)
        return tr("%1th").arg(n);
    switch (n % 10) {
    case 1: return tr("%1st").arg(n);
    case 2: return tr("%1nd").arg(n);
    case 3: return tr("%1rd").arg(n);
    default: return tr("%1th").arg(n);
    }
}

QString RuleText::date(const QDateTime &at)
{
    return at.date().toString(Qt::ISODate);
}

QString RuleText::dateTime(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString RuleText::quote(const QString &snippet)
{
    // Phrase hits come from lower-cased text; "where i stand" reads as a
    // typo in a message about the user's own letter.
    static const QRegularExpression pronoun(QStringLiteral(R"(\bi\b(?!\.))"));
    QString text = snippet;
    text.replace(pronoun, QStringLiteral("I"));
    return tr("\u201c%1\u201d").arg(text);
}

QString RuleText::kind(Kind k)
{
    // The canonical kind names in words, for messages only.
    switch (k) {
    case Kind::PreInterviewInterest: return tr("pre interview interest");
    case Kind::ApplicationUpdate: return tr("application update");
    case Kind::VisaInquiry: return tr("visa inquiry");
    case Kind::Logistics: return tr("logistics");
    case Kind::ConferenceFollowUp: return tr("conference follow up");
    case Kind::ThankYou: return tr("thank you");
    case Kind::PostInterviewUpdate: return tr("post interview update");
    case Kind::LetterOfIntent: return tr("letter of intent");
    case Kind::LetterOfStrongInterest: return tr("letter of strong interest");
    case Kind::ReplyToProgram: return tr("reply to program");
    case Kind::SecondLookRequest: return tr("second look request");
    case Kind::ProgramInvitation: return tr("program invitation");
    case Kind::ProgramInterest: return tr("program interest");
    case Kind::Other: return tr("other");
    }
    return toString(k);
}

QString RuleText::person(const Contact *contact)
{
    if (!contact)
        return tr("someone");
    const QString name = contact->formalName();
    return name.isEmpty() ? tr("contact %1").arg(contact->id) : name;
}

} // namespace rapport::core
