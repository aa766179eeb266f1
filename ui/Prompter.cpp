#include "Prompter.h"

#include "dialogs/ConfirmFindingsDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace rapport::ui {

bool DialogPrompter::confirmFindings(QWidget *parent, const QString &action,
                                     const QList<core::Finding> &findings,
                                     const findingText::RuleTitles &titles, QString *reason)
{
    ConfirmFindingsDialog dialog(action, findings, titles, parent);
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
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void DialogPrompter::showError(QWidget *parent, const QString &message)
{
    QMessageBox::warning(parent, QObject::tr("Rapport"), message);
}

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &question,
                             const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *go = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void DialogPrompter::inform(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::information(parent, title, message);
}

bool DialogPrompter::offerDemo(QWidget *parent)
{
    return QMessageBox::question(parent, QObject::tr("Welcome to Rapport"),
                                 QObject::tr("Your season is empty. Open a demo season to look "
                                             "around first? It is kept in a separate file."),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace rapport::ui
