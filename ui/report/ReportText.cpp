#include "ReportText.h"

#include <vector>

namespace rapport::ui::reporttext {
namespace {

// The colours and sizes of ReportHtml's style sheet. Where QTextDocument
// renders a rule differently, this follows what it renders: headings take
// 2, 1.5 and 1.2 times the base size whatever their font-size says, and
// unstyled text is painted in the report's ink.
const QColor kInk(0x1d, 0x23, 0x29);
const QColor kNavy(0x1f, 0x3a, 0x5f);
const QColor kGrey(0x56, 0x60, 0x6b);

struct Style
{
    qreal size = 0; // points
    int weight = QFont::Normal;
    bool italic = false;
    QColor colour = kInk;
    bool operator==(const Style &) const = default;
};

// Each style's font and format, made once per thread and shared: a QFont
// made anew looks its font engine up again every time it is laid out.
class Looks final
{
public:
    QFont font(const QFont &base, const Style &s) { return look(base, s).font; }
    QTextCharFormat format(const QFont &base, const Style &s) { return look(base, s).format; }

private:
    struct Look
    {
        Style style;
        QFont font;
        QTextCharFormat format;
    };

    const Look &look(const QFont &base, const Style &s)
    {
        if (base != m_base) {
            m_base = base;
            m_looks.clear();
        }
        for (const Look &l : m_looks) {
            if (l.style == s)
                return l;
        }
        Look l{s, base, {}};
        l.font.setPointSizeF(s.size);
        l.font.setWeight(QFont::Weight(s.weight));
        l.font.setItalic(s.italic);
        l.format.setFont(l.font, QTextCharFormat::FontPropertiesAll);
        l.format.setForeground(s.colour);
        m_looks.push_back(l);
        return m_looks.back();
    }

    QFont m_base;
    std::vector<Look> m_looks;
};

thread_local Looks looks;

bool hasClass(QStringView classes, QLatin1StringView name)
{
    for (const QStringView c : classes.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (c == name)
            return true;
    }
    return false;
}

// The value of name="…" among a tag's attributes.
QStringView attribute(QStringView attributes, QLatin1StringView name)
{
    for (qsizetype i = attributes.indexOf(name); i >= 0; i = attributes.indexOf(name, i + 1)) {
        const qsizetype quote = i + name.size() + 1;
        if ((i > 0 && !attributes.at(i - 1).isSpace()) || quote >= attributes.size() ||
            attributes.at(quote - 1) != u'=' || attributes.at(quote) != u'"')
            continue;
        const qsizetype end = attributes.indexOf(u'"', quote + 1);
        return attributes.mid(quote + 1, end < 0 ? -1 : end - quote - 1);
    }
    return {};
}

QChar entity(QStringView name)
{
    if (name == u"amp")
        return u'&';
    if (name == u"lt")
        return u'<';
    if (name == u"gt")
        return u'>';
    if (name == u"quot")
        return u'"';
    if (name == u"apos")
        return u'\'';
    if (name == u"nbsp")
        return QChar(0xa0);
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code =
            name.startsWith(u"#x") ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code < 0xffff)
            return QChar(char16_t(code));
    }
    return {};
}

class Reader final
{
public:
    explicit Reader(const QFont &base) : m_base(base)
    {
        m_styles.push_back(Style{base.pointSizeF()});
    }

    void setGrid() { m_grid = true; }

    void read(QStringView html)
    {
        qsizetype i = 0;
        while (i < html.size()) {
            const qsizetype lt = html.indexOf(u'<', i);
            text(html.mid(i, (lt < 0 ? html.size() : lt) - i));
            if (lt < 0)
                break;
            const qsizetype gt = html.indexOf(u'>', lt);
            if (gt < 0)
                break;
            tag(html.mid(lt + 1, gt - lt - 1));
            i = gt + 1;
        }
    }

    QList<Block> blocks;
    QList<Row> rows; // rows read outside a table

private:
    const Style &style() const { return m_styles.back(); }

