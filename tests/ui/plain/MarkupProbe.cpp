#include "MarkupProbe.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

namespace rapport::test {
namespace {

constexpr QChar kObject(0xFFFC); // what an interpreted <img> leaves in the text
constexpr QChar kEllipsis(0x2026);

QString shown(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || format == Qt::MarkdownText ||
                      (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    if (format == Qt::MarkdownText)
        document.setMarkdown(text);
    else
        document.setHtml(text);
    return document.toPlainText();
}

class Probe
{
public:
    MarkupReport report;

    void check(const QString &where, const QString &text, Qt::TextFormat format)
    {
        if (text.isEmpty())
            return;
        const QString seen = shown(text, format);
        bool literal = false;
        bool interpreted = seen.contains(kObject);
        for (const MarkupPiece &piece : markupPieces()) {
            const auto literals = seen.count(piece.literal);
            literal = literal || literals > 0;
            // An elided text may cut its last piece short.
            const auto cut = seen.contains(kEllipsis) ? 1 : 0;
            interpreted = interpreted || seen.count(piece.word) > literals + cut;
        }
        if (interpreted)
            report.problems << where + QStringLiteral(": shows \"") + seen +
                                   QStringLiteral("\" for \"") + text + QLatin1Char('"');
        if (literal)
            ++report.literalsShown;
    }

    void checkHeader(const QString &where, const QHeaderView &header)
    {
        for (int section = 0; section < header.count(); ++section) {
            const QString at = QStringLiteral("%1 section %2").arg(where).arg(section);
            const QAbstractItemModel &model = *header.model();
            check(at, model.headerData(section, header.orientation()).toString(), Qt::PlainText);
            check(at + QStringLiteral(" tooltip"),
                  model.headerData(section, header.orientation(), Qt::ToolTipRole).toString(),
                  Qt::AutoText);
        }
    }

    void checkModel(const QString &where, const QAbstractItemModel &model,
                    const QModelIndex &parent = {})
    {
        const int rows = std::min(model.rowCount(parent), 500);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model.columnCount(parent); ++column) {
                const QModelIndex index = model.index(row, column, parent);
                const QString at =
                    QStringLiteral("%1 row %2 column %3").arg(where).arg(row).arg(column);
                check(at, index.data(Qt::DisplayRole).toString(), Qt::PlainText);
                check(at + QStringLiteral(" tooltip"), index.data(Qt::ToolTipRole).toString(),
                      Qt::AutoText);
                if (column == 0 && model.hasChildren(index))
                    checkModel(where, model, index);
            }
        }
    }
};

QString describe(const QWidget *widget)
{
    const QString name = widget->objectName();
    return QString::fromLatin1(widget->metaObject()->className()) +
           (name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(name));
}

} // namespace

const QList<MarkupPiece> &markupPieces()
{
    static const QList<MarkupPiece> pieces{
        {QStringLiteral("Kxbold"), QStringLiteral("<b>Kxbold</b>")},
        {QStringLiteral("Kxfont"), QStringLiteral("<font size=20 color=red>Kxfont</font>")},
        {QStringLiteral("Kximg"), QStringLiteral("<img src=\"file:///tmp/Kximg.png\">")},
        {QStringLiteral("Kxamp"), QStringLiteral("Kxamp&amp;")},
    };
    return pieces;
}

QString withMarkup(const QString &prefix)
{
    QStringList parts{prefix};
    for (const MarkupPiece &piece : markupPieces())
        parts << piece.literal;
    return parts.join(QLatin1Char(' '));
}

MarkupReport probeMarkup(const QWidget *root)
{
    Probe probe;
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets << child;
    for (const QWidget *widget : widgets) {
        const QString where = describe(widget);
        probe.check(where + QStringLiteral(" tooltip"), widget->toolTip(), Qt::AutoText);
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            probe.check(where, label->text(), label->textFormat());
        else if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
            probe.check(where, edit->toPlainText(), Qt::PlainText);
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            probe.check(where, plain->toPlainText(), Qt::PlainText);
        else if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            probe.check(where, line->text(), Qt::PlainText);
        else if (const auto *header = qobject_cast<const QHeaderView *>(widget);
                 header && header->model())
            probe.checkHeader(where, *header);
        else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget);
                 view && view->model())
            probe.checkModel(where, *view->model());
    }
    return probe.report;
}

} // namespace rapport::test
