#include "TemplateFieldsForm.h"

#include "PlainText.h"

#include <QFormLayout>
#include <QLineEdit>

namespace rapport::ui {

TemplateFieldsForm::TemplateFieldsForm(QWidget *parent)
    : QGroupBox(tr("Fill in"), parent), m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("fields"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    hide();
}

void TemplateFieldsForm::setFields(const QList<core::TemplateField> &fields)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const core::TemplateField &field : fields) {
        auto *edit = new QLineEdit(m_values.value(field.name), this);
        edit->setObjectName(QStringLiteral("field_") + field.name);
        edit->setPlaceholderText(field.hint);
        edit->setToolTip(plainText::toolTip(field.hint));
        connect(edit, &QLineEdit::textEdited, this, [this, name = field.name](const QString &text) {
            m_values.insert(name, text);
            Q_EMIT edited();
        });
        m_form->addRow(field.label + QLatin1Char(':'), edit);
    }
    setVisible(!fields.isEmpty());
}

void TemplateFieldsForm::setValue(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    if (auto *edit = findChild<QLineEdit *>(QStringLiteral("field_") + name))
        edit->setText(value);
}

} // namespace rapport::ui
