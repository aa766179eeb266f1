#include "compose/TemplateFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rapport;
using core::TemplateFile;

namespace {

const QByteArray kValid = R"({
  "name": "coffee-chat",
  "title": "Coffee chat follow-up",
  "kind": "other",
  "description": "After an informal chat.",
  "fields": [{"name": "topic", "label": "What you discussed", "hint": "a noun phrase"}],
  "subject": "Thank you, {{contact.salutation}}",
  "body": ["Dear {{contact.salutation}},", "", "Thank you for the chat about {{field.topic}}."]
})";

std::string parseError(const QByteArray &json)
{
    const auto r = TemplateFile::parse(json, QStringLiteral("test.json"));
    EXPECT_FALSE(r.ok());
    return r.errorMessage().toStdString();
}

QByteArray replaced(const char *from, const char *to)
{
    QByteArray json = kValid;
    EXPECT_TRUE(json.contains(from)) << from;
    return json.replace(from, to);
}

} // namespace

TEST(TemplateFile, ParsesAValidFile)
{
    const auto r = TemplateFile::parse(kValid, QStringLiteral("test.json"));
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_EQ(r->tmpl.name, QStringLiteral("coffee-chat"));
    EXPECT_EQ(r->tmpl.kind, core::Kind::Other);
    EXPECT_TRUE(r->tmpl.builtIn);
    EXPECT_EQ(r->tmpl.body, QStringLiteral("Dear {{contact.salutation}},\n\n"
                                           "Thank you for the chat about {{field.topic}}."));
    EXPECT_EQ(r->description, QStringLiteral("After an informal chat."));
    ASSERT_EQ(r->fields.size(), 1);
    EXPECT_EQ(r->fields[0].label, QStringLiteral("What you discussed"));
    EXPECT_EQ(r->fields[0].hint, QStringLiteral("a noun phrase"));
}

TEST(TemplateFile, ReportsBrokenJsonWithItsLine)
{
    const std::string error = parseError(replaced("\"kind\": \"other\",", "\"kind\": \"other\""));
    EXPECT_EQ(error.rfind("test.json line 5: ", 0), 0u) << error;
}

TEST(TemplateFile, RejectsWhatWouldShipBroken)
{
    EXPECT_EQ(parseError(replaced("\"other\"", "\"chat\""))
                  .rfind("test.json: kind \"chat\" is not one of pre_interview_interest, ", 0),
              0u);
    EXPECT_EQ(parseError(replaced("{{field.topic}}", "{{field.topik}}")),
              "test.json: {{field.topik}} is used but not declared in \"fields\"");
    EXPECT_EQ(parseError(replaced("chat about {{field.topic}}", "chat")),
              "test.json: field \"topic\" is declared but not used");
    EXPECT_EQ(parseError(replaced("{{contact.salutation}},\"", "{{contact.salutaton}},\"")),
              "test.json: body line 1: unknown placeholder \"{{contact.salutaton}}\" (did you "
              "mean \"{{contact.salutation}}\"?)");
    EXPECT_EQ(parseError(replaced("\"description\"", "\"descripton\""))
                  .rfind("test.json: unknown key \"descripton\"", 0),
              0u);
    EXPECT_EQ(parseError(replaced("\"hint\"", "\"hnit\""))
                  .rfind("test.json: unknown key \"hnit\" in field 1", 0),
              0u);
    EXPECT_EQ(parseError(replaced("\"name\": \"coffee-chat\"", "\"name\": \"Coffee Chat\""))
                  .rfind("test.json: template name \"Coffee Chat\"", 0),
              0u);
    EXPECT_EQ(parseError(replaced("\"body\": [", "\"body\": \"x\", \"unused\": [")),
              "test.json: unknown key \"unused\" (expected one of name, title, kind, description, "
              "subject, body, fields)");
    EXPECT_EQ(parseError(replaced("\"title\": \"Coffee chat follow-up\",", "")),
              "test.json: \"title\" must be a string");
    EXPECT_EQ(parseError("[]"), "test.json: a template file must hold one JSON object");
}

TEST(TemplateFile, LoadingADirectoryChecksNamesAgainstFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto empty = TemplateFile::loadDirectory(dir.path());
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.errorMessage().contains(dir.path()));

    QFile file(QDir(dir.path()).filePath(QStringLiteral("coffee.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kValid);
    file.close();
    const auto mismatch = TemplateFile::loadDirectory(dir.path());
    ASSERT_FALSE(mismatch.ok());
    EXPECT_EQ(mismatch.errorMessage(),
              file.fileName() +
                  QStringLiteral(": name \"coffee-chat\" does not match the file name"));

    ASSERT_TRUE(file.rename(QDir(dir.path()).filePath(QStringLiteral("coffee-chat.json"))));
    const auto loaded = TemplateFile::loadDirectory(dir.path());
    ASSERT_TRUE(loaded.ok()) << loaded.errorMessage().toStdString();
    EXPECT_EQ(loaded->size(), 1);
}
