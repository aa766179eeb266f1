#include "CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

namespace rapport::test {

QJsonObject CliResult::json() const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError)
        << "not JSON: " << error.errorString().toStdString() << "\n"
        << out.toStdString();
    return doc.object();
}

CliRunner::CliRunner() = default;

QProcessEnvironment CliRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("RAPPORT_DATABASE"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("America/New_York"));
    if (m_now.isEmpty())
        env.remove(QStringLiteral("RAPPORT_NOW"));
    else
        env.insert(QStringLiteral("RAPPORT_NOW"), m_now);
    return env;
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &input) const
{
    return runRaw(QStringList{QStringLiteral("--database"), databasePath()} + args, input);
}

CliResult CliRunner::runRaw(const QStringList &args, const QByteArray &input,
                            const QProcessEnvironment &env) const
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? environment() : env);
    process.start(QStringLiteral(RAPPORT_CLI), args);
    if (!process.waitForStarted()) {
        ADD_FAILURE() << "rapport-cli did not start";
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        ADD_FAILURE() << "rapport-cli did not finish: "
                      << args.join(QLatin1Char(' ')).toStdString();
        process.kill();
        return {};
    }
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString CliRunner::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace rapport::test
