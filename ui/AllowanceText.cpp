#include "AllowanceText.h"

#include "DateTimeText.h"
#include "Labels.h"
#include "delegates/QuotaBarDelegate.h"

#include <QGuiApplication>
#include <QPalette>

namespace rapport::ui {
namespace {

using core::Availability;
using core::NextStep;
using core::Quota;

QString dateList(const QList<core::CountedMessage> &counted, const DateTimeText &when)
{
    QStringList out;
    for (const core::CountedMessage &c : counted)
        out << AllowanceText::shortDate(c.at, when);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString AllowanceText::usage(const core::KindAllowance &k)
{
    return QStringLiteral("%1/%2").arg(k.used).arg(k.maximum);
}

QString AllowanceText::shortDate(const QDateTime &at, const DateTimeText &when)
{
    return when.date(at, DateTimeText::Context::Compact);
}

QString AllowanceText::shortDateTime(const QDateTime &at, const DateTimeText &when)
{
    return when.dateTime(at, DateTimeText::Context::Compact);
}

QString AllowanceText::longDateTime(const QDateTime &at, const DateTimeText &when)
{
    return when.dateTime(at, DateTimeText::Context::Header);
}

QString AllowanceText::soonDateTime(const QDateTime &at, const QDateTime &now,
                                    const DateTimeText &when)
{
    // The weekday names a moment of the coming week without doubt, in
    // fewer letters than the date.
    const qint64 secs = now.secsTo(at);
    if (secs >= 0 && secs < qint64(6) * 24 * 3600)
        return when.dateTime(at, DateTimeText::Context::Weekday);
    return shortDateTime(at, when);
}

QString AllowanceText::nextLabel(const core::ProgramAllowance &a, const QDateTime &now,
                                 const DateTimeText &dates)
{
    const NextStep &n = a.next;
    const std::optional<Quota> q = n.quota;
    QString label = n.label;
    QString when;
    switch (n.type) {
    case NextStep::Type::Due:
        if (q == Quota::ThankYou)
            label = tr("Thank-you due");
        if (n.at.isValid())
            when = soonDateTime(n.at, now, dates);
        break;
    case NextStep::Type::Allowed:
        if (q == Quota::PreInterview)
            label = tr("Email allowed");
        else if (q == Quota::ThankYou)
            label = tr("Thank-you allowed");
        else if (q == Quota::PostInterview)
            label = tr("Update allowed");
        break;
    case NextStep::Type::Waiting:
        if (q == Quota::ThankYou && (!n.at.isValid() || n.at == a.interviewAt))
            label = tr("After interview");
        else if (q == Quota::PreInterview)
            label = tr("Next email");
        else if (q == Quota::ThankYou)
            label = tr("Next thank-you");
        else if (q == Quota::PostInterview)
            label = tr("Next update");
        if (n.at.isValid())
            when = shortDate(n.at, dates);
        break;
    case NextStep::Type::Closed: label = tr("Nothing more"); break;
    }
    return when.isEmpty() ? label : tr("%1 · %2").arg(label, when);
}

qint64 AllowanceText::nextSortKey(const NextStep &n)
{
    constexpr qint64 kSpan = 100'000'000'000; // seconds: far past any date shown
    qint64 rank = 3;
    switch (n.type) {
    case NextStep::Type::Due: rank = 0; break;
    case NextStep::Type::Allowed: rank = 1; break;
    case NextStep::Type::Waiting: rank = 2; break;
    case NextStep::Type::Closed: rank = 3; break;
    }
    const qint64 at = n.at.isValid() ? n.at.toSecsSinceEpoch() : kSpan - 1;
    return rank * kSpan + at;
}

QString AllowanceText::chipNote(const core::KindAllowance &k, const core::ProgramAllowance &a,
                                const DateTimeText &when)
{
    if (k.quota == Quota::TopChoice && a.toldTopChoice)
        return a.holdsTopChoice ? tr("told %1").arg(shortDate(a.topChoiceAt, when))
                                : tr("one too many");
    if (overHere(k, a))
        return tr("%1 over").arg(k.used - k.maximum);
    if (k.quota == Quota::ThankYou && a.thankYouDue)
        return tr("due %1").arg(shortDate(*a.thankYouDue, when));
    switch (k.availability) {
    case Availability::Now: return tr("%1 left").arg(k.left());
    case Availability::Later:
        if (k.from.isValid())
            return tr("from %1").arg(shortDate(k.from, when));
        return a.interviewPassed ? tr("not yet") : tr("after interview");
    case Availability::Never:
        if (k.quota == Quota::ThankYou && !k.counted.isEmpty())
            return tr("sent %1").arg(shortDate(k.counted.last().at, when));
        if (k.left() == 0)
            return k.quota == Quota::TopChoice ? tr("taken") : tr("none left");
        return tr("closed");
    }
    return {};
}

QStringList AllowanceText::details(const core::KindAllowance &k, const core::ProgramAllowance &a,
                                   const DateTimeText &dates)
{
    QStringList lines{labels::quotaTitle(k.quota)};
    const QString when = k.counted.isEmpty() ? QString() : dateList(k.counted, dates);
    switch (k.quota) {
    case Quota::ThankYou:
        lines << (when.isEmpty() ? tr("%1 thank-you rounds sent").arg(k.used)
                                 : tr("%1 thank-you rounds sent (%2)").arg(k.used).arg(when))
              << tr("Rounds allowed: %1 (notes to different interviewers within the window "
                    "are one round)")
                     .arg(k.maximum);
        break;
    case Quota::TopChoice:
        lines << (when.isEmpty()
                      ? tr("Programs told they are your top choice: %1").arg(k.used)
                      : tr("Programs told they are your top choice: %1 (%2)").arg(k.used).arg(when))
              << tr("Maximum %1 in the whole season").arg(k.maximum);
        if (a.toldTopChoice) {
            lines
                << (a.holdsTopChoice
                        ? tr("This program was told on %1").arg(longDateTime(a.topChoiceAt, dates))
                        : tr("This program was told on %1: one too many")
                              .arg(longDateTime(a.topChoiceAt, dates)));
        }
        break;
    case Quota::PreInterview:
    case Quota::PostInterview:
        lines << (when.isEmpty() ? tr("%1 sent").arg(k.used)
                                 : tr("%1 sent (%2)").arg(k.used).arg(when))
              << tr("Recommended %1 · maximum %2").arg(k.recommended).arg(k.maximum);
        break;
    }
    if (over(k))
        lines << tr("%1 past the maximum").arg(k.used - k.maximum);
    switch (k.availability) {
    case Availability::Now:
        lines << (k.reason.isEmpty() ? tr("Another is allowed now")
                                     : tr("Another is allowed now: %1").arg(k.reason));
        break;
    case Availability::Later:
        lines << (k.from.isValid()
                      ? tr("Next allowed from %1: %2").arg(longDateTime(k.from, dates), k.reason)
                      : tr("Not yet: %1").arg(k.reason));
        break;
    case Availability::Never: lines << tr("No more: %1").arg(k.reason); break;
    }
    return lines;
}

QString AllowanceText::countdown(const core::ProgramAllowance &a, const QDateTime &now,
                                 const DateTimeText &when)
{
    if (!a.thankYouDue)
        return {};
    const QDateTime &due = *a.thankYouDue;
    const qint64 secs = std::max<qint64>(0, now.secsTo(due));
    const QString by = longDateTime(due, when);
    if (secs >= 3600)
        return tr("Thank-you due in %1 h, by %2").arg(secs / 3600).arg(by);
    return tr("Thank-you due in %1 min, by %2").arg(std::max<qint64>(1, secs / 60)).arg(by);
}

bool AllowanceText::overHere(const core::KindAllowance &k, const core::ProgramAllowance &a)
{
    // The season's top choice is over for every program once two were
    // told, but only those told are the ones too many.
    if (k.quota == Quota::TopChoice)
        return a.toldTopChoice && !a.holdsTopChoice;
    return over(k);
}

QColor AllowanceText::availabilityColor(Availability a)
{
    switch (a) {
    case Availability::Now: return QuotaBarDelegate::color(QuotaBarDelegate::Within);
    case Availability::Later: return labels::severityColor(core::Severity::Info);
    case Availability::Never: return mutedColor();
    }
    return {};
}

QColor AllowanceText::mutedColor()
{
    // Opaque, so style sheets (which drop alpha) show it as the list does.
    const QPalette palette = QGuiApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor((text.red() * 11 + base.red() * 9) / 20,
                  (text.green() * 11 + base.green() * 9) / 20,
                  (text.blue() * 11 + base.blue() * 9) / 20);
}

QColor AllowanceText::dueColor()
{
    return labels::severityColor(core::Severity::Warning);
}

QColor AllowanceText::overColor()
{
    return labels::severityColor(core::Severity::Violation);
}

} // namespace rapport::ui
