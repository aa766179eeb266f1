#include "TemplatesPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

TemplatesPage::TemplatesPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Templates")));
}

} // namespace rapport::ui
