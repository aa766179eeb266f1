#include "FileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace rapport::ui {

namespace {
const QString kFolderKey = QStringLiteral("files/lastFolder");
}

QString DialogFileChooser::lastFolder()
{
    QString folder = QSettings().value(kFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DialogFileChooser::remember(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

QString DialogFileChooser::openFile(QWidget *parent, const QString &caption, const QString &filter)
{
    QString path = QFileDialog::getOpenFileName(parent, caption, lastFolder(), filter);
    remember(path);
    return path;
}

QStringList DialogFileChooser::openFiles(QWidget *parent, const QString &caption,
                                         const QString &filter)
{
    QStringList paths = QFileDialog::getOpenFileNames(parent, caption, lastFolder(), filter);
    if (!paths.isEmpty())
        remember(paths.first());
    return paths;
}

QString DialogFileChooser::saveFile(QWidget *parent, const QString &caption,
                                    const QString &suggestedName, const QString &filter)
{
    QString path = QFileDialog::getSaveFileName(
        parent, caption, QDir(lastFolder()).filePath(suggestedName), filter);
    remember(path);
    return path;
}

} // namespace rapport::ui
