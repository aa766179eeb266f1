#include "Placeholders.h"

#include "RenderContext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace rapport::core::placeholders {
namespace {

using Getter = std::function<QString(const RenderContext &)>;

struct Entry
{
    const char *name;
    const char *description;
    Getter value;
};

// Letters go to US programs: dates in US English whatever the system locale.
const QLocale &usEnglish()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString longDate(const QDate &date)
{
    return date.isValid() ? usEnglish().toString(date, u"MMMM d, yyyy") : QString();
}

// The profile keeps one name; the first word is taken as the given name and
// the rest as the family name ("Maria de la Cruz" -> "de la Cruz"), which is
// right for most names and visible in the preview when it is not.
QString firstWord(const QString &name)
{
    return name.simplified().section(QLatin1Char(' '), 0, 0);
}

QString afterFirstWord(const QString &name)
{
    return name.simplified().section(QLatin1Char(' '), 1);
}

// Without a signature of their own, the applicant still signs with what the
// programs need to find the file: name and degree, AAMC ID, how to reply.
QString signature(const ApplicantProfile &p)
{
    if (!p.signature.trimmed().isEmpty())
        return p.signature.trimmed();
    if (p.name.trimmed().isEmpty())
        return {};
    QStringList lines;
    const QString name = p.name.trimmed();
    lines << (p.degree.isEmpty() ? name : QString(name + u", " + p.degree));
    if (!p.aamcId.isEmpty())
        lines << u"AAMC ID " + p.aamcId;
    if (!p.email.isEmpty())
        lines << p.email;
    if (!p.phone.isEmpty())
        lines << p.phone;
    return lines.join(QLatin1Char('\n'));
}

QString salutation(const RenderContext &c)
{
    if (!c.contact)
        return QStringLiteral("Selection Committee");
    QString name = c.contact->formalName().trimmed();
    if (!name.isEmpty())
        return name;
    return c.contact->role == ContactRole::Other ? QStringLiteral("Selection Committee")
                                                 : roleTitle(c.contact->role);
}

Getter profileText(QString ApplicantProfile::*member)
{
    return [member](const RenderContext &c) {
        return c.profile.*member;
    };
}

Getter fromProgram(std::function<QString(const Program &)> fn)
{
    return [fn = std::move(fn)](const RenderContext &c) {
        return c.program ? fn(*c.program) : QString();
    };
}

Getter programText(QString Program::*member)
{
    return fromProgram([member](const Program &p) { return p.*member; });
}

Getter fromContact(std::function<QString(const Contact &)> fn)
{
    return [fn = std::move(fn)](const RenderContext &c) {
        return c.contact ? fn(*c.contact) : QString();
    };
}

Getter contactText(QString Contact::*member)
{
    return fromContact([member](const Contact &k) { return k.*member; });
}

Getter interviewText(const QString &format)
{
    return fromProgram([format](const Program &p) {
        return p.interviewDate.isValid() ? usEnglish().toString(p.interviewDate, format)
                                         : QString();
    });
}

const std::vector<Entry> &entries()
{
    static const std::vector<Entry> table = {
        {"applicant.name", "Your full name",
         [](const RenderContext &c) {
             return c.profile.name.trimmed();
         }},
        {"applicant.first_name", "The first word of your name",
         [](const RenderContext &c) {
             return firstWord(c.profile.name);
         }},
        {"applicant.last_name", "Your name after its first word",
         [](const RenderContext &c) {
             return afterFirstWord(c.profile.name);
         }},
        {"applicant.degree", "Your degree, e.g. MBBS", profileText(&ApplicantProfile::degree)},
        {"applicant.school", "Your medical school", profileText(&ApplicantProfile::medicalSchool)},
        {"applicant.country", "The country of your medical school",
         profileText(&ApplicantProfile::country)},
        {"applicant.graduation_year", "Your graduation year",
         [](const RenderContext &c) {
             const int year = c.profile.graduationYear;
             return year > 0 ? QString::number(year) : QString();
         }},
        {"applicant.aamc_id", "Your AAMC ID", profileText(&ApplicantProfile::aamcId)},
        {"applicant.email", "Your email address", profileText(&ApplicantProfile::email)},
        {"applicant.phone", "Your phone number", profileText(&ApplicantProfile::phone)},
        {"applicant.visa_status", "Your visa situation, as written in your profile",
         profileText(&ApplicantProfile::visaStatus)},
        {"applicant.signature",
         "Your signature; without one: name and degree, AAMC ID, email, phone",
         [](const RenderContext &c) {
             return signature(c.profile);
         }},
        {"program.name", "The program's name", programText(&Program::name)},
        {"program.institution", "The program's institution", programText(&Program::institution)},
        {"program.city", "The program's city", programText(&Program::city)},
        {"program.state", "The program's state", programText(&Program::state)},
        {"program.specialty", "The program's specialty, e.g. Otolaryngology",
         programText(&Program::specialty)},
        {"contact.salutation",
         "\"Dr. Lopez\"; the role, or \"Selection Committee\" without a name or contact",
         salutation},
        {"contact.title", "The contact's title, e.g. Dr.", contactText(&Contact::title)},
        {"contact.first_name", "The contact's first name", contactText(&Contact::firstName)},
        {"contact.last_name", "The contact's last name", contactText(&Contact::lastName)},
        {"contact.full_name", "The contact's first and last name",
         fromContact([](const Contact &k) { return k.fullName(); })},
        {"contact.role", "The contact's role, e.g. Program Director",
         fromContact([](const Contact &k) { return roleTitle(k.role); })},
        {"contact.email", "The contact's email address", contactText(&Contact::email)},
        {"interview.date", "The interview date, e.g. December 4, 2026",
         interviewText(QStringLiteral("MMMM d, yyyy"))},
        {"interview.weekday", "The interview's day of the week, e.g. Friday",
         interviewText(QStringLiteral("dddd"))},
        {"interview.time", "The interview time, e.g. 9:00 AM", fromProgram([](const Program &p) {
             return p.interviewTime.isValid() ? usEnglish().toString(p.interviewTime, u"h:mm AP")
                                              : QString();
         })},
        {"today", "Today's date, e.g. December 6, 2026",
         [](const RenderContext &c) {
             return longDate(c.today);
         }},
        {"season.name", "The season's name, e.g. 2027 Match",
         [](const RenderContext &c) {
             return c.season.name;
         }},
        {"season.match_day", "Match Day, e.g. March 20, 2026",
         [](const RenderContext &c) {
             return longDate(c.season.matchDay);
         }},
        {"season.rank_list_deadline", "The rank-list deadline, e.g. February 25, 2026",
         [](const RenderContext &c) {
             return longDate(c.season.rankListDeadline);
         }},
    };
    return table;
}

const Entry *find(const QString &name)
{
    for (const Entry &e : entries()) {
        if (name == QLatin1String(e.name))
            return &e;
    }
    return nullptr;
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

const QList<PlaceholderInfo> &vocabulary()
{
    static const QList<PlaceholderInfo> list = [] {
        QList<PlaceholderInfo> out;
        for (const Entry &e : entries())
            out << PlaceholderInfo{QLatin1String(e.name), QLatin1String(e.description)};
        return out;
    }();
    return list;
}

bool isFreeField(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(R"(^field\.[a-z][a-z0-9_]*$)"));
    return re.match(name).hasMatch();
}

bool isKnown(const QString &name)
{
    return find(name) != nullptr || isFreeField(name);
}

QString closestKnown(const QString &name)
{
    QString best;
    int bestDistance = 3; // more than two edits away is a different word
    for (const Entry &e : entries()) {
        const int d = editDistance(name, QString::fromLatin1(e.name));
        if (d < bestDistance) {
            bestDistance = d;
            best = QString::fromLatin1(e.name);
        }
    }
    return best;
}

std::optional<QString> valueOf(const QString &name, const RenderContext &context)
{
    QString value;
    if (isFreeField(name))
        value = context.fields.value(name.mid(kFieldPrefix.size()));
    else if (const Entry *e = find(name))
        value = e->value(context);
    // A value of blanks would go out looking filled but say nothing.
    if (value.trimmed().isEmpty())
        return std::nullopt;
    return value;
}

QString roleTitle(ContactRole role)
{
    switch (role) {
    case ContactRole::ProgramCoordinator: return QStringLiteral("Program Coordinator");
    case ContactRole::ProgramDirector: return QStringLiteral("Program Director");
    case ContactRole::AssociateProgramDirector: return QStringLiteral("Associate Program Director");
    case ContactRole::Faculty: return QStringLiteral("Faculty Member");
    case ContactRole::ResearchMentor: return QStringLiteral("Research Mentor");
    case ContactRole::ChiefResident: return QStringLiteral("Chief Resident");
    case ContactRole::Resident: return QStringLiteral("Resident");
    case ContactRole::Other: break;
    }
    return {};
}

} // namespace rapport::core::placeholders
