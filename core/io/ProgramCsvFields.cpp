#include "ProgramCsvFields.h"

#include "domain/Parse.h"
#include "domain/Validation.h"

#include <QHash>
#include <QRegularExpression>

#include <utility>

namespace rapport::core {
namespace csvfields {
namespace {

struct ColumnInfo
{
    ProgramColumn column;
    const char *name;     // canonical, as printed
    const char *synonyms; // compact forms, space-separated
};

// The first synonym of each is the compact canonical name.
constexpr ColumnInfo kColumns[] = {
    {ProgramColumn::Name, "name", "name program programname residency residencyprogram"},
    {ProgramColumn::Institution, "institution",
     "institution hospital sponsoringinstitution university sponsor"},
    {ProgramColumn::Specialty, "specialty", "specialty speciality"},
    {ProgramColumn::City, "city", "city town location"},
    {ProgramColumn::State, "state", "state st province"},
    {ProgramColumn::NrmpCode, "nrmp_code",
     "nrmpcode nrmp programcode nrmpprogramcode nrmpnumber nrmpid code"},
    {ProgramColumn::ParticipatesInMatch, "participates_in_match",
     "participatesinmatch inmatch nrmpmatch participates"},
    {ProgramColumn::Visa, "visa", "visa visasponsorship visas sponsorsvisa sponsorship"},
    {ProgramColumn::MatchedImgs, "matched_imgs", "matchedimgs imgs img imgfriendly takesimgs"},
    {ProgramColumn::Policy, "policy", "policy communicationpolicy commpolicy"},
    {ProgramColumn::PolicyNote, "policy_note", "policynote policynotes policydetails"},
    {ProgramColumn::ApplicationStatus, "status", "status applicationstatus stage"},
    {ProgramColumn::Signal, "signal", "signal signalsent preferencesignal signaled signalled"},
    {ProgramColumn::ApplicationDate, "application_date",
     "applicationdate applied dateapplied appliedon"},
    {ProgramColumn::InterviewDate, "interview_date", "interviewdate interview interviewday"},
    {ProgramColumn::InterviewTime, "interview_time", "interviewtime time"},
    {ProgramColumn::PreferenceRank, "preference_rank", "preferencerank rank myrank preference"},
    {ProgramColumn::Website, "website", "website url web homepage site"},
    {ProgramColumn::EmailDomain, "email_domain", "emaildomain domain maildomain"},
    {ProgramColumn::Notes, "notes", "notes note comments comment remarks"},
};

template <typename E>
std::optional<E> lenientEnum(const QString &text, std::initializer_list<std::pair<const char *, E>> aliases)
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
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"),
                                    QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("x"), QStringLiteral("\u2713"),
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

QString compact(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

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
    const QString text = raw.trimmed();
    switch (column) {
    case ProgramColumn::Name: p.name = text; return {};
    case ProgramColumn::Institution: p.institution = text; return {};
    case ProgramColumn::Specialty: p.specialty = text; return {};
    case ProgramColumn::City: p.city = text; return {};
    case ProgramColumn::State: p.state = text; return {};
    case ProgramColumn::NrmpCode: p.nrmpCode = text.toUpper(); return {};
    case ProgramColumn::ParticipatesInMatch:
        return setBool(p.participatesInMatch, text, "participates in the Match");
    case ProgramColumn::Visa:
        return setEnum(p.visa, text, "visa",
                       {{"j1andh1b", VisaSponsorship::Both}, {"j1h1b", VisaSponsorship::Both},
                        {"h1bandj1", VisaSponsorship::Both}, {"j1orh1b", VisaSponsorship::Both},
                        {"no", VisaSponsorship::None}, {"nosponsorship", VisaSponsorship::None},
                        {"notsponsored", VisaSponsorship::None}, {"", VisaSponsorship::Unknown},
                        {"unclear", VisaSponsorship::Unknown}});
    case ProgramColumn::MatchedImgs:
        return setEnum(p.matchedImgs, text, "matched IMGs",
                       {{"y", Tristate::Yes}, {"true", Tristate::Yes}, {"n", Tristate::No},
                        {"false", Tristate::No}, {"", Tristate::Unknown}});
    case ProgramColumn::Policy:
        return setEnum(p.policy, text, "policy",
                       {{"norestriction", CommunicationPolicy::None},
                        {"nopostinterviewcommunication", CommunicationPolicy::NoPostInterview},
                        {"nothankyounotes", CommunicationPolicy::NoThankYou},
                        {"viacoordinatoronly", CommunicationPolicy::CoordinatorOnly},
                        {"coordinator", CommunicationPolicy::CoordinatorOnly}});
    case ProgramColumn::PolicyNote: p.policyNote = text; return {};
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
    case ProgramColumn::Website: p.website = text; return {};
    case ProgramColumn::EmailDomain:
        // "@lakeside.edu" and "jwalsh@lakeside.edu" both mean lakeside.edu.
        p.emailDomain = text.section(QLatin1Char('@'), -1).toLower();
        return {};
    case ProgramColumn::Notes: p.notes = raw; return {}; // keeps its line breaks and spacing
    }
    return {};
}

void copyField(Program &t, const Program &s, ProgramColumn column)
{
    switch (column) {
    case ProgramColumn::Name: t.name = s.name; break;
    case ProgramColumn::Institution: t.institution = s.institution; break;
    case ProgramColumn::Specialty: t.specialty = s.specialty; break;
    case ProgramColumn::City: t.city = s.city; break;
    case ProgramColumn::State: t.state = s.state; break;
    case ProgramColumn::NrmpCode: t.nrmpCode = s.nrmpCode; break;
    case ProgramColumn::ParticipatesInMatch: t.participatesInMatch = s.participatesInMatch; break;
    case ProgramColumn::Visa: t.visa = s.visa; break;
    case ProgramColumn::MatchedImgs: t.matchedImgs = s.matchedImgs; break;
    case ProgramColumn::Policy: t.policy = s.policy; break;
    case ProgramColumn::PolicyNote: t.policyNote = s.policyNote; break;
    case ProgramColumn::ApplicationStatus: t.status = s.status; break;
    case ProgramColumn::Signal: t.signalSent = s.signalSent; break;
    case ProgramColumn::ApplicationDate: t.applicationDate = s.applicationDate; break;
    case ProgramColumn::InterviewDate: t.interviewDate = s.interviewDate; break;
    case ProgramColumn::InterviewTime: t.interviewTime = s.interviewTime; break;
    case ProgramColumn::PreferenceRank: t.preferenceRank = s.preferenceRank; break;
    case ProgramColumn::Website: t.website = s.website; break;
    case ProgramColumn::EmailDomain: t.emailDomain = s.emailDomain; break;
    case ProgramColumn::Notes: t.notes = s.notes; break;
    }
}

} // namespace csvfields

std::optional<ProgramColumn> ProgramCsvImport::columnForHeader(const QString &header)
{
    static const QHash<QString, ProgramColumn> bySynonym = [] {
        QHash<QString, ProgramColumn> h;
        for (const auto &info : csvfields::kColumns) {
            for (const QString &s : QString::fromLatin1(info.synonyms).split(QLatin1Char(' ')))
                h.insert(s, info.column);
        }
        return h;
    }();
    const auto it = bySynonym.find(csvfields::compact(header));
    if (it == bySynonym.end())
        return std::nullopt;
    return *it;
}

QString ProgramCsvImport::columnName(ProgramColumn column)
{
    for (const auto &info : csvfields::kColumns) {
        if (info.column == column)
            return QString::fromLatin1(info.name);
    }
    return {};
}

QList<ProgramColumn> ProgramCsvImport::allColumns()
{
    QList<ProgramColumn> out;
    for (const auto &info : csvfields::kColumns)
        out << info.column;
    return out;
}

} // namespace rapport::core
