#include "DashboardCard.h"

#include "delegates/DashboardRowDelegate.h"
#include "models/DashboardListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QTreeView>

namespace rapport::ui {

DashboardCard::DashboardCard(const QString &title, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(14, 12, 14, 12);
    m_layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(title);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.12);
    f.setWeight(QFont::Bold);
    m_title->setFont(f);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("cardCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->hide();
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_count);
    m_layout->addLayout(header);

    m_note = new QLabel;
    m_note->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("cardNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_layout->addWidget(m_note);

    m_empty = new QLabel;
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setObjectName(QStringLiteral("cardEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(2, 4, 2, 8);
    m_empty->hide();
    m_layout->addWidget(m_empty);
}

void DashboardCard::setModel(DashboardListModel *model, int maxRows)
{
    m_model = model;
    m_maxRows = maxRows;
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("cardView"));
    m_view->setModel(model);
    m_view->setItemDelegate(new DashboardRowDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setMouseTracking(true);
    m_view->viewport()->setAutoFillBackground(false);
    m_view->setAttribute(Qt::WA_MacShowFocusRect, false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // A card's buttons all say the same: a screenful of rows sizes their
    // column, and the rest are never made just to be measured.
    m_view->header()->setResizeContentsPrecision(maxRows);
    m_view->installEventFilter(this);
    m_layout->addWidget(m_view);

    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QModelIndex action = index.siblingAtColumn(DashboardListModel::ActionColumn);
        if (index.column() == DashboardListModel::ActionColumn &&
            !action.data().toString().isEmpty())
            Q_EMIT actionClicked(action);
        else
            Q_EMIT rowActivated(index.siblingAtColumn(DashboardListModel::MainColumn));
    });
    // The menu key reaches the row's button too.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index =
            m_view->indexAt(pos).isValid() ? m_view->indexAt(pos) : m_view->currentIndex();
        if (!index.isValid() || m_view->selectionMode() == QAbstractItemView::NoSelection)
            return;
        const QModelIndex main = index.siblingAtColumn(DashboardListModel::MainColumn);
        const QModelIndex action = index.siblingAtColumn(DashboardListModel::ActionColumn);
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [this, main] { Q_EMIT rowActivated(main); });
        if (const QString text = action.data().toString(); !text.isEmpty())
            menu.addAction(text, this, [this, action] { Q_EMIT actionClicked(action); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(model, &QAbstractItemModel::modelReset, this, &DashboardCard::updateRows);
    updateRows();
}

void DashboardCard::setBody(QWidget *body)
{
    m_layout->addWidget(body, 1);
}

void DashboardCard::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updateRows();
}

void DashboardCard::setNote(const QString &text, const QColor &color)
{
    m_note->setText(text);
    QPalette pal = m_note->palette();
    pal.setColor(QPalette::WindowText,
                 color.isValid() ? color : palette().color(QPalette::WindowText));
    m_note->setPalette(pal);
    m_note->setVisible(!text.isEmpty());
}

void DashboardCard::setCount(int count)
{
    m_count->setText(QString::number(count));
    m_count->setVisible(count >= 0);
}

void DashboardCard::updateRows()
{
    if (!m_model || !m_view)
        return;
    const int rows = m_model->rowCount();
    m_view->setVisible(rows > 0);
    m_empty->setVisible(rows == 0 && !m_empty->text().isEmpty());
    m_view->setColumnHidden(DashboardListModel::ActionColumn, !m_model->hasActions());
    if (rows == 0)
        return;
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    const int rowHeight = m_view->itemDelegate()->sizeHint(option, m_model->index(0, 0)).height();
    m_view->setFixedHeight(rowHeight * std::min(rows, m_maxRows) + 2);
}

bool DashboardCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_view->currentIndex().isValid()) {
            Q_EMIT rowActivated(
                m_view->currentIndex().siblingAtColumn(DashboardListModel::MainColumn));
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void DashboardCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor border = palette().color(QPalette::Text);
    border.setAlphaF(0.12f);
    p.setPen(QPen(border, 1));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
}

} // namespace rapport::ui
