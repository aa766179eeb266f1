#pragma once

#include "models/DashboardSummary.h"

#include <QChartView>

class QBarSet;

namespace rapport::ui {

// Outgoing and incoming messages per week as stacked bars, months along the
// bottom, with the rank-list deadline, Match Day and today marked.
class WeeklyChart final : public QChartView
{
    Q_OBJECT

public:
    struct Marks
    {
        QDate rankListDeadline;
        QDate matchDay;
        QDate today;
        bool datesEstimated = false; // the season's dates are not confirmed

        bool operator==(const Marks &) const = default;
    };

    explicit WeeklyChart(QWidget *parent = nullptr);

    // Builds the chart again only when weeks or marks differ from the last.
    void setWeeks(const QList<DashboardSummary::WeekCount> &weeks, const Marks &marks);

    // The plotted totals, for tests and the accessible description.
    int outgoingTotal() const;
    int incomingTotal() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void addMark(const QDate &date, const QString &name, const QColor &color, Qt::PenStyle style);
    void applyPalette();

    QList<DashboardSummary::WeekCount> m_weeks;
    Marks m_marks;
    QBarSet *m_outgoing = nullptr;
    QBarSet *m_incoming = nullptr;
    double m_top = 1;
    bool m_built = false; // setWeeks() made the chart at least once
};

} // namespace rapport::ui
