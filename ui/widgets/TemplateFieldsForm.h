#pragma once

#include "compose/TemplateFile.h"

#include <QGroupBox>
#include <QHash>

class QFormLayout;

namespace rapport::ui {

// The free fields of a template ("What draws you to the program"), one
// line edit each, named field_<name>. Values are kept by name across
// templates: the same field means the same thing in each.
class TemplateFieldsForm final : public QGroupBox
{
    Q_OBJECT

public:
    explicit TemplateFieldsForm(QWidget *parent = nullptr);

    // Shows these fields (hidden when there are none), filled with what
    // the user typed for them before.
    void setFields(const QList<core::TemplateField> &fields);
    // A value set from elsewhere, e.g. the subject of the message replied to.
    void setValue(const QString &name, const QString &value);
    const QHash<QString, QString> &values() const { return m_values; }

Q_SIGNALS:
    // The user typed into a field.
    void edited();

private:
    QFormLayout *m_form = nullptr;
    QHash<QString, QString> m_values;
};

} // namespace rapport::ui
