#pragma once

#include <QFrame>

class QLabel;
class QTreeView;
class QVBoxLayout;

namespace rapport::ui {

class DashboardListModel;

// A titled panel of the dashboard: a list of rows (or any body widget), an
// empty-state line when there is nothing to show, and an optional note.
class DashboardCard final : public QFrame
{
    Q_OBJECT

public:
    explicit DashboardCard(const QString &title, QWidget *parent = nullptr);

    // Shows the model's rows; at most maxRows before the list scrolls.
    void setModel(DashboardListModel *model, int maxRows);
    void setBody(QWidget *body);
    void setEmptyText(const QString &text);
    // A line under the title, e.g. a warning; empty hides it.
    void setNote(const QString &text, const QColor &color = {});
    // The small count beside the title; negative hides it.
    void setCount(int count);

    QTreeView *view() const { return m_view; }
    QLabel *noteLabel() const { return m_note; }
    QLabel *emptyLabel() const { return m_empty; }

Q_SIGNALS:
    void rowActivated(const QModelIndex &index);
    void actionClicked(const QModelIndex &index);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateRows();

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_empty = nullptr;
    QTreeView *m_view = nullptr;
    DashboardListModel *m_model = nullptr;
    int m_maxRows = 6;
};

} // namespace rapport::ui
