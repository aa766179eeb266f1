#include "ColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTimer>

#include <utility>

namespace rapport::ui {

ColumnFit::ColumnFit(QTableView *view, int stretchColumn, QList<QList<int>> priority)
    : QObject(view), m_view(view), m_header(view->horizontalHeader()), m_stretch(stretchColumn),
      m_priority(std::move(priority))
{
    for (int c = 0; c < m_header->count(); ++c) {
        if (!m_header->isSectionHidden(c))
            m_widths.insert(c, m_header->sectionSize(c));
    }
    m_header->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
    // A column the user widened may leave no room for another.
    connect(m_header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (m_fitting || column == m_stretch || size <= 0)
            return;
        m_widths.insert(column, size);
        fitSoon();
    });
    m_view->installEventFilter(this);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
}

void ColumnFit::setWidth(int column, int width)
{
    m_widths.insert(column, width);
    if (m_header->isSectionHidden(column)) {
        fit();
    } else {
        m_fitting = true;
        m_header->resizeSection(column, width);
        m_fitting = false;
        fit();
    }
}

int ColumnFit::width(int column) const
{
    return m_widths.value(column, m_header->defaultSectionSize());
}

void ColumnFit::setStretchNeed(int width)
{
    m_need = width;
    fit();
}

void ColumnFit::setHiddenByUser(int column, bool hidden)
{
    if (hidden)
        m_hiddenByUser.insert(column);
    else
        m_hiddenByUser.remove(column);
    fit();
}

QByteArray ColumnFit::saveState() const
{
    m_fitting = true;
    for (int c : m_setAside)
        m_header->setSectionHidden(c, false);
    const QByteArray state = m_header->saveState();
    for (int c : m_setAside)
        m_header->setSectionHidden(c, true);
    m_fitting = false;
    return state;
}

void ColumnFit::restoreState(const QByteArray &state)
{
    m_fitting = true;
    const bool restored = m_header->restoreState(state);
    m_fitting = false;
    if (!restored)
        return;
    m_header->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
    m_hiddenByUser.clear();
    m_setAside.clear();
    for (int c = 0; c < m_header->count(); ++c) {
        if (c == m_stretch)
            continue;
        if (m_header->isSectionHidden(c))
            m_hiddenByUser.insert(c);
        else
            m_widths.insert(c, m_header->sectionSize(c));
    }
    fit();
}

int ColumnFit::cellPadding(const QAbstractItemView *view, bool withIcon)
{
    // Asks the style where a cell's text goes, as the view's delegate does
    // when it paints.
    constexpr int kCell = 1000;
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = QRect(0, 0, kCell, view->fontMetrics().height() + 10);
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.decorationPosition = QStyleOptionViewItem::Left;
    option.features = QStyleOptionViewItem::HasDisplay;
    // Text wider than the cell: the style gives it all the room there is.
    option.text = QString(kCell, QLatin1Char('M'));
    if (withIcon) {
        option.features |= QStyleOptionViewItem::HasDecoration;
        const QSize icon = view->iconSize();
        const int small = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        option.decorationSize = icon.isValid() ? icon : QSize(small, small);
    }
    QStyle *style = view->style();
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return kCell - text.width() + 2 * margin;
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    // Only pointers compared: the view may be half destroyed when its last
    // events arrive, and calling into it then is undefined.
    if ((event->type() == QEvent::Resize && watched == m_viewport) ||
        (event->type() == QEvent::Show && watched == m_view))
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::fitSoon()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        fit();
    });
}

void ColumnFit::fit()
{
    // A view not shown yet has no width of its own to fit.
    if (!m_view->isVisible())
        return;
    const int room = m_view->viewport()->width();
    int used = m_need;
    bool full = false;
    QSet<int> setAside;
    for (const QList<int> &group : std::as_const(m_priority)) {
        int needed = 0;
        for (int c : group)
            needed += m_hiddenByUser.contains(c) ? 0 : width(c);
        // Strictly by priority: narrow columns never take the place of more
        // wanted wide ones.
        full = full || used + needed > room;
        if (!full)
            used += needed;
        for (int c : group) {
            if (full && !m_hiddenByUser.contains(c))
                setAside.insert(c);
        }
    }
    m_fitting = true;
    for (int c = 0; c < m_header->count(); ++c) {
        if (c == m_stretch)
            continue;
        const bool hidden = m_hiddenByUser.contains(c) || setAside.contains(c);
        if (m_header->isSectionHidden(c) != hidden) {
            m_header->setSectionHidden(c, hidden);
            if (!hidden)
                m_header->resizeSection(c, width(c));
        }
    }
    m_fitting = false;
    m_setAside = setAside;
}

} // namespace rapport::ui
