#pragma once

#include "domain/Enums.h"
#include "domain/Finding.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rapport::ui {
class DateTimeText;
}

// Small pieces of the HTML subset QTextDocument lays out, shared by the
// season and program reports.
namespace rapport::ui::reporthtml {

// The report's style sheet (QTextDocument's CSS subset). The PDF is set
// without QTextDocument, by ReportText, which follows it.
QString styleSheet();

QString esc(const QString &text);
// "14 Jan 2027"; "—" for an invalid date.
QString date(const QDate &d);
// The day and the time of a moment in the season's zone, "—" for none.
QString date(const QDateTime &at, const DateTimeText &when);
QString dateTime(const QDateTime &at, const DateTimeText &when);

QString heading(int level, const QString &text, const QString &anchor = {});
QString paragraph(const QString &html, const QString &cssClass = {});
// A finding's severity word in its colour, e.g. a red "Violation"; a
// program's misconduct is tagged as the program's, not the applicant's.
QString severityTag(const core::Finding &finding);
QString coloured(const QString &html, const QString &colour);

// A table with a repeated header row; cells are HTML already. widths are
// percentages, one per column (or empty).
class Table final
{
public:
    Table(const QStringList &headers, const QList<int> &widths = {}, const QString &cssClass = {});
    void addRow(const QStringList &cells, const QString &rowClass = {});
    // A row whose single cell spans every column.
    void addSpanningRow(const QString &html, const QString &rowClass = {});
    bool isEmpty() const { return m_rows.isEmpty(); }
    int rowCount() const { return int(m_rows.size()); }
    QString html() const;

    // The parts, for setting the table a row at a time.
    const QStringList &headers() const { return m_headers; }
    const QList<int> &widths() const { return m_widths; }
    const QString &rowHtml(int row) const { return m_rows.at(row); } // <tr>…</tr>

private:
    QStringList m_headers;
    QList<int> m_widths;
    QString m_class;
    QStringList m_rows;
};

// Two columns of label and value, for the facts of a program or the season.
class FactList final
{
public:
    void add(const QString &label, const QString &valueHtml);
    QString html() const;

private:
    QStringList m_rows;
};

} // namespace rapport::ui::reporthtml
