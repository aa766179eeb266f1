#include "ProgramHeader.h"

#include "Icons.h"
#include "Labels.h"

#include "domain/Program.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport::ui {

ProgramHeader::ProgramHeader(QWidget *parent) : QWidget(parent)
{
    m_star = new QLabel;
    m_star->setObjectName(QStringLiteral("headerStar"));
    m_star->setPixmap(themeIcon(QStringLiteral("starred")).pixmap(22, 22));
    m_star->setToolTip(tr("Your top choice: the letter of intent went here"));
    m_title = new QLabel;
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
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("headerFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true); // a narrow pane wraps the facts instead of widening the page
    m_policy = new QLabel;
    m_policy->setObjectName(QStringLiteral("headerPolicy"));
    m_policy->setWordWrap(true);
    m_policy->setStyleSheet(
        QStringLiteral("color: %1")
            .arg(labels::severityColor(core::Severity::Warning).darker(115).name()));

    auto *compose = new QPushButton(themeIcon(QStringLiteral("mail-message-new")), tr("&Compose…"));
    compose->setObjectName(QStringLiteral("programCompose"));
    compose->setToolTip(tr("Write to this program from a template, checked as you type"));
    auto *log = new QPushButton(themeIcon(QStringLiteral("document-edit")), tr("&Log entry…"));
    log->setObjectName(QStringLiteral("programLogEntry"));
    log->setToolTip(tr("Record a call, a conversation or a message you sent elsewhere"));
    connect(compose, &QPushButton::clicked, this, &ProgramHeader::composeClicked);
    connect(log, &QPushButton::clicked, this, &ProgramHeader::logClicked);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_star);
    titleRow->addStretch();
    titleRow->addWidget(log);
    titleRow->addWidget(compose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_facts);
    layout->addWidget(m_policy);
}

QString ProgramHeader::title() const
{
    return m_title->text();
}

void ProgramHeader::setProgram(const core::Program &p, bool topChoice)
{
    m_title->setText(p.name);
    m_star->setVisible(topChoice);
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
    m_subtitle->setText(where.join(QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;")));
    m_subtitle->setVisible(!where.isEmpty());

    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const auto fact = [muted](const QString &label, const QString &value) {
        return QStringLiteral("<span style='color:%1'>%2</span> %3")
            .arg(muted, label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss")); // some locales' short format has seconds
    QString interview = tr("not scheduled");
    if (p.interviewDate.isValid()) {
        interview = QLocale().toString(p.interviewDate, QLocale::LongFormat);
        if (p.interviewTime.isValid())
            interview += QStringLiteral(", ") + QLocale().toString(p.interviewTime, timeFormat);
    }
    QStringList facts{fact(tr("Status:"), labels::status(p.status)),
                      fact(tr("Interview:"), interview), fact(tr("Visa:"), labels::visa(p.visa))};
    if (!p.participatesInMatch)
        facts << fact(tr("Match:"), tr("outside the NRMP Match"));
    if (p.preferenceRank)
        facts << fact(tr("Your rank:"), QString::number(*p.preferenceRank));
    m_facts->setText(facts.join(QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;")));

    QString policy;
    if (p.policy != core::CommunicationPolicy::None)
        policy = tr("Program policy: %1").arg(labels::policy(p.policy));
    if (!p.policyNote.isEmpty())
        policy +=
            (policy.isEmpty() ? tr("Program policy: ") : QStringLiteral(" — ")) + p.policyNote;
    m_policy->setText(policy);
    m_policy->setVisible(!policy.isEmpty());
}

} // namespace rapport::ui
