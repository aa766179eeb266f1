#pragma once

#include "FakePrompter.h"
#include "io/IoFixture.h"
#include "support/FakeClock.h"

#include "MainWindow.h"
#include "RecentSeasons.h"
#include "SeasonDocument.h"
#include "SeasonWindows.h"
#include "Session.h"

#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace rapport::test {

// Season files in a folder of their own, opened through SeasonWindows as the
// File menu opens them, with file dialogs and prompts answered by the test.
class SeasonFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // A season file holding the named programs (at least one, so no welcome).
    QString makeSeason(const QString &name, const QStringList &programs);
    QString pathOf(const QString &name) const { return m_dir.filePath(name); }
    ui::MainWindow *open(const QString &path, ui::MainWindow *replacing = nullptr);
    ui::Session &sessionOf(const ui::MainWindow *window);
    // Until the window's season is read and its pages built.
    void waitUntilShown(ui::MainWindow *window);

    FakeClock clock;
    FakePrompter prompter;
    FakeFileChooser files;
    std::unique_ptr<ui::SeasonWindows> windows;

private:
    QTemporaryDir m_dir;
};

} // namespace rapport::test
