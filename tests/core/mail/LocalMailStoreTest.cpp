#include "CapturedMail.h"

#include "mail/LocalMailStore.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::InboxSeason;
using rapport::test::mailText;
using rapport::test::rowCount;

namespace {

QByteArray message(int n)
{
    return mailText(
        QStringLiteral("m%1@lakeside.edu").arg(n), QStringLiteral("jwalsh@lakeside.edu"),
        QStringLiteral("Message %1").arg(n),
        QStringLiteral("Tue, %1 Oct 2026 11:00:00 -0400").arg(n, 2, 10, QLatin1Char('0')));
}

QByteArray mboxEntry(int n)
{
    return "From jwalsh@lakeside.edu Tue Oct 20 15:00:00 2026\n" + message(n) + "\n";
}

bool write(const QString &path, const QByteArray &data,
           QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(data) == data.size();
}

struct StoreSeason : InboxSeason
{
    QTemporaryDir dir;
    LocalMailStore stores{db(), clock};

    QString path(const QString &name) const { return dir.filePath(name); }

    qint64 add(const QString &name)
    {
        auto id = stores.add(path(name));
        EXPECT_TRUE(id) << id.errorMessage().toStdString();
        return id ? *id : 0;
    }

    CaptureSummary scan(qint64 id, QStringList *problems = nullptr)
    {
        auto store = stores.get(id);
        EXPECT_TRUE(store) << store.errorMessage().toStdString();
        auto summary = stores.capture(inbox, *store, problems);
        EXPECT_TRUE(summary) << summary.errorMessage().toStdString();
        return summary ? *summary : CaptureSummary{};
    }

    QStringList subjects()
    {
        QStringList out;
        const auto entries = inbox.list();
        EXPECT_TRUE(entries) << entries.errorMessage().toStdString();
        for (const InboxEntry &e : entries ? *entries : QList<InboxEntry>())
            out << e.subject;
        return out;
    }
};

TEST(LocalMailStore, AMaildirFlagChangeIsNotNewMail)
{
    StoreSeason s;
    const QDir maildir(s.path(QStringLiteral("Mail")));
    for (const char *sub : {"Mail/new", "Mail/cur", "Mail/tmp"})
        ASSERT_TRUE(QDir(s.dir.path()).mkpath(QLatin1String(sub)));
    ASSERT_TRUE(write(maildir.filePath(QStringLiteral("new/1700000001.M1P1.host")), message(1)));
    ASSERT_TRUE(
        write(maildir.filePath(QStringLiteral("cur/1700000002.M2P1.host:2,S")), message(2)));
    const qint64 id = s.add(QStringLiteral("Mail"));
    ASSERT_EQ(s.stores.get(id)->kind, MailStoreKind::Maildir);

    const CaptureSummary first = s.scan(id);
    EXPECT_EQ(first.captured, 2);
    const auto row = s.inbox.get(first.ids.first());
    EXPECT_EQ(row->origin, MailOrigin::Maildir);
    EXPECT_EQ(row->storeId, id);
    EXPECT_TRUE(row->path.endsWith(QLatin1String("new/1700000001.M1P1.host")));

    // Read by a mail client: moved to cur/ and flagged; one more arrives.
    ASSERT_TRUE(QFile::rename(maildir.filePath(QStringLiteral("new/1700000001.M1P1.host")),
                              maildir.filePath(QStringLiteral("cur/1700000001.M1P1.host:2,S"))));
    ASSERT_TRUE(QFile::rename(maildir.filePath(QStringLiteral("cur/1700000002.M2P1.host:2,S")),
                              maildir.filePath(QStringLiteral("cur/1700000002.M2P1.host:2,RS"))));
    ASSERT_TRUE(write(maildir.filePath(QStringLiteral("new/1700000003.M3P1.host")), message(3)));
    const auto scan = LocalMailStore::scan(*s.stores.get(id));
    ASSERT_TRUE(scan);
    ASSERT_EQ(scan->mails.size(), 1); // not even read again
    EXPECT_EQ(scan->mails.first().raw, message(3));
    const CaptureSummary second = s.scan(id);
    EXPECT_EQ(second.captured, 1);
    EXPECT_EQ(second.duplicates, 0);
    const CaptureSummary third = s.scan(id);
    EXPECT_EQ(third.captured + third.duplicates, 0);
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("mail_inbox")), 3);
}

