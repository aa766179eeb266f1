#include "MailSyncIndicator.h"

#include "MailSyncRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace rapport::ui {

MailSyncIndicator::MailSyncIndicator(MailSyncRunner &runner, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mailSyncIndicator"));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("mailSyncProgress"));
    m_cancel = new QToolButton;
    m_cancel->setObjectName(QStringLiteral("mailSyncCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading mail; what was read so far stays in the queue."));
    connect(m_cancel, &QToolButton::clicked, &runner, &MailSyncRunner::cancel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_cancel);
    connect(&runner, &MailSyncRunner::progressChanged, m_text, &QLabel::setText);
    connect(&runner, &MailSyncRunner::runningChanged, this, &QWidget::setVisible);
    m_text->setText(runner.progressText());
    setVisible(runner.isRunning());
}

} // namespace rapport::ui
