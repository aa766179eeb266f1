#include "TemplatesPage.h"

#include "Icons.h"
#include "Prompter.h"
#include "RefreshWhenShown.h"
#include "Session.h"
#include "compose/TemplateLibrary.h"
#include "models/TemplateListModel.h"
#include "storage/Transaction.h"
#include "undo/SettingsEdits.h"
#include "widgets/TemplateEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

TemplatesPage::TemplatesPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent)
{
    m_model = new TemplateListModel(session, this);
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 10);
    m_list->horizontalHeader()->setSectionResizeMode(TemplateListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(TemplateListModel::KindColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(TemplateListModel::OriginColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setHighlightSections(false);

    m_new = new QPushButton(themeIcon(QStringLiteral("list-add")), tr("&New"));
    m_new->setObjectName(QStringLiteral("templateNew"));
    m_delete = new QPushButton(themeIcon(QStringLiteral("edit-delete")), tr("&Delete…"));
    m_delete->setObjectName(QStringLiteral("templateDelete"));
    m_delete->setToolTip(tr("Delete one of your own templates"));
    m_save = new QPushButton(themeIcon(QStringLiteral("document-save")), tr("&Save"));
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_reset = new QPushButton(themeIcon(QStringLiteral("edit-undo")), tr("&Reset to built-in…"));
    m_reset->setObjectName(QStringLiteral("templateReset"));
    m_reset->setToolTip(tr("Throw your edits away and go back to the text Rapport ships"));
    connect(m_new, &QPushButton::clicked, this, &TemplatesPage::newTemplate);
    connect(m_save, &QPushButton::clicked, this, &TemplatesPage::save);
    connect(m_reset, &QPushButton::clicked, this, &TemplatesPage::resetToBuiltIn);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesPage::deleteTemplate);

    m_editor = new TemplateEditor;
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    connect(m_editor, &TemplateEditor::edited, this, &TemplatesPage::updateButtons);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 1);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_reset);
    editButtons->addStretch(1);
    editButtons->addWidget(m_save);
    rightLayout->addLayout(editButtons);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("templatesSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({440, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TemplatesPage::loadSelected);
    // The list follows the season at once; the page, when it is shown.
    refreshWhenShown(this, session, [this] { refresh(); });
    refresh();
}

void TemplatesPage::refresh()
{
    if (!m_model->error().isEmpty())
        prompter().showError(this, tr("Could not read the templates: %1").arg(m_model->error()));
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->index(row, 0).data(TemplateListModel::NameRole).toString();
    m_editor->setTakenNames(names);
    // The model was reset: find the template again; keep unsaved edits.
    const QString name =
        m_current.isEmpty() && !m_editor->isDirty() && !names.isEmpty() ? names.first() : m_current;
    const QModelIndex index = m_model->indexOf(name);
    m_refreshing = true;
    if (index.isValid())
        m_list->setCurrentIndex(index);
    m_refreshing = false;
    if (!m_editor->isDirty())
        loadSelected();
    updateButtons();
}

void TemplatesPage::loadSelected()
{
    const core::Template *t = m_model->templateAt(m_list->currentIndex());
    if (!t || m_refreshing)
        return;
    m_current = t->name;
    const QString description =
        t->builtIn ? session().templates().description(t->name) : tr("One of your own templates.");
    m_editor->setTemplate(*t, description);
    updateButtons();
}

