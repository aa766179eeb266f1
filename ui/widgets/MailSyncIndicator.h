#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace rapport::ui {

class MailSyncRunner;

// The status bar's "Reading mail: INBOX 120 of 400" with a Cancel button,
// shown only while mail is being read.
class MailSyncIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit MailSyncIndicator(MailSyncRunner &runner, QWidget *parent = nullptr);

private:
    QLabel *m_text = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace rapport::ui
