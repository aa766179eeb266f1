#include "MergeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

MergeDialog::MergeDialog(const MergeChoice &choice, QWidget *parent)
    : QDialog(parent), m_choice(choice)
{
    setWindowTitle(choice.title);
    setObjectName(QStringLiteral("mergeDialog"));
    auto *question = new QLabel(choice.question);
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("mergeFilter"));
    m_filter->setPlaceholderText(tr("Find by name"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("mergeCandidates"));
    for (const auto &[id, name] : choice.candidates) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, id);
    }
    m_outcome = new QLabel;
    m_outcome->setObjectName(QStringLiteral("mergeOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_outcome->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeAccept"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &MergeDialog::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, &MergeDialog::showOutcome);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(520, 480);
    showOutcome();
}

qint64 MergeDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MergeDialog::filter(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
    showOutcome();
}

void MergeDialog::showOutcome()
{
    const qint64 keep = chosen();
    m_merge->setEnabled(keep != 0);
    m_outcome->setText(keep && m_choice.outcome ? m_choice.outcome(keep)
                                                : tr("Choose the one to keep."));
}

} // namespace rapport::ui
