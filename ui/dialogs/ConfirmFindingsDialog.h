#pragma once

#include "FindingText.h"

#include "domain/Finding.h"

#include <QDialog>

class QLineEdit;

namespace rapport::ui {

// "This message would break these rules: go ahead anyway?" Lists each
// finding by its rule's title with its message and guidance (the rule id
// only in a tooltip) and asks for an optional reason, which is stored with
// the acknowledgement.
class ConfirmFindingsDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmFindingsDialog(const QString &action, const QList<core::Finding> &findings,
                          const findingText::RuleTitles &titles, QWidget *parent = nullptr);
    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
};

} // namespace rapport::ui
