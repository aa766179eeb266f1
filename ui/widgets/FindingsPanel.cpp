#include "FindingsPanel.h"

#include "FindingText.h"
#include "Labels.h"
#include "models/FindingsModel.h"

#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>

namespace rapport::ui {
namespace {

constexpr int kPadding = 8;
constexpr int kStripe = 4;
constexpr int kIcon = 20;
constexpr int kGap = 8;
constexpr int kLineGap = 3;

// Paints one finding: a severity stripe and icon, the rule's title in bold,
// the message and the guidance word-wrapped below it. Heights follow the
// view's width.
class FindingDelegate final : public QStyledItemDelegate
{
public:
    explicit FindingDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view) {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // Background and selection only: the text is laid out below.
        opt.text.clear();
        opt.icon = QIcon();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const auto severity =
            static_cast<core::Severity>(index.data(FindingsModel::SeverityRole).toInt());
        const QRect r = option.rect;
        painter->save();
        painter->fillRect(QRect(r.left(), r.top() + 2, kStripe, r.height() - 4),
                          labels::severityColor(severity));
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        icon.paint(painter, QRect(r.left() + kStripe + kGap, r.top() + kPadding, kIcon, kIcon));

        const bool selected = option.state & QStyle::State_Selected;
        const QColor text =
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor soft = text;
        soft.setAlphaF(selected ? 0.9 : 0.72);
        QRect area = textArea(r);
        area.setWidth(textWidth());
        for (const Line &line : lines(option, index)) {
            const QStaticText &laidOut = wrapped(line.font, line.text, area.width());
            painter->setFont(line.font);
            painter->setPen(line.soft ? soft : text);
            painter->drawStaticText(area.topLeft(), laidOut);
            area.setTop(area.top() + qCeil(laidOut.size().height()) + kLineGap);
        }

        QColor line = option.palette.color(QPalette::Mid);
        line.setAlphaF(0.4);
        painter->setPen(line);
        painter->drawLine(r.left() + kStripe + kGap, r.bottom(), r.right() - kPadding, r.bottom());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = rowWidth();
        const int textWidth = this->textWidth();
        int height = kPadding - kLineGap;
        for (const Line &line : lines(option, index))
            height += kLineGap + wrappedHeight(line.font, line.text, textWidth);
        return {width, std::max(height, kIcon) + kPadding + 1};
    }

private:
    struct Line
    {
        QString text;
        QFont font;
        bool soft = false;
    };

    // The rule's title in bold, the message, the guidance in a softer
    // colour; without a title the message is the bold line.
    static QList<Line> lines(const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        const QString title = index.data(FindingsModel::TitleRole).toString();
        const QString message = index.data(FindingsModel::MessageRole).toString();
        const QString guidance = index.data(FindingsModel::GuidanceRole).toString();
        QList<Line> out;
        if (!title.isEmpty())
            out.append({title, bold, false});
        out.append({message, title.isEmpty() ? bold : option.font, false});
        if (!guidance.isEmpty())
            out.append({guidance, option.font, true});
        return out;
    }
    int rowWidth() const
    {
        const int width = m_view->viewport()->width();
        return width < 120 ? 320 : width;
    }
    // Text wraps as if the scroll bar were shown: a list that grows one is
    // then not laid out again, and a long finding takes milliseconds.
    int textWidth() const
    {
        int width = rowWidth();
        const QScrollBar *bar = m_view->verticalScrollBar();
        if (!bar->isVisible())
            width -= m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, bar);
        return textArea(QRect(0, 0, width, 1)).width();
    }
    static QRect textArea(const QRect &r)
    {
        const int left = r.left() + kStripe + kGap + kIcon + kGap;
        return {left, r.top() + kPadding, std::max(40, r.right() - kPadding - left),
                std::max(0, r.height() - 2 * kPadding)};
    }
    // The list asks for every row's height on each layout and paint, and
    // wrapping a paragraph is the costly part: each is laid out once per
    // width and drawn from that layout.
    const QStaticText &wrapped(const QFont &font, const QString &text, int width) const
    {
        constexpr qsizetype kMaxTexts = 1000; // widths pile up while a splitter moves
        WrapKey key{font.key(), text, width};
        if (const auto it = m_wrapped.constFind(key); it != m_wrapped.cend())
            return *it;
        if (m_wrapped.size() >= kMaxTexts)
            m_wrapped.clear();
        // A static text breaks lines at U+2028 only, drawText() at newlines.
        QString lines = text;
        lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QStaticText out(lines);
        out.setTextFormat(Qt::PlainText);
        out.setTextWidth(width);
        out.setPerformanceHint(QStaticText::AggressiveCaching);
        out.prepare(QTransform(), font);
        return *m_wrapped.insert(std::move(key), out);
    }
    int wrappedHeight(const QFont &font, const QString &text, int width) const
    {
        return qCeil(wrapped(font, text, width).size().height());
    }

