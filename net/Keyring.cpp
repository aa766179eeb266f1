#include "Keyring.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace rapport::net {

namespace {

const QString service = QStringLiteral("Rapport");

void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

core::Error failure(const QKeychain::Job &job, const QString &action)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return core::fail(
            QStringLiteral("No system keyring is running (Secret Service over D-Bus): %1")
                .arg(job.errorString()));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return core::fail(QStringLiteral("The system keyring refused to %1 the password: %2")
                              .arg(action, job.errorString()));
    default:
        return core::fail(QStringLiteral("Could not %1 the password in the system keyring: %2")
                              .arg(action, job.errorString()));
    }
}

} // namespace

core::Status Keyring::store(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return failure(job, QStringLiteral("store"));
    return {};
}

core::Result<std::optional<QString>> Keyring::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job.error() != QKeychain::NoError)
        return failure(job, QStringLiteral("read"));
    return std::optional<QString>(job.textData());
}

core::Status Keyring::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return failure(job, QStringLiteral("remove"));
    return {};
}

} // namespace rapport::net
