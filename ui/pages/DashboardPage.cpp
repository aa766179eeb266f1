#include "DashboardPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

DashboardPage::DashboardPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Dashboard")));
}

} // namespace rapport::ui
