#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The canonical string forms (PRODUCT.md, "Canonical identifiers") are the
// only spelling used in the database, the CLI, JSON and rule data; this
// header and Enums.cpp are the one place that converts.
namespace rapport::core {

enum class Direction
{
    Outgoing,
    Incoming
};

enum class Channel
{
    Email,
    Phone,
    VideoCall,
    InPerson,
    Conference,
    SecondLook,
    SocialMedia,
    Letter
};

enum class Kind
{
    PreInterviewInterest,
    ApplicationUpdate,
    VisaInquiry,
    Logistics,
    ConferenceFollowUp,
    ThankYou,
    PostInterviewUpdate,
    LetterOfIntent,
    LetterOfStrongInterest,
    ReplyToProgram,
    SecondLookRequest,
    ProgramInvitation,
    ProgramInterest,
    Other
};

enum class ProgramStatus
{
    Considering,
    Applied,
    Invited,
    InterviewScheduled,
    Interviewed,
    Ranked,
    Withdrawn,
    Rejected,
    Matched
};

enum class CommunicationPolicy
{
    None,
    NoPostInterview,
    NoThankYou,
    CoordinatorOnly
};

enum class VisaSponsorship
{
    None,
    J1,
    H1b,
    Both,
    Unknown
};

enum class ContactRole
{
    ProgramCoordinator,
    ProgramDirector,
    AssociateProgramDirector,
    Faculty,
    ResearchMentor,
    ChiefResident,
    Resident,
    Other
};

enum class Severity
{
    Info,
    Warning,
    Violation
};

enum class CommState
{
    Draft,
    Sent
};

enum class Tristate
{
    Unknown,
    Yes,
    No
};

enum class Source
{
    Typed,
    Imported
};

// Where a captured message came from (schema.md, version 5).
enum class MailOrigin
{
    Imap,
    Maildir,
    Mbox,
    File
};

// A captured message in the review queue: proposed, logged, or set aside.
enum class InboxState
{
    Pending,
    Confirmed,
    Ignored
};

enum class MailStoreKind
{
    Maildir,
    Mbox
};

enum class MailSecurity
{
    Tls,
    StartTls
};

// Each enum E has toString(E), and parseEnum<E>(text) / enumNames<E>().
QString toString(Direction v);
QString toString(Channel v);
QString toString(Kind v);
QString toString(ProgramStatus v);
QString toString(CommunicationPolicy v);
QString toString(VisaSponsorship v);
QString toString(ContactRole v);
QString toString(Severity v);
QString toString(CommState v);
QString toString(Tristate v);
QString toString(Source v);
QString toString(MailOrigin v);
QString toString(InboxState v);
QString toString(MailStoreKind v);
QString toString(MailSecurity v);

template <typename E> std::optional<E> parseEnum(const QString &text);

template <typename E> QStringList enumNames();

#define RAPPORT_DECLARE_ENUM_STRINGS(E)                                                            \
    template <> std::optional<E> parseEnum<E>(const QString &text);                                \
    template <> QStringList enumNames<E>();
RAPPORT_DECLARE_ENUM_STRINGS(Direction)
RAPPORT_DECLARE_ENUM_STRINGS(Channel)
RAPPORT_DECLARE_ENUM_STRINGS(Kind)
RAPPORT_DECLARE_ENUM_STRINGS(ProgramStatus)
RAPPORT_DECLARE_ENUM_STRINGS(CommunicationPolicy)
RAPPORT_DECLARE_ENUM_STRINGS(VisaSponsorship)
RAPPORT_DECLARE_ENUM_STRINGS(ContactRole)
RAPPORT_DECLARE_ENUM_STRINGS(Severity)
RAPPORT_DECLARE_ENUM_STRINGS(CommState)
RAPPORT_DECLARE_ENUM_STRINGS(Tristate)
RAPPORT_DECLARE_ENUM_STRINGS(Source)
RAPPORT_DECLARE_ENUM_STRINGS(MailOrigin)
RAPPORT_DECLARE_ENUM_STRINGS(InboxState)
RAPPORT_DECLARE_ENUM_STRINGS(MailStoreKind)
RAPPORT_DECLARE_ENUM_STRINGS(MailSecurity)
#undef RAPPORT_DECLARE_ENUM_STRINGS

// Severity ordering: Info < Warning < Violation.
inline bool moreSevere(Severity a, Severity b)
{
    return static_cast<int>(a) > static_cast<int>(b);
}

// Kinds the rules treat as before / after the interview.
bool isPreInterviewKind(Kind k);
bool isPostInterviewKind(Kind k);

} // namespace rapport::core
