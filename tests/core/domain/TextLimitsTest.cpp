#include "domain/TextLimits.h"
#include "domain/Communication.h"
#include "domain/Contact.h"
#include "domain/Parse.h"
#include "domain/Profile.h"
#include "domain/Program.h"
#include "domain/Template.h"
#include "domain/Validation.h"

#include "storage/ProgramRepository.h"
#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

#include <functional>

namespace rapport::core {
namespace {

using test::CommunicationBuilder;
using test::ContactBuilder;
using test::ProgramBuilder;

// One text field: how to put text into a valid value, what its message
// calls it, and its limit.
struct FieldCase
{
    const char *what;
    qsizetype limit;
    std::function<Status(const QString &)> validateWith;
};

Status programWith(QString Program::*field, const QString &text)
{
    Program p = ProgramBuilder().build();
    p.*field = text;
    return validate(p);
}

Status contactWith(QString Contact::*field, const QString &text)
{
    Contact c = ContactBuilder(1).name(QStringLiteral("Ana"), QStringLiteral("Lopez")).build();
    c.*field = text;
    return validate(c);
}

Status communicationWith(QString Communication::*field, const QString &text)
{
    Communication c = CommunicationBuilder(1).build();
    c.*field = text;
    return validate(c);
}

Status templateWith(QString Template::*field, const QString &text)
{
    Template t;
    t.name = QStringLiteral("thank-you");
    t.body = QStringLiteral("Dear {{contact}},");
    t.*field = text;
    return validate(t);
}

Status profileWith(QString ApplicantProfile::*field, const QString &text)
{
    ApplicantProfile p;
    p.*field = text;
    return validate(p);
}

// Text that every field accepts apart from its length: a name, a code, a
// domain and a template name all take lower-case letters.
QString filled(qsizetype size)
{
    return QString(size, QLatin1Char('a'));
}

std::vector<FieldCase> textFields()
{
    using namespace limits;
    using std::placeholders::_1;
    return {
        {"program name", kProgramName, std::bind(programWith, &Program::name, _1)},
        {"program institution", kInstitution, std::bind(programWith, &Program::institution, _1)},
        {"program specialty", kSpecialty, std::bind(programWith, &Program::specialty, _1)},
        {"program city", kCity, std::bind(programWith, &Program::city, _1)},
        {"program state", kState, std::bind(programWith, &Program::state, _1)},
        {"program NRMP code", kNrmpCode, std::bind(programWith, &Program::nrmpCode, _1)},
        {"program policy note", kPolicyNote, std::bind(programWith, &Program::policyNote, _1)},
        {"program website", kWebsite, std::bind(programWith, &Program::website, _1)},
        {"program notes", kNotes, std::bind(programWith, &Program::notes, _1)},
        {"contact first name", kPersonName, std::bind(contactWith, &Contact::firstName, _1)},
        {"contact last name", kPersonName, std::bind(contactWith, &Contact::lastName, _1)},
        {"contact phone", kPhone, std::bind(contactWith, &Contact::phone, _1)},
        {"contact notes", kNotes, std::bind(contactWith, &Contact::notes, _1)},
        {"communication subject", kSubject,
         std::bind(communicationWith, &Communication::subject, _1)},
        {"communication body", kBody, std::bind(communicationWith, &Communication::body, _1)},
        {"communication Message-ID", kMessageId,
         std::bind(communicationWith, &Communication::messageId, _1)},
        {"template name", kTemplateName, std::bind(templateWith, &Template::name, _1)},
        {"template title", kTemplateTitle, std::bind(templateWith, &Template::title, _1)},
        {"template subject", kSubject, std::bind(templateWith, &Template::subject, _1)},
        {"template body", kTemplateBody, std::bind(templateWith, &Template::body, _1)},
        {"profile name", kProfileText, std::bind(profileWith, &ApplicantProfile::name, _1)},
        {"profile medical school", kProfileText,
         std::bind(profileWith, &ApplicantProfile::medicalSchool, _1)},
        {"profile phone", kPhone, std::bind(profileWith, &ApplicantProfile::phone, _1)},
        {"profile signature", kSignature, std::bind(profileWith, &ApplicantProfile::signature, _1)},
    };
}

TEST(TextLimits, EveryFieldTakesItsLimitAndRefusesOneMoreNamingFieldAndLimit)
{
    for (const FieldCase &f : textFields()) {
        const Status atLimit = f.validateWith(filled(f.limit));
        EXPECT_TRUE(atLimit) << f.what << ": " << atLimit.errorMessage().toStdString();
        const Status over = f.validateWith(filled(f.limit + 1));
        ASSERT_FALSE(over) << f.what;
        EXPECT_EQ(over.errorMessage(),
                  QStringLiteral("%1: %2 characters, more than the limit of %3")
                      .arg(QLatin1String(f.what))
                      .arg(f.limit + 1)
                      .arg(f.limit));
    }
}

TEST(TextLimits, EveryFieldRefusesNulAndEscapeButKeepsTabAndLineBreaks)
{
    for (const FieldCase &f : textFields()) {
        const Status nul = f.validateWith(QStringLiteral("ab") + QChar(0) + QStringLiteral("c"));
        ASSERT_FALSE(nul) << f.what;
        EXPECT_TRUE(nul.errorMessage().startsWith(QLatin1String(f.what) +
                                                  QStringLiteral(": the control character U+0000")))
            << nul.errorMessage().toStdString();
        const Status escape = f.validateWith(QStringLiteral("a\x1b]0;title\x07"));
        ASSERT_FALSE(escape) << f.what;
        EXPECT_TRUE(escape.errorMessage().contains(QLatin1String("U+001B")))
            << escape.errorMessage().toStdString();
    }
    Program p = ProgramBuilder().build();
    p.notes = QStringLiteral("first\tline\r\nsecond line\n");
    EXPECT_TRUE(validate(p));
}

TEST(TextLimits, DelAndC1ControlsAreForbiddenPrintableTextIsNot)
{
    for (const char16_t c : {u'\0', u'\x01', u'\x1b', u'\x7f', u'\x80', u'\x9b', u'\x9f'})
        EXPECT_TRUE(isForbiddenControl(QChar(c))) << int(c);
    for (const char16_t c : {u'\t', u'\n', u'\r', u' ', u'a', u'\xa0', u'\xe9', u'\u2028'})
        EXPECT_FALSE(isForbiddenControl(QChar(c))) << int(c);
}

TEST(TextLimits, CleaningDropsControlsAndMakesOneLineOfALine)
{
    const QString dirty = QStringLiteral("Lake\x00side\x1b[2J ENT\r\nChicago\tIL\x9b");
    EXPECT_EQ(cleanText(dirty, TextShape::Line), QStringLiteral("Lakeside ENT Chicago IL"));
    EXPECT_EQ(cleanText(dirty, TextShape::Multiline),
              QStringLiteral("Lakeside ENT\r\nChicago\tIL"));
    EXPECT_EQ(cleanText(QStringLiteral("a\rb\nc"), TextShape::Line), QStringLiteral("a b c"));
}

TEST(TextLimits, CleaningRemovesWholeEscapeSequencesNotJustTheirEscape)
{
    const std::pair<QString, QString> cases[] = {
        {QStringLiteral("Interview \x1b]0;owned\x07"
                        "day \x1b[2J\x1b[Hnotes"),
         QStringLiteral("Interview day notes")},
        {QStringLiteral("a\x1b]8;;http://x.test\x1b\\link\x1b]8;;\x1b\\b"),
         QStringLiteral("alinkb")},
        {QStringLiteral("a\x1b[38;5;196mred\x1b[0m"), QStringLiteral("ared")},
        {QStringLiteral("a\x1b(Bb\x1b"
                        "7c"),
         QStringLiteral("abc")},
        {QStringLiteral("a\u009b31mb\u009d0;t\u009cc"), QStringLiteral("abc")},
        {QStringLiteral("a\x1bPq#0\x1b\\b"), QStringLiteral("ab")},
        {QStringLiteral("open \x1b]0;never closed\nnext line"), QStringLiteral("open \nnext line")},
        {QStringLiteral("trailing\x1b"), QStringLiteral("trailing")},
    };
    for (const auto &[dirty, clean] : cases)
        EXPECT_EQ(cleanText(dirty, TextShape::Multiline), clean) << dirty.toStdString();
}

TEST(TextLimits, AHundredThousandCharacterNameIsRefusedBeforeAnythingIsStored)
{
    test::TempDatabase t;
    ProgramRepository repo(t.db());
    const auto id = repo.add(ProgramBuilder(QString(100000, QLatin1Char('N'))).build());
    ASSERT_FALSE(id);
    EXPECT_EQ(id.errorMessage(),
              QStringLiteral("program name: 100000 characters, more than the limit of 300"));
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("programs")), 0);
}

