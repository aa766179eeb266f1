#include "FindingText.h"

#include "Labels.h"

#include "rules/RuleData.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapport::ui::findingText {
namespace {

// lupdate files tr() here under the enclosing name.
QString tr(const char *text)
{
    return QCoreApplication::translate("rapport::ui::findingText", text);
}

} // namespace

RuleTitles titlesOf(const core::RuleData &data)
{
    return [data](const QString &rule) {
        return data.title(rule);
    };
}

QString title(const RuleTitles &titles, const core::Finding &f)
{
    if (!titles || f.rule.isEmpty())
        return {};
    const QString t = titles(f.rule);
    // RuleData::title() falls back to the id itself.
    return t == f.rule ? QString() : t;
}

QString readable(const QString &text, const RuleTitles &titles)
{
    if (!titles || !text.contains(QLatin1Char('.')))
        return text;
    // Shaped like an id; only known ones (those with a title) are replaced.
    static const QRegularExpression id(QStringLiteral(R"(\b[a-z]+\.[a-z]+(?:_[a-z]+)*\b)"));
    QString out;
    qsizetype done = 0;
    for (auto it = id.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString rule = m.captured();
        const QString t = titles(rule);
        if (t.isEmpty() || t == rule)
            continue;
        out += QStringView(text).sliced(done, m.capturedStart() - done);
        out += tr("“%1”").arg(t);
        done = m.capturedEnd();
    }
    return done == 0 ? text : out + QStringView(text).sliced(done);
}

bool isProgramConduct(const QString &rule)
{
    return rule.startsWith(QLatin1String("incoming.")) ||
           rule == QLatin1String("match.outside_contract");
}

QString severityLabel(const core::Finding &f)
{
    // Good news from a program ("we will rank you highly") is a note like any other.
    if (isProgramConduct(f) && f.severity != core::Severity::Info)
        return tr("Program's conduct");
    return labels::severity(f.severity);
}

QString ruleToolTip(const core::Finding &f)
{
    if (f.rule.isEmpty())
        return {};
    const QString rule = tr("Rule: %1").arg(f.rule);
    if (f.detectedBy() == QLatin1String("classifier"))
        return tr("%1 · found by the classifier").arg(rule);
    if (f.detectedBy() == QLatin1String("pattern"))
        return tr("%1 · found by a phrase pattern").arg(rule);
    return rule;
}

} // namespace rapport::ui::findingText
