#include "Prompter.h"

#include "dialogs/ConfirmFindingsDialog.h"

#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

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
    return ask(parent, QMessageBox::Question, QObject::tr("Delete"),
               QObject::tr("Delete %1? This cannot be undone.").arg(what),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
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

std::optional<QSet<QString>>
DialogPrompter::resolveConflicts(QWidget *parent, const QString &what,
                                 const QList<core::FieldConflict> &conflicts,
                                 const std::function<QString(const QString &)> &label)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("conflictDialog"));
    dialog.setWindowTitle(QObject::tr("Changed elsewhere meanwhile"));
    auto *intro = new QLabel(
        QObject::tr("While you edited %1, another program (rapport-cli, or Rapport in another "
                    "window) changed the same fields. Choose which value to keep for each; "
                    "everything else you changed is saved as you typed it.")
            .arg(what),
        &dialog);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(QObject::tr("<b>Field</b>"), &dialog), 0, 0);
    grid->addWidget(new QLabel(QObject::tr("<b>Yours</b>"), &dialog), 0, 1);
    grid->addWidget(new QLabel(QObject::tr("<b>Stored now</b>"), &dialog), 0, 2);
    QList<QRadioButton *> mine;
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        const core::FieldConflict &c = conflicts.at(i);
        const int row = static_cast<int>(i) + 1;
        auto *name = new QLabel(label(c.key), &dialog);
        name->setTextFormat(Qt::PlainText);
        auto *yours = new QRadioButton(c.yours, &dialog);
        yours->setObjectName(QStringLiteral("yours_%1").arg(c.key));
        auto *stored = new QRadioButton(c.stored, &dialog);
        stored->setObjectName(QStringLiteral("stored_%1").arg(c.key));
        auto *group = new QButtonGroup(&dialog);
        group->addButton(yours);
        group->addButton(stored);
        yours->setChecked(true);
        grid->addWidget(name, row, 0);
        grid->addWidget(yours, row, 1);
        grid->addWidget(stored, row, 2);
        mine << yours;
    }
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Cancel)->setText(QObject::tr("Back to editing"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QSet<QString> keep;
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        if (mine.at(i)->isChecked())
            keep.insert(conflicts.at(i).key);
    }
    return keep;
}

} // namespace rapport::ui
