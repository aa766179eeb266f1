// An entry written with the revision it was read at is written only while
// the stored row is still at it: an edit made from an older read would
// overwrite what another writer stored.

#include "storage/CommunicationRepository.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

TEST(GuardedUpdate, AnEntryIsWrittenOnlyAtTheRevisionItWasReadAt)
{
    test::TempDatabase temp;
    auto program = ProgramRepository(temp.db()).add(test::ProgramBuilder());
    ASSERT_TRUE(program) << program.errorMessage().toStdString();
    CommunicationRepository log(temp.db());
    auto id = log.add(test::CommunicationBuilder(*program));
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    auto read = log.get(*id);
    ASSERT_TRUE(read) << read.errorMessage().toStdString();

    Communication theirs = *read;
    theirs.body = QStringLiteral("Theirs");
    ASSERT_TRUE(log.update(theirs));

    Communication mine = *read;
    mine.subject = QStringLiteral("Mine");
    const Status refused = log.update(mine, read->revision);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("changed by another program")))
        << refused.errorMessage().toStdString();
    auto now = log.get(*id);
    ASSERT_TRUE(now) << now.errorMessage().toStdString();
    EXPECT_EQ(now->body, QStringLiteral("Theirs"));
    EXPECT_NE(now->subject, QStringLiteral("Mine"));

    // Read again, merged, written at the revision read.
    const RowMerge<Communication> merged =
        mergeEdit(*read, mine, *now, CommunicationRepository::fields());
    EXPECT_TRUE(merged.conflicts.isEmpty());
    ASSERT_TRUE(log.update(merged.row, now->revision));
    auto after = log.get(*id);
    ASSERT_TRUE(after) << after.errorMessage().toStdString();
    EXPECT_EQ(after->subject, QStringLiteral("Mine"));
    EXPECT_EQ(after->body, QStringLiteral("Theirs"));

    // A row that is gone is still named as gone.
    ASSERT_TRUE(log.remove(*id));
    const Status gone = log.update(merged.row, after->revision);
    EXPECT_TRUE(gone.errorMessage().contains(QStringLiteral("there is no communication")));
}

} // namespace
} // namespace rapport::core
