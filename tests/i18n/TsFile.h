#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::test {

// One message of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the key
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form

    QString key() const;
    QString describe() const;
};

// The messages of a .ts file; an error leaves `error` set.
QList<TsMessage> readTs(const QString &path, QString *error);

} // namespace rapport::test
