#include "ComposeDialog.h"

namespace rapport::ui {

ComposeDialog::ComposeDialog(Session &session, Prompter &prompter, QWidget *parent)
    : QDialog(parent), m_session(session), m_prompter(prompter)
{
    setWindowTitle(tr("Compose"));
}

void ComposeDialog::setProgram(qint64) {}
void ComposeDialog::setContact(qint64) {}
void ComposeDialog::setTemplate(const QString &) {}
void ComposeDialog::setReplyTo(qint64) {}

} // namespace rapport::ui
