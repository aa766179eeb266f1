#pragma once

#include "Page.h"

namespace rapport::ui {

class ProgramsPage final : public Page
{
    Q_OBJECT

public:
    ProgramsPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);

public Q_SLOTS:
    void selectProgram(qint64 programId);
    void newProgram();
};

} // namespace rapport::ui
