#pragma once

#include "Page.h"

namespace rapport::ui {

class TemplatesPage final : public Page
{
    Q_OBJECT

public:
    TemplatesPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);
};

} // namespace rapport::ui
