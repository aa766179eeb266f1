#include "DashboardPage.h"

#include "DateTimeText.h"
#include "Labels.h"
#include "RefreshWhenShown.h"
#include "Session.h"
#include "models/DashboardListModel.h"
#include "models/DashboardRows.h"
#include "rules/RuleEngine.h"
#include "widgets/DashboardCard.h"
#include "widgets/WeeklyChart.h"

#include <QBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTreeView>

#include <memory>
#include <utility>

namespace rapport::ui {
namespace {

// Below this width, in the font's em, the two columns stack: a larger
// font stacks them sooner.
constexpr int kTwoColumnEms = 88;

} // namespace

DashboardPage::DashboardPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(m_scroll);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(14);

    m_greeting = new QLabel;
    m_greeting->setTextFormat(Qt::PlainText);
    m_greeting->setObjectName(QStringLiteral("dashboardGreeting"));
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    m_greeting->setFont(big);
    m_overview = new QLabel;
    m_overview->setTextFormat(Qt::PlainText);
    m_overview->setObjectName(QStringLiteral("dashboardOverview"));
    m_overview->setForegroundRole(QPalette::PlaceholderText);
    m_overview->setWordWrap(true);
    auto *header = new QVBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_greeting);
    header->addWidget(m_overview);
    layout->addLayout(header);

    createCards();
    m_left = new QVBoxLayout;
    m_right = new QVBoxLayout;
    for (QBoxLayout *column : {m_left, m_right})
        column->setSpacing(14);
    for (Card c : {ThankYouCard, FindingsCard, FlaggedCard})
        m_left->addWidget(m_cards[c]);
    for (Card c : {ComingUpCard, TopChoiceCard, AcknowledgedCard, StatusCard})
        m_right->addWidget(m_cards[c]);
    m_left->addStretch(1);
    m_right->addStretch(1);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->setSpacing(14);
    m_columns->addLayout(m_left, 3);
    m_columns->addLayout(m_right, 2);
    layout->addLayout(m_columns);
    layout->addWidget(m_cards[ChartCard]);
    layout->addStretch(1);
    m_scroll->setWidget(content);

    connectCards();
    arrange(true);
    // Filling the cards costs: a hidden dashboard waits until shown.
    refreshWhenShown(this, session, [this] { refresh(); });
    refresh();
}

DashboardListModel *DashboardPage::model(Card which) const
{
    return m_models[which];
}

void DashboardPage::createCards()
{
    struct Spec
    {
        Card card;
        QString title;
        const char *name;
        QString empty;
        int maxRows;
    };
    const Spec specs[] = {
        {ThankYouCard, tr("Thank-you notes due"), "thankYouCard", tr("No thank-you notes due."), 5},
        // Its empty text depends on what was gone past: set in refresh().
        {FindingsCard, tr("Open violations and warnings"), "findingsCard", QString(), 6},
        {FlaggedCard, tr("Flagged messages from programs"), "flaggedCard",
         tr("No message from a program needs a second look."), 5},
        // Hidden while empty.
        {AcknowledgedCard, tr("Gone past knowingly"), "acknowledgedCard",
         tr("You have not gone past any warning."), 4},
        {TopChoiceCard, tr("Top-choice letter"), "topChoiceCard",
         tr("None sent yet — you may tell one program it is your first choice."), 3},
        {ComingUpCard, tr("Coming up"), "comingUpCard", tr("No dates ahead in this season."), 5},
        {StatusCard, tr("Programs by status"), "statusCard", tr("No programs yet."), 9},
    };
    for (const Spec &spec : specs) {
        auto *card = new DashboardCard(spec.title);
        card->setObjectName(QLatin1String(spec.name));
        auto *model = new DashboardListModel(this);
        model->setObjectName(QLatin1String(spec.name) + QStringLiteral("Model"));
        card->setModel(model, spec.maxRows);
        card->setEmptyText(spec.empty);
        m_cards[spec.card] = card;
        m_models[spec.card] = model;
    }
    m_cards[StatusCard]->view()->setSelectionMode(QAbstractItemView::NoSelection);
    m_cards[StatusCard]->view()->setFocusPolicy(Qt::NoFocus);
    for (Card c : {ThankYouCard, FindingsCard, FlaggedCard, AcknowledgedCard, TopChoiceCard})
        m_cards[c]->view()->viewport()->setCursor(Qt::PointingHandCursor);
    m_cards[AcknowledgedCard]->setNote(
        tr("Warnings and violations you chose to go past when you logged a message, with when "
           "and why."));

    m_cards[ChartCard] = new DashboardCard(tr("Messages per week"));
    m_cards[ChartCard]->setObjectName(QStringLiteral("chartCard"));
    m_chart = new WeeklyChart;
    m_chart->setMinimumHeight(280);
    m_cards[ChartCard]->setBody(m_chart);
}

