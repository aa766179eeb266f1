#pragma once

#include "Page.h"
#include "undo/SettingsEdits.h"

class QPushButton;
class QTableView;

namespace rapport::ui {

class TemplateEditor;
class TemplateListModel;

// The template library: the list on the left, the selected template's
// editor on the right, checked as you type.
class TemplatesPage final : public Page
{
    Q_OBJECT

public:
    TemplatesPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    void focusSearch() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    bool hasUnsavedEdits() const override;
    bool saveUnsavedEdits() override;

    TemplateListModel *model() const { return m_model; }
    TemplateEditor *editor() const { return m_editor; }
    void selectTemplate(const QString &name);

public Q_SLOTS:
    void newTemplate();
    void save();
    void resetToBuiltIn();
    void deleteTemplate();

private:
    void refresh();
    void loadSelected();
    void updateButtons();
    QString uniqueName(const QString &base) const;
    // Makes the change just written, from before, one undoable edit.
    void pushEdit(const QString &text, const core::Result<settingsEdits::TemplateRows> &before);

    TemplateListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    TemplateEditor *m_editor = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_delete = nullptr;
    QString m_current; // name of the template in the editor, as stored
    bool m_refreshing = false;
};

} // namespace rapport::ui
