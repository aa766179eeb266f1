#pragma once

#include "Page.h"

namespace rapport::ui {

class DashboardPage final : public Page
{
    Q_OBJECT

public:
    DashboardPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);
};

} // namespace rapport::ui