void TemplatesPage::selectTemplate(const QString &name)
{
    const QModelIndex index = m_model->indexOf(name);
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void TemplatesPage::updateButtons()
{
    const core::Template *stored = m_model->templateAt(m_model->indexOf(m_current));
    m_save->setEnabled(m_editor->isDirty() && m_editor->problems().isEmpty());
    m_save->setToolTip(m_editor->problems().isEmpty()
                           ? QString()
                           : tr("Fix the problems listed under the text first"));
    m_reset->setEnabled(stored && stored->builtIn && stored->modified);
    m_delete->setEnabled(stored && !stored->builtIn);
}

QString TemplatesPage::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; m_model->indexOf(name).isValid(); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

void TemplatesPage::newTemplate()
{
    core::Template t;
    t.name = uniqueName(QStringLiteral("my-template"));
    t.title = tr("New template");
    t.subject = QStringLiteral("{{applicant.name}} – {{program.name}}");
    t.body = QStringLiteral("{{contact.salutation}}\n\n\n\n{{applicant.signature}}");
    m_current.clear();
    m_refreshing = true;
    m_list->selectionModel()->clear();
    m_refreshing = false;
    m_editor->setTemplate(t, tr("One of your own templates: give it a name and a kind, then save."),
                          TemplateEditor::Unsaved);
    updateButtons();
}

void TemplatesPage::save()
{
    const core::Template t = m_editor->currentTemplate();
    if (!m_editor->problems().isEmpty())
        return;
    core::TemplateLibrary &library = session().templates();
    QStringList names{t.name};
    if (!m_current.isEmpty() && m_current != t.name)
        names << m_current;
    const auto before = settingsEdits::templateRows(session(), names);
    core::Transaction tx(session().db());
    core::Status status = tx.begin();
    // A renamed template of the user's own replaces the old name.
    if (status && !m_current.isEmpty() && m_current != t.name && !library.isBuiltIn(m_current))
        status = library.remove(m_current);
    if (status)
        status = library.save(t);
    if (status)
        status = tx.commit();
    if (!status) {
        prompter().showError(this,
                             tr("Could not save the template: %1").arg(status.errorMessage()));
        return;
    }
    pushEdit(tr("Edit Template %1").arg(t.name), before);
    m_current = t.name;
    m_editor->markClean();
    if (auto s = session().reload(); !s)
        prompter().showError(this, s.errorMessage());
}

void TemplatesPage::resetToBuiltIn()
{
    const QString name = m_current;
    if (name.isEmpty() ||
        !prompter().confirmDelete(this, tr("your changes to the built-in template “%1”").arg(name)))
        return;
    const auto before = settingsEdits::templateRows(session(), {name});
    if (auto s = session().templates().reset(name); !s) {
        prompter().showError(this, tr("Could not reset the template: %1").arg(s.errorMessage()));
        return;
    }
    pushEdit(tr("Reset Template %1").arg(name), before);
    m_editor->markClean();
    if (auto s = session().reload(); !s)
        prompter().showError(this, s.errorMessage());
}

void TemplatesPage::deleteTemplate()
{
    const QString name = m_current;
    if (name.isEmpty() || !prompter().confirmDelete(this, tr("the template “%1”").arg(name)))
        return;
    const auto before = settingsEdits::templateRows(session(), {name});
    if (auto s = session().templates().remove(name); !s) {
        prompter().showError(this, tr("Could not delete the template: %1").arg(s.errorMessage()));
        return;
    }
    pushEdit(tr("Delete Template %1").arg(name), before);
    m_current.clear();
    m_editor->markClean();
    if (auto s = session().reload(); !s)
        prompter().showError(this, s.errorMessage());
}

void TemplatesPage::pushEdit(const QString &text,
                             const core::Result<settingsEdits::TemplateRows> &before)
{
    if (!before)
        return; // written, but nothing to undo it from
    const auto after = settingsEdits::templateRows(session(), before->keys());
    if (after)
        session().undoStack().push(
            settingsEdits::templates(session(), prompter(), text, *before, *after));
}

void TemplatesPage::focusSearch()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void TemplatesPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("pages/templates/splitter"),
                      findChild<QSplitter *>(QStringLiteral("templatesSplitter"))->saveState());
    settings.setValue(QStringLiteral("pages/templates/current"), m_current);
}

bool TemplatesPage::hasUnsavedEdits() const
{
    return m_editor->isDirty();
}

bool TemplatesPage::saveUnsavedEdits()
{
    if (!m_editor->isDirty())
        return true;
    if (!m_editor->problems().isEmpty()) {
        prompter().showError(this, tr("The template cannot be saved yet: %1")
                                       .arg(m_editor->problems().join(QStringLiteral("; "))));
        return false;
    }
    save();
    return !m_editor->isDirty();
}

void TemplatesPage::restoreState(QSettings &settings)
{
    findChild<QSplitter *>(QStringLiteral("templatesSplitter"))
        ->restoreState(settings.value(QStringLiteral("pages/templates/splitter")).toByteArray());
    const QString name = settings.value(QStringLiteral("pages/templates/current")).toString();
    if (!name.isEmpty())
        selectTemplate(name);
}

} // namespace rapport::ui
