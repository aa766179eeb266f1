#include "RuleTestSupport.h"

#include "rules/RuleData.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rapport::test {
namespace {

using core::RuleData;
using core::Severity;

// Every rule id of RULES.md, in its order.
const QStringList kRulesMd = {"quota.pre_interview",
                              "quota.thank_you",
                              "timing.thank_you_window",
                              "quota.post_interview",
                              "quota.top_choice",
                              "timing.min_gap",
                              "spread.many_contacts",
                              "policy.program",
                              "phase.kind",
                              "quota.signals",
                              "signals.home_program",
                              "match.outside_contract",
                              "content.length",
                              "content.rank_inquiry",
                              "content.binding_commitment",
                              "content.emotional",
                              "content.pressure",
                              "content.rank_list_disclosure",
                              "content.top_choice_claim",
                              "content.generic",
                              "content.placeholder",
                              "content.salutation",
                              "incoming.rank_request",
                              "incoming.withdraw_pressure",
                              "incoming.guarantee",
                              "incoming.application_inquiry",
                              "incoming.requires_communication",
                              "incoming.strong_interest"};

RuleData builtIn()
{
    auto data = RuleData::builtIn();
    EXPECT_TRUE(data.ok()) << data.errorMessage().toStdString();
    return data.ok() ? data.value() : RuleData();
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

TEST(RuleDataTest, BuiltInDataCoversEveryRuleOfRulesMd)
{
    const RuleData data = builtIn();
    for (const QString &id : kRulesMd) {
        ASSERT_TRUE(data.hasRule(id)) << id.toStdString();
        EXPECT_FALSE(data.title(id).isEmpty()) << id.toStdString();
        EXPECT_FALSE(data.guidance(id).isEmpty()) << id.toStdString();
        EXPECT_TRUE(data.rule(id).value(QStringLiteral("severity")).isString()) << id.toStdString();
    }
}

TEST(RuleDataTest, SeveritiesAndThresholdsAsRulesMdStatesThem)
{
    const RuleData data = builtIn();
    EXPECT_EQ(data.severity(QStringLiteral("quota.pre_interview")), Severity::Warning);
    EXPECT_EQ(data.severity(QStringLiteral("quota.pre_interview"),
                            QStringLiteral("severity_recommended")),
              Severity::Info);
    EXPECT_EQ(data.number(QStringLiteral("quota.pre_interview"), QStringLiteral("maximum"), 0), 2);
    EXPECT_EQ(data.severity(QStringLiteral("timing.thank_you_window")), Severity::Warning);
    EXPECT_EQ(data.severity(QStringLiteral("timing.thank_you_window"),
                            QStringLiteral("severity_reminder")),
              Severity::Info);
    EXPECT_EQ(data.number(QStringLiteral("timing.thank_you_window"), QStringLiteral("hours"), 0),
              72);
    EXPECT_EQ(data.number(QStringLiteral("timing.min_gap"), QStringLiteral("days"), 0), 14);
    EXPECT_EQ(data.number(QStringLiteral("spread.many_contacts"), QStringLiteral("days"), 0), 7);
    EXPECT_EQ(data.severity(QStringLiteral("quota.top_choice")), Severity::Violation);
    EXPECT_EQ(data.severity(QStringLiteral("content.length"), QStringLiteral("severity_short")),
              Severity::Info);
    EXPECT_DOUBLE_EQ(data.real(QStringLiteral("content.generic"), QStringLiteral("similarity"), 0),
                     0.8);
    // A level a rule does not define answers with the rule's severity.
    EXPECT_EQ(data.severity(QStringLiteral("content.pressure"), QStringLiteral("severity_short")),
              Severity::Warning);
}

// Every finding carries its rule's guidance: one string per rule, not one
// per finding.
TEST(RuleDataTest, TextsAreMadeOncePerRule)
{
    const RuleData data = builtIn();
    const QString id = QStringLiteral("content.generic");
    const QString guidance = data.guidance(id);
    EXPECT_FALSE(guidance.isEmpty());
    EXPECT_TRUE(guidance.isSharedWith(data.guidance(id)));
    EXPECT_TRUE(data.title(id).isSharedWith(data.title(id)));
    EXPECT_EQ(data.title(QStringLiteral("no.such_rule")), QStringLiteral("no.such_rule"));
    EXPECT_TRUE(data.text(id, QStringLiteral("similarity")).isEmpty()); // a number
}

TEST(RuleDataTest, UserFileOverridesKeyByKeyWithinARule)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, R"({"quota.pre_interview": {"maximum": 4},
                                           "content.pressure": {"phrases": ["\\bbudge\\b"]}})");
    auto loaded = RuleData::load(path);
    ASSERT_TRUE(loaded.ok()) << loaded.errorMessage().toStdString();
    const RuleData base = builtIn();
    EXPECT_EQ(loaded->number(QStringLiteral("quota.pre_interview"), QStringLiteral("maximum"), 0),
              4);
    EXPECT_EQ(
        loaded->number(QStringLiteral("quota.pre_interview"), QStringLiteral("recommended"), 0), 1);
    EXPECT_EQ(loaded->guidance(QStringLiteral("quota.pre_interview")),
              base.guidance(QStringLiteral("quota.pre_interview")));
    EXPECT_EQ(loaded->phrases(QStringLiteral("content.pressure")),
              QStringList{QStringLiteral("\\bbudge\\b")});
    EXPECT_EQ(loaded->rule(QStringLiteral("content.emotional")),
              base.rule(QStringLiteral("content.emotional")));
}

