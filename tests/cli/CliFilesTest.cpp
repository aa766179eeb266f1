// Files rapport-cli writes: owner-only, complete or not at all, and never
// through a link to nothing.

#include "CliRunner.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace {

using rapport::test::CliResult;
using rapport::test::CliRunner;

constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TEST(CliFiles, ExportsAreOwnerOnly)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("init")}).exitCode, 0);
    const QStringList kinds{QStringLiteral("csv"), QStringLiteral("ics"), QStringLiteral("pdf")};
    for (const QString &kind : kinds) {
        const QString path = QDir(cli.dir()).filePath(QStringLiteral("out.") + kind);
        // An older, world-readable file of the same name is replaced.
        cli.writeFile(QStringLiteral("out.") + kind, "old");
        ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                    QFile::ReadGroup | QFile::ReadOther));
        const CliResult r =
            cli.run({QStringLiteral("export"), kind, QStringLiteral("--output"), path});
        ASSERT_EQ(r.exitCode, 0) << kind.toStdString() << ": " << r.err.toStdString();
        EXPECT_NE(contentOf(path), QByteArray("old"));
        EXPECT_EQ(QFile::permissions(path) & kOthers, QFile::Permissions()) << kind.toStdString();
    }
    EXPECT_TRUE(QDir(cli.dir())
                    .entryList(QStringList{QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
}

TEST(CliFiles, AnExportThroughALinkReplacesTheFileItNamesAndRefusesALinkToNothing)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("init")}).exitCode, 0);
    const QString target = cli.writeFile(QStringLiteral("calendar.ics"), "old");
    const QString link = QDir(cli.dir()).filePath(QStringLiteral("link.ics"));
    ASSERT_TRUE(QFile::link(target, link));
    const CliResult through = cli.run(
        {QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--output"), link});
    ASSERT_EQ(through.exitCode, 0) << through.err.toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_TRUE(contentOf(target).startsWith("BEGIN:VCALENDAR"));

    const QString nowhere = QDir(cli.dir()).filePath(QStringLiteral("planted.csv"));
    const QString dangling = QDir(cli.dir()).filePath(QStringLiteral("log.csv"));
    ASSERT_TRUE(QFile::link(nowhere, dangling));
    const CliResult refused = cli.run(
        {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--output"), dangling});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err.toStdString(),
              QStringLiteral("rapport-cli: %1 is a link to %2, which does not exist; choose "
                             "another name\n")
                  .arg(dangling, nowhere)
                  .toStdString());
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

} // namespace
