#include "Validation.h"

#include "Communication.h"
#include "Contact.h"
#include "Profile.h"
#include "Program.h"
#include "Season.h"
#include "Template.h"
#include "TextLimits.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace rapport::core {
namespace {

Status checkDate(const QDate &date, const char *what)
{
    if (date.isValid() && !isPlausibleDate(date)) {
        return fail(QStringLiteral("%1 %2 is outside 1990-2100")
                        .arg(QLatin1String(what), date.toString(Qt::ISODate)));
    }
    return {};
}

Status checkEmail(const QString &email, const char *what)
{
    if (!email.isEmpty() && !isEmailAddress(email)) {
        return fail(
            QStringLiteral("%1 \"%2\" is not an email address").arg(QLatin1String(what), email));
    }
    return {};
}

struct TextField
{
    const QString &text;
    const char *what;
    qsizetype maxLength;
};

Status checkTexts(std::initializer_list<TextField> fields)
{
    for (const TextField &f : fields) {
        if (auto s = checkText(f.text, f.what, f.maxLength); !s)
            return s;
    }
    return {};
}

} // namespace

bool isEmailAddress(const QString &text)
{
    // Deliberately practical, not RFC 5322: one @, a dotted domain, and no
    // characters that would break a mailto: URL or a header. \z, not $: in
    // PCRE $ also matches before a final newline.
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)"
                       R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+\z)"));
    return text.size() <= 254 && re.match(text).hasMatch() && !text.contains(QLatin1String(".."));
}

QDate earliestDate()
{
    return {1990, 1, 1};
}

QDate latestDate()
{
    return {2100, 12, 31};
}

bool isPlausibleDate(const QDate &date)
{
    return date.isValid() && date >= earliestDate() && date <= latestDate();
}

Status validate(const ApplicantProfile &profile)
{
    using namespace limits;
    if (auto s = checkTexts({{profile.name, "profile name", kProfileText},
                             {profile.degree, "profile degree", kProfileText},
                             {profile.medicalSchool, "profile medical school", kProfileText},
                             {profile.country, "profile country", kProfileText},
                             {profile.aamcId, "profile AAMC ID", kProfileText},
                             {profile.visaStatus, "profile visa status", kProfileText},
                             {profile.email, "profile email", kEmail},
                             {profile.phone, "profile phone", kPhone},
                             {profile.signature, "profile signature", kSignature},
                             {profile.homeProgramName, "profile home program", kProgramName}});
        !s)
        return s;
    if (profile.otherEmails.size() > kOtherEmails)
        return fail(QStringLiteral("profile lists %1 other emails; the limit is %2")
                        .arg(profile.otherEmails.size())
                        .arg(kOtherEmails));
    for (const QString &email : profile.otherEmails) {
        if (auto s = checkText(email, "profile other email", kEmail); !s)
            return s;
    }
    if (auto s = checkEmail(profile.email, "profile email"); !s)
        return s;
    for (const QString &email : profile.otherEmails) {
        if (auto s = checkEmail(email, "profile other email"); !s)
            return s;
    }
    if (profile.graduationYear != 0 &&
        (profile.graduationYear < 1950 || profile.graduationYear > 2100)) {
        return fail(QStringLiteral("profile graduation year %1 is outside 1950-2100")
                        .arg(profile.graduationYear));
    }
    return {};
}

Status validate(const Season &season)
{
    if (auto s = checkText(season.name, "season name", limits::kSeasonName); !s)
        return s;
    const std::pair<QDate, const char *> dates[] = {
        {season.applicationsOpen, "season applications-open date"},
        {season.interviewsStart, "season interviews-start date"},
        {season.interviewsEnd, "season interviews-end date"},
        {season.rankListDeadline, "season rank-list deadline"},
        {season.matchDay, "season Match Day"}};
    for (const auto &[date, what] : dates) {
        if (auto s = checkDate(date, what); !s)
            return s;
    }
    if (season.rankListDeadline.isValid() && season.matchDay.isValid() &&
        season.rankListDeadline > season.matchDay) {
        return fail(QStringLiteral("season rank-list deadline %1 is after Match Day %2")
                        .arg(season.rankListDeadline.toString(Qt::ISODate),
                             season.matchDay.toString(Qt::ISODate)));
    }
    // Confirming says "I checked these against the NRMP calendar": there
    // must be dates to check.
    if (season.datesConfirmed && (!season.rankListDeadline.isValid() || !season.matchDay.isValid()))
        return fail(QStringLiteral("season dates are marked confirmed but the rank-list deadline "
                                   "or Match Day is missing"));
    if (season.signalCount < 0 || season.signalCount > 100)
        return fail(
            QStringLiteral("season signal count %1 is outside 0-100").arg(season.signalCount));
    if (!season.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(season.timeZone.toUtf8()))
        return fail(QStringLiteral("season time zone %1 is not a known zone; use a name such as "
                                   "America/Chicago")
                        .arg(season.timeZone));
    return {};
}

