#pragma once

#include "Prompter.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rapport::ui {

// Picks the record another one is merged into, saying what moves as each
// is chosen.
class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MergeDialog(const MergeChoice &choice, QWidget *parent = nullptr);

    // 0 while none is chosen.
    qint64 chosen() const;

private:
    void filter(const QString &text);
    void showOutcome();

    MergeChoice m_choice;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_merge = nullptr;
};

} // namespace rapport::ui
