#pragma once

#include "PdfPages.h"
#include "ReportDocument.h"
#include "Result.h"
#include "domain/Finding.h"
#include "domain/SeasonSnapshot.h"
#include "rules/Allowance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QList>

namespace rapport::ui {

class DateTimeText;

// The printable reports: the whole season (summary, programs by status,
// open findings with their guidance, those gone past knowingly, the
// top-choice letter, the log), or one program's story (facts, contacts,
// findings, timeline with its milestones). Built from a snapshot, its
// findings and the programs' allowances, so the window and rapport-cli
// print the same thing. It keeps its own copy of them (and of the
// application's font), so it can be written on another thread while the
// season changes.
class SeasonReport final
{
    Q_DECLARE_TR_FUNCTIONS(SeasonReport)

public:
    SeasonReport(const core::SeasonSnapshot &snapshot, const QList<core::Finding> &findings,
                 const core::Allowances &allowances, const QDateTime &now);

    // Reads the message bodies from the season's file, for a snapshot that
    // lacks them (the window's). Reads on the calling thread.
    core::Status readBodies(const QString &databasePath);

    ReportDocument seasonDocument() const;
    // Fails for an unknown program.
    core::Result<ReportDocument> programDocument(qint64 programId) const;
    // The same as HTML, without page breaks.
    QString seasonHtml() const;
    core::Result<QString> programHtml(qint64 programId) const;

    // Set for the page, holding the report's text alone.
    PdfPages seasonPdf() const;
    core::Result<PdfPages> programPdf(qint64 programId) const;
    // Write the PDF; the result is the number of pages.
    core::Result<int> writeSeasonPdf(const QString &path, const PdfProgress &progress = {}) const;
    core::Result<int> writeProgramPdf(qint64 programId, const QString &path,
                                      const PdfProgress &progress = {}) const;

    // A file name to suggest: "season-report-2027-01-14.pdf",
    // "lakeside-university-otolaryngology-2027-01-14.pdf".
    QString suggestedSeasonFileName() const;
    QString suggestedProgramFileName(qint64 programId) const;

private:
    void indexSnapshot();
    PageDecoration decoration(const QString &what) const;
    const core::Program *program(qint64 id) const;
    // Times as the season's zone has them.
    DateTimeText dates() const;
    QString programName(qint64 id) const;
    QString contactName(const std::optional<qint64> &id) const;

    void addTitle(ReportDocument &doc) const;
    void addSummary(ReportDocument &doc) const;
    void addStatuses(ReportDocument &doc) const;
    void addFindings(ReportDocument &doc) const;
    void addAcknowledged(ReportDocument &doc) const;
    void addTopChoice(ReportDocument &doc) const;
    void addLog(ReportDocument &doc) const;

    void addProgramFacts(ReportDocument &doc, const core::Program &p) const;
    void addProgramAllowance(ReportDocument &doc, const core::Program &p) const;
    void addProgramContacts(ReportDocument &doc, const core::Program &p) const;
    void addProgramFindings(ReportDocument &doc, const core::Program &p) const;
    void addProgramTimeline(ReportDocument &doc, const core::Program &p) const;
    // Findings grouped by rule, one block per rule: what was found, each
    // with the message it is about, then the guidance once.
    QStringList findingBlocks(const QList<core::Finding> &findings) const;
    const core::Communication *communication(qint64 id) const;

    core::SeasonSnapshot m_snapshot;
    QList<core::Finding> m_findings;
    core::Allowances m_allowances;
    QDateTime m_now;
    QFont m_font;
    QHash<qint64, int> m_programIndex;
    QHash<qint64, int> m_contactIndex;
    QHash<qint64, int> m_communicationIndex;
};

} // namespace rapport::ui