    void tag(QStringView tag)
    {
        if (tag.startsWith(u'/')) {
            close(tag.mid(1).trimmed());
            return;
        }
        if (tag.endsWith(u'/'))
            tag.chop(1);
        const qsizetype space = tag.indexOf(u' ');
        const QStringView name = space < 0 ? tag : tag.left(space);
        const QStringView attributes = space < 0 ? QStringView() : tag.mid(space + 1);
        if (name == u"br") {
            if (m_target) {
                m_target->text += QChar::LineSeparator;
                addFormat(m_target->text.size() - 1, 1);
            }
            return;
        }
        Style s = style();
        if (name == u"h1" || name == u"h2" || name == u"h3" || name == u"p")
            s = openParagraph(name, attribute(attributes, QLatin1StringView("class")));
        else if (name == u"table")
            openTable(attribute(attributes, QLatin1StringView("class")));
        else if (name == u"tr")
            openRow(attribute(attributes, QLatin1StringView("class")));
        else if (name == u"td" || name == u"th")
            s = openCell(name == u"th", attributes);
        else if (name == u"b")
            s.weight = QFont::Bold;
        else if (name == u"i")
            s.italic = true;
        else if (name == u"span")
            span(attributes, s);
        m_styles.push_back(s);
    }

    Style openParagraph(QStringView name, QStringView classes)
    {
        m_paragraph = Paragraph();
        Style s = m_styles.front();
        if (name == u"p") {
            m_paragraph.bottomMargin = 6;
            if (hasClass(classes, QLatin1StringView("subtitle"))) {
                s.colour = kGrey;
                s.size = 10;
                m_paragraph.bottomMargin = 10;
            } else if (hasClass(classes, QLatin1StringView("note"))) {
                s.colour = kGrey;
                s.size = 8.5;
            } else if (hasClass(classes, QLatin1StringView("guidance"))) {
                s.colour = kGrey;
                s.italic = true;
                s.size = 8.5;
                m_paragraph.indent = 14;
            } else if (hasClass(classes, QLatin1StringView("finding"))) {
                m_paragraph.indent = 14;
                m_paragraph.bottomMargin = 2;
            }
        } else {
            const int level = name.at(1).digitValue();
            s.weight = QFont::DemiBold;
            s.colour = level == 3 ? kInk : kNavy;
            s.size *= level == 1 ? 2.0 : level == 2 ? 1.5 : 1.2;
            m_paragraph.topMargin = level == 1 ? 18 : level == 2 ? 18 : 12;
            m_paragraph.bottomMargin = level == 1 ? 2 : level == 2 ? 6 : 4;
        }
        m_paragraph.font = font(s);
        m_target = &m_paragraph;
        return s;
    }

    void openTable(QStringView classes)
    {
        m_grid = !hasClass(classes, QLatin1StringView("facts"));
        m_table = m_grid ? grid() : Table{false, QMarginsF(0, 2, 10, 2), 0, {}, 0, {}};
        m_inTable = true;
    }

    void openRow(QStringView classes)
    {
        m_row = Row();
        m_rowClass = classes.toString();
    }

    Style openCell(bool header, QStringView attributes)
    {
        m_cell = Cell();
        m_cell.columnSpan =
            std::max(1, attribute(attributes, QLatin1StringView("colspan")).toInt());
        Style s = m_styles.front();
        if (!m_grid) {
            s.size = 9;
            if (hasClass(attribute(attributes, QLatin1StringView("class")),
                         QLatin1StringView("label")))
                s.colour = kGrey;
        } else if (header) {
            s.size = 8.5;
            s.weight = QFont::DemiBold;
            s.colour = kNavy;
            m_cell.background = QColor(0xe9, 0xee, 0xf4);
        } else {
            s.size = 8.5;
            if (hasClass(m_rowClass, QLatin1StringView("milestone"))) {
                m_cell.background = QColor(0xf3, 0xf6, 0xf9);
                s.weight = QFont::DemiBold;
                s.colour = kNavy;
            } else if (hasClass(m_rowClass, QLatin1StringView("draft"))) {
                s.colour = QColor(0x7a, 0x83, 0x8c);
            } else if (hasClass(m_rowClass, QLatin1StringView("over"))) {
                s.colour = QColor(0xb3, 0x26, 0x1e);
            }
        }
        m_cell.text.font = font(s);
        m_target = &m_cell.text;
        return s;
    }

