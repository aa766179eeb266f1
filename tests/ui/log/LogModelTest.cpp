#include "UiFixture.h"

#include "models/LogFilterProxy.h"
#include "models/LogModel.h"
#include "rules/RuleEngine.h"

#include <QAbstractItemModelTester>

using rapport::test::UiFixture;
using rapport::ui::LogFilterProxy;
using rapport::ui::LogModel;
namespace core = rapport::core;

class LogModelTest : public UiFixture
{};

TEST_F(LogModelTest, PassesTheModelTesterThroughResetsAndFilters)
{
    LogModel model(session());
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);

    loadDemo();
    ASSERT_GT(model.rowCount(), 100);
    EXPECT_EQ(model.rowCount(), session().snapshot().communications.size());

    proxy.sort(LogModel::DateColumn, Qt::DescendingOrder);
    proxy.setDirection(core::Direction::Incoming);
    proxy.setKind(core::Kind::ThankYou);
    proxy.setDirection(std::nullopt);
    proxy.setFindingsOnly(true);
    proxy.setAllowedIds(QSet<qint64>{});
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setAllowedIds(std::nullopt);
    proxy.sort(LogModel::FindingsColumn, Qt::AscendingOrder);
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_GT(proxy.rowCount(), 0);
}

TEST_F(LogModelTest, TypedAccessorsAndFindingsFromOneSeasonCheck)
{
    loadDemo();
    LogModel model(session());
    const core::Communication &first = session().snapshot().communications.first();
    const QModelIndex index = model.indexOf(first.id);
    ASSERT_TRUE(index.isValid());
    ASSERT_NE(model.communicationAt(index), nullptr);
    EXPECT_EQ(model.communicationAt(index)->id, first.id);
    EXPECT_EQ(model.communicationAt(QModelIndex()), nullptr);
    EXPECT_FALSE(model.indexOf(-1).isValid());

    // Counts and worst severity per entry, as the season check reports them.
    QHash<qint64, int> expected;
    QHash<qint64, core::Severity> worst;
    for (const core::Finding &f : session().engine().checkSeason()) {
        if (!f.communicationId())
            continue;
        const qint64 id = *f.communicationId();
        if (!expected.contains(id) || core::moreSevere(f.severity, worst.value(id)))
            worst[id] = f.severity;
        ++expected[id];
    }
    ASSERT_FALSE(expected.isEmpty()) << "the demo season has breaches of every rule";
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        EXPECT_EQ(model.findingCount(it.key()), it.value());
        EXPECT_EQ(model.worstSeverity(it.key()), worst.value(it.key()));
        const QModelIndex cell = model.indexOf(it.key(), LogModel::FindingsColumn);
        EXPECT_EQ(cell.data().toInt(), it.value());
        EXPECT_EQ(cell.data(LogModel::WorstSeverityRole).toInt(),
                  static_cast<int>(worst.value(it.key())));
    }
}

TEST_F(LogModelTest, ShowsTheTimeInTheOffsetItWasEnteredIn)
{
    loadDemo();
    LogModel model(session());
    const core::Communication &c = session().snapshot().communications.first();
    const QString shown = model.indexOf(c.id, LogModel::DateColumn).data().toString();
    EXPECT_TRUE(shown.startsWith(c.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))))
        << shown.toStdString();
    // The demo writes US Eastern time: never shown as UTC.
    EXPECT_TRUE(shown.contains(QStringLiteral("UTC\u22124")) ||
                shown.contains(QStringLiteral("UTC\u22125")))
        << shown.toStdString();
}
