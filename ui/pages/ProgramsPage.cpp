#include "ProgramsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

ProgramsPage::ProgramsPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Programs")));
}

} // namespace rapport::ui

namespace rapport::ui {

void ProgramsPage::selectProgram(qint64) {}
void ProgramsPage::newProgram() {}

} // namespace rapport::ui
