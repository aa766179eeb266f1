#pragma once

#include "domain/Finding.h"

#include <QDialog>

class QLineEdit;

namespace rapport::ui {

// "This message would break these rules: go ahead anyway?" Lists each
// finding with its guidance and asks for an optional reason, which is
// stored with the acknowledgement.
class ConfirmFindingsDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmFindingsDialog(const QString &action, const QList<core::Finding> &findings,
                          QWidget *parent = nullptr);
    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
};

} // namespace rapport::ui