TEST(TextLimits, ANulNeverReachesTheDatabase)
{
    test::TempDatabase t;
    ProgramRepository repo(t.db());
    const auto id = repo.add(
        ProgramBuilder(QStringLiteral("Lakeside") + QChar(0) + QStringLiteral("ENT")).build());
    ASSERT_FALSE(id);
    EXPECT_TRUE(id.errorMessage().contains(QLatin1String("U+0000")))
        << id.errorMessage().toStdString();
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("programs")), 0);
}

TEST(TextLimits, ProfileOtherEmailsAreCounted)
{
    ApplicantProfile p;
    for (int i = 0; i <= limits::kOtherEmails; ++i)
        p.otherEmails << QStringLiteral("me%1@example.org").arg(i);
    const Status s = validate(p);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.errorMessage(), QStringLiteral("profile lists 21 other emails; the limit is 20"));
}

TEST(SeasonYears, YearOneIsRefusedNotReadAsTwoThousandAndOne)
{
    const auto iso = parseDate(QStringLiteral("0001-01-05"), QStringLiteral("--interview-date"));
    ASSERT_FALSE(iso);
    EXPECT_EQ(iso.errorMessage(),
              QStringLiteral("--interview-date 0001-01-05 is outside 1990-2100"));
    const auto moment =
        parseMoment(QStringLiteral("0001-01-05T10:00"), QStringLiteral("log add: --at"));
    ASSERT_FALSE(moment);
    EXPECT_TRUE(moment.errorMessage().contains(QLatin1String("0001-01-05 is outside 1990-2100")))
        << moment.errorMessage().toStdString();
    Program p = ProgramBuilder().interview(QDate(1, 1, 5)).build();
    const Status s = validate(p);
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.errorMessage().contains(QLatin1String("outside 1990-2100")))
        << s.errorMessage().toStdString();
}

} // namespace
} // namespace rapport::core
