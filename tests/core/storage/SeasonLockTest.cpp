#include "storage/SeasonLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

TEST(SeasonLock, OneHolderAtATime)
{
    QTemporaryDir dir;
    const QString season = dir.filePath(QStringLiteral("season.sqlite"));
    EXPECT_FALSE(core::SeasonLock::isHeld(season));
    {
        auto lock = core::SeasonLock::acquire(season);
        ASSERT_TRUE(lock.ok()) << lock.errorMessage().toStdString();
        EXPECT_TRUE(QFileInfo::exists(season + QStringLiteral(".lock")));
        EXPECT_TRUE(core::SeasonLock::isHeld(season));
        auto again = core::SeasonLock::acquire(season);
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.errorMessage(),
                  QStringLiteral("%1 is already open in another Rapport window.").arg(season));
        EXPECT_TRUE(core::SeasonLock::isHeld(season)) << "asking did not take it";
    }
    EXPECT_FALSE(core::SeasonLock::isHeld(season));
    EXPECT_FALSE(QFileInfo::exists(season + QStringLiteral(".lock")));
}

TEST(SeasonLock, ALinkToTheSeasonSharesItsLock)
{
    QTemporaryDir dir;
    const QString season = dir.filePath(QStringLiteral("season.sqlite"));
    QFile file(season);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString link = dir.filePath(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(season, link));
    auto lock = core::SeasonLock::acquire(link);
    ASSERT_TRUE(lock.ok());
    EXPECT_EQ(core::SeasonLock::lockPath(link), season + QStringLiteral(".lock"));
    EXPECT_TRUE(core::SeasonLock::isHeld(season));
}

TEST(SeasonLock, ASeasonNotMadeYetIsLockedUnderItsFoldersRealName)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString linked = dir.filePath(QStringLiteral("linked"));
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("real")), linked));
    auto lock = core::SeasonLock::acquire(linked + QStringLiteral("/new.sqlite"));
    ASSERT_TRUE(lock.ok()) << lock.errorMessage().toStdString();
    // Once the file exists, every path to it finds the same lock.
    QFile file(dir.filePath(QStringLiteral("real/new.sqlite")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_TRUE(core::SeasonLock::isHeld(dir.filePath(QStringLiteral("real/new.sqlite"))));
    EXPECT_TRUE(core::SeasonLock::isHeld(linked + QStringLiteral("/new.sqlite")));
}

TEST(SeasonLock, ALockOfAProcessGoneIsTakenOver)
{
    QTemporaryDir dir;
    const QString season = dir.filePath(QStringLiteral("season.sqlite"));
    // What a killed window leaves: QLockFile's lines, pid first, of a
    // process that no longer runs.
    QFile stale(core::SeasonLock::lockPath(season));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("2147483646\nrapport\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    stale.close();
    EXPECT_FALSE(core::SeasonLock::isHeld(season));
    auto lock = core::SeasonLock::acquire(season);
    EXPECT_TRUE(lock.ok()) << lock.errorMessage().toStdString();
}

} // namespace
} // namespace rapport::test
