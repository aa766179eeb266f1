#include "mail/MailAccountRepository.h"

#include "support/FakeClock.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::FakeClock;
using rapport::test::rowCount;
using rapport::test::TempDatabase;

namespace {

MailAccount gmail()
{
    MailAccount a;
    a.name = QStringLiteral("Gmail");
    a.host = QStringLiteral("imap.gmail.com");
    a.userName = QStringLiteral("amira.haddad@gmail.com");
    return a;
}

TEST(MailAccountRepository, AddsFindsByNameWithoutCaseAndUpdates)
{
    TempDatabase t;
    FakeClock clock;
    MailAccountRepository repo(t.db(), clock);
    const auto id = repo.add(gmail());
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    const auto found = repo.findByName(QStringLiteral("gmail"));
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    MailAccount a = **found;
    EXPECT_EQ(a.id, *id);
    EXPECT_EQ(a.port, 993);
    EXPECT_EQ(a.security, MailSecurity::Tls);
    EXPECT_EQ(a.intervalMinutes, 15);
    EXPECT_EQ(a.created, clock.now());

    a.security = MailSecurity::StartTls;
    a.port = 143;
    a.intervalMinutes = 0;
    a.trustedCertificate = QStringLiteral("ab12");
    ASSERT_TRUE(repo.update(a));
    EXPECT_EQ(*repo.get(*id), a);
    EXPECT_EQ(repo.list()->size(), 1);
    EXPECT_FALSE(repo.findByName(QStringLiteral("Outlook"))->has_value());
}

TEST(MailAccountRepository, RefusesATakenNameABlankHostAndABadPort)
{
    TempDatabase t;
    FakeClock clock;
    MailAccountRepository repo(t.db(), clock);
    ASSERT_TRUE(repo.add(gmail()));
    MailAccount again = gmail();
    again.name = QStringLiteral("GMAIL");
    const auto taken = repo.add(again);
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.errorMessage(),
              QStringLiteral("there is already a mail account named \"Gmail\""));
    again.name = QStringLiteral("Work");
    again.host = QStringLiteral(" ");
    EXPECT_FALSE(repo.add(again));
    again.host = QStringLiteral("imap.work.org");
    again.port = 0;
    EXPECT_FALSE(repo.add(again));
    EXPECT_EQ(rowCount(t.db(), QStringLiteral("mail_accounts")), 1);
}

TEST(MailAccountRepository, FoldersKeepTheirStateAndGoWithTheAccount)
{
    TempDatabase t;
    FakeClock clock;
    MailAccountRepository repo(t.db(), clock);
    const qint64 id = *repo.add(gmail());
    ASSERT_TRUE(repo.setFolders(id, {QStringLiteral("INBOX"), QStringLiteral("Sent")}));
    ASSERT_TRUE(repo.setFolderState(id, QStringLiteral("INBOX"), 7, 120));
    ASSERT_TRUE(repo.setFolders(id, {QStringLiteral("INBOX"), QStringLiteral("Residency")}));
    const auto folders = repo.folders(id);
    ASSERT_TRUE(folders);
    ASSERT_EQ(folders->size(), 2);
    EXPECT_EQ(folders->at(0).name, QStringLiteral("INBOX"));
    EXPECT_EQ(folders->at(0).uidValidity, 7);
    EXPECT_EQ(folders->at(0).lastUid, 120);
    EXPECT_EQ(folders->at(0).synced, clock.now());
    EXPECT_EQ(folders->at(1).name, QStringLiteral("Residency"));
    EXPECT_EQ(folders->at(1).lastUid, 0);
    EXPECT_FALSE(folders->at(1).synced.isValid());
    EXPECT_FALSE(repo.setFolderState(id, QStringLiteral("Sent"), 1, 1));

    ASSERT_TRUE(repo.remove(id));
    EXPECT_EQ(rowCount(t.db(), QStringLiteral("mail_folders")), 0);
    EXPECT_FALSE(repo.get(id));
}

} // namespace
