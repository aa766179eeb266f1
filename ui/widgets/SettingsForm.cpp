#include "SettingsForm.h"

#include "Labels.h"

#include <QObject>

namespace rapport::ui::settingsform {

QLabel *makeErrorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, labels::severityColor(core::Severity::Violation));
    label->setPalette(palette);
    label->setText(message.isEmpty() ? QString() : QObject::tr("Not saved: %1").arg(message));
    label->setVisible(!message.isEmpty());
}

void showSaved(QLabel *label, const QString &message)
{
    label->setPalette(QPalette());
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace rapport::ui::settingsform
