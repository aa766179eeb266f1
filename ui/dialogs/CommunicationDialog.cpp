#include "CommunicationDialog.h"

namespace rapport::ui {

CommunicationDialog::CommunicationDialog(Session &session, Prompter &prompter,
                                         qint64 communicationId, QWidget *parent, qint64)
    : QDialog(parent), m_session(session), m_prompter(prompter), m_id(communicationId)
{
    setWindowTitle(tr("Communication"));
}

} // namespace rapport::ui
