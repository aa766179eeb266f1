#include "ProgramCsvFields.h"

#include "domain/Parse.h"
#include "domain/TextLimits.h"
#include "domain/Validation.h"

#include <QRegularExpression>

#include <utility>

namespace rapport::core {
namespace csvfields {
namespace {

// Fields taken as typed, trimmed. Only the policy note keeps line breaks.
constexpr std::pair<ProgramColumn, QString Program::*> kTextFields[] = {
    {ProgramColumn::Name, &Program::name},
    {ProgramColumn::Institution, &Program::institution},
    {ProgramColumn::Specialty, &Program::specialty},
    {ProgramColumn::City, &Program::city},
    {ProgramColumn::State, &Program::state},
    {ProgramColumn::PolicyNote, &Program::policyNote},
    {ProgramColumn::Website, &Program::website},
};

template <typename E>
std::optional<E> lenientEnum(const QString &text,
                             std::initializer_list<std::pair<const char *, E>> aliases)
{
    const QString key = compact(text);
    for (const QString &name : enumNames<E>()) {
        if (compact(name) == key)
            return parseEnum<E>(name);
    }
    for (const auto &[alias, value] : aliases) {
        if (key == QLatin1String(alias))
            return value;
    }
    return std::nullopt;
}

std::optional<bool> lenientBool(const QString &text)
{
    static const QStringList yes = {QStringLiteral("yes"),   QStringLiteral("y"),
                                    QStringLiteral("true"),  QStringLiteral("1"),
                                    QStringLiteral("x"),     QStringLiteral("\u2713"),
                                    QStringLiteral("\u2714")};
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("n"),
                                   QStringLiteral("false"), QStringLiteral("0")};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

template <typename E>
Status setEnum(E &target, const QString &text, const char *what,
               std::initializer_list<std::pair<const char *, E>> aliases = {})
{
    const auto v = lenientEnum<E>(text, aliases);
    if (!v)
        return fail(QStringLiteral("%1 \"%2\" is not one of %3")
                        .arg(QLatin1String(what), text, enumNames<E>().join(QStringLiteral(", "))));
    target = *v;
    return {};
}

Status setBool(bool &target, const QString &text, const char *what)
{
    const auto v = lenientBool(text);
    if (!v)
        return fail(QStringLiteral("%1 \"%2\" is not yes or no").arg(QLatin1String(what), text));
    target = *v;
    return {};
}

Status setDate(QDate &target, const QString &text, const char *what)
{
    auto d = parseCsvDate(text, QLatin1String(what));
    if (!d)
        return d.error();
    target = *d;
    return {};
}

} // namespace

Result<QDate> parseCsvDate(const QString &text, const QString &what)
{
    static const QRegularExpression us(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    const QString t = text.trimmed();
    if (const auto m = us.match(t); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
        if (d.isValid() && isPlausibleDate(d))
            return d;
    } else if (auto iso = parseDate(t, what); iso) {
        return iso;
    }
    return fail(QStringLiteral("%1 \"%2\" is not a date (YYYY-MM-DD or M/D/YYYY, 1990-2100)")
                    .arg(what, text));
}

Status assign(Program &p, ProgramColumn column, const QString &raw)
{
    // Control characters are dropped, not refused: spreadsheets and other
    // programs leave them in cells nobody can see them in.
    const QString text = cleanText(raw, TextShape::Line).trimmed();
    for (const auto &[c, field] : kTextFields) {
        if (c == column) {
            p.*field = column == ProgramColumn::PolicyNote
                           ? cleanText(raw, TextShape::Multiline).trimmed()
                           : text;
            return {};
        }
    }
    switch (column) {
    case ProgramColumn::NrmpCode: p.nrmpCode = text.toUpper(); return {};
    case ProgramColumn::ParticipatesInMatch:
        return setBool(p.participatesInMatch, text, "participates in the Match");
    case ProgramColumn::Visa:
        return setEnum(p.visa, text, "visa",
                       {{"j1andh1b", VisaSponsorship::Both},
                        {"j1h1b", VisaSponsorship::Both},
                        {"h1bandj1", VisaSponsorship::Both},
                        {"j1orh1b", VisaSponsorship::Both},
                        {"no", VisaSponsorship::None},
                        {"nosponsorship", VisaSponsorship::None},
                        {"notsponsored", VisaSponsorship::None},
                        {"", VisaSponsorship::Unknown},
                        {"unclear", VisaSponsorship::Unknown}});
    case ProgramColumn::MatchedImgs:
        return setEnum(p.matchedImgs, text, "matched IMGs",
                       {{"y", Tristate::Yes},
                        {"true", Tristate::Yes},
                        {"n", Tristate::No},
                        {"false", Tristate::No},
                        {"", Tristate::Unknown}});
    case ProgramColumn::Policy:
        return setEnum(p.policy, text, "policy",
                       {{"norestriction", CommunicationPolicy::None},
                        {"nopostinterviewcommunication", CommunicationPolicy::NoPostInterview},
                        {"nothankyounotes", CommunicationPolicy::NoThankYou},
                        {"viacoordinatoronly", CommunicationPolicy::CoordinatorOnly},
                        {"coordinator", CommunicationPolicy::CoordinatorOnly}});
    case ProgramColumn::ApplicationStatus:
        return setEnum(p.status, text, "status",
                       {{"scheduled", ProgramStatus::InterviewScheduled},
                        {"invitedtointerview", ProgramStatus::Invited},
                        {"withdrew", ProgramStatus::Withdrawn}});
    case ProgramColumn::Signal: return setBool(p.signalSent, text, "signal");
    case ProgramColumn::ApplicationDate:
        return setDate(p.applicationDate, text, "application date");
    case ProgramColumn::InterviewDate: return setDate(p.interviewDate, text, "interview date");
    case ProgramColumn::InterviewTime: {
        auto t = parseTime(text, QStringLiteral("interview time"));
        if (!t)
            return t.error();
        p.interviewTime = *t;
        return {};
    }
    case ProgramColumn::PreferenceRank: {
        bool ok = false;
        const int rank = text.toInt(&ok);
        if (!ok || rank < 1 || rank > 999)
            return fail(QStringLiteral("preference rank \"%1\" is not a whole number from 1 to 999")
                            .arg(text));
        p.preferenceRank = rank;
        return {};
    }
    case ProgramColumn::EmailDomain:
        // "@lakeside.edu" and "jwalsh@lakeside.edu" both mean lakeside.edu.
        p.emailDomain = text.section(QLatin1Char('@'), -1).toLower();
        return {};
    case ProgramColumn::Notes:
        p.notes = cleanText(raw, TextShape::Multiline); // keeps its line breaks and spacing
        return {};
    default: return {};
    }
}

void copyField(Program &t, const Program &s, ProgramColumn column)
{
    for (const auto &[c, field] : kTextFields) {
        if (c == column) {
            t.*field = s.*field;
            return;
        }
    }
    switch (column) {
    case ProgramColumn::NrmpCode: t.nrmpCode = s.nrmpCode; break;
    case ProgramColumn::ParticipatesInMatch: t.participatesInMatch = s.participatesInMatch; break;
    case ProgramColumn::Visa: t.visa = s.visa; break;
    case ProgramColumn::MatchedImgs: t.matchedImgs = s.matchedImgs; break;
    case ProgramColumn::Policy: t.policy = s.policy; break;
    case ProgramColumn::ApplicationStatus: t.status = s.status; break;
    case ProgramColumn::Signal: t.signalSent = s.signalSent; break;
    case ProgramColumn::ApplicationDate: t.applicationDate = s.applicationDate; break;
    case ProgramColumn::InterviewDate: t.interviewDate = s.interviewDate; break;
    case ProgramColumn::InterviewTime: t.interviewTime = s.interviewTime; break;
    case ProgramColumn::PreferenceRank: t.preferenceRank = s.preferenceRank; break;
    case ProgramColumn::EmailDomain: t.emailDomain = s.emailDomain; break;
    case ProgramColumn::Notes: t.notes = s.notes; break;
    default: break;
    }
}

} // namespace csvfields

} // namespace rapport::core
