#pragma once

#include "FindingText.h"

#include "domain/Finding.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;

namespace rapport::ui {

class FindingsModel;

// What the rules say about one message: each finding with its severity,
// the rule's title in bold, its message and the guidance behind it below,
// most severe first; a summary line on top and a reassuring line when there
// is nothing. Rule ids show only in tooltips.
class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    // Shows these findings, most severe first. Unchanged findings leave the
    // list (and its scroll position) alone, so live checks do not flicker.
    void setFindings(const QList<core::Finding> &findings);
    // Nothing checked: a note such as "Choose a program to check this message."
    void showMessage(const QString &message);

    // Where the rules' titles come from; without it rows show no title.
    void setRuleTitles(findingText::RuleTitles titles);

    const QList<core::Finding> &findings() const;
    // Rule ids shown, in display order.
    QStringList rules() const;
    QString summaryText() const;
    FindingsModel *model() const { return m_model; }

Q_SIGNALS:
    // Clicked or activated with Enter: the dialog shows it in the text.
    void findingActivated(const rapport::core::Finding &finding);

private:
    void updateSummary();

    FindingsModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace rapport::ui
