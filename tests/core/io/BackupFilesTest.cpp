#include "io/BackupFiles.h"

#include "io/Backup.h"
#include "storage/SeasonLock.h"
#include "support/QtPrinters.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rapport::core;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writePlain(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kAll = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QStringList hiddenIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

TEST(AtomicWrite, CreatesAndReplacesFilesOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    ASSERT_TRUE(writeFileAtomically(path, "first").ok());
    EXPECT_EQ(contentOf(path), QByteArray("first"));
    EXPECT_EQ(QFile::permissions(path) & kAll, kOwnerOnly);

    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
    ASSERT_TRUE(writeFileAtomically(path, "second").ok());
    EXPECT_EQ(contentOf(path), QByteArray("second"));
    EXPECT_EQ(QFile::permissions(path) & kAll, kOwnerOnly) << "a file replaced becomes private";
    EXPECT_EQ(hiddenIn(dir.path()), QStringList{QStringLiteral("log.csv")});
}

TEST(AtomicWrite, ReplacesTheFileALinkNamesAndKeepsTheLink)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("shared.ics"));
    const QString link = dir.filePath(QStringLiteral("reminders.ics"));
    writePlain(target, "old");
    ASSERT_TRUE(QFile::link(target, link));
    ASSERT_TRUE(writeFileAtomically(link, "new").ok());
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(contentOf(target), QByteArray("new"));
}

TEST(AtomicWrite, RefusesADanglingLinkAndWhatIsNoFile)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("elsewhere/secret.csv"));
    const QString link = dir.filePath(QStringLiteral("log.csv"));
    ASSERT_TRUE(QFile::link(missing, link));
    const Status dangling = writeFileAtomically(link, "x");
    ASSERT_FALSE(dangling.ok());
    EXPECT_EQ(dangling.errorMessage(),
              QStringLiteral("%1 is a link to %2, which does not exist; choose another name")
                  .arg(link, missing));
    EXPECT_FALSE(QFileInfo::exists(missing));

    const Status folder = writeFileAtomically(dir.path(), "x");
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.errorMessage().endsWith(QStringLiteral("is not a regular file; choose "
                                                              "another name")));
    EXPECT_FALSE(writeFileAtomically(dir.filePath(QStringLiteral("no/such/folder.csv")), "x").ok());
    EXPECT_EQ(hiddenIn(dir.path()), QStringList{QStringLiteral("log.csv")});
}

TEST(Leftovers, RemovesWhatKilledRunsLeftButNotWhatIsInUse)
{
    QTemporaryDir dir;
    const QString season = dir.filePath(QStringLiteral("rapport.sqlite"));
    writePlain(season, "");
    writePlain(dir.filePath(QStringLiteral(".rapport.sqlite.partial-a1B2c3")), "stale");
    writePlain(dir.filePath(QStringLiteral(".rapport.sqlite.partial-a1B2c3-journal")), "j");
    writePlain(dir.filePath(QStringLiteral(".monday.sqlite.partial-Zz9Yy8-wal")), "orphan");
    writePlain(dir.filePath(QStringLiteral(".notes.partial-old")), "not ours");
    auto inUse = PartialFile::create(dir.filePath(QStringLiteral("backup.sqlite")));
    ASSERT_TRUE(inUse.ok());

    EXPECT_EQ(removeLeftovers(season), 3);
    QStringList expected{QStringLiteral(".notes.partial-old"),
                         QFileInfo((*inUse)->path()).fileName(), QStringLiteral("rapport.sqlite")};
    expected.sort();
    EXPECT_EQ(hiddenIn(dir.path()), expected);
    inUse->reset();
    EXPECT_FALSE(QFileInfo::exists(expected.at(1))) << "an unfinished file goes with its writer";
}

TEST(BackupReplace, ReplacesAnExistingBackupOnlyWhenAsked)
{
    rapport::test::TempDatabase t;
    const QString path = QDir(t.dir()).filePath(QStringLiteral("monday.sqlite"));
    writePlain(path, "an older backup");
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
    EXPECT_FALSE(Backup::create(t.db(), path).ok());
    EXPECT_EQ(contentOf(path), QByteArray("an older backup"));
    ASSERT_TRUE(Backup::create(t.db(), path, PartialFile::Existing::Replace).ok());
    EXPECT_TRUE(Backup::check(path).ok());
    EXPECT_EQ(QFile::permissions(path) & kAll, kOwnerOnly);

    const QString link = QDir(t.dir()).filePath(QStringLiteral("dangling.sqlite"));
    ASSERT_TRUE(QFile::link(QDir(t.dir()).filePath(QStringLiteral("gone.sqlite")), link));
    EXPECT_FALSE(Backup::create(t.db(), link).ok());
    EXPECT_FALSE(Backup::create(t.db(), link, PartialFile::Existing::Replace).ok());
    EXPECT_FALSE(QFileInfo::exists(QDir(t.dir()).filePath(QStringLiteral("gone.sqlite"))));
}

TEST(BackupReplace, NeverReplacesASeasonAWindowHasOpen)
{
    rapport::test::TempDatabase t;
    const QString other = QDir(t.dir()).filePath(QStringLiteral("other.sqlite"));
    writePlain(other, "another season");
    {
        auto window = SeasonLock::acquire(other);
        ASSERT_TRUE(window.ok()) << window.errorMessage().toStdString();
        const Status replaced = Backup::create(t.db(), other, PartialFile::Existing::Replace);
        EXPECT_FALSE(replaced.ok());
        EXPECT_TRUE(replaced.errorMessage().contains(QStringLiteral("is open in a Rapport window")))
            << replaced.errorMessage().toStdString();
        EXPECT_EQ(contentOf(other), QByteArray("another season"));
    }
    // Closed, but killed once: what it left beside the file is not the copy's.
    writePlain(other + QStringLiteral("-wal"), "frames of the old file");
    writePlain(other + QStringLiteral("-shm"), "index of the old file");
    ASSERT_TRUE(Backup::create(t.db(), other, PartialFile::Existing::Replace).ok());
    EXPECT_FALSE(QFileInfo::exists(other + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(other + QStringLiteral("-shm")));
    EXPECT_TRUE(Backup::check(other).ok());
}

} // namespace
