#pragma once

#include "Page.h"

namespace rapport::ui {

class SettingsPage final : public Page
{
    Q_OBJECT

public:
    SettingsPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);
};

} // namespace rapport::ui
