#include "ProgramHeader.h"

#include "AllowanceText.h"
#include "DateTimeText.h"
#include "Icons.h"
#include "Labels.h"
#include "PlainText.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FlowLayout.h"

#include "domain/Program.h"
#include "rules/Allowance.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

using core::Quota;

const QString kSeparator = QStringLiteral("&nbsp;&nbsp;·&nbsp; ");

QLabel *chipLabel(const QString &objectName)
{
    auto *chip = new QLabel;
    chip->setObjectName(objectName);
    chip->setTextFormat(Qt::PlainText);
    return chip;
}

// A rounded chip outlined in the colour of what it says; muted chips keep
// the text quiet too.
QString chipStyle(const QColor &color, const QColor &text)
{
    return QStringLiteral("QLabel { color: %1; border: 1px solid %2; border-radius: 8px;"
                          " padding: 1px 7px; background: rgba(%3, %4, %5, 28); }")
        .arg(text.name(), color.name())
        .arg(color.red())
        .arg(color.green())
        .arg(color.blue());
}

// A style sheet set again is parsed and the widget polished again, even
// when unchanged: at every save that was most of the header's time.
void setStyleSheetIfChanged(QWidget *widget, const QString &styleSheet)
{
    if (widget->styleSheet() != styleSheet)
        widget->setStyleSheet(styleSheet);
}

QPixmap starPixmap(bool extra)
{
    QPixmap star = themeIcon(QStringLiteral("starred")).pixmap(22, 22);
    if (extra) {
        QPainter painter(&star);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(star.rect(), AllowanceText::overColor());
    }
    return star;
}

} // namespace

ProgramHeader::ProgramHeader(QWidget *parent) : QWidget(parent)
{
    m_star = new QLabel;
    m_star->setObjectName(QStringLiteral("headerStar"));
    // Shortened when the pane is too narrow rather than holding the splitter open.
    m_title = new ElidedLabel;
    m_title->setObjectName(QStringLiteral("headerTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("headerSubtitle"));
    m_subtitle->setTextFormat(Qt::RichText);
    m_subtitle->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_subtitle->setOpenExternalLinks(true);
    m_subtitle->setWordWrap(true);
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("headerFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true); // a narrow pane wraps the facts instead of widening the page
    const QString warning =
        QStringLiteral("color: %1")
            .arg(labels::severityColor(core::Severity::Warning).darker(115).name());

    auto *strip = new QWidget;
    strip->setObjectName(QStringLiteral("allowanceStrip"));
    auto *chips = new FlowLayout(strip, 5);
    for (Quota q : core::kAllQuotas) {
        QLabel *chip = chipLabel(QStringLiteral("allowance_") + core::quotaName(q));
        m_chips[static_cast<std::size_t>(q)] = chip;
        chips->addWidget(chip);
    }
    m_policyBadge = chipLabel(QStringLiteral("headerPolicyBadge"));
    chips->addWidget(m_policyBadge);
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("headerCountdown"));
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setStyleSheet(warning + QStringLiteral("; font-weight: bold"));
    m_policy = new QLabel;
    m_policy->setObjectName(QStringLiteral("headerPolicy"));
    m_policy->setTextFormat(Qt::PlainText);
    m_policy->setWordWrap(true);
    m_policy->setStyleSheet(warning);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_star);
    titleRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_facts);
    layout->addSpacing(2);
    layout->addWidget(strip);
    layout->addWidget(m_countdown);
    layout->addWidget(m_policy);
}

QString ProgramHeader::title() const
{
    return m_title->fullText();
}

void ProgramHeader::setProgram(const core::Program &p, const core::ProgramAllowance &allowance,
                               const QDateTime &now, const QString &topChoiceHolder,
                               const DateTimeText &when)
{
    m_title->setFullText(p.name);
    showTopChoice(allowance, topChoiceHolder, when);
    QStringList where;
    if (!p.institution.isEmpty())
        where << p.institution.toHtmlEscaped();
    const QString place = p.city.isEmpty() || p.state.isEmpty()
                              ? QString(p.city + p.state)
                              : QString(p.city + QStringLiteral(", ") + p.state);
    if (!place.isEmpty())
        where << place.toHtmlEscaped();
    if (!p.nrmpCode.isEmpty())
        where << tr("NRMP %1").arg(p.nrmpCode).toHtmlEscaped();
    // Only web addresses become links: a stored "file:" or script URL stays text.
    const QUrl site(p.website, QUrl::StrictMode);
    if (site.isValid() &&
        (site.scheme() == QLatin1String("https") || site.scheme() == QLatin1String("http")))
        where << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(QString::fromUtf8(site.toEncoded()).toHtmlEscaped(), tr("Website"));
    // A narrow pane wraps after a separator.
    m_subtitle->setText(where.join(kSeparator));
    m_subtitle->setVisible(!where.isEmpty());

    const QString muted = AllowanceText::mutedColor().name();
    // A narrow pane wraps between facts, never inside one.
    const auto keep = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    };
    const auto fact = [muted, keep](const QString &label, const QString &value) {
        return QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
            .arg(muted, keep(label), keep(value));
    };
    // The interview as the program stated it: a date and a wall-clock time.
    QString interview = tr("not scheduled");
    if (p.interviewDate.isValid()) {
        interview = when.date(p.interviewDate, DateTimeText::Context::Header);
        if (p.interviewTime.isValid())
            interview = tr("%1, %2").arg(interview, when.time(p.interviewTime));
    }
    QStringList facts{fact(tr("Status:"), labels::status(p.status)),
                      fact(tr("Interview:"), interview), fact(tr("Visa:"), labels::visa(p.visa))};
    if (!p.participatesInMatch)
        facts << fact(tr("Match:"), tr("outside the NRMP Match"));
    if (p.preferenceRank)
        facts << fact(tr("Your rank:"), QString::number(*p.preferenceRank));
    m_facts->setText(facts.join(kSeparator));

    showAllowance(allowance, now, when);
    showPolicy(p);
}

