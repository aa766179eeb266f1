#pragma once

#include <QDialog>

namespace rapport::ui {

class Prompter;
class Session;

// Program -> contact -> template, free fields, live preview and findings;
// then copy, open in the mail client, save a draft or log as sent.
class ComposeDialog final : public QDialog
{
    Q_OBJECT

public:
    ComposeDialog(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    void setProgram(qint64 programId);
    void setContact(qint64 contactId);
    void setTemplate(const QString &name);
    void setReplyTo(qint64 communicationId);

Q_SIGNALS:
    void logged(qint64 communicationId);

private:
    Session &m_session;
    Prompter &m_prompter;
};

} // namespace rapport::ui
