// What rapport-cli says when the season's folder is read-only or its disk
// full: one line, naming the file, never "damaged".

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>
#include <unistd.h>

namespace {

using rapport::test::CliResult;
using rapport::test::CliRunner;

// Runs program with args and the runner's environment.
CliResult runVia(const CliRunner &cli, const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessEnvironment(cli.environment());
    process.start(program, args);
    EXPECT_TRUE(process.waitForFinished(120000));
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// rapport-cli with the file-size limit at kib KiB: writes past it fail as
// on a full disk (SIGXFSZ ignored, so write() returns EFBIG).
CliResult withFileSizeLimit(const CliRunner &cli, int kib, const QStringList &args)
{
    return runVia(
        cli, QStringLiteral("/bin/sh"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(kib),
                    QStringLiteral(RAPPORT_CLI), QStringLiteral("--database"), cli.databasePath()} +
            args);
}

void expectOneLine(const CliResult &r)
{
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QLatin1String("damaged"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QLatin1String("Unable to fetch row"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QLatin1String("no transaction is active"))) << r.err.toStdString();
}

TEST(CliErrors, AHealthySeasonInAReadOnlyFolderIsNotCalledDamaged)
{
    CliRunner cli;
    const QString folder = QDir(cli.dir()).filePath(QStringLiteral("readonly"));
    const QString season = folder + QStringLiteral("/season.sqlite");
    ASSERT_EQ(cli.runRaw({QStringLiteral("--database"), season, QStringLiteral("init")}).exitCode,
              0);
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    // root writes anywhere: the check runs without that privilege.
    QString program = QStringLiteral(RAPPORT_CLI);
    QStringList args{QStringLiteral("--database"), season, QStringLiteral("stats")};
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            GTEST_SKIP() << "running as root without setpriv to drop the privilege";
        args = QStringList{QStringLiteral("--bounding-set=-all"), QStringLiteral("--inh-caps=-all"),
                           program} +
               args;
        program = setpriv;
    }
    const CliResult r = runVia(cli, program, args);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    expectOneLine(r);
    EXPECT_EQ(r.err.toStdString(),
              QStringLiteral("rapport-cli: %1 cannot be changed: its folder %2 is read-only; copy "
                             "the season to a folder you may write to\n")
                  .arg(season, folder)
                  .toStdString());
}

TEST(CliErrors, AFullDiskSaysSoInOneLine)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("init")}).exitCode, 0);
    QByteArray csv = "name,city\n";
    for (int i = 0; i < 3000; ++i)
        csv += "Program " + QByteArray::number(i) + ",City " + QByteArray::number(i) + "\n";
    const QString file = cli.writeFile(QStringLiteral("programs.csv"), csv);
    const qint64 kib = QFileInfo(cli.databasePath()).size() / 1024;

    // Too little room even to open the season's shared-memory file.
    const CliResult open = withFileSizeLimit(cli, 1, {QStringLiteral("stats")});
    expectOneLine(open);
    EXPECT_TRUE(open.err.startsWith(
        QStringLiteral("rapport-cli: %1 could not be read or written").arg(cli.databasePath())))
        << open.err.toStdString();
    EXPECT_TRUE(open.err.contains(QLatin1String("the disk may be full"))) << open.err.toStdString();

    // Room to open it, not to import.
    const CliResult import = withFileSizeLimit(
        cli, int(kib) + 64, {QStringLiteral("import"), QStringLiteral("programs"), file});
    expectOneLine(import);
    EXPECT_TRUE(import.err.contains(QLatin1String("the disk may be full")))
        << import.err.toStdString();
    const CliResult stats = cli.run({QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("program"), QStringLiteral("list")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    EXPECT_TRUE(stats.json().value(QStringLiteral("programs")).toArray().isEmpty())
        << "nothing of the import was stored";
}

} // namespace
