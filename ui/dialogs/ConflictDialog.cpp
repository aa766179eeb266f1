#include "ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport::ui {

ConflictDialog::ConflictDialog(const QString &what, const QList<core::FieldConflict> &conflicts,
                               const std::function<QString(const QString &)> &label,
                               QWidget *parent)
    : QDialog(parent), m_conflicts(conflicts)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed elsewhere meanwhile"));
    auto *intro = new QLabel(
        tr("While you edited %1, another program (rapport-cli, or Rapport in another window) "
           "changed the same fields. Choose the value to keep for each; everything else you "
           "changed is saved as you typed it, and their other changes stay.")
            .arg(what),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    const auto heading = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        QFont bold = l->font();
        bold.setBold(true);
        l->setFont(bold);
        return l;
    };
    grid->addWidget(heading(tr("Field")), 0, 0);
    grid->addWidget(heading(tr("Yours")), 0, 1);
    grid->addWidget(heading(tr("Stored now")), 0, 2);
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        const core::FieldConflict &c = conflicts.at(i);
        const int row = static_cast<int>(i) + 1;
        auto *name = new QLabel(label(c.key), this);
        name->setTextFormat(Qt::PlainText);
        // A button's text is never read as markup.
        auto *yours = new QRadioButton(c.yours, this);
        yours->setObjectName(QStringLiteral("yours_%1").arg(c.key));
        auto *stored = new QRadioButton(c.stored, this);
        stored->setObjectName(QStringLiteral("stored_%1").arg(c.key));
        auto *group = new QButtonGroup(this);
        group->addButton(yours);
        group->addButton(stored);
        yours->setChecked(true);
        grid->addWidget(name, row, 0);
        grid->addWidget(yours, row, 1);
        grid->addWidget(stored, row, 2);
        m_yours << yours;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back to editing"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QSet<QString> ConflictDialog::keptYours() const
{
    QSet<QString> keep;
    for (qsizetype i = 0; i < m_conflicts.size(); ++i) {
        if (m_yours.at(i)->isChecked())
            keep.insert(m_conflicts.at(i).key);
    }
    return keep;
}

} // namespace rapport::ui
