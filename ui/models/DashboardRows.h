#pragma once

#include "DashboardListModel.h"
#include "DashboardSummary.h"

namespace rapport::ui {

// Turns the dashboard's numbers into the words and colours of its cards.
namespace dashboardRows {

// One row each; the lists below are these over the whole summary.
DashboardRow thankYou(const DashboardSummary::ThankYouDue &due);
DashboardRow programFindings(const DashboardSummary::ProgramFindings &findings);
DashboardRow acknowledgement(const DashboardSummary::Acknowledged &acknowledged);
DashboardRow flaggedMessage(const DashboardSummary::FlaggedMessage &message);
DashboardRow topChoice(const DashboardSummary::TopChoice &told);
DashboardRow milestone(const DashboardSummary::Milestone &milestone);

QList<DashboardRow> thankYous(const DashboardSummary &summary);
QList<DashboardRow> findings(const DashboardSummary &summary);
// Warnings and violations gone past knowingly, each with its date and reason.
QList<DashboardRow> acknowledged(const DashboardSummary &summary);
QList<DashboardRow> flagged(const DashboardSummary &summary);
QList<DashboardRow> topChoices(const DashboardSummary &summary);
QList<DashboardRow> statuses(const DashboardSummary &summary);
QList<DashboardRow> comingUp(const DashboardSummary &summary);

// "2027 Match · 40 programs · 6 violations and 26 warnings open, 1 warning gone past
// knowingly · 7 things need your attention".
QString overview(const DashboardSummary &summary);
// What the open-findings card says when it has no rows: true whether nothing
// was ever found or every finding was gone past knowingly.
QString findingsEmptyText(const DashboardSummary &summary);

// "due in 31 h", "due in 40 min", "overdue by 5 h".
QString timeLeft(qint64 secondsLeft);
// "today", "tomorrow", "in 12 days".
QString daysLeft(qint64 days);
QString shortDate(const QDate &date);
QString longDate(const QDate &date);

} // namespace dashboardRows
} // namespace rapport::ui
