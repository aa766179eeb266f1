// What a person sees in each language: the translators the programs install,
// the strings of helper contexts, rule and template texts from JSON, and
// rapport-cli under a Spanish environment.

#include "FindingText.h"
#include "Labels.h"
#include "Translations.h"
#include "compose/TemplateLibrary.h"
#include "models/DashboardRows.h"
#include "rules/RuleData.h"
#include "rules/RuleText.h"
#include "support/QtPrinters.h"
#include "support/TempDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

class Language : public ::testing::Test
{
protected:
    void TearDown() override
    {
        // A deleted translator takes itself off the application.
        qDeleteAll(
            QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
    }

    static core::RuleData builtInRules()
    {
        QFile file(QStringLiteral(":/rules/rules.json"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        auto data = core::RuleData::fromJson(file.readAll(), QStringLiteral("rules.json"));
        EXPECT_TRUE(data.ok()) << data.errorMessage().toStdString();
        return std::move(data).value();
    }
};

TEST_F(Language, SpanishLocaleGetsSpanish)
{
    EXPECT_EQ(i18n::installTranslators(QLocale(QStringLiteral("es_MX"))), QStringLiteral("es"));
    EXPECT_EQ(ui::labels::channel(core::Channel::Email), QStringLiteral("Correo"));
    EXPECT_EQ(ui::dashboardRows::daysLeft(1), QStringLiteral("mañana"));
    EXPECT_EQ(ui::dashboardRows::daysLeft(12), QStringLiteral("en 12 días"));
    core::Finding conduct;
    conduct.rule = QStringLiteral("incoming.rank_request");
    conduct.severity = core::Severity::Warning;
    EXPECT_EQ(ui::findingText::severityLabel(conduct), QStringLiteral("Conducta del programa"));
    EXPECT_EQ(core::RuleText::tr("%n days", nullptr, 1), QStringLiteral("1 día"));
    // Qt's own buttons speak Spanish too.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
}

TEST_F(Language, OtherLanguagesGetEnglishWithItsPlurals)
{
    EXPECT_EQ(i18n::installTranslators(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    EXPECT_EQ(ui::labels::channel(core::Channel::Email), QStringLiteral("Email"));
    EXPECT_EQ(ui::dashboardRows::timeLeft(3600), QStringLiteral("due in 1 h"));
    EXPECT_EQ(ui::dashboardRows::daysLeft(12), QStringLiteral("in 12 days"));
    EXPECT_EQ(core::RuleText::tr("%n days", nullptr, 1), QStringLiteral("1 day"));
    EXPECT_EQ(core::RuleText::tr("%n days", nullptr, 2), QStringLiteral("2 days"));
}

TEST_F(Language, RuleTitlesAndGuidanceFollowTheLanguage)
{
    i18n::installTranslators(QLocale(QStringLiteral("es_ES")));
    const core::RuleData rules = builtInRules();
    EXPECT_EQ(rules.title(QStringLiteral("quota.thank_you")),
              QStringLiteral("Notas de agradecimiento"));
    EXPECT_TRUE(rules.guidance(QStringLiteral("quota.thank_you"))
                    .startsWith(QStringLiteral("Envía una ronda de agradecimientos")));
    EXPECT_EQ(rules.text(QStringLiteral("milestone.match_day"), QStringLiteral("description")),
              QStringLiteral("Se publican los resultados del Match."));
    // Not every string is shown: names the engine reads stay as they are.
    EXPECT_EQ(rules.text(QStringLiteral("quota.thank_you"), QStringLiteral("quota")),
              QStringLiteral("thank_you"));

    // A user's own wording is shown as written.
    auto mine = rules.mergedWith(R"({"quota.thank_you": {"title": "My thank-yous"}})",
                                 QStringLiteral("user.json"));
    ASSERT_TRUE(mine.ok()) << mine.errorMessage().toStdString();
    EXPECT_EQ(mine->title(QStringLiteral("quota.thank_you")), QStringLiteral("My thank-yous"));
    EXPECT_TRUE(mine->guidance(QStringLiteral("quota.thank_you"))
                    .startsWith(QStringLiteral("Envía una ronda de agradecimientos")));
}

TEST_F(Language, TemplateDescriptionsAndFieldsFollowTheLanguage)
{
    i18n::installTranslators(QLocale(QStringLiteral("es_ES")));
    TempDatabase tdb;
    auto library = core::TemplateLibrary::open(tdb.db());
    ASSERT_TRUE(library.ok()) << library.errorMessage().toStdString();
    EXPECT_TRUE(library->description(QStringLiteral("thank-you"))
                    .startsWith(QStringLiteral("Un agradecimiento breve")));
    const auto thankYou = library->get(QStringLiteral("thank-you"));
    ASSERT_TRUE(thankYou.ok()) << thankYou.errorMessage().toStdString();
    QStringList labels;
    for (const core::TemplateField &field : library->fieldsOf(*thankYou))
        labels << field.label;
    EXPECT_TRUE(labels.contains(QStringLiteral("De qué hablasteis")))
        << labels.join(u'|').toStdString();
}

QString runCli(const QStringList &arguments, const QString &language)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LANG"), language + QStringLiteral(".UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(RAPPORT_CLI), arguments);
    EXPECT_TRUE(cli.waitForFinished(120000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    return QString::fromUtf8(cli.readAllStandardOutput());
}

TEST_F(Language, CliSpeaksTheEnvironmentsLanguage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("season.sqlite"));
    runCli({QStringLiteral("--database"), db, QStringLiteral("demo")}, QStringLiteral("en_US"));
    const QStringList check{QStringLiteral("--database"), db, QStringLiteral("check")};
    const QString english = runCli(check, QStringLiteral("en_US"));
    const QString spanish = runCli(check, QStringLiteral("es_ES"));
    EXPECT_TRUE(english.contains(QStringLiteral("Thank-you"))) << english.left(2000).toStdString();
    EXPECT_TRUE(spanish.contains(QStringLiteral("agradecimiento")))
        << spanish.left(2000).toStdString();
    EXPECT_FALSE(spanish.contains(QStringLiteral("Thank-you"))) << spanish.left(2000).toStdString();
}

} // namespace
} // namespace rapport::test