Status validate(const Program &program)
{
    if (program.name.trimmed().isEmpty())
        return fail(QStringLiteral("program name is empty"));
    using namespace limits;
    if (auto s = checkTexts({{program.name, "program name", kProgramName},
                             {program.institution, "program institution", kInstitution},
                             {program.specialty, "program specialty", kSpecialty},
                             {program.city, "program city", kCity},
                             {program.state, "program state", kState},
                             {program.nrmpCode, "program NRMP code", kNrmpCode},
                             {program.policyNote, "program policy note", kPolicyNote},
                             {program.website, "program website", kWebsite},
                             {program.emailDomain, "program email domain", kEmailDomain},
                             {program.notes, "program notes", kNotes}});
        !s)
        return s;
    if (auto s = checkDate(program.applicationDate, "program application date"); !s)
        return s;
    if (auto s = checkDate(program.interviewDate, "program interview date"); !s)
        return s;
    if (program.preferenceRank && (*program.preferenceRank < 1 || *program.preferenceRank > 999))
        return fail(QStringLiteral("program preference rank %1 is outside 1-999")
                        .arg(*program.preferenceRank));
    if (program.minGapDays && (*program.minGapDays < 0 || *program.minGapDays > 365))
        return fail(QStringLiteral("program minimum gap %1 days is outside 0-365")
                        .arg(*program.minGapDays));
    if (program.interviewOffsetSecs < -14 * 3600 || program.interviewOffsetSecs > 14 * 3600)
        return fail(QStringLiteral("program interview UTC offset %1 s is outside ±14 h")
                        .arg(program.interviewOffsetSecs));
    static const QRegularExpression domain(QStringLiteral(R"(^[A-Za-z0-9.-]+\.[A-Za-z]{2,}\z)"));
    if (!program.emailDomain.isEmpty() && !domain.match(program.emailDomain).hasMatch())
        return fail(QStringLiteral("program email domain \"%1\" is not a domain name")
                        .arg(program.emailDomain));
    return {};
}

Status validate(const Contact &contact)
{
    if (contact.programId <= 0)
        return fail(QStringLiteral("contact has no program"));
    if (contact.firstName.trimmed().isEmpty() && contact.lastName.trimmed().isEmpty())
        return fail(QStringLiteral("contact has neither a first nor a last name"));
    using namespace limits;
    if (auto s = checkTexts({{contact.firstName, "contact first name", kPersonName},
                             {contact.lastName, "contact last name", kPersonName},
                             {contact.email, "contact email", kEmail},
                             {contact.phone, "contact phone", kPhone},
                             {contact.notes, "contact notes", kNotes}});
        !s)
        return s;
    static const QStringList titles = {QString(),
                                       QStringLiteral("Dr."),
                                       QStringLiteral("Prof."),
                                       QStringLiteral("Ms."),
                                       QStringLiteral("Mr."),
                                       QStringLiteral("Mx."),
                                       QStringLiteral("Mrs.")};
    if (!titles.contains(contact.title)) {
        return fail(QStringLiteral("contact title \"%1\" is not one of Dr., Prof., Ms., Mrs., "
                                   "Mr., Mx.")
                        .arg(contact.title));
    }
    return checkEmail(contact.email, "contact email");
}

Status validate(const Communication &communication)
{
    if (communication.programId <= 0)
        return fail(QStringLiteral("communication has no program"));
    if (!communication.at.isValid())
        return fail(QStringLiteral("communication has no valid date and time"));
    if (auto s = checkDate(communication.at.date(), "communication date"); !s)
        return s;
    using namespace limits;
    return checkTexts({{communication.subject, "communication subject", kSubject},
                       {communication.body, "communication body", kBody},
                       {communication.templateName, "communication template name", kTemplateName},
                       {communication.messageId, "communication Message-ID", kMessageId}});
}

Status validate(const Template &tmpl)
{
    using namespace limits;
    if (auto s = checkTexts({{tmpl.name, "template name", kTemplateName},
                             {tmpl.title, "template title", kTemplateTitle},
                             {tmpl.subject, "template subject", kSubject},
                             {tmpl.body, "template body", kTemplateBody}});
        !s)
        return s;
    static const QRegularExpression name(QStringLiteral(R"(^[a-z0-9][a-z0-9_-]*\z)"));
    if (!name.match(tmpl.name).hasMatch()) {
        return fail(QStringLiteral("template name \"%1\" must be lower-case letters, digits, "
                                   "'-' or '_'")
                        .arg(tmpl.name));
    }
    if (tmpl.body.trimmed().isEmpty())
        return fail(QStringLiteral("template \"%1\" has an empty body").arg(tmpl.name));
    return {};
}

} // namespace rapport::core
