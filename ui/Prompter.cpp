#include "Prompter.h"

#include "dialogs/ConfirmFindingsDialog.h"

#include <QMessageBox>

namespace rapport::ui {

bool DialogPrompter::confirmFindings(QWidget *parent, const QString &action,
                                     const QList<core::Finding> &findings, QString *reason)
{
    ConfirmFindingsDialog dialog(action, findings, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (reason)
        *reason = dialog.reason();
    return true;
}

bool DialogPrompter::confirmDelete(QWidget *parent, const QString &what)
{
    return QMessageBox::question(parent, QObject::tr("Delete"),
                                 QObject::tr("Delete %1? This cannot be undone.").arg(what),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
           QMessageBox::Yes;
}

void DialogPrompter::showError(QWidget *parent, const QString &message)
{
    QMessageBox::warning(parent, QObject::tr("Rapport"), message);
}

bool DialogPrompter::offerDemo(QWidget *parent)
{
    return QMessageBox::question(parent, QObject::tr("Welcome to Rapport"),
                                 QObject::tr("Your season is empty. Open a demo season to look "
                                             "around first? It is kept in a separate file."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

} // namespace rapport::ui
