#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QAbstractItemView;
class QHeaderView;
class QTableView;
class QWidget;

namespace rapport::ui {

// Keeps a table's columns within its width, so it never scrolls sideways:
// one column stretches into the room the others leave and never below the
// width it needs; the others are shown in order of priority while they
// fit, and set aside when they do not (a table may not scroll sideways,
// so a name or a subject is never cut to nothing). Columns the user hid stay hidden,
// and are told apart from those set aside when the header is saved.
class ColumnFit final : public QObject
{
    Q_OBJECT

public:
    // priority: the other columns that may be set aside, most wanted first,
    // in groups that are shown or set aside together.
    ColumnFit(QTableView *view, int stretchColumn, QList<QList<int>> priority);

    void setWidth(int column, int width);
    int width(int column) const;
    void setStretchNeed(int width);
    int stretchNeed() const { return m_need; }

    void setHiddenByUser(int column, bool hidden);
    bool isHiddenByUser(int column) const { return m_hiddenByUser.contains(column); }
    bool isSetAside(int column) const { return m_setAside.contains(column); }
    // True while the fit itself hides or shows columns.
    bool isFitting() const { return m_fitting; }

    // The header as the user left it: set-aside columns count as shown.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    // What a cell takes besides its text: margins, and the icon if any.
    static int cellPadding(const QAbstractItemView *view, bool withIcon);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    void fitSoon();

    QTableView *m_view;
    QWidget *m_viewport = nullptr; // the view's, compared in eventFilter only
    QHeaderView *m_header;
    int m_stretch;
    QList<QList<int>> m_priority;
    QHash<int, int> m_widths; // kept while a column is hidden
    QSet<int> m_hiddenByUser;
    QSet<int> m_setAside;
    int m_need = 0;
    mutable bool m_fitting = false;
    bool m_fitPending = false;
};

} // namespace rapport::ui
