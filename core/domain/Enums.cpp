#include "Enums.h"

#include <array>
#include <utility>

namespace rapport::core {
namespace {

template <typename E, std::size_t N> using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<Direction, 2> kDirection{
    {{Direction::Outgoing, "outgoing"}, {Direction::Incoming, "incoming"}}};

constexpr Table<Channel, 8> kChannel{{{Channel::Email, "email"},
                                      {Channel::Phone, "phone"},
                                      {Channel::VideoCall, "video_call"},
                                      {Channel::InPerson, "in_person"},
                                      {Channel::Conference, "conference"},
                                      {Channel::SecondLook, "second_look"},
                                      {Channel::SocialMedia, "social_media"},
                                      {Channel::Letter, "letter"}}};

constexpr Table<Kind, 14> kKind{{{Kind::PreInterviewInterest, "pre_interview_interest"},
                                 {Kind::ApplicationUpdate, "application_update"},
                                 {Kind::VisaInquiry, "visa_inquiry"},
                                 {Kind::Logistics, "logistics"},
                                 {Kind::ConferenceFollowUp, "conference_follow_up"},
                                 {Kind::ThankYou, "thank_you"},
                                 {Kind::PostInterviewUpdate, "post_interview_update"},
                                 {Kind::LetterOfIntent, "letter_of_intent"},
                                 {Kind::LetterOfStrongInterest, "letter_of_strong_interest"},
                                 {Kind::ReplyToProgram, "reply_to_program"},
                                 {Kind::SecondLookRequest, "second_look_request"},
                                 {Kind::ProgramInvitation, "program_invitation"},
                                 {Kind::ProgramInterest, "program_interest"},
                                 {Kind::Other, "other"}}};

constexpr Table<ProgramStatus, 9> kStatus{
    {{ProgramStatus::Considering, "considering"},
     {ProgramStatus::Applied, "applied"},
     {ProgramStatus::Invited, "invited"},
     {ProgramStatus::InterviewScheduled, "interview_scheduled"},
     {ProgramStatus::Interviewed, "interviewed"},
     {ProgramStatus::Ranked, "ranked"},
     {ProgramStatus::Withdrawn, "withdrawn"},
     {ProgramStatus::Rejected, "rejected"},
     {ProgramStatus::Matched, "matched"}}};

constexpr Table<CommunicationPolicy, 4> kPolicy{
    {{CommunicationPolicy::None, "none"},
     {CommunicationPolicy::NoPostInterview, "no_post_interview"},
     {CommunicationPolicy::NoThankYou, "no_thank_you"},
     {CommunicationPolicy::CoordinatorOnly, "coordinator_only"}}};

constexpr Table<VisaSponsorship, 5> kVisa{{{VisaSponsorship::None, "none"},
                                           {VisaSponsorship::J1, "j1"},
                                           {VisaSponsorship::H1b, "h1b"},
                                           {VisaSponsorship::Both, "both"},
                                           {VisaSponsorship::Unknown, "unknown"}}};

constexpr Table<ContactRole, 8> kRole{
    {{ContactRole::ProgramCoordinator, "program_coordinator"},
     {ContactRole::ProgramDirector, "program_director"},
     {ContactRole::AssociateProgramDirector, "associate_program_director"},
     {ContactRole::Faculty, "faculty"},
     {ContactRole::ResearchMentor, "research_mentor"},
     {ContactRole::ChiefResident, "chief_resident"},
     {ContactRole::Resident, "resident"},
     {ContactRole::Other, "other"}}};

constexpr Table<Severity, 3> kSeverity{
    {{Severity::Info, "info"}, {Severity::Warning, "warning"}, {Severity::Violation, "violation"}}};

constexpr Table<CommState, 2> kState{{{CommState::Draft, "draft"}, {CommState::Sent, "sent"}}};

constexpr Table<Tristate, 3> kTristate{
    {{Tristate::Unknown, "unknown"}, {Tristate::Yes, "yes"}, {Tristate::No, "no"}}};

constexpr Table<Source, 2> kSource{{{Source::Typed, "typed"}, {Source::Imported, "imported"}}};

constexpr Table<MailOrigin, 4> kOrigin{{{MailOrigin::Imap, "imap"},
                                        {MailOrigin::Maildir, "maildir"},
                                        {MailOrigin::Mbox, "mbox"},
                                        {MailOrigin::File, "file"}}};

constexpr Table<InboxState, 3> kInboxState{{{InboxState::Pending, "pending"},
                                            {InboxState::Confirmed, "confirmed"},
                                            {InboxState::Ignored, "ignored"}}};

constexpr Table<MailStoreKind, 2> kStoreKind{
    {{MailStoreKind::Maildir, "maildir"}, {MailStoreKind::Mbox, "mbox"}}};

constexpr Table<MailSecurity, 2> kSecurity{
    {{MailSecurity::Tls, "tls"}, {MailSecurity::StartTls, "starttls"}}};

template <typename E, std::size_t N> QString nameOf(const Table<E, N> &table, E v)
{
    for (const auto &[value, name] : table) {
        if (value == v)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Table<E, N> &table, const QString &text)
{
    for (const auto &[value, name] : table) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList namesOf(const Table<E, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromLatin1(entry.second);
    return names;
}

template <typename E> constexpr const auto &tableFor();
template <> constexpr const auto &tableFor<Direction>()
{
    return kDirection;
}
template <> constexpr const auto &tableFor<Channel>()
{
    return kChannel;
}
template <> constexpr const auto &tableFor<Kind>()
{
    return kKind;
}
template <> constexpr const auto &tableFor<ProgramStatus>()
{
    return kStatus;
}
template <> constexpr const auto &tableFor<CommunicationPolicy>()
{
    return kPolicy;
}
template <> constexpr const auto &tableFor<VisaSponsorship>()
{
    return kVisa;
}
template <> constexpr const auto &tableFor<ContactRole>()
{
    return kRole;
}
template <> constexpr const auto &tableFor<Severity>()
{
    return kSeverity;
}
template <> constexpr const auto &tableFor<CommState>()
{
    return kState;
}
template <> constexpr const auto &tableFor<Tristate>()
{
    return kTristate;
}
template <> constexpr const auto &tableFor<Source>()
{
    return kSource;
}
template <> constexpr const auto &tableFor<MailOrigin>()
{
    return kOrigin;
}
template <> constexpr const auto &tableFor<InboxState>()
{
    return kInboxState;
}
template <> constexpr const auto &tableFor<MailStoreKind>()
{
    return kStoreKind;
}
template <> constexpr const auto &tableFor<MailSecurity>()
{
    return kSecurity;
}

} // namespace

#define RAPPORT_ENUM_STRINGS(E)                                                                    \
    QString toString(E v)                                                                          \
    {                                                                                              \
        return nameOf(tableFor<E>(), v);                                                           \
    }                                                                                              \
    template <> std::optional<E> parseEnum<E>(const QString &text)                                 \
    {                                                                                              \
        return valueOf(tableFor<E>(), text);                                                       \
    }                                                                                              \
    template <> QStringList enumNames<E>()                                                         \
    {                                                                                              \
        return namesOf(tableFor<E>());                                                             \
    }

RAPPORT_ENUM_STRINGS(Direction)
RAPPORT_ENUM_STRINGS(Channel)
RAPPORT_ENUM_STRINGS(Kind)
RAPPORT_ENUM_STRINGS(ProgramStatus)
RAPPORT_ENUM_STRINGS(CommunicationPolicy)
RAPPORT_ENUM_STRINGS(VisaSponsorship)
RAPPORT_ENUM_STRINGS(ContactRole)
RAPPORT_ENUM_STRINGS(Severity)
RAPPORT_ENUM_STRINGS(CommState)
RAPPORT_ENUM_STRINGS(Tristate)
RAPPORT_ENUM_STRINGS(Source)
RAPPORT_ENUM_STRINGS(MailOrigin)
RAPPORT_ENUM_STRINGS(InboxState)
RAPPORT_ENUM_STRINGS(MailStoreKind)
RAPPORT_ENUM_STRINGS(MailSecurity)

#undef RAPPORT_ENUM_STRINGS

bool isPreInterviewKind(Kind k)
{
    return k == Kind::PreInterviewInterest || k == Kind::ApplicationUpdate;
}

bool isPostInterviewKind(Kind k)
{
    return k == Kind::ThankYou || k == Kind::PostInterviewUpdate || k == Kind::LetterOfIntent ||
           k == Kind::LetterOfStrongInterest || k == Kind::SecondLookRequest;
}

} // namespace rapport::core
