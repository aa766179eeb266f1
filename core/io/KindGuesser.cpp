#include "KindGuesser.h"

#include "domain/Program.h"

#include <QHash>
#include <QRegularExpression>

namespace rapport::core {
namespace {

using RE = QRegularExpression;

bool has(const QString &text, const char *pattern)
{
    // The patterns stay next to the decision they make; each is compiled
    // once per thread (an import may run off the GUI thread).
    thread_local QHash<const char *, RE> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, RE(QLatin1String(pattern)));
    return it->match(text).hasMatch();
}

// Lower case, straight quotes, single spaces: "Top  Choice" and "top choice"
// are the same to every pattern below.
QString normalized(const QString &text)
{
    QString t = text.toLower();
    t.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    t.replace(QChar(0x201C), QLatin1Char('"')).replace(QChar(0x201D), QLatin1Char('"'));
    return t.simplified();
}

const char *const kTopChoice =
    R"((\b(first|top|1st|number one|no\.? ?1)|#\s?1)\s+choice\b|letter of intent|)"
    R"(\brank(ing)?\s+(\S+\s+){0,3}?(first|number one|no\.? ?1|#\s?1)\b)";
const char *const kSecondLook = R"(second[- ]look|\brevisit\b)";
const char *const kVisa = R"(\bvisas?\b|\bj-?1\b|\bh-?1b\b|sponsorship|\bsponsors?\b)";
const char *const kLogistics =
    R"(schedul|parking|itinerary|\bzoom\b|\bhotel|\btravel|directions|time slot|webex|)"
    R"(confirm(ing)? (my|your) (attendance|interview)|availab)";

Kind outgoing(const QString &subject, const QString &text, bool after)
{
    if (has(text, kTopChoice))
        return Kind::LetterOfIntent;
    if (has(subject, R"(\bthank(s| you)\b)") ||
        (after && has(text, R"(thank you( so much| very much)? for (the|my|your|taking|meeting|)"
                            R"(hosting|interviewing|having))")))
        return Kind::ThankYou;
    if (has(text, kSecondLook))
        return Kind::SecondLookRequest;
    if (has(text, kVisa))
        return Kind::VisaInquiry;
    if (has(text, kLogistics))
        return Kind::Logistics;
    if (has(text, R"(conference|annual meeting|aao-hns|(met|meeting) you at)"))
        return Kind::ConferenceFollowUp;
    if (has(subject, R"(^(re|aw|sv) ?:)"))
        return Kind::ReplyToProgram;
    if (after && has(text, R"(strong(est)? interest|remain (very |highly |extremely )?interested|)"
                           R"(one of my top|rank \S+ highly)"))
        return Kind::LetterOfStrongInterest;
    if (has(text, R"(\bupdat)"))
        return after ? Kind::PostInterviewUpdate : Kind::ApplicationUpdate;
    if (!after && has(text, R"(\binterest)"))
        return Kind::PreInterviewInterest;
    return Kind::Other;
}

Kind incoming(const QString &text)
{
    if (has(text, R"(invit(e|ed|ation)\b.{0,40}\binterview|interview invitation|)"
                  R"((pleased|delighted|happy) to invite)"))
        return Kind::ProgramInvitation;
    if (has(text, kSecondLook))
        return Kind::SecondLookRequest;
    if (has(text, kVisa))
        return Kind::VisaInquiry;
    if (has(text, kLogistics))
        return Kind::Logistics;
    if (has(text,
            R"(rank(ed)? you (very )?highly|ranked to match|strong(ly)? interest(ed)? in you|)"
            R"(great fit|we were (very |truly )?impressed)"))
        return Kind::ProgramInterest;
    return Kind::Other;
}

} // namespace

bool KindGuesser::afterInterview(const QDateTime &at, const Program *program)
{
    if (!program)
        return false;
    if (program->interviewDate.isValid())
        return at.isValid() && at >= program->interviewAt();
    return program->status == ProgramStatus::Interviewed ||
           program->status == ProgramStatus::Ranked || program->status == ProgramStatus::Matched;
}

Kind KindGuesser::guess(Direction direction, const QString &subject, const QString &body,
                        const QDateTime &at, const Program *program)
{
    const QString s = normalized(subject);
    const QString text = s + QLatin1Char('\n') + normalized(body);
    if (direction == Direction::Incoming)
        return incoming(text);
    return outgoing(s, text, afterInterview(at, program));
}

} // namespace rapport::core
