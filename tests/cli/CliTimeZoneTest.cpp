// An interview time given to rapport-cli is read in the season's zone, the
// zone the window shows it in, whatever the computer's zone.
#include "CliRunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace {

using rapport::test::CliResult;
using rapport::test::CliRunner;

class CliTimeZoneTest : public ::testing::Test
{
protected:
    // Runs one statement on the season file, outside rapport-cli.
    QVariant sql(const QString &statement, const QVariantList &values = {}) const
    {
        QVariant result;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(cli.databasePath());
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(q.prepare(statement));
            for (const QVariant &v : values)
                q.addBindValue(v);
            EXPECT_TRUE(q.exec());
            if (q.next())
                result = q.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return result;
    }

    // The offset stored with a 9:00 interview added in the given zone.
    int offsetOfNineOClockIn(const QString &zone)
    {
        const QString name = QStringLiteral("Lakeside ") + zone;
        sql(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
            QVariantList{QStringLiteral("season.time_zone"), zone});
        const CliResult added =
            cli.run({QStringLiteral("program"), QStringLiteral("add"), QStringLiteral("--name"),
                     name, QStringLiteral("--interview-date"), QStringLiteral("2027-01-07"),
                     QStringLiteral("--interview-time"), QStringLiteral("09:00")});
        EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
        return sql(QStringLiteral("SELECT interview_offset FROM programs WHERE name = ?"),
                   QVariantList{name})
            .toInt();
    }

    CliRunner cli;
};

TEST_F(CliTimeZoneTest, AnInterviewTimeIsReadInTheSeasonsZone)
{
    ASSERT_EQ(cli.run({QStringLiteral("init")}).exitCode, 0);
    // Neither zone has summer time in January; at most one can be the computer's.
    EXPECT_EQ(offsetOfNineOClockIn(QStringLiteral("Asia/Tokyo")), 9 * 3600);
    EXPECT_EQ(offsetOfNineOClockIn(QStringLiteral("Pacific/Honolulu")), -10 * 3600);
}

} // namespace
