#include "ScenarioCompare.h"

#include <algorithm>

namespace rapport::test::scenario {

namespace {

using core::Quota;

QString when(const Scenario &s, const QDateTime &at)
{
    if (!at.isValid())
        return QStringLiteral("none");
    return at.toOffsetFromUtc(s.now.offsetFromUtc()).toString(Qt::ISODate);
}

QString when(const Scenario &s, const Moment &m)
{
    return when(s, m.at);
}

bool sameMoment(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch();
}

QString labelOf(const Scenario &s, const core::Finding &f)
{
    const auto id = f.communicationId();
    if (!id)
        return {};
    return s.labels.value(*id, QStringLiteral("#%1").arg(*id));
}

QString text(const Scenario &s, const core::Finding &f)
{
    QString out = QStringLiteral("%1 [%2]").arg(f.rule, core::toString(f.severity));
    if (const QString on = labelOf(s, f); !on.isEmpty())
        out += QStringLiteral(" on ") + on;
    if (f.programId)
        out += QStringLiteral(" (%1)").arg(s.programNames.value(*f.programId));
    if (f.acknowledged)
        out += QStringLiteral(" acknowledged \"%1\"").arg(f.acknowledgedReason);
    return out + QStringLiteral(": ") + f.message();
}

QString text(const ExpectedFinding &e)
{
    QString out = QStringLiteral("%1 [%2]").arg(e.rule, core::toString(e.severity));
    if (e.onGiven)
        out += e.on.isEmpty() ? QStringLiteral(" on nothing") : QStringLiteral(" on ") + e.on;
    if (!e.program.isEmpty())
        out += QStringLiteral(" (%1)").arg(e.program);
    if (e.acknowledged)
        out += e.reason ? QStringLiteral(" acknowledged \"%1\"").arg(*e.reason)
                        : QStringLiteral(" acknowledged");
    return out;
}

bool matches(const Scenario &s, const ExpectedFinding &e, const core::Finding &f)
{
    if (e.rule != f.rule || e.severity != f.severity || e.acknowledged != f.acknowledged)
        return false;
    if (e.onGiven && e.on != labelOf(s, f))
        return false;
    if (!e.program.isEmpty() && (!f.programId || s.programNames.value(*f.programId) != e.program))
        return false;
    return !e.reason || *e.reason == f.acknowledgedReason;
}

bool exhaustive(const Scenario &s, const QString &rule)
{
    return std::any_of(s.exhaustiveFor.cbegin(), s.exhaustiveFor.cend(), [&](const QString &fam) {
        return rule == fam || rule.startsWith(fam + QLatin1Char('.'));
    });
}

void compareFindings(const Scenario &s, const QString &what, const QList<ExpectedFinding> &expected,
                     const QList<core::Finding> &actual, QStringList &out)
{
    // The most specific expectations pick first, so a looser one cannot
    // take the finding a specific one needs.
    QList<ExpectedFinding> ordered = expected;
    const auto constraints = [](const ExpectedFinding &e) {
        return int(e.onGiven) + int(!e.program.isEmpty()) + int(e.reason.has_value());
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const ExpectedFinding &a, const ExpectedFinding &b) {
                         return constraints(a) > constraints(b);
                     });
    QList<bool> used(actual.size(), false);
    for (const ExpectedFinding &e : ordered) {
        bool found = false;
        for (qsizetype i = 0; i < actual.size() && !found; ++i) {
            if (!used[i] && matches(s, e, actual[i]))
                used[i] = found = true;
        }
        if (!found)
            out << QStringLiteral("%1: missing    %2").arg(what, text(e));
    }
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (!used[i] && exhaustive(s, actual[i].rule))
            out << QStringLiteral("%1: unexpected %2").arg(what, text(s, actual[i]));
    }
}

template <typename T>
void check(QStringList &out, const QString &where, const std::optional<T> &expected,
           const T &actual)
{
    if (expected && *expected != actual)
        out << QStringLiteral("%1: expected %2, actual %3").arg(where).arg(*expected).arg(actual);
}

void checkMoment(const Scenario &s, QStringList &out, const QString &where, const Moment &expected,
                 const QDateTime &actual)
{
    if (expected.given && !sameMoment(expected.at, actual))
        out << QStringLiteral("%1: expected %2, actual %3")
                   .arg(where, when(s, expected), when(s, actual));
}

QString labels(const Scenario &s, const QList<core::CountedMessage> &counted)
{
    QStringList out;
    for (const core::CountedMessage &c : counted)
        out << s.labels.value(c.id, QStringLiteral("#%1").arg(c.id));
    return out.join(QStringLiteral(", "));
}

void compareQuota(const Scenario &s, const QString &where, const ExpectedQuota &e,
                  const core::KindAllowance &k, QStringList &out)
{
    check(out, where + QStringLiteral(".used"), e.used, k.used);
    check(out, where + QStringLiteral(".recommended"), e.recommended, k.recommended);
    check(out, where + QStringLiteral(".maximum"), e.maximum, k.maximum);
    check(out, where + QStringLiteral(".left"), e.left, k.left());
    check(out, where + QStringLiteral(".availability"), e.availability,
          core::toString(k.availability));
    checkMoment(s, out, where + QStringLiteral(".from"), e.from, k.from);
    if (e.counted && e.counted->join(QStringLiteral(", ")) != labels(s, k.counted))
        out << QStringLiteral("%1.counted: expected [%2], actual [%3]")
                   .arg(where, e.counted->join(QStringLiteral(", ")), labels(s, k.counted));
}

