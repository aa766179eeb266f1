#include "IoFixture.h"

#include "report/BandMeasures.h"
#include "report/SeasonReport.h"

#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

using rapport::test::CommunicationBuilder;
using rapport::test::IoFixture;
using rapport::ui::BandMeasures;
using rapport::ui::PdfStage;
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

    // The text of each page, line by line as laid out; empty when
    // pdftotext is missing.
    QStringList pdfPages(const QString &pdf)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            return {};
        QStringList pages = run(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                .split(QLatin1Char('\f'));
        pages.removeLast(); // after the last page's form feed
        return pages;
    }

    // One program and `count` messages from it, "Log entry 001" and on, a
    // day apart: a log several pages long whose rows are all alike.
    void logEntries(int count)
    {
        const qint64 id = program("Lakeside University Otolaryngology", "Chicago", "lakeside.edu",
                                  QDate(2026, 11, 20));
        for (int i = 1; i <= count; ++i) {
            CommunicationBuilder b(id);
            b.kind(core::Kind::Logistics)
                .incoming()
                .on(QDate(2026, 6, 1).addDays(i))
                .subject(QStringLiteral("Log entry %1").arg(i, 3, 10, QLatin1Char('0')));
            ASSERT_TRUE(core::CommunicationRepository(session().db()).add(b).ok());
        }
        ASSERT_TRUE(session().reloadNow().ok());
    }

    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
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

TEST_F(SeasonReportTest, ALongLogRunsOverFullPagesEachUnderTheTablesHeader)
{
    logEntries(150);
    const QString pdf = out.filePath(QStringLiteral("season.pdf"));
    auto pages = report().writeSeasonPdf(pdf);
    ASSERT_TRUE(pages.ok()) << pages.errorMessage().toStdString();
    const QStringList text = pdfPages(pdf);
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    ASSERT_EQ(text.size(), *pages);
    for (int i = 0; i < text.size(); ++i) {
        EXPECT_TRUE(text.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(*pages)))
            << "page " << i + 1;
    }

    // Every entry once and in date order; every page of the log under the
    // table's header; the rows are alike, so every page between the first
    // and the last of the log holds as many.
    static const QRegularExpression entry(QStringLiteral("Log entry (\\d{3})"));
    int next = 1;
    QList<int> perPage;
    for (const QString &page : text) {
        int count = 0;
        for (const QRegularExpressionMatch &m : entry.globalMatch(page)) {
            EXPECT_EQ(m.captured(1).toInt(), next);
            next = m.captured(1).toInt() + 1;
            ++count;
        }
        if (count == 0)
            continue;
        perPage << count;
        for (const char *column : {"Date", "Program", "Kind", "Subject"})
            EXPECT_TRUE(page.contains(QLatin1String(column))) << column << " on every log page";
    }
    EXPECT_EQ(next, 151);
    ASSERT_GE(perPage.size(), 4) << "150 entries take several pages";
    for (int i = 2; i + 1 < perPage.size(); ++i)
        EXPECT_EQ(perPage.at(i), perPage.at(1)) << "log page " << i + 1;
    EXPECT_LE(perPage.last(), perPage.at(1));
    EXPECT_LT(perPage.first(), perPage.at(1)) << "the first log page also holds the heading";
}

// rapport-cli measures the report before the season is checked: the bands
// it takes over from that give the same pages as measuring afresh.
TEST_F(SeasonReportTest, BandsMeasuredBeforeTheFindingsGiveTheSamePages)
{
    loadDemo();
    ASSERT_FALSE(session().findings().isEmpty());
    const SeasonReport unchecked(session().snapshot(), {}, core::Allowances(),
                                 session().clock().now());
    const BandMeasures measured = unchecked.seasonPdf().measure();
    const SeasonReport checked = report();

    const auto taken =
        BandMeasures::measure(checked.seasonDocument(), measured.setting(), 2, {}, &measured);
    ASSERT_TRUE(taken);
    EXPECT_GT(taken->reused(), taken->size() / 2) << "the log's rows without findings";
    EXPECT_LT(taken->reused(), taken->size()) << "the findings are measured";

    const QString with = out.filePath(QStringLiteral("with.pdf"));
    const QString without = out.filePath(QStringLiteral("without.pdf"));
    const auto pages = checked.seasonPdf().write(with, {}, &measured);
    ASSERT_TRUE(pages.ok()) << pages.errorMessage().toStdString();
    const auto fresh = checked.writeSeasonPdf(without);
    ASSERT_TRUE(fresh.ok()) << fresh.errorMessage().toStdString();
    EXPECT_EQ(*pages, *fresh);
    const QStringList text = pdfPages(with);
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_EQ(text, pdfPages(without));
}

TEST_F(SeasonReportTest, StoppingMidWayLeavesTheFileThatWasThere)
{
    logEntries(150);
    const QString pdf = out.filePath(QStringLiteral("season.pdf"));
    {
        QFile old(pdf);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("last week's report");
    }
    int stoppedAt = 0;
    auto pages = report().writeSeasonPdf(pdf, [&](PdfStage stage, int done, int total) {
        if (stage != PdfStage::Writing || done < 2)
            return true;
        stoppedAt = total - done;
        return false;
    });
    EXPECT_FALSE(pages.ok());
    EXPECT_GT(stoppedAt, 2) << "pages were still to come";
    EXPECT_EQ(read(pdf), QStringLiteral("last week's report"));
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("season.pdf")})
        << "nothing is left behind";

    const QString fresh = out.filePath(QStringLiteral("fresh.pdf"));
    pages = report().writeSeasonPdf(
        fresh, [](PdfStage stage, int, int) { return stage != PdfStage::LayingOut; });
    EXPECT_FALSE(pages.ok());
    EXPECT_FALSE(QFile::exists(fresh)) << "stopped while laying out";
}

TEST_F(SeasonReportTest, ProgressCountsUpToTheTotal)
{
    logEntries(60);
    QList<int> laidOut, written;
    int layoutTotal = 0, pageTotal = 0;
    auto pages = report().writeSeasonPdf(
        out.filePath(QStringLiteral("season.pdf")), [&](PdfStage stage, int done, int total) {
            (stage == PdfStage::LayingOut ? laidOut : written) << done;
            (stage == PdfStage::LayingOut ? layoutTotal : pageTotal) = total;
            return true;
        });
    ASSERT_TRUE(pages.ok()) << pages.errorMessage().toStdString();
    ASSERT_FALSE(laidOut.isEmpty());
    EXPECT_GT(layoutTotal, 60) << "every log row, and the pieces before";
    EXPECT_EQ(laidOut.last(), layoutTotal);
    EXPECT_TRUE(std::is_sorted(laidOut.cbegin(), laidOut.cend()));
    EXPECT_EQ(pageTotal, *pages);
    QList<int> everyPage;
    for (int i = 1; i <= *pages; ++i)
        everyPage << i;
    EXPECT_EQ(written, everyPage);
}
