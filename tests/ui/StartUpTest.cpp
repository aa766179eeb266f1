// Session::FirstLoad::Later: the rule engine is built and the season read
// behind the window.
#include "UiFixture.h"

#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

namespace rapport::test {
namespace {

class StartUpTest : public UiFixture
{
protected:
    void TearDown() override
    {
        QFile::remove(core::RuleData::defaultUserFilePath());
        UiFixture::TearDown();
    }

    std::unique_ptr<ui::Session> openLater()
    {
        auto later = ui::Session::open(session().db().path(), clock, ui::Session::FirstLoad::Later);
        EXPECT_TRUE(later.ok()) << later.errorMessage().toStdString();
        return later.ok() ? std::move(later.value()) : nullptr;
    }
};

TEST_F(StartUpTest, ABrokenRuleFileIsReportedAndTheBuiltInRulesCheck)
{
    const QString path = core::RuleData::defaultUserFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"no.such_rule": {"severity": "info"}})");
    }
    auto later = openLater();
    ASSERT_NE(later, nullptr);
    QSignalSpy failed(later.get(), &ui::Session::rulesFailed);
    settle(*later);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("no.such_rule")));
    EXPECT_TRUE(later->isLoaded());
    EXPECT_EQ(later->engine().data().ruleIds(), core::RuleData::builtIn()->ruleIds());
}

} // namespace
} // namespace rapport::test