void ProgramHeader::showTopChoice(const core::ProgramAllowance &a, const QString &holder,
                                  const DateTimeText &when)
{
    m_star->setVisible(a.toldTopChoice);
    if (!a.toldTopChoice)
        return;
    m_star->setPixmap(starPixmap(!a.holdsTopChoice));
    QStringList lines{tr("You told this program on %1 that it is your top choice")
                          .arg(AllowanceText::longDateTime(a.topChoiceAt, when))};
    if (!a.holdsTopChoice) {
        const QList<core::CountedMessage> &told = a[Quota::TopChoice].counted;
        lines << (told.isEmpty()
                      ? tr("One program too many: another was told first")
                      : tr("One program too many: %1 was told first, on %2")
                            .arg(holder, AllowanceText::longDateTime(told.first().at, when)));
    }
    m_star->setToolTip(plainText::toolTip(lines));
}

void ProgramHeader::showAllowance(const core::ProgramAllowance &a, const QDateTime &now,
                                  const DateTimeText &when)
{
    const QColor muted = AllowanceText::mutedColor();
    const QColor text = palette().color(QPalette::WindowText);
    for (Quota q : core::kAllQuotas) {
        const core::KindAllowance &k = a[q];
        QLabel *chip = m_chips[static_cast<std::size_t>(q)];
        // The quotas of the phase the program is in say what is next; the
        // others show their numbers only, quietly.
        const bool due = q == Quota::ThankYou && a.thankYouDue;
        const bool alarm = AllowanceText::overHere(k, a);
        const bool current = (q == Quota::PreInterview) != a.interviewPassed;
        const bool prominent = current || due || alarm;
        QString label = labels::quota(q) + QLatin1Char(' ') + AllowanceText::usage(k);
        if (prominent)
            label = tr("%1 · %2").arg(label, AllowanceText::chipNote(k, a, when));
        chip->setText(label);
        chip->setToolTip(plainText::toolTip(AllowanceText::details(k, a, when)));
        chip->setProperty("availability", core::toString(k.availability));
        chip->setProperty("prominent", prominent);
        if (alarm)
            setStyleSheetIfChanged(
                chip, chipStyle(AllowanceText::overColor(), AllowanceText::overColor()));
        else if (due)
            setStyleSheetIfChanged(chip, chipStyle(AllowanceText::dueColor(), text));
        else if (!prominent || k.availability == core::Availability::Never)
            setStyleSheetIfChanged(chip, chipStyle(muted, muted));
        else
            setStyleSheetIfChanged(
                chip, chipStyle(AllowanceText::availabilityColor(k.availability), text));
    }
    const QString countdown = AllowanceText::countdown(a, now, when);
    m_countdown->setText(countdown);
    m_countdown->setVisible(!countdown.isEmpty());
}

void ProgramHeader::showPolicy(const core::Program &p)
{
    const bool restricted = p.policy != core::CommunicationPolicy::None;
    m_policyBadge->setVisible(restricted);
    if (restricted) {
        m_policyBadge->setText(tr("Policy: %1").arg(labels::policy(p.policy)));
        setStyleSheetIfChanged(m_policyBadge,
                               chipStyle(labels::severityColor(core::Severity::Warning),
                                         palette().color(QPalette::WindowText)));
        QStringList lines{
            tr("The program's own communication policy: %1").arg(labels::policy(p.policy)),
            tr("Rapport warns before a message goes against it.")};
        if (!p.policyNote.isEmpty())
            lines << p.policyNote;
        m_policyBadge->setToolTip(plainText::toolTip(lines));
    }
    m_policy->setText(p.policyNote.isEmpty() ? QString()
                                             : tr("The program says: %1").arg(p.policyNote));
    m_policy->setVisible(!p.policyNote.isEmpty());
}

} // namespace rapport::ui
