#pragma once

#include "FindingText.h"

#include "domain/Finding.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace rapport::ui {

// The findings of one message (or one program) as a list: the message as
// display text, the rule's title, the guidance and rule behind it as roles.
// The rule id is only in RuleRole and the tooltip. The findings themselves
// come from the rule engine; this only shows them.
class FindingsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RuleRole = Qt::UserRole + 1, // QString, e.g. "content.rank_inquiry"
        SeverityRole,                // core::Severity as int
        MessageRole,                 // QString
        GuidanceRole,                // QString
        AcknowledgedRole,            // bool
        TitleRole,                   // QString: the rule's title, "" without titles
        SeverityLabelRole,           // QString: "Warning", "Program's conduct", …
    };

    explicit FindingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Where rule titles come from (the session's rule data).
    void setRuleTitles(findingText::RuleTitles titles);

    // Replaces the list (one reset: the whole list changes together).
    void setFindings(QList<core::Finding> findings);
    // The same rows with fresh details (where each sentence now is): no
    // reset, so the view keeps its selection and scroll position.
    void updateFindings(QList<core::Finding> findings);
    const QList<core::Finding> &findings() const { return m_findings; }

    core::Finding findingAt(const QModelIndex &index) const;
    // The row of the first finding of rule, or an invalid index.
    QModelIndex indexOf(const QString &rule) const;
    QStringList rules() const;
    int count(core::Severity severity) const;

private:
    QList<core::Finding> m_findings;
    findingText::RuleTitles m_titles;
};

} // namespace rapport::ui
