#include "Labels.h"

#include <QCoreApplication>

namespace rapport::ui::labels {
namespace {

// lupdate files tr() here under the enclosing name.
QString tr(const char *text)
{
    return QCoreApplication::translate("rapport::ui::labels", text);
}

} // namespace

QString direction(core::Direction v)
{
    return v == core::Direction::Outgoing ? tr("Outgoing") : tr("Incoming");
}

QString channel(core::Channel v)
{
    switch (v) {
    case core::Channel::Email: return tr("Email");
    case core::Channel::Phone: return tr("Phone");
    case core::Channel::VideoCall: return tr("Video call");
    case core::Channel::InPerson: return tr("In person");
    case core::Channel::Conference: return tr("Conference");
    case core::Channel::SecondLook: return tr("Second look");
    case core::Channel::SocialMedia: return tr("Social media");
    case core::Channel::Letter: return tr("Letter");
    }
    return {};
}

QString kind(core::Kind v)
{
    switch (v) {
    case core::Kind::PreInterviewInterest: return tr("Pre-interview interest");
    case core::Kind::ApplicationUpdate: return tr("Application update");
    case core::Kind::VisaInquiry: return tr("Visa inquiry");
    case core::Kind::Logistics: return tr("Logistics");
    case core::Kind::ConferenceFollowUp: return tr("Conference follow-up");
    case core::Kind::ThankYou: return tr("Thank-you");
    case core::Kind::PostInterviewUpdate: return tr("Post-interview update");
    case core::Kind::LetterOfIntent: return tr("Letter of intent");
    case core::Kind::LetterOfStrongInterest: return tr("Letter of strong interest");
    case core::Kind::ReplyToProgram: return tr("Reply to program");
    case core::Kind::SecondLookRequest: return tr("Second-look request");
    case core::Kind::ProgramInvitation: return tr("Program invitation");
    case core::Kind::ProgramInterest: return tr("Program expression of interest");
    case core::Kind::Other: return tr("Other");
    }
    return {};
}

QString status(core::ProgramStatus v)
{
    switch (v) {
    case core::ProgramStatus::Considering: return tr("Considering");
    case core::ProgramStatus::Applied: return tr("Applied");
    case core::ProgramStatus::Invited: return tr("Invited");
    case core::ProgramStatus::InterviewScheduled: return tr("Interview scheduled");
    case core::ProgramStatus::Interviewed: return tr("Interviewed");
    case core::ProgramStatus::Ranked: return tr("Ranked");
    case core::ProgramStatus::Withdrawn: return tr("Withdrawn");
    case core::ProgramStatus::Rejected: return tr("Rejected");
    case core::ProgramStatus::Matched: return tr("Matched");
    }
    return {};
}

QString policy(core::CommunicationPolicy v)
{
    switch (v) {
    case core::CommunicationPolicy::None: return tr("No restriction");
    case core::CommunicationPolicy::NoPostInterview: return tr("No post-interview communication");
    case core::CommunicationPolicy::NoThankYou: return tr("No thank-you notes");
    case core::CommunicationPolicy::CoordinatorOnly: return tr("Via coordinator only");
    }
    return {};
}

QString visa(core::VisaSponsorship v)
{
    switch (v) {
    case core::VisaSponsorship::None: return tr("No sponsorship");
    case core::VisaSponsorship::J1: return tr("J-1");
    case core::VisaSponsorship::H1b: return tr("H-1B");
    case core::VisaSponsorship::Both: return tr("J-1 and H-1B");
    case core::VisaSponsorship::Unknown: return tr("Unknown");
    }
    return {};
}

QString role(core::ContactRole v)
{
    switch (v) {
    case core::ContactRole::ProgramCoordinator: return tr("Program coordinator");
    case core::ContactRole::ProgramDirector: return tr("Program director");
    case core::ContactRole::AssociateProgramDirector: return tr("Associate program director");
    case core::ContactRole::Faculty: return tr("Faculty");
    case core::ContactRole::ResearchMentor: return tr("Research mentor");
    case core::ContactRole::ChiefResident: return tr("Chief resident");
    case core::ContactRole::Resident: return tr("Resident");
    case core::ContactRole::Other: return tr("Other");
    }
    return {};
}

QString severity(core::Severity v)
{
    switch (v) {
    case core::Severity::Info: return tr("Info");
    case core::Severity::Warning: return tr("Warning");
    case core::Severity::Violation: return tr("Violation");
    }
    return {};
}

QString quota(core::Quota v)
{
    switch (v) {
    case core::Quota::PreInterview: return tr("Pre-interview");
    case core::Quota::ThankYou: return tr("Thank-you");
    case core::Quota::PostInterview: return tr("Updates");
    case core::Quota::TopChoice: return tr("Top choice");
    }
    return {};
}

QString quotaTitle(core::Quota v)
{
    switch (v) {
    case core::Quota::PreInterview: return tr("Pre-interview interest and update emails");
    case core::Quota::ThankYou: return tr("Thank-you notes after the interview");
    case core::Quota::PostInterview: return tr("Post-interview updates");
    case core::Quota::TopChoice: return tr("Top choice, across the whole season");
    }
    return {};
}

QString state(core::CommState v)
{
    return v == core::CommState::Draft ? tr("Draft") : tr("Sent");
}

QString tristate(core::Tristate v)
{
    switch (v) {
    case core::Tristate::Yes: return tr("Yes");
    case core::Tristate::No: return tr("No");
    case core::Tristate::Unknown: return tr("Unknown");
    }
    return {};
}

QColor severityColor(core::Severity v)
{
    switch (v) {
    case core::Severity::Info: return QColor(0x2f, 0x80, 0xed);
    case core::Severity::Warning: return QColor(0xe0, 0x8e, 0x0b);
    case core::Severity::Violation: return QColor(0xd6, 0x33, 0x2f);
    }
    return {};
}

namespace {

template <typename E, typename F> QList<QPair<E, QString>> collect(F label)
{
    QList<QPair<E, QString>> out;
    for (const QString &name : core::enumNames<E>()) {
        const E v = *core::parseEnum<E>(name);
        out.append({v, label(v)});
    }
    return out;
}

} // namespace

template <> QList<QPair<core::Direction, QString>> all()
{
    return collect<core::Direction>(direction);
}
template <> QList<QPair<core::Channel, QString>> all()
{
    return collect<core::Channel>(channel);
}
template <> QList<QPair<core::Kind, QString>> all()
{
    return collect<core::Kind>(kind);
}
template <> QList<QPair<core::ProgramStatus, QString>> all()
{
    return collect<core::ProgramStatus>(status);
}
template <> QList<QPair<core::CommunicationPolicy, QString>> all()
{
    return collect<core::CommunicationPolicy>(policy);
}
template <> QList<QPair<core::VisaSponsorship, QString>> all()
{
    return collect<core::VisaSponsorship>(visa);
}
template <> QList<QPair<core::ContactRole, QString>> all()
{
    return collect<core::ContactRole>(role);
}
template <> QList<QPair<core::Severity, QString>> all()
{
    return collect<core::Severity>(severity);
}
template <> QList<QPair<core::CommState, QString>> all()
{
    return collect<core::CommState>(state);
}
template <> QList<QPair<core::Tristate, QString>> all()
{
    return collect<core::Tristate>(tristate);
}

} // namespace rapport::ui::labels
