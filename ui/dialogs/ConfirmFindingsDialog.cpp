#include "ConfirmFindingsDialog.h"

#include "Icons.h"
#include "Labels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport::ui {

ConfirmFindingsDialog::ConfirmFindingsDialog(const QString &action,
                                             const QList<core::Finding> &findings,
                                             const findingText::RuleTitles &titles, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Check before you go ahead"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1</b> would go against the guidance below. You can still go "
                                "ahead: Rapport records that you did, with your reason.")
                                 .arg(action.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    for (const core::Finding &f : findings) {
        const QString title = findingText::title(titles, f);
        auto *item = new QLabel(
            QStringLiteral("<p><span style='color:%1;font-weight:600'>%2</span> "
                           "<b>%3</b><br>%4<br><i>%5</i></p>")
                .arg(labels::severityColor(f.severity).name(),
                     findingText::severityLabel(f).toHtmlEscaped(), title.toHtmlEscaped(),
                     findingText::readable(f.message(), titles).toHtmlEscaped(),
                     findingText::readable(f.guidance, titles).toHtmlEscaped()));
        item->setObjectName(QStringLiteral("finding"));
        item->setToolTip(findingText::ruleToolTip(f));
        item->setWordWrap(true);
        item->setTextInteractionFlags(Qt::TextSelectableByMouse);
        listLayout->addWidget(item);
    }
    listLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setMinimumHeight(160);
    layout->addWidget(scroll, 1);

    layout->addWidget(new QLabel(tr("Reason (optional):")));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. the program asked for an update"));
    layout->addWidget(m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *go = buttons->addButton(tr("Go ahead and record"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("goAhead"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString ConfirmFindingsDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace rapport::ui
