#include "storage/TemplateRepository.h"

#include "storage/Database.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rapport;
using core::Kind;
using core::Template;
using core::TemplateRepository;

namespace {

Template userTemplate(const QString &name = QStringLiteral("coordinator-logistics"))
{
    Template t;
    t.name = name;
    t.title = QStringLiteral("Logistics question");
    t.kind = Kind::Logistics;
    t.subject = QStringLiteral("Question about {{interview.date}}");
    t.body =
        QStringLiteral("Dear {{contact.salutation}},\n\nCould you tell me {{field.question}}?\n\n"
                       "Sincerely,\n{{applicant.signature}}");
    return t;
}

int rowCount(core::Database &db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM templates")) && q.next());
    return q.value(0).toInt();
}

} // namespace

TEST(TemplateRepository, SavesAndReadsBack)
{
    test::TempDatabase tdb;
    TemplateRepository repo(tdb.db());
    const Template t = userTemplate();
    ASSERT_TRUE(repo.save(t).ok());

    auto stored = repo.stored();
    ASSERT_TRUE(stored.ok()) << stored.errorMessage().toStdString();
    ASSERT_EQ(stored->size(), 1);
    const Template &back = stored->first();
    EXPECT_GT(back.id, 0);
    EXPECT_EQ(back.name, t.name);
    EXPECT_EQ(back.title, t.title);
    EXPECT_EQ(back.kind, Kind::Logistics);
    EXPECT_EQ(back.subject, t.subject);
    EXPECT_EQ(back.body, t.body);
    EXPECT_FALSE(back.builtIn);
    EXPECT_FALSE(back.modified);
}

TEST(TemplateRepository, SavingTheSameNameUpdatesTheRow)
{
    test::TempDatabase tdb;
    TemplateRepository repo(tdb.db());
    ASSERT_TRUE(repo.save(userTemplate()).ok());
    const qint64 id = repo.find(QStringLiteral("coordinator-logistics"))->value().id;

    Template edited = userTemplate();
    edited.body = QStringLiteral("Dear {{contact.salutation}},\n\nA shorter question.");
    edited.kind = Kind::Other;
    ASSERT_TRUE(repo.save(edited).ok());

    EXPECT_EQ(rowCount(tdb.db()), 1);
    auto found = repo.find(QStringLiteral("coordinator-logistics"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->id, id);
    EXPECT_EQ((*found)->body, edited.body);
    EXPECT_EQ((*found)->kind, Kind::Other);
}

TEST(TemplateRepository, RefusesAnUnknownPlaceholderAndKeepsWhatWasStored)
{
    test::TempDatabase tdb;
    TemplateRepository repo(tdb.db());
    const Template good = userTemplate();
    ASSERT_TRUE(repo.save(good).ok());

    Template bad = good;
    bad.body = QStringLiteral("Dear {{contact.salutation}},\n\nI liked {{progam.name}}.");
    const auto s = repo.save(bad);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.errorMessage().toStdString(),
              "template \"coordinator-logistics\": body line 3: unknown placeholder "
              "\"{{progam.name}}\" (did you mean \"{{program.name}}\"?)");

    auto found = repo.find(good.name);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->body, good.body);
}

TEST(TemplateRepository, RefusesAnInvalidNameOrEmptyBody)
{
    test::TempDatabase tdb;
    TemplateRepository repo(tdb.db());
    const auto badName = repo.save(userTemplate(QStringLiteral("My Template")));
    ASSERT_FALSE(badName.ok());
    EXPECT_TRUE(badName.errorMessage().contains(QLatin1String("\"My Template\"")));

    Template empty = userTemplate();
    empty.body = QStringLiteral("  \n ");
    EXPECT_FALSE(repo.save(empty).ok());
    EXPECT_EQ(rowCount(tdb.db()), 0);
}

TEST(TemplateRepository, StoresATemplateWithoutTitleOrSubject)
{
    test::TempDatabase tdb;
    TemplateRepository repo(tdb.db());
    Template bare;
    bare.name = QStringLiteral("bare");
    bare.body = QStringLiteral("Dear {{contact.salutation}},");
    const auto saved = repo.save(bare);
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    auto found = repo.find(QStringLiteral("bare"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_TRUE((*found)->subject.isEmpty());
    EXPECT_EQ((*found)->kind, Kind::Other);
}

TEST(TemplateRepository, RemovesByNameAndSaysWhenThereIsNone)
{
    test::TempDatabase tdb;
    TemplateRepository repo(tdb.db());
    ASSERT_TRUE(repo.save(userTemplate()).ok());
    ASSERT_TRUE(repo.save(userTemplate(QStringLiteral("other"))).ok());

    ASSERT_TRUE(repo.remove(QStringLiteral("coordinator-logistics")).ok());
    auto stored = repo.stored();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().name, QStringLiteral("other"));

    const auto again = repo.remove(QStringLiteral("coordinator-logistics"));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.errorMessage().contains(QLatin1String("coordinator-logistics")));
}

TEST(TemplateRepository, SurvivesReopeningTheFile)
{
    test::TempDatabase tdb;
    ASSERT_TRUE(TemplateRepository(tdb.db()).save(userTemplate()).ok());
    auto reopened = core::Database::open(tdb.path());
    ASSERT_TRUE(reopened.ok()) << reopened.errorMessage().toStdString();
    auto found = TemplateRepository(**reopened).find(QStringLiteral("coordinator-logistics"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->subject, userTemplate().subject);
}
