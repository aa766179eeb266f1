#pragma once

#include "Page.h"

namespace rapport::ui {

class LogPage final : public Page
{
    Q_OBJECT

public:
    LogPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);
};

} // namespace rapport::ui
