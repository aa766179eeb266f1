#pragma once

#include "FakePrompter.h"
#include "support/FakeClock.h"

#include "Session.h"

#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace rapport::test {

// A session on a fresh database, a fake clock and a FakePrompter.
class UiFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto session = ui::Session::open(m_dir.filePath(QStringLiteral("season.sqlite")), clock);
        ASSERT_TRUE(session.ok()) << session.errorMessage().toStdString();
        m_session = std::move(session.value());
    }

    ui::Session &session() { return *m_session; }
    // Loads the demo season of the 2027 Match (40 programs) into the session,
    // as it stands on today. The default, 20 February 2027, is after the
    // story's last message and before the rank-list deadline: the whole
    // season, with fixed dates and counts whatever the fixture's clock says.
    void loadDemo(const QDate &today = QDate(2027, 2, 20));
    // Waits until the worker has swapped in every write reloaded so far.
    // Saving in the window reloads in the background: wait before looking
    // at what the session or a page shows afterwards.
    static void settle(ui::Session &s)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !s.isUpdating(); }, 20000))
            << "the season was not reloaded";
    }
    void settle() { settle(session()); }

    FakeClock clock;
    FakePrompter prompter;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::Session> m_session;
};

} // namespace rapport::test
