#pragma once

#include "Page.h"
#include "models/DashboardSummary.h"

class QBoxLayout;
class QLabel;
class QScrollArea;

namespace rapport::ui {

class DashboardCard;
class DashboardListModel;
class WeeklyChart;
struct DashboardRow;

// The first page: what needs attention now. Everything on it is computed
// once per Session::changed() from one checkSeason(), the allowances and
// the snapshot.
class DashboardPage final : public Page
{
    Q_OBJECT

public:
    DashboardPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    const DashboardSummary &summary() const { return m_summary; }

    // Cards in order of urgency, for tests and keyboard focus.
    enum Card
    {
        ThankYouCard,
        FindingsCard,
        FlaggedCard,
        AcknowledgedCard,
        TopChoiceCard,
        ComingUpCard,
        StatusCard,
        ChartCard,
        CardCount
    };
    DashboardCard *card(Card which) const { return m_cards[which]; }
    DashboardListModel *model(Card which) const;
    WeeklyChart *chart() const { return m_chart; }
    // The narrowest page that shows the cards in two columns.
    int twoColumnWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createCards();
    void connectCards();
    template <typename Item>
    void showRows(Card card, const QList<Item> &items, DashboardRow (*make)(const Item &));
    void refresh();
    void updateHeader();
    void arrange(bool wide);

    DashboardSummary m_summary;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_greeting = nullptr;
    QLabel *m_overview = nullptr;
    QBoxLayout *m_columns = nullptr;
    QBoxLayout *m_left = nullptr;
    QBoxLayout *m_right = nullptr;
    DashboardCard *m_cards[CardCount] = {};
    DashboardListModel *m_models[CardCount] = {};
    WeeklyChart *m_chart = nullptr;
    int m_arrangement = -1; // 1 = two columns, 0 = one
};

} // namespace rapport::ui
