#include "SettingsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

SettingsPage::SettingsPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Settings")));
}

} // namespace rapport::ui