    struct WrapKey
    {
        QString font;
        QString text;
        int width = 0;

        bool operator==(const WrapKey &) const = default;
        friend size_t qHash(const WrapKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.font, key.text, key.width);
        }
    };

    QListView *m_view;
    mutable QHash<WrapKey, QStaticText> m_wrapped;
};

// Same rows on screen; a sentence may still have moved in the text.
bool sameFindings(const QList<core::Finding> &a, const QList<core::Finding> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const core::Finding &x, const core::Finding &y) {
                          return x.rule == y.rule && x.severity == y.severity &&
                                 x.message() == y.message() && x.guidance == y.guidance &&
                                 x.acknowledged == y.acknowledged;
                      });
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent), m_model(new FindingsModel(this)), m_summary(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_list(new QListView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_empty->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setWeight(QFont::DemiBold);
    m_summary->setFont(summaryFont);

    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new FindingDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Findings"));
    // A click shows the finding in the text; Enter does too.
    const auto activate = [this](const QModelIndex &index) {
        Q_EMIT findingActivated(m_model->findingAt(index));
    };
    connect(m_list, &QListView::clicked, this, activate);
    connect(m_list, &QListView::activated, this, activate);

    m_empty->setObjectName(QStringLiteral("findingsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setMargin(16);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    m_stack->setFrameShape(QFrame::StyledPanel);
    m_stack->setBackgroundRole(QPalette::Base);
    m_stack->setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    setFindings({});
}

void FindingsPanel::setFindings(const QList<core::Finding> &findings)
{
    QList<core::Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const core::Finding &a, const core::Finding &b) {
                         return core::moreSevere(a.severity, b.severity);
                     });
    if (sameFindings(sorted, m_model->findings()))
        m_model->updateFindings(std::move(sorted)); // new places, no reset
    else
        m_model->setFindings(std::move(sorted));
    m_empty->setText(tr("No findings — this message keeps to the guidance."));
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_empty);
    updateSummary();
}

void FindingsPanel::showMessage(const QString &message)
{
    m_model->setFindings({});
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
    m_summary->setText(tr("Not checked"));
}

void FindingsPanel::setRuleTitles(findingText::RuleTitles titles)
{
    m_model->setRuleTitles(std::move(titles));
    m_list->doItemsLayout(); // rows grow by the title line
}

const QList<core::Finding> &FindingsPanel::findings() const
{
    return m_model->findings();
}

QStringList FindingsPanel::rules() const
{
    return m_model->rules();
}

QString FindingsPanel::summaryText() const
{
    return m_summary->text();
}

void FindingsPanel::updateSummary()
{
    // The applicant's own findings by severity; what a program did is
    // counted apart, so it never reads as the applicant's violation.
    int violations = 0;
    int warnings = 0;
    int notes = 0;
    int conduct = 0;
    for (const core::Finding &f : m_model->findings()) {
        if (f.severity == core::Severity::Info)
            ++notes;
        else if (findingText::isProgramConduct(f))
            ++conduct;
        else
            ++(f.severity == core::Severity::Violation ? violations : warnings);
    }
    QStringList parts;
    if (conduct > 0)
        parts << tr("%n concerns about the program's conduct", nullptr, conduct);
    if (violations > 0)
        parts << tr("%n violations", nullptr, violations);
    if (warnings > 0)
        parts << tr("%n warnings", nullptr, warnings);
    if (notes > 0)
        parts << tr("%n notes", nullptr, notes);
    m_summary->setText(parts.isEmpty() ? tr("All clear") : parts.join(tr(", ")));
    const int worstViolations = m_model->count(core::Severity::Violation);
    const int worstWarnings = m_model->count(core::Severity::Warning);
    const core::Severity worst = worstViolations ? core::Severity::Violation
                                 : worstWarnings ? core::Severity::Warning
                                                 : core::Severity::Info;
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText,
                     (worstViolations || worstWarnings)
                         ? labels::severityColor(worst)
                         : QApplication::palette().color(QPalette::WindowText));
    m_summary->setPalette(palette);
}

} // namespace rapport::ui
