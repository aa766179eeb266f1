#include "InboxFixture.h"

#include <QAbstractItemModelTester>

namespace rapport::test {
namespace {

class InboxModelTest : public IoFixture
{};

TEST_F(InboxModelTest, ListsThePendingMessagesWithTheirProposal)
{
    loadMailSeason();
    ui::InboxModel model(session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::MailInbox inbox(session().db(), clock);
    QList<core::IncomingMail> batch;
    for (const QByteArray &raw :
         {mailFrom(QStringLiteral("a@lakeside.edu"),
                   QStringLiteral("Jennifer Walsh <jwalsh@lakeside.edu>"),
                   QStringLiteral("Parking")),
          mailFrom(QStringLiteral("b@nrmp.org"), QStringLiteral("noreply@nrmp.org"), QString(),
                   QStringLiteral("Hello\n"), QStringLiteral("Wed, 21 Oct 2026 08:00:00 -0400"))}) {
        core::IncomingMail mail;
        mail.raw = raw;
        batch << mail;
    }
    const auto captured = inbox.capture(batch);
    ASSERT_TRUE(captured.ok());
    ASSERT_TRUE(model.refresh().ok());
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), ui::InboxModel::ColumnCount);

    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    EXPECT_EQ(cell(0, ui::InboxModel::FromColumn).toString(), QStringLiteral("Jennifer Walsh"));
    EXPECT_EQ(cell(0, ui::InboxModel::FromColumn, Qt::ToolTipRole).toString(),
              QStringLiteral("jwalsh@lakeside.edu"));
    EXPECT_EQ(cell(0, ui::InboxModel::ProgramColumn).toString(),
              QStringLiteral("Lakeside University Otolaryngology"));
    EXPECT_EQ(cell(0, ui::InboxModel::ContactColumn).toString(), QStringLiteral("Jennifer Walsh"));
    EXPECT_EQ(cell(0, ui::InboxModel::DirectionColumn).toString(), QStringLiteral("Incoming"));
    // In the season's zone, as the log shows dates.
    EXPECT_FALSE(cell(0, ui::InboxModel::DateColumn).toString().isEmpty());
    EXPECT_EQ(cell(1, ui::InboxModel::SubjectColumn).toString(), QStringLiteral("(no subject)"));
    EXPECT_EQ(cell(1, ui::InboxModel::ProgramColumn).toString(), ui::InboxModel::noMatchText());
    EXPECT_FALSE(cell(1, ui::InboxModel::ProgramColumn, Qt::ToolTipRole).toString().isEmpty());
    EXPECT_EQ(cell(1, 0, ui::InboxModel::IdRole).toLongLong(), captured->ids.last());
    EXPECT_EQ(model.indexOf(captured->ids.last()).row(), 1);

    ASSERT_TRUE(inbox.ignore(captured->ids.first()).ok());
    ASSERT_TRUE(model.refresh().ok());
    EXPECT_EQ(model.rowCount(), 1);
    ASSERT_TRUE(model.setShowDecided(true).ok());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(0, ui::InboxModel::StateColumn).toString(), QStringLiteral("Ignored"));
}

} // namespace
} // namespace rapport::test
