#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

#include <gtest/gtest.h>

namespace rapport::test {

// Runs a Python 3 snippet with arguments and returns what it printed as
// JSON: an independent reader checks what Rapport writes.
inline QJsonDocument runPython(const char *script, const QStringList &args)
{
    QProcess python;
    python.start(QStringLiteral(RAPPORT_PYTHON3),
                 QStringList{QStringLiteral("-c"), QString::fromUtf8(script)} + args);
    if (!python.waitForFinished(30000)) {
        ADD_FAILURE() << "python3 did not finish: " << python.errorString().toStdString();
        return {};
    }
    const QByteArray err = python.readAllStandardError();
    EXPECT_EQ(python.exitCode(), 0) << err.toStdString();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc;
}

} // namespace rapport::test