TEST(RuleDataTest, MissingUserFileMeansBuiltIn)
{
    QTemporaryDir dir;
    auto loaded = RuleData::load(dir.filePath(QStringLiteral("absent.json")));
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->ruleIds(), builtIn().ruleIds());
}

TEST(RuleDataTest, BadRegexNamesFileRuleKeyAndPattern)
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, R"({"content.pressure": {"phrases": ["fine", "(unclosed"]}})");
    auto loaded = RuleData::load(path);
    ASSERT_FALSE(loaded.ok());
    const std::string message = loaded.errorMessage().toStdString();
    EXPECT_NE(message.find(path.toStdString()), std::string::npos) << message;
    EXPECT_NE(message.find("content.pressure.phrases[1]"), std::string::npos) << message;
    EXPECT_NE(message.find("(unclosed"), std::string::npos) << message;
}

TEST(RuleDataTest, MalformedJsonNamesTheFile)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, R"({"quota.pre_interview": {"maximum": 4,}})");
    auto loaded = RuleData::load(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.errorMessage().startsWith(path)) << loaded.errorMessage().toStdString();
    EXPECT_TRUE(loaded.errorMessage().contains(QStringLiteral("not valid JSON")));
}

TEST(RuleDataTest, BadValuesNameTheKey)
{
    const RuleData base = builtIn();
    const struct
    {
        const char *json;
        const char *expected;
    } cases[] = {
        {R"({"quota.pre_interview": {"maximum": "two"}})",
         "user.json: quota.pre_interview.maximum"},
        {R"({"quota.pre_interview": {"severity": "loud"}})",
         "quota.pre_interview.severity: \"loud\""},
        {R"({"quota.pre_interview": {"maximun": 3}})",
         "quota.pre_interview.maximun is not a known key"},
        {R"({"quota.pre_interviews": {"maximum": 3}})",
         "\"quota.pre_interviews\" is not a known rule"},
        {R"({"timing.min_gap": {"exempt_kinds": ["logistic"]}})",
         "timing.min_gap.exempt_kinds: \"logistic\""},
        {R"({"content.generic": {"similarity": 1.5}})",
         "content.generic.similarity must be between 0 and 1"},
        {R"({"content.generic": 3})", "rule \"content.generic\" must be an object"},
        {R"([1, 2])", "the top level must be an object"},
    };
    for (const auto &c : cases) {
        auto merged = base.mergedWith(QByteArray(c.json), QStringLiteral("user.json"));
        ASSERT_FALSE(merged.ok()) << c.json;
        EXPECT_TRUE(merged.errorMessage().contains(QString::fromUtf8(c.expected)))
            << merged.errorMessage().toStdString();
    }
}

TEST(RuleDataTest, DefaultUserFileLivesInTheAppDataFolder)
{
    const QString path = RuleData::defaultUserFilePath();
    EXPECT_TRUE(path.endsWith(QStringLiteral("/rules.json")));
    EXPECT_TRUE(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

// Rules read their thresholds from the data: an override changes behaviour.
class RuleDataOverrideTest : public RuleTest
{};

TEST_F(RuleDataOverrideTest, EngineUsesOverriddenThresholdsAndPhrases)
{
    auto data = builtIn().mergedWith(R"({"timing.min_gap": {"days": 3},
                                         "content.emotional": {"phrases": ["\\bpurple elephant\\b"]}})",
                                     QStringLiteral("test"));
    ASSERT_TRUE(data.ok()) << data.errorMessage().toStdString();
    core::RuleEngine engine(data.value(), m_clock);
    send(kLakeside, core::Kind::PreInterviewInterest, utc(2026, 9, 1));
    const qint64 fourDays = send(kLakeside, core::Kind::ApplicationUpdate, utc(2026, 9, 5));
    engine.setSnapshot(m_snapshot);
    EXPECT_FALSE(hasRule(about(engine.checkSeason(), fourDays), QStringLiteral("timing.min_gap")));

    // A phrase only the override knows: the built-in rules stay quiet on it.
    core::Draft d = draftFor(kLakeside, QStringLiteral("Our lab mascot is a purple elephant."));
    core::RuleEngine plain(builtIn(), m_clock);
    plain.setSnapshot(m_snapshot);
    EXPECT_TRUE(withRule(plain.checkDraft(d), QStringLiteral("content.emotional")).isEmpty());
    const auto found = withRule(engine.checkDraft(d), QStringLiteral("content.emotional"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("purple elephant")));
}

} // namespace
} // namespace rapport::test
