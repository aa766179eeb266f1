#include "Prompter.h"

#include "dialogs/ConfirmFindingsDialog.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/MergeDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace rapport::ui {
namespace {

// Messages name programs, contacts and files: never read them as markup.
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                const QString &text, QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton byDefault = QMessageBox::NoButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(byDefault);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace

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
    // The button says what it does, as the platform's guidelines ask.
    return confirm(parent, QObject::tr("Delete"),
                   QObject::tr("Delete %1? Edit ▸ Undo brings it back.").arg(what),
                   QObject::tr("Delete"));
}

void DialogPrompter::showError(QWidget *parent, const QString &message)
{
    ask(parent, QMessageBox::Warning, QObject::tr("Rapport"), message, QMessageBox::Ok);
}

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &question,
                             const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *go = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void DialogPrompter::inform(QWidget *parent, const QString &title, const QString &message)
{
    ask(parent, QMessageBox::Information, title, message, QMessageBox::Ok);
}

bool DialogPrompter::offerDemo(QWidget *parent)
{
    return ask(parent, QMessageBox::Question, QObject::tr("Welcome to Rapport"),
               QObject::tr("Your season is empty. Open a demo season to look around first? It "
                           "is kept in a separate file."),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

UnsavedChoice DialogPrompter::askUnsaved(QWidget *parent, const QString &question,
                                         const QString &save)
{
    QMessageBox box(QMessageBox::Question, QObject::tr("Unsaved changes"), question,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Save)->setText(save);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return UnsavedChoice::Save;
    case QMessageBox::Discard: return UnsavedChoice::Discard;
    default: return UnsavedChoice::Cancel;
    }
}

std::optional<QSet<QString>>
DialogPrompter::resolveConflicts(QWidget *parent, const QString &what,
                                 const QList<core::FieldConflict> &conflicts,
                                 const std::function<QString(const QString &)> &label)
{
    ConflictDialog dialog(what, conflicts, label, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.keptYours();
}

std::optional<qint64> DialogPrompter::chooseMergeTarget(QWidget *parent, const MergeChoice &choice)
{
    MergeDialog dialog(choice, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}

} // namespace rapport::ui
