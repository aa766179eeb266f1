#include "LogPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

LogPage::LogPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Log")));
}

} // namespace rapport::ui
