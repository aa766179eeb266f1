#include "ImapBackend.h"

#include <QFile>
#include <QLibraryInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace rapport;

namespace {

QString builtModule()
{
    return QStringLiteral(RAPPORT_IMAP_MODULE_BUILT);
}

} // namespace

TEST(ImapModule, TheBuiltModuleLoadsAndFitsThisVersion)
{
    const auto backend = net::loadImapBackend(builtModule());
    ASSERT_TRUE(backend) << backend.error().message.toStdString();
    EXPECT_EQ(backend.value()->abi, net::kImapBackendAbi);
    EXPECT_NE(backend.value()->listFolders, nullptr);
    EXPECT_NE(backend.value()->fetch, nullptr);
}

TEST(ImapModule, AMissingModuleIsNamedInTheError)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("librapport_imap.so"));
    const auto backend = net::loadImapBackend(path);
    ASSERT_FALSE(backend);
    EXPECT_EQ(backend.error().kind, net::ImapError::Kind::Unavailable);
    EXPECT_TRUE(backend.error().message.contains(path)) << backend.error().message.toStdString();
}

TEST(ImapModule, AFileThatIsNoLibraryIsRefused)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("librapport_imap.so"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a shared object\n");
    file.close();
    const auto backend = net::loadImapBackend(path);
    ASSERT_FALSE(backend);
    EXPECT_EQ(backend.error().kind, net::ImapError::Kind::Unavailable);
    EXPECT_TRUE(backend.error().message.contains(path)) << backend.error().message.toStdString();
}

TEST(ImapModule, ALibraryThatIsNotTheModuleIsRefused)
{
    const QString qtCore =
        QLibraryInfo::path(QLibraryInfo::LibrariesPath) + QStringLiteral("/libQt6Core.so.6");
    ASSERT_TRUE(QFile::exists(qtCore)) << qtCore.toStdString();
    const auto backend = net::loadImapBackend(qtCore);
    ASSERT_FALSE(backend);
    EXPECT_EQ(backend.error().kind, net::ImapError::Kind::Unavailable);
    EXPECT_TRUE(backend.error().message.contains(QStringLiteral("is not Rapport's IMAP module")))
        << backend.error().message.toStdString();
}

TEST(ImapModule, IsLookedForBesideTheProgramThenInTheBuildTree)
{
    ASSERT_TRUE(qEnvironmentVariableIsEmpty("RAPPORT_IMAP_MODULE"));
    const QStringList candidates = net::imapModuleCandidates();
    ASSERT_FALSE(candidates.isEmpty());
    EXPECT_TRUE(candidates.first().endsWith(QStringLiteral("/lib/rapport/librapport_imap.so")))
        << candidates.first().toStdString();
    EXPECT_EQ(candidates.last(), builtModule());
}

TEST(ImapModule, TheEnvironmentChoosesTheModule)
{
    const QByteArray chosen = "/opt/elsewhere/librapport_imap.so";
    ASSERT_EQ(setenv("RAPPORT_IMAP_MODULE", chosen.constData(), 1), 0);
    const QStringList candidates = net::imapModuleCandidates();
    unsetenv("RAPPORT_IMAP_MODULE");
    EXPECT_EQ(candidates, QStringList{QString::fromLatin1(chosen)});
}