void DashboardPage::connectCards()
{
    auto programOf = [](const QModelIndex &index) {
        return index.data(DashboardListModel::ProgramIdRole).toLongLong();
    };
    auto openProgram = [this, programOf](const QModelIndex &index) {
        if (const qint64 id = programOf(index))
            Q_EMIT programRequested(id);
    };
    for (Card c : {ThankYouCard, FindingsCard, TopChoiceCard, ComingUpCard})
        connect(m_cards[c], &DashboardCard::rowActivated, this, openProgram);
    connect(m_cards[ThankYouCard], &DashboardCard::actionClicked, this,
            [this, programOf](const QModelIndex &index) {
                Q_EMIT composeRequested(programOf(index), 0, QStringLiteral("thank-you"), 0);
            });
    // A flagged message or an acknowledgement is about one message: open it.
    for (Card c : {FlaggedCard, AcknowledgedCard}) {
        connect(m_cards[c], &DashboardCard::rowActivated, this,
                [this, openProgram](const QModelIndex &index) {
                    if (const qint64 id =
                            index.data(DashboardListModel::CommunicationIdRole).toLongLong())
                        Q_EMIT communicationRequested(id);
                    else
                        openProgram(index);
                });
    }
    connect(m_cards[FlaggedCard], &DashboardCard::actionClicked, this,
            [this, programOf](const QModelIndex &index) {
                Q_EMIT composeRequested(
                    programOf(index), index.data(DashboardListModel::ContactIdRole).toLongLong(),
                    QStringLiteral("reply-to-pressure"),
                    index.data(DashboardListModel::CommunicationIdRole).toLongLong());
            });
}

template <typename Item>
void DashboardPage::showRows(Card card, const QList<Item> &items,
                             DashboardRow (*make)(const Item &))
{
    // The list is shared, not copied: rows are made from it as shown.
    m_models[card]->setRows(items.size(), [items, make](qsizetype i) { return make(items.at(i)); });
}

void DashboardPage::refresh()
{
    // The lists replaced are let go on the worker, once the cards no longer
    // share them: at 100x freeing them was a tenth of a visit.
    DashboardSummary previous = std::exchange(m_summary, session().dashboardSummary());
    showRows(ThankYouCard, m_summary.thankYous, dashboardRows::thankYou);
    showRows(FindingsCard, m_summary.findings, dashboardRows::programFindings);
    m_cards[FindingsCard]->setEmptyText(dashboardRows::findingsEmptyText(m_summary));
    showRows(FlaggedCard, m_summary.flagged, dashboardRows::flaggedMessage);
    showRows(AcknowledgedCard, m_summary.acknowledged, dashboardRows::acknowledgement);
    m_cards[AcknowledgedCard]->setVisible(!m_summary.acknowledged.isEmpty());
    showRows(TopChoiceCard, m_summary.topChoices, dashboardRows::topChoice);
    showRows(ComingUpCard, m_summary.comingUp, dashboardRows::milestone);
    m_models[StatusCard]->setRows(dashboardRows::statuses(m_summary));
    for (Card c : {ThankYouCard, FindingsCard, FlaggedCard, AcknowledgedCard})
        m_cards[c]->setCount(static_cast<int>(m_models[c]->rowCount()));

    const auto topChoices = m_summary.topChoices.size();
    if (m_summary.topChoicesOverLimit() > 0) {
        m_cards[TopChoiceCard]->setNote(
            tr("%1 programs were told they are your first choice. Tell only one: the others will "
               "learn that the promise means little.")
                .arg(topChoices),
            labels::severityColor(core::Severity::Violation));
    } else {
        m_cards[TopChoiceCard]->setNote({});
    }

    const core::Season &season = session().snapshot().season;
    m_chart->setWeeks(m_summary.weeks, {season.rankListDeadline, season.matchDay, m_summary.today,
                                        !season.datesConfirmed});
    m_cards[ChartCard]->setNote(
        m_summary.messagesInRange == 0 ? tr("No messages logged in this season yet.") : QString());
    updateHeader();
    session().letGo(std::make_shared<const DashboardSummary>(std::move(previous)));
}

void DashboardPage::updateHeader()
{
    const int hour = DateTimeText::forSeason(session().snapshot().season)
                         .local(session().clock().now())
                         .time()
                         .hour();
    const QString first = m_summary.applicantName.section(QLatin1Char(' '), 0, 0);
    const QString greeting = hour < 12   ? tr("Good morning")
                             : hour < 18 ? tr("Good afternoon")
                                         : tr("Good evening");
    m_greeting->setText(first.isEmpty() ? greeting : tr("%1, %2").arg(greeting, first));

    m_overview->setText(dashboardRows::overview(m_summary));
}

void DashboardPage::arrange(bool wide)
{
    if (m_arrangement == int(wide))
        return;
    m_arrangement = int(wide);
    m_columns->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_columns->setStretch(0, wide ? 3 : 0);
    m_columns->setStretch(1, wide ? 2 : 0);
}

int DashboardPage::twoColumnWidth() const
{
    return kTwoColumnEms * fontMetrics().horizontalAdvance(QLatin1Char('M'));
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    arrange(event->size().width() >= twoColumnWidth());
}

} // namespace rapport::ui