TEST(LocalMailStore, AnMboxAppendedToGivesOnlyTheNewMessage)
{
    StoreSeason s;
    ASSERT_TRUE(write(s.path(QStringLiteral("Inbox")), mboxEntry(1) + mboxEntry(2)));
    const qint64 id = s.add(QStringLiteral("Inbox"));
    ASSERT_EQ(s.stores.get(id)->kind, MailStoreKind::Mbox);
    EXPECT_EQ(s.scan(id).captured, 2);

    ASSERT_TRUE(write(s.path(QStringLiteral("Inbox")), mboxEntry(3), QIODevice::Append));
    const auto scan = LocalMailStore::scan(*s.stores.get(id));
    ASSERT_TRUE(scan);
    ASSERT_EQ(scan->mails.size(), 1);
    EXPECT_EQ(scan->mails.first().raw, mboxEntry(3));
    EXPECT_EQ(s.scan(id).captured, 1);
    EXPECT_EQ(s.subjects(), (QStringList{QStringLiteral("Message 1"), QStringLiteral("Message 2"),
                                         QStringLiteral("Message 3")}));
    EXPECT_TRUE(LocalMailStore::scan(*s.stores.get(id))->mails.isEmpty());
}

TEST(LocalMailStore, AnMboxRewrittenOrTruncatedIsReadAgainWithoutDuplicates)
{
    StoreSeason s;
    ASSERT_TRUE(write(s.path(QStringLiteral("Inbox")), mboxEntry(1) + mboxEntry(2) + mboxEntry(3)));
    const qint64 id = s.add(QStringLiteral("Inbox"));
    EXPECT_EQ(s.scan(id).captured, 3);

    // Compacted: message 1 deleted, so the file is shorter than the offset.
    ASSERT_TRUE(write(s.path(QStringLiteral("Inbox")), mboxEntry(2) + mboxEntry(3)));
    CaptureSummary again = s.scan(id);
    EXPECT_EQ(again.captured, 0);
    EXPECT_EQ(again.duplicates, 2);

    // Replaced by a longer file that starts differently: read from the start.
    ASSERT_TRUE(write(s.path(QStringLiteral("Inbox")),
                      mboxEntry(4) + mboxEntry(2) + mboxEntry(3) + mboxEntry(5)));
    again = s.scan(id);
    EXPECT_EQ(again.captured, 2);
    EXPECT_EQ(again.duplicates, 2);
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("mail_inbox")), 5);
}

TEST(LocalMailStore, AHalfWrittenLastMboxMessageWaitsForTheNextScan)
{
    StoreSeason s;
    const QByteArray third = mboxEntry(3);
    ASSERT_TRUE(write(s.path(QStringLiteral("Inbox")), mboxEntry(1) + third.left(40)));
    const qint64 id = s.add(QStringLiteral("Inbox"));
    EXPECT_EQ(s.scan(id).captured, 1);
    ASSERT_TRUE(write(s.path(QStringLiteral("Inbox")), third.mid(40), QIODevice::Append));
    EXPECT_EQ(s.scan(id).captured, 1);
    EXPECT_EQ(s.subjects(),
              (QStringList{QStringLiteral("Message 1"), QStringLiteral("Message 3")}));
    EXPECT_TRUE(s.inbox.list()->last().problem.isEmpty());
}

TEST(LocalMailStore, AStoreLargerThanAChunkIsCapturedWholeOnce)
{
    StoreSeason s;
    for (const char *sub : {"Mail/new", "Mail/cur", "Mail/tmp"})
        ASSERT_TRUE(QDir(s.dir.path()).mkpath(QLatin1String(sub)));
    // 1,201 messages: three chunks of at most 500; one message twice.
    for (int n = 1; n <= 1200; ++n)
        ASSERT_TRUE(write(s.path(QStringLiteral("Mail/cur/%1.M%1P1.host:2,S").arg(1700000000 + n)),
                          message(n)));
    ASSERT_TRUE(write(s.path(QStringLiteral("Mail/new/1800000000.M1P1.host")), message(7)));
    const qint64 id = s.add(QStringLiteral("Mail"));

    const CaptureSummary first = s.scan(id);
    EXPECT_EQ(first.captured, 1200);
    EXPECT_EQ(first.duplicates, 1) << "seen in an earlier chunk of the same capture";
    EXPECT_EQ(first.ids.size(), 1200);
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("mail_inbox")), 1200);
    const CaptureSummary again = s.scan(id);
    EXPECT_EQ(again.captured + again.duplicates, 0) << "every file is remembered";
}