    static void span(QStringView attributes, Style &s)
    {
        const QStringView classes = attribute(attributes, QLatin1StringView("class"));
        if (hasClass(classes, QLatin1StringView("small"))) {
            s.size = 8;
            s.colour = kGrey;
        } else if (hasClass(classes, QLatin1StringView("accent"))) {
            s.colour = QColor(0xc8, 0x96, 0x1e);
        }
        const QStringView css = attribute(attributes, QLatin1StringView("style"));
        if (const qsizetype colon = css.indexOf(u"color:"); colon >= 0) {
            const QColor colour = QColor::fromString(css.mid(colon + 6).trimmed());
            if (colour.isValid())
                s.colour = colour;
        }
    }

    void close(QStringView name)
    {
        if (m_styles.size() > 1)
            m_styles.pop_back();
        if (name == u"h1" || name == u"h2" || name == u"h3" || name == u"p") {
            blocks << m_paragraph;
            m_target = nullptr;
        } else if (name == u"td" || name == u"th") {
            m_row.cells << m_cell;
            m_row.ruled = m_grid && name == u"td";
            m_target = nullptr;
        } else if (name == u"tr") {
            (m_inTable ? m_table.rows : rows) << m_row;
        } else if (name == u"table") {
            blocks << m_table;
            m_inTable = false;
        }
    }

    // Runs of white space are one space, none at the start of a line.
    void text(QStringView raw)
    {
        if (!m_target || raw.isEmpty())
            return;
        QString &out = m_target->text;
        const qsizetype start = out.size();
        for (qsizetype i = 0; i < raw.size(); ++i) {
            QChar c = raw.at(i);
            if (c == u'&') {
                const qsizetype semicolon = raw.indexOf(u';', i);
                const QChar decoded =
                    semicolon < 0 ? QChar() : entity(raw.mid(i + 1, semicolon - i - 1));
                if (!decoded.isNull()) {
                    c = decoded;
                    i = semicolon;
                }
            } else if (c.isSpace() && c != QChar(0xa0)) {
                if (out.isEmpty() || out.back() == u' ' || out.back() == QChar::LineSeparator)
                    continue;
                c = u' ';
            }
            out += c;
        }
        addFormat(start, out.size() - start);
    }

    void addFormat(qsizetype start, qsizetype length)
    {
        if (length == 0)
            return;
        QList<QTextLayout::FormatRange> &formats = m_target->formats;
        if (!formats.isEmpty() && m_lastTarget == m_target && m_lastStyle == style() &&
            formats.last().start + formats.last().length == start) {
            formats.last().length += int(length);
            return;
        }
        formats << QTextLayout::FormatRange{int(start), int(length), looks.format(m_base, style())};
        m_lastTarget = m_target;
        m_lastStyle = style();
    }

    QFont font(const Style &s) const { return looks.font(m_base, s); }

    QFont m_base;
    std::vector<Style> m_styles;
    Paragraph *m_target = nullptr; // where text goes
    Paragraph m_paragraph;
    Table m_table;
    bool m_inTable = false;
    bool m_grid = true;
    Row m_row;
    QString m_rowClass;
    Cell m_cell;
    const Paragraph *m_lastTarget = nullptr;
    Style m_lastStyle;
};

} // namespace

QList<Block> blocks(const QString &html, const QFont &base)
{
    Reader reader(base);
    reader.read(html);
    return reader.blocks;
}

QColor ink()
{
    return kInk;
}

Table grid()
{
    return Table{true, QMarginsF(5, 3, 5, 3), 1, QColor(0xd8, 0xdd, 0xe3), 6, {}};
}

Row header(const QStringList &headers, const QFont &base)
{
    QString html;
    for (const QString &h : headers)
        html += QStringLiteral("<th>") + h.toHtmlEscaped() + QStringLiteral("</th>");
    return row(QStringLiteral("<tr>") + html + QStringLiteral("</tr>"), base);
}

Row row(const QString &html, const QFont &base)
{
    Reader reader(base);
    reader.setGrid();
    reader.read(html);
    return reader.rows.value(0);
}

} // namespace rapport::ui::reporttext
