#include "ReportHtml.h"

#include "DateTimeText.h"
#include "FindingText.h"
#include "Labels.h"

namespace rapport::ui::reporthtml {

QString styleSheet()
{
    // Print colours: dark ink, one accent for headings, hairline rules.
    return QStringLiteral(
        "body { color: #1d2329; }"
        "h1 { font-size: 20pt; font-weight: 600; color: #1f3a5f; margin-bottom: 2px; }"
        "h2 { font-size: 13pt; font-weight: 600; color: #1f3a5f; margin-top: 18px;"
        "     margin-bottom: 6px; }"
        "h3 { font-size: 10.5pt; font-weight: 600; color: #1d2329; margin-top: 12px;"
        "     margin-bottom: 4px; }"
        "p { margin-top: 0px; margin-bottom: 6px; }"
        "p.subtitle { color: #56606b; font-size: 10pt; margin-bottom: 10px; }"
        "p.note { color: #56606b; font-size: 8.5pt; }"
        "p.guidance { color: #56606b; font-style: italic; font-size: 8.5pt; margin-left: 14px; }"
        "p.finding { margin-left: 14px; margin-bottom: 2px; }"
        "table.grid { border-collapse: collapse; margin-bottom: 6px; }"
        "table.grid th { background-color: #e9eef4; color: #1f3a5f; font-weight: 600;"
        "     font-size: 8.5pt; text-align: left; padding: 3px 5px; }"
        "table.grid td { font-size: 8.5pt; padding: 3px 5px; border-bottom: 1px solid #d8dde3;"
        "     vertical-align: top; }"
        "tr.milestone td { background-color: #f3f6f9; font-weight: 600; color: #1f3a5f; }"
        "tr.draft td { color: #7a838c; }"
        "tr.over td { color: #b3261e; }"
        "td.body { color: #3a434c; white-space: pre-wrap; }"
        "table.facts td { padding: 2px 10px 2px 0px; font-size: 9pt; vertical-align: top; }"
        "td.label { color: #56606b; }"
        "span.small { font-size: 8pt; color: #56606b; }"
        "span.accent { color: #c8961e; }");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString date(const QDate &d)
{
    return d.isValid() ? DateTimeText::forDates().date(d, DateTimeText::Context::Report)
                       : QStringLiteral("—");
}

QString date(const QDateTime &at, const DateTimeText &when)
{
    return at.isValid() ? when.date(at, DateTimeText::Context::Report) : QStringLiteral("—");
}

QString dateTime(const QDateTime &at, const DateTimeText &when)
{
    return at.isValid() ? when.dateTime(at, DateTimeText::Context::Report) : QStringLiteral("—");
}

QString heading(int level, const QString &text, const QString &anchor)
{
    const QString name = anchor.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(anchor);
    return QStringLiteral("<h%1%2>%3</h%1>").arg(level).arg(name, esc(text));
}

QString paragraph(const QString &html, const QString &cssClass)
{
    if (cssClass.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(html);
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, html);
}

QString coloured(const QString &html, const QString &colour)
{
    return QStringLiteral("<span style=\"color: %1\">%2</span>").arg(colour, html);
}

QString severityTag(const core::Finding &finding)
{
    return QStringLiteral("<b>%1</b>")
        .arg(coloured(esc(findingText::severityLabel(finding)),
                      labels::severityColor(finding.severity).name()));
}

Table::Table(const QStringList &headers, const QList<int> &widths, const QString &cssClass)
    : m_headers(headers), m_widths(widths), m_class(cssClass)
{}

void Table::addRow(const QStringList &cells, const QString &rowClass)
{
    QString row = rowClass.isEmpty() ? QStringLiteral("<tr>")
                                     : QStringLiteral("<tr class=\"%1\">").arg(rowClass);
    for (const QString &cell : cells)
        row += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
    m_rows << row + QStringLiteral("</tr>");
}

void Table::addSpanningRow(const QString &html, const QString &rowClass)
{
    const QString cls =
        rowClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(rowClass);
    m_rows << QStringLiteral("<tr%1><td colspan=\"%2\">%3</td></tr>")
                  .arg(cls)
                  .arg(m_headers.size())
                  .arg(html);
}

QString Table::html() const
{
    QString out = QStringLiteral("<table class=\"grid%1\" width=\"100%\" cellspacing=\"0\">"
                                 "<thead><tr>")
                      .arg(m_class.isEmpty() ? QString() : QLatin1Char(' ') + m_class);
    for (int i = 0; i < m_headers.size(); ++i) {
        const QString width =
            i < m_widths.size() ? QStringLiteral(" width=\"%1%\"").arg(m_widths.at(i)) : QString();
        out += QStringLiteral("<th%1>%2</th>").arg(width, esc(m_headers.at(i)));
    }
    out += QStringLiteral("</tr></thead><tbody>") + m_rows.join(QString()) +
           QStringLiteral("</tbody></table>");
    return out;
}

void FactList::add(const QString &label, const QString &valueHtml)
{
    m_rows << QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
                  .arg(esc(label), valueHtml);
}

QString FactList::html() const
{
    return QStringLiteral("<table class=\"facts\" cellspacing=\"0\">") + m_rows.join(QString()) +
           QStringLiteral("</table>");
}

} // namespace rapport::ui::reporthtml
