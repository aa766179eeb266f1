#include "SeasonFixture.h"

#include "storage/Database.h"
#include "storage/ProgramRepository.h"
#include "support/Builders.h"

namespace rapport::test {

void SeasonFixture::SetUp()
{
    ui::recentSeasons::clear();
    windows = std::make_unique<ui::SeasonWindows>(clock, prompter);
    windows->setFileChooser(&files);
}

void SeasonFixture::TearDown()
{
    windows.reset();
    ui::recentSeasons::clear();
}

QString SeasonFixture::makeSeason(const QString &name, const QStringList &programs)
{
    const QString path = pathOf(name);
    auto db = core::Database::open(path);
    EXPECT_TRUE(db.ok()) << db.errorMessage().toStdString();
    if (!db)
        return path;
    for (const QString &program : programs)
        EXPECT_TRUE(core::ProgramRepository(**db).add(ProgramBuilder(program)).ok());
    return path;
}

ui::MainWindow *SeasonFixture::open(const QString &path, ui::MainWindow *replacing)
{
    auto opened = windows->open(path, replacing);
    EXPECT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    return opened.ok() ? opened->window : nullptr;
}

ui::Session &SeasonFixture::sessionOf(const ui::MainWindow *window)
{
    return windows->documentOf(window)->session();
}

void SeasonFixture::waitUntilShown(ui::MainWindow *window)
{
    ASSERT_NE(window, nullptr);
    ui::Session &session = sessionOf(window);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.isLoaded() && !session.isUpdating(); }, 20000))
        << "the season was not read";
}

} // namespace rapport::test
