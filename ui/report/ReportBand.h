#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <utility>
#include <vector>

class QPainter;
class QPaintDevice;

namespace rapport::ui {

class ReportDocument;

namespace reporthtml {
class Table;
} // namespace reporthtml

namespace reporttext {
struct Paragraph;
struct Table;
} // namespace reporttext

// A piece of a report, or one row of a table, set for the page: its lines
// stay on one page unless it is taller than a page. Lengths are the paint
// device's pixels.
class Band final
{
public:
    Band();
    ~Band();
    Band(const Band &);
    Band &operator=(const Band &);
    Band(Band &&) noexcept;
    Band &operator=(Band &&) noexcept;

    // A band's top or bottom: its margin, and whether a table is there.
    struct Edge
    {
        qreal margin = 0;
        bool table = false;
    };
    // The space between two bands one above the other, as QTextDocument
    // leaves it: margins between paragraphs collapse, a table drops the
    // margin of the paragraph above it, and its own adds to the next one's.
    static qreal spacing(const Edge &above, const Edge &below);

    qreal height() const { return m_height; }
    const Edge &top() const { return m_top; }
    const Edge &bottom() const { return m_bottom; }
    // The lowest place above `limit` and below `from` where the band can be
    // cut without cutting through a line; `from` when there is none.
    qreal cut(qreal from, qreal limit) const;
    // Paints the part [from, to) of the band with its top at `at`.
    void paint(QPainter &painter, const QPointF &at, qreal from, qreal to) const;

private:
    friend class BandMeasures;
    friend class Typesetter;
    struct Text
    {
        std::shared_ptr<const QTextLayout> layout;
        QPointF at;
    };
    std::vector<Text> m_texts;
    QList<std::pair<QRectF, QColor>> m_fills;
    QList<qreal> m_cuts; // ascending: the line bottoms no other line runs across
    qreal m_width = 0;
    qreal m_height = 0;
    Edge m_top;
    Edge m_bottom;
};

// Sets the pieces of a report into bands a page wide, with the metrics of
// the paint device they will be painted on. A report repeats much of its
// text (kinds, programs, dashes, dates), so each paragraph laid out is kept
// for the next band that holds it: up to a bound, or, when told how often
// each will be set, until its last use.
class Typesetter final
{
public:
    // Measure: bands that know their size and where they may be cut but
    // cannot be painted, for counting pages without holding on to what is
    // laid out.
    enum class Use
    {
        Measure,
        Paint,
    };

    Typesetter(const QPaintDevice *device, qreal width, const QFont &font, Use use = Use::Paint);
    ~Typesetter();
    Q_DISABLE_COPY_MOVE(Typesetter)

    Band block(const QString &html) const;
    Band header(const reporthtml::Table &table) const;
    Band row(const reporthtml::Table &table, int row) const;
    // A piece of report: its block, or its table's header (row -1) or row.
    Band band(const ReportDocument &report, int piece, int row) const;

    // Appends to `out` a digest of each paragraph set from now on (nullptr:
    // no more), for counting how often each is set.
    void recordParagraphs(std::vector<size_t> *out) { m_record = out; }
    // How many times each paragraph, by its digest, will be set.
    void expectParagraphs(QHash<size_t, int> uses) { m_uses = std::move(uses); }

private:
    struct Laid;
    using Lines = QList<std::pair<qreal, qreal>>; // each line's top and bottom
    struct Key
    {
        QString text;
        QList<QTextLayout::FormatRange> formats;
        qreal width;
        qreal indent;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width);
        }
    };

    std::shared_ptr<const Laid> lay(const reporttext::Paragraph &p, qreal width) const;
    std::shared_ptr<const Laid> layOut(const reporttext::Paragraph &p, qreal width) const;
    static size_t digest(const reporttext::Paragraph &p, qreal width);
    // CSS pixels to the device's, as QTextDocument scales them.
    qreal px(qreal cssPixels) const;
    // Lays out a paragraph at (x, y) of the band; returns its height.
    qreal setParagraph(Band &band, Lines &lines, const reporttext::Paragraph &p, qreal x, qreal y,
                       qreal width) const;
    qreal setTable(Band &band, Lines &lines, const reporttext::Table &table,
                   const QList<qreal> &columns, qreal y) const;
    static QList<qreal> cleanCuts(const Lines &lines);
    QList<qreal> factColumns(const reporttext::Table &table) const;
    Band gridRow(const reporthtml::Table &table, const reporttext::Table &grid) const;

    const QPaintDevice *m_device;
    qreal m_width;
    QFont m_font;
    Use m_use;
    mutable QHash<Key, std::shared_ptr<const Laid>> m_laid;
    std::vector<size_t> *m_record = nullptr;
    mutable QHash<size_t, int> m_uses; // the uses still to come
};

} // namespace rapport::ui
