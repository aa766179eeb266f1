// Season scenarios written from the guide (tests/data/scenarios/README.md):
// one test per file, named after it, found when the tests run.

#include "SeasonScenario.h"
#include "ScenarioCompare.h"

#include "support/FakeClock.h"

#include "rules/RuleData.h"
#include "rules/RuleEngine.h"

#include <gtest/gtest.h>

#include <QFileInfo>

#include <string>
#include <vector>

namespace rapport::test::scenario {
namespace {

QString scenarioDir()
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/scenarios");
}

// The parameter is the file's path as std::string: gtest prints it as text.
class SeasonScenarioTest : public ::testing::TestWithParam<std::string>
{};

std::vector<std::string> scenarioPaths()
{
    std::vector<std::string> out;
    for (const QString &path : scenarioFiles(scenarioDir()))
        out.push_back(path.toStdString());
    return out;
}

TEST_P(SeasonScenarioTest, MatchesTheGuide)
{
    const auto loaded = loadScenario(QString::fromStdString(GetParam()));
    ASSERT_TRUE(loaded.ok()) << loaded.errorMessage().toStdString();
    const Scenario &s = loaded.value();

    auto data = core::RuleData::builtIn();
    ASSERT_TRUE(data.ok()) << data.errorMessage().toStdString();
    FakeClock clock(s.now);
    core::RuleEngine engine(data.value(), clock);
    engine.setSnapshot(s.snapshot);

    Outcome o;
    o.season = engine.checkSeason();
    if (s.draft)
        o.draft = engine.checkDraft(*s.draft);
    o.allowances = &engine.allowances();
    o.reminders = engine.reminders();

    const QStringList differences = compare(s, o);
    EXPECT_TRUE(differences.isEmpty()) << s.file.toStdString() << ": " << s.title.toStdString()
                                       << "\n  (" << s.guide.toStdString() << ")\n"
                                       << differences.join(QLatin1Char('\n')).toStdString() << "\n"
                                       << describe(s, o).toStdString();
}

std::string nameOf(const ::testing::TestParamInfo<std::string> &info)
{
    return testNameOf(QFileInfo(QString::fromStdString(info.param)).fileName()).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Scenarios, SeasonScenarioTest, ::testing::ValuesIn(scenarioPaths()),
                         nameOf);

TEST(SeasonScenarioFolder, HoldsScenarios)
{
    EXPECT_GE(scenarioFiles(scenarioDir()).size(), 20) << scenarioDir().toStdString();
}

// A minimal valid scenario, for the malformed-file tests to break.
QByteArray valid(const QString &patch = {})
{
    QString json = QStringLiteral(R"({
  "title": "t", "guide": "g", "now": "2027-01-09T12:00-05:00",
  "programs": [{"name": "Lakeside", "interview": "2027-01-07T09:00-05:00"}],
  "contacts": [{"id": "lopez", "program": "Lakeside", "last": "Lopez", "role": "program_director"}],
  "communications": [{"id": "ty", "program": "Lakeside", "contact": "lopez",
                      "at": "2027-01-07T19:00-05:00", "kind": "thank_you"}],
  "expect": {"exhaustive_for": ["quota"], "findings": [],
             "programs": {"Lakeside": {"quotas": {"thank_you": {"used": 1}}}}}
})");
    if (!patch.isEmpty()) {
        const auto parts = patch.split(QStringLiteral("=>"));
        json.replace(parts.at(0), parts.at(1));
    }
    return json.toUtf8();
}

TEST(SeasonScenarioFormat, ValidMinimalScenarioParses)
{
    const auto s = parseScenario(valid(), QStringLiteral("ok.json"));
    ASSERT_TRUE(s.ok()) << s.errorMessage().toStdString();
    ASSERT_EQ(s->snapshot.communications.size(), 1);
    EXPECT_EQ(s->snapshot.communications.first().kind, core::Kind::ThankYou);
    EXPECT_EQ(s->labels.value(s->snapshot.communications.first().id), QStringLiteral("ty"));
    EXPECT_EQ(s->snapshot.programs.first().interviewTime, QTime(9, 0));
    EXPECT_EQ(s->snapshot.programs.first().interviewOffsetSecs, -5 * 3600);
}

struct Malformed
{
    const char *patch; // "old=>new" applied to the valid scenario
    const char *message;
};

void PrintTo(const Malformed &m, std::ostream *os)
{
    *os << m.patch;
}

class SeasonScenarioMalformed : public ::testing::TestWithParam<Malformed>
{};

TEST_P(SeasonScenarioMalformed, FailsNamingTheFileAndTheField)
{
    const auto s =
        parseScenario(valid(QString::fromUtf8(GetParam().patch)), QStringLiteral("bad.json"));
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().startsWith(QStringLiteral("bad.json: ")))
        << s.errorMessage().toStdString();
    EXPECT_TRUE(s.errorMessage().contains(QString::fromUtf8(GetParam().message)))
        << s.errorMessage().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Fields, SeasonScenarioMalformed,
    ::testing::Values(
        Malformed{"\"kind\": \"thank_you\"=>\"kind\": \"thankyou\"",
                  "communications[0].kind: unknown value \"thankyou\""},
        Malformed{"\"at\": \"2027-01-07T19:00-05:00\"=>\"at\": \"2027-01-07T19:00\"",
                  "communications[0].at: \"2027-01-07T19:00\" has no UTC offset"},
        Malformed{"\"contact\": \"lopez\"=>\"contact\": \"chen\"",
                  "communications[0].contact: no contact with id \"chen\""},
        Malformed{"{\"used\": 1}=>{\"usde\": 1}",
                  "expect.programs.Lakeside.quotas.thank_you.usde: unknown field"},
        Malformed{"{\"used\": 1}=>{\"used\": \"one\"}",
                  "expect.programs.Lakeside.quotas.thank_you.used: not a whole number"},
        Malformed{"\"thank_you\": {=>\"thanks\": {",
                  "expect.programs.Lakeside.quotas.thanks: unknown quota"},
        Malformed{"\"exhaustive_for\": [\"quota\"], =>", "expect.exhaustive_for: missing"},
        Malformed{"\"exhaustive_for\": [\"quota\"]=>\"exhaustive_for\": [\"quotas\"]",
                  "expect.exhaustive_for[0]: \"quotas\" is neither a rule id nor a rule family"},
        Malformed{"\"findings\": []=>\"findings\": [{\"rule\": \"quota.thankyou\", "
                  "\"severity\": \"warning\"}]",
                  "expect.findings[0].rule: unknown rule \"quota.thankyou\""},
        Malformed{"\"programs\": {\"Lakeside\"=>\"programs\": {\"Lakeshore\"",
                  "expect.programs.Lakeshore: no program named \"Lakeshore\""},
        Malformed{"\"now\": \"2027-01-09T12:00-05:00\",=>", "now: missing"},
        Malformed{"\"title\": \"t\",=>", "title: missing"},
        Malformed{"}}}}\n}=>}}}}\n", "not valid JSON"}));

} // namespace
} // namespace rapport::test::scenario
