#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace rapport::ui {

// Where files to read or write come from: the desktop's file dialogs, or a
// test's answers. Every path the import and export actions use passes
// through here, so tests never open a dialog. An empty answer is "cancel".
class FileChooser
{
public:
    virtual ~FileChooser() = default;

    virtual QString openFile(QWidget *parent, const QString &caption, const QString &filter) = 0;
    virtual QStringList openFiles(QWidget *parent, const QString &caption,
                                  const QString &filter) = 0;
    // suggestedName is a bare file name; the chooser puts it in a folder.
    virtual QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedName,
                             const QString &filter) = 0;
};

// QFileDialog, starting in the folder last used (else Documents).
class DialogFileChooser final : public FileChooser
{
public:
    QString openFile(QWidget *parent, const QString &caption, const QString &filter) override;
    QStringList openFiles(QWidget *parent, const QString &caption, const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedName,
                     const QString &filter) override;

private:
    static QString lastFolder();
    static void remember(const QString &path);
};

} // namespace rapport::ui