void compareProgram(const Scenario &s, const ExpectedProgram &e, const core::ProgramAllowance &a,
                    QStringList &out)
{
    for (auto it = e.quotas.cbegin(); it != e.quotas.cend(); ++it)
        compareQuota(s, e.name + QStringLiteral(" / ") + core::quotaName(it.key()), it.value(),
                     a[it.key()], out);
    checkMoment(s, out, e.name + QStringLiteral(" / thank_you_due"), e.thankYouDue,
                a.thankYouDue.value_or(QDateTime()));
    checkMoment(s, out, e.name + QStringLiteral(" / gap_until"), e.gapUntil, a.gapUntil);
    const auto yesNo = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    const auto flag = [&](const QString &name, const std::optional<bool> &expected, bool actual) {
        if (expected && *expected != actual)
            out << QStringLiteral("%1 / %2: expected %3, actual %4")
                       .arg(e.name, name, yesNo(*expected), yesNo(actual));
    };
    flag(QStringLiteral("interview_passed"), e.interviewPassed, a.interviewPassed);
    flag(QStringLiteral("told_top_choice"), e.toldTopChoice, a.toldTopChoice);
    flag(QStringLiteral("holds_top_choice"), e.holdsTopChoice, a.holdsTopChoice);
    if (!e.next)
        return;
    const QString where = e.name + QStringLiteral(" / next");
    check(out, where + QStringLiteral(".type"), e.next->type, core::toString(a.next.type));
    const QString quota = a.next.quota ? core::quotaName(*a.next.quota) : QStringLiteral("none");
    if (e.next->quotaGiven &&
        (e.next->quota.isEmpty() ? QStringLiteral("none") : e.next->quota) != quota)
        out << QStringLiteral("%1.quota: expected %2, actual %3")
                   .arg(where, e.next->quota.isEmpty() ? QStringLiteral("none") : e.next->quota,
                        quota);
    checkMoment(s, out, where + QStringLiteral(".at"), e.next->at, a.next.at);
}

QStringList names(const Scenario &s, const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << s.programNames.value(id, QStringLiteral("#%1").arg(id));
    return out;
}

void compareSeason(const Scenario &s, const Outcome &o, QStringList &out)
{
    if (s.holderGiven) {
        const auto holder = o.allowances->topChoiceHolder();
        const QString actual = holder ? s.programNames.value(*holder) : QString();
        if (actual != s.holder)
            out << QStringLiteral("top_choice_holder: expected %1, actual %2")
                       .arg(s.holder.isEmpty() ? QStringLiteral("none") : s.holder,
                            actual.isEmpty() ? QStringLiteral("none") : actual);
    }
    if (s.topChoiceOrder) {
        QList<qint64> ids;
        for (const auto &told : o.allowances->topChoice().told)
            ids << told.programId;
        const QStringList actual = names(s, ids);
        if (actual != *s.topChoiceOrder)
            out << QStringLiteral("top_choice_order: expected [%1], actual [%2]")
                       .arg(s.topChoiceOrder->join(QStringLiteral(", ")),
                            actual.join(QStringLiteral(", ")));
    }
    if (s.thankYouReminders) {
        QList<qint64> ids;
        for (const core::Reminder &r : o.reminders) {
            if (r.id.startsWith(QStringLiteral("thank_you")) && r.programId)
                ids << *r.programId;
        }
        QStringList actual = names(s, ids);
        QStringList expected = *s.thankYouReminders;
        actual.sort();
        expected.sort();
        if (actual != expected)
            out << QStringLiteral("thank_you_reminders: expected [%1], actual [%2]")
                       .arg(expected.join(QStringLiteral(", ")), actual.join(QStringLiteral(", ")));
    }
}

} // namespace

QStringList compare(const Scenario &s, const Outcome &o)
{
    QStringList out;
    compareFindings(s, QStringLiteral("findings"), s.findings, o.season, out);
    if (s.draftFindingsGiven && o.draft)
        compareFindings(s, QStringLiteral("draft_findings"), s.draftFindings, *o.draft, out);
    for (const ExpectedProgram &e : s.programs) {
        const core::ProgramAllowance *a = o.allowances->program(e.id);
        if (!a) {
            out << QStringLiteral("%1: no allowance computed").arg(e.name);
            continue;
        }
        compareProgram(s, e, *a, out);
    }
    compareSeason(s, o, out);
    return out;
}

QString describe(const Scenario &s, const Outcome &o)
{
    QStringList lines{QStringLiteral("actual findings:")};
    for (const core::Finding &f : o.season)
        lines << QStringLiteral("  ") + text(s, f);
    if (o.draft) {
        lines << QStringLiteral("actual draft findings:");
        for (const core::Finding &f : *o.draft)
            lines << QStringLiteral("  ") + text(s, f);
    }
    for (const ExpectedProgram &e : s.programs) {
        const core::ProgramAllowance *a = o.allowances->program(e.id);
        if (!a)
            continue;
        lines << QStringLiteral("actual allowance of %1 (next: %2 %3 %4; thank-you due %5; gap "
                                "until %6):")
                     .arg(e.name, core::toString(a->next.type),
                          a->next.quota ? core::quotaName(*a->next.quota) : QString(),
                          when(s, a->next.at), when(s, a->thankYouDue.value_or(QDateTime())),
                          when(s, a->gapUntil));
        for (Quota q : core::kAllQuotas) {
            const core::KindAllowance &k = (*a)[q];
            lines << QStringLiteral("  %1: used %2 (%3), recommended %4, maximum %5, left %6, "
                                    "%7 %8 %9")
                         .arg(core::quotaName(q))
                         .arg(k.used)
                         .arg(labels(s, k.counted))
                         .arg(k.recommended)
                         .arg(k.maximum)
                         .arg(k.left())
                         .arg(core::toString(k.availability), when(s, k.from), k.reason);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rapport::test::scenario
