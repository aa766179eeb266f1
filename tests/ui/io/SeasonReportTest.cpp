#include "IoFixture.h"

#include "report/SeasonReport.h"

#include "rules/RuleEngine.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using rapport::test::IoFixture;
using rapport::ui::SeasonReport;
namespace core = rapport::core;

namespace {

// Runs a poppler tool; the test is skipped by the caller when it is missing.
QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class SeasonReportTest : public IoFixture
{
protected:
    SeasonReport report()
    {
        return SeasonReport(session().snapshot(), session().findings(),
                            session().engine().allowances(), session().clock().now());
    }

    QString pdfText(const QString &pdf, int first = 1, int last = 1)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            return {};
        return run(tool, {QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"),
                          QString::number(last), pdf, QStringLiteral("-")});
    }

private:
};

TEST_F(SeasonReportTest, SeasonReportIsWrittenAndItsFirstPageRenders)
{
    loadDemo();
    const QString pdf = out.filePath(QStringLiteral("season.pdf"));
    auto pages = report().writeSeasonPdf(pdf);
    ASSERT_TRUE(pages.ok()) << pages.errorMessage().toStdString();
    EXPECT_GT(*pages, 3) << "summary, programs, findings and the log take several pages";
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_GT(file.size(), 20000);

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed";
    int exit = -1;
    run(pdftoppm,
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
         out.filePath(QStringLiteral("page"))},
        &exit);
    ASSERT_EQ(exit, 0);
    // pdftoppm pads the page number to the width of the page count.
    const QStringList rendered =
        QDir(out.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files);
    ASSERT_EQ(rendered.size(), 1) << "only the first page";
    const QString png = out.filePath(rendered.first());
    const QImage page(png);
    ASSERT_FALSE(page.isNull()) << png.toStdString();
    EXPECT_GT(page.width(), 400);
    EXPECT_GT(page.height(), page.width()) << "portrait";

    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        EXPECT_TRUE(text.contains(QStringLiteral("Amira Haddad")))
            << "the header names the applicant";
        EXPECT_TRUE(text.contains(QStringLiteral("Season report")));
        EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of %1").arg(*pages)));
        EXPECT_TRUE(text.contains(QStringLiteral("Summary")));
    }
}

TEST_F(SeasonReportTest, SeasonHtmlHoldsEveryPartOfTheReport)
{
    loadDemo();
    const QString html = report().seasonHtml();
    for (const char *section :
         {"Summary", "Programs by status", "Open findings", "Top-choice letter", "Log"})
        EXPECT_TRUE(html.contains(QLatin1String(section))) << section;
    for (const core::Program &p : session().snapshot().programs)
        EXPECT_TRUE(html.contains(p.name.toHtmlEscaped())) << p.name.toStdString();
    // Each open finding comes with the guidance behind it.
    for (const core::Finding &f : session().findings()) {
        if (!f.acknowledged && f.severity != core::Severity::Info && !f.guidance.isEmpty()) {
            EXPECT_TRUE(html.contains(f.guidance.toHtmlEscaped())) << f.rule.toStdString();
        }
    }
}

TEST_F(SeasonReportTest, ProgramReportTellsOneProgramsStory)
{
    loadDemo();
    const core::Program &program = session().snapshot().programs.first();
    auto html = report().programHtml(program.id);
    ASSERT_TRUE(html.ok());
    EXPECT_TRUE(html->contains(program.name.toHtmlEscaped()));
    for (const char *part : {"Contacts", "Findings", "Timeline", "Match Day", "Rank-list deadline"})
        EXPECT_TRUE(html->contains(QLatin1String(part))) << part;
    // The demo's season dates are estimates, and the timeline says so.
    EXPECT_TRUE(
        html->contains(QStringLiteral("Rank-list deadline (estimated — check the NRMP calendar)")));
    EXPECT_TRUE(html->contains(QStringLiteral("Match Day (estimated — check the NRMP calendar)")));
    for (const core::Communication &c : session().snapshot().communications) {
        if (c.programId == program.id) {
            EXPECT_TRUE(html->contains(c.subject.toHtmlEscaped())) << c.subject.toStdString();
        }
    }

    const QString pdf = out.filePath(QStringLiteral("program.pdf"));
    auto pages = report().writeProgramPdf(program.id, pdf);
    ASSERT_TRUE(pages.ok()) << pages.errorMessage().toStdString();
    EXPECT_GE(*pages, 1);
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        EXPECT_TRUE(text.contains(QStringLiteral("Program report")));
    }

    EXPECT_FALSE(report().writeProgramPdf(999999, out.filePath(QStringLiteral("none.pdf"))).ok());
    EXPECT_FALSE(QFile::exists(out.filePath(QStringLiteral("none.pdf"))));
}

TEST_F(SeasonReportTest, AnEmptySeasonStillMakesAReport)
{
    const QString pdf = out.filePath(QStringLiteral("empty.pdf"));
    auto pages = report().writeSeasonPdf(pdf);
    ASSERT_TRUE(pages.ok()) << pages.errorMessage().toStdString();
    EXPECT_GE(*pages, 1);
    EXPECT_TRUE(report().seasonHtml().contains(QStringLiteral("Not sent yet")));
}

TEST_F(SeasonReportTest, AnUnwritableTargetIsAnErrorNamingIt)
{
    const QString pdf = out.filePath(QStringLiteral("no-such-folder/season.pdf"));
    auto pages = report().writeSeasonPdf(pdf);
    ASSERT_FALSE(pages.ok());
    EXPECT_TRUE(pages.errorMessage().contains(pdf));
}

namespace {

// The value of one row of the summary's facts table.
QString fact(const QString &html, const QString &label)
{
    const QRegularExpression row(QStringLiteral("<td class=\"label\">%1</td><td>(.*?)</td>")
                                     .arg(QRegularExpression::escape(label)));
    return row.match(html).captured(1);
}

} // namespace

TEST_F(SeasonReportTest, SummarySaysWhileTheSeasonDatesAreEstimates)
{
    loadDemo();
    const QString estimated = QStringLiteral("estimated — check the NRMP calendar");
    QString html = report().seasonHtml();
    const QString deadline = fact(html, QStringLiteral("Rank-list deadline"));
    ASSERT_FALSE(deadline.isEmpty()) << html.left(4000).toStdString();
    EXPECT_TRUE(deadline.contains(estimated)) << deadline.toStdString();
    EXPECT_TRUE(deadline.contains(QStringLiteral("2027"))) << deadline.toStdString();
    EXPECT_TRUE(fact(html, QStringLiteral("Match Day")).contains(estimated));
    EXPECT_FALSE(fact(html, QStringLiteral("Interviews")).contains(estimated));

    core::Season season = session().snapshot().season;
    season.datesConfirmed = true;
    ASSERT_TRUE(core::ProfileRepository(session().db()).saveSeason(season).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    html = report().seasonHtml();
    EXPECT_FALSE(fact(html, QStringLiteral("Rank-list deadline")).isEmpty());
    EXPECT_FALSE(
        fact(html, QStringLiteral("Rank-list deadline")).contains(QStringLiteral("estimated")));
    EXPECT_FALSE(fact(html, QStringLiteral("Match Day")).contains(QStringLiteral("estimated")));
}
