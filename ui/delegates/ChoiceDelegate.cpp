#include "ChoiceDelegate.h"

#include <QComboBox>

namespace rapport::ui {

ChoiceDelegate::ChoiceDelegate(int valueRole, int labelsRole, int valuesRole, QObject *parent)
    : QStyledItemDelegate(parent), m_valueRole(valueRole), m_labelsRole(labelsRole),
      m_valuesRole(valuesRole)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QStringList labels = index.data(m_labelsRole).toStringList();
    if (labels.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    const QVariantList values = index.data(m_valuesRole).toList();
    for (int i = 0; i < labels.size(); ++i)
        combo->addItem(labels.at(i), values.value(i));
    combo->setMaxVisibleItems(20);
    // A pick is the whole edit: write it and close, as a menu would.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    combo->setCurrentIndex(combo->findData(index.data(m_valueRole)));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    if (combo->currentIndex() >= 0 && combo->currentData() != index.data(m_valueRole))
        model->setData(index, combo->currentData(), m_valueRole);
}

} // namespace rapport::ui
