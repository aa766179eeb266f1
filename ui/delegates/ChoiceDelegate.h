#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

// A combo box over a cell whose model offers its choices: labels in
// labelsRole, values in valuesRole, the current value in valueRole. The
// pick is written back through valueRole as soon as it is made.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(int valueRole, int labelsRole, int valuesRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    int m_valueRole;
    int m_labelsRole;
    int m_valuesRole;
};

} // namespace rapport::ui
