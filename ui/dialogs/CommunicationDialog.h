#pragma once

#include <QDialog>

namespace rapport::ui {

class Prompter;
class Session;

// Opens one logged entry: read it, edit it (with live checks), delete it.
// id 0 = a new entry for programId.
class CommunicationDialog final : public QDialog
{
    Q_OBJECT

public:
    CommunicationDialog(Session &session, Prompter &prompter, qint64 communicationId,
                        QWidget *parent = nullptr, qint64 programId = 0);

private:
    Session &m_session;
    Prompter &m_prompter;
    qint64 m_id;
};

} // namespace rapport::ui