TEST(LocalMailStore, AMaildirFileThatCannotBeReadIsTriedAgainNextTime)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root reads every file";
    StoreSeason s;
    for (const char *sub : {"Mail/new", "Mail/cur", "Mail/tmp"})
        ASSERT_TRUE(QDir(s.dir.path()).mkpath(QLatin1String(sub)));
    const QString locked = s.path(QStringLiteral("Mail/new/1700000002.M2P1.host"));
    ASSERT_TRUE(write(s.path(QStringLiteral("Mail/new/1700000001.M1P1.host")), message(1)));
    ASSERT_TRUE(write(locked, message(2)));
    ASSERT_TRUE(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    const qint64 id = s.add(QStringLiteral("Mail"));

    QStringList problems;
    EXPECT_EQ(s.scan(id, &problems).captured, 1);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QLatin1String("1700000002.M2P1.host cannot be read")));

    ASSERT_TRUE(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EXPECT_EQ(s.scan(id).captured, 1);
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("mail_inbox")), 2);
}

TEST(LocalMailStore, AFailedCaptureLeavesTheStoreStateAsItWas)
{
    StoreSeason s;
    ASSERT_TRUE(write(s.path(QStringLiteral("Inbox")), mboxEntry(1)));
    const qint64 id = s.add(QStringLiteral("Inbox"));
    ASSERT_TRUE(rapport::test::execSql(
        s.db(), QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON mail_inbox BEGIN SELECT "
                               "RAISE(ABORT, 'disk says no'); END")));
    EXPECT_FALSE(s.stores.capture(s.inbox, *s.stores.get(id)));
    EXPECT_TRUE(s.stores.get(id)->state.isEmpty());
    ASSERT_TRUE(rapport::test::execSql(s.db(), QStringLiteral("DROP TRIGGER refuse")));
    EXPECT_EQ(s.scan(id).captured, 1);
}

TEST(LocalMailStore, AddRefusesWhatIsNoStoreAndAPathTwice)
{
    StoreSeason s;
    ASSERT_TRUE(QDir(s.dir.path()).mkpath(QStringLiteral("Plain")));
    ASSERT_TRUE(write(s.path(QStringLiteral("note.txt")), "hello\n"));
    ASSERT_TRUE(write(s.path(QStringLiteral("Inbox")), mboxEntry(1)));
    EXPECT_FALSE(s.stores.add(s.path(QStringLiteral("Plain"))));
    EXPECT_FALSE(s.stores.add(s.path(QStringLiteral("note.txt"))));
    EXPECT_FALSE(s.stores.add(s.path(QStringLiteral("missing"))));
    EXPECT_FALSE(s.stores.add(s.path(QStringLiteral("Inbox")), MailStoreKind::Maildir));
    const qint64 id = s.add(QStringLiteral("Inbox"));
    const auto twice = s.stores.add(s.dir.path() + QStringLiteral("/./Inbox"));
    ASSERT_FALSE(twice);
    EXPECT_TRUE(twice.errorMessage().contains(QLatin1String("already mail store")));
    EXPECT_EQ(s.stores.list()->size(), 1);
    // Removing a store keeps what was captured from it.
    EXPECT_EQ(s.scan(id).captured, 1);
    ASSERT_TRUE(s.stores.remove(id));
    EXPECT_EQ(rowCount(s.db(), QStringLiteral("mail_inbox")), 1);
    EXPECT_EQ(s.inbox.list()->first().storeId, std::nullopt);
}

TEST(LocalMailStore, ADroppedFileIsOneMessageOrEachOfAnMbox)
{
    StoreSeason s;
    ASSERT_TRUE(write(s.path(QStringLiteral("one.eml")), message(1)));
    ASSERT_TRUE(write(s.path(QStringLiteral("two.mbox")), mboxEntry(2) + mboxEntry(3)));
    const auto one = LocalMailStore::readDropped(s.path(QStringLiteral("one.eml")));
    ASSERT_TRUE(one);
    ASSERT_EQ(one->size(), 1);
    EXPECT_EQ(one->first().origin, MailOrigin::File);
    const auto two = LocalMailStore::readDropped(s.path(QStringLiteral("two.mbox")));
    ASSERT_TRUE(two);
    EXPECT_EQ(two->size(), 2);
    EXPECT_EQ(s.capture(*one + *two).captured, 3);
    EXPECT_EQ(s.inbox.list()->first().origin, MailOrigin::File);
}

} // namespace
