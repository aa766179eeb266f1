// A write by another process (rapport-cli, a --force write) shows in the
// window as soon as the file changes, not only at the once-a-second poll.
#include "UiFixture.h"

#include "storage/Database.h"
#include "storage/ProgramRepository.h"
#include "support/Builders.h"

#include <QFileSystemWatcher>
#include <QSignalSpy>
#include <QTimer>

namespace rapport::test {
namespace {

class SeasonWatchTest : public UiFixture
{};

TEST_F(SeasonWatchTest, AnotherConnectionsWriteIsReadWhenTheFileChanges)
{
    ASSERT_TRUE(core::ProgramRepository(session().db()).add(ProgramBuilder("Lakeside")).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    // Only the file watcher is left to notice.
    auto *poll = session().findChild<QTimer *>(QStringLiteral("othersWritesTimer"));
    ASSERT_NE(poll, nullptr);
    poll->stop();

    auto other = core::Database::open(session().db().path());
    ASSERT_TRUE(other.ok()) << other.errorMessage().toStdString();
    ASSERT_TRUE(core::ProgramRepository(**other).add(ProgramBuilder("Northgate")).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session().snapshot().programs.size() == 2; }, 20000))
        << "the write was not noticed";
    EXPECT_FALSE(poll->isActive());
}

TEST_F(SeasonWatchTest, ItsOwnWritesAreNotReadTwice)
{
    auto *poll = session().findChild<QTimer *>(QStringLiteral("othersWritesTimer"));
    ASSERT_NE(poll, nullptr);
    poll->stop();
    auto *watcher = session().findChild<QFileSystemWatcher *>();
    ASSERT_NE(watcher, nullptr);
    EXPECT_TRUE(watcher->files().contains(session().db().path()));
    QSignalSpy noticed(watcher, &QFileSystemWatcher::fileChanged);
    QSignalSpy updating(&session(), &ui::Session::updatingChanged);
    ASSERT_TRUE(core::ProgramRepository(session().db()).add(ProgramBuilder("Lakeside")).ok());
    // The watcher's notice arrives, and finds no other writer.
    ASSERT_TRUE(QTest::qWaitFor([&] { return noticed.count() > 0; }, 20000));
    EXPECT_EQ(updating.count(), 0);
}

} // namespace
} // namespace rapport::test
