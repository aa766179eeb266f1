// Settings live under Rapport's own name; what an older Rapport wrote moves
// over once. Each season file has its own group, whichever path reached it.
#include "storage/AppSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

// The test binary has no organization: give it Rapport's for one test.
class WithRapportIdentity
{
public:
    WithRapportIdentity()
        : m_organization(QCoreApplication::organizationName()),
          m_domain(QCoreApplication::organizationDomain()),
          m_application(QCoreApplication::applicationName())
    {
        core::setApplicationIdentity(QStringLiteral("rapport-settings-test"));
    }
    ~WithRapportIdentity()
    {
        QFile::remove(QSettings().fileName());
        QCoreApplication::setOrganizationName(m_organization);
        QCoreApplication::setOrganizationDomain(m_domain);
        QCoreApplication::setApplicationName(m_application);
    }
    Q_DISABLE_COPY_MOVE(WithRapportIdentity)

private:
    QString m_organization, m_domain, m_application;
};

QSettings legacy()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope,
                     QStringLiteral("Unknown Organization"), QCoreApplication::applicationName());
}

TEST(AppSettings, SettingsOfTheUnnamedOrganizationMoveOnce)
{
    WithRapportIdentity identity;
    {
        QSettings old = legacy();
        old.setValue(QStringLiteral("fileChooser/lastFolder"), QStringLiteral("/home/amira"));
        old.setValue(QStringLiteral("window/page"), 2);
        old.setValue(QStringLiteral("pages/log/search"), QStringLiteral("rank"));
    }
    QSettings settings;
    ASSERT_FALSE(settings.fileName().contains(QStringLiteral("Unknown Organization")));
    settings.setValue(QStringLiteral("fileChooser/lastFolder"), QStringLiteral("/kept"));
    settings.sync();

    core::moveLegacySettings();
    settings.sync();
    EXPECT_EQ(settings.value(QStringLiteral("fileChooser/lastFolder")).toString(),
              QStringLiteral("/kept"))
        << "a value already set is not overwritten";
    // The layout was the one season's there was: the default one's.
    const QString season = core::seasonSettingsGroup(core::Database::defaultPath());
    EXPECT_EQ(settings.value(season + QStringLiteral("/window/page")).toInt(), 2);
    EXPECT_EQ(settings.value(season + QStringLiteral("/pages/log/search")).toString(),
              QStringLiteral("rank"));
    EXPECT_FALSE(settings.contains(QStringLiteral("window/page")));
    EXPECT_FALSE(QFileInfo::exists(legacy().fileName())) << "moved, not copied";

    settings.remove(season);
    settings.sync();
    core::moveLegacySettings(); // nothing left to move
    settings.sync();
    EXPECT_FALSE(settings.contains(season + QStringLiteral("/window/page")));
}

TEST(AppSettings, TheDataFolderDidNotMoveWithTheOrganizationName)
{
    const QString before = core::appDataFolder();
    WithRapportIdentity identity;
    EXPECT_TRUE(core::appDataFolder().endsWith(QStringLiteral("/rapport-settings-test")));
    EXPECT_FALSE(core::appDataFolder().contains(QStringLiteral("/Rapport/")));
    EXPECT_EQ(QFileInfo(core::appDataFolder()).path(), QFileInfo(before).path());
}

TEST(AppSettings, OneSeasonFileHasOneGroupWhicheverPathReachesIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("season.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString link = dir.filePath(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(path, link));
    const QString group = core::seasonSettingsGroup(path);
    EXPECT_TRUE(group.startsWith(QStringLiteral("seasons/")));
    EXPECT_EQ(core::seasonSettingsGroup(link), group);
    EXPECT_EQ(core::seasonSettingsGroup(dir.filePath(QStringLiteral("x/../season.sqlite"))), group);
    EXPECT_NE(core::seasonSettingsGroup(dir.filePath(QStringLiteral("other.sqlite"))), group);
}

} // namespace
} // namespace rapport::test
