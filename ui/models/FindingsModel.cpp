#include "FindingsModel.h"

#include "Icons.h"
#include "models/OwnRow.h"

#include <algorithm>

namespace rapport::ui {

FindingsModel::FindingsModel(QObject *parent) : QAbstractListModel(parent) {}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnRow(*this, index))
        return {};
    const core::Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole: return findingText::readable(f.message(), m_titles);
    case Qt::DecorationRole: return severityIcon(f.severity);
    case Qt::ToolTipRole: {
        // The id stays here, for those who look rules up.
        QString tip = findingText::ruleToolTip(f);
        if (f.span())
            tip += QLatin1Char('\n') + tr("Click to select the sentence in the text.");
        return tip;
    }
    case Qt::AccessibleTextRole: {
        const QString title = findingText::title(m_titles, f);
        return QStringLiteral("%1: %2%3 %4")
            .arg(findingText::severityLabel(f),
                 title.isEmpty() ? QString() : title + QStringLiteral(". "),
                 findingText::readable(f.message(), m_titles),
                 findingText::readable(f.guidance, m_titles));
    }
    case TitleRole: return findingText::title(m_titles, f);
    case SeverityLabelRole: return findingText::severityLabel(f);
    case RuleRole: return f.rule;
    case SeverityRole: return static_cast<int>(f.severity);
    case GuidanceRole: return findingText::readable(f.guidance, m_titles);
    case AcknowledgedRole: return f.acknowledged;
    default: return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RuleRole, "rule");
    names.insert(SeverityRole, "severity");
    names.insert(MessageRole, "message");
    names.insert(GuidanceRole, "guidance");
    names.insert(AcknowledgedRole, "acknowledged");
    names.insert(TitleRole, "title");
    names.insert(SeverityLabelRole, "severityLabel");
    return names;
}

void FindingsModel::setRuleTitles(findingText::RuleTitles titles)
{
    m_titles = std::move(titles);
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_findings.size()) - 1));
}

void FindingsModel::setFindings(QList<core::Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

void FindingsModel::updateFindings(QList<core::Finding> findings)
{
    if (findings.size() != m_findings.size()) {
        setFindings(std::move(findings));
        return;
    }
    const auto samePlace = [](const core::Finding &a, const core::Finding &b) {
        if (a.span().has_value() != b.span().has_value())
            return false;
        return !a.span() ||
               (a.span()->inSubject == b.span()->inSubject && a.span()->start == b.span()->start &&
                a.span()->length == b.span()->length);
    };
    const bool moved = !std::equal(m_findings.cbegin(), m_findings.cend(), findings.cbegin(),
                                   findings.cend(), samePlace);
    m_findings = std::move(findings);
    // Typing elsewhere moves no sentence: then there is nothing to repaint.
    if (moved && !m_findings.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_findings.size()) - 1));
}

core::Finding FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!isOwnRow(*this, index))
        return {};
    return m_findings.at(index.row());
}

QModelIndex FindingsModel::indexOf(const QString &rule) const
{
    const auto it = std::find_if(m_findings.cbegin(), m_findings.cend(),
                                 [&](const core::Finding &f) { return f.rule == rule; });
    return it == m_findings.cend() ? QModelIndex()
                                   : index(static_cast<int>(it - m_findings.cbegin()));
}

QStringList FindingsModel::rules() const
{
    QStringList out;
    for (const core::Finding &f : m_findings)
        out << f.rule;
    return out;
}

int FindingsModel::count(core::Severity severity) const
{
    return static_cast<int>(
        std::count_if(m_findings.cbegin(), m_findings.cend(),
                      [&](const core::Finding &f) { return f.severity == severity; }));
}

} // namespace rapport::ui
