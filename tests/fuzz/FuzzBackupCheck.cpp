// A file offered to restore: the check that decides whether it is a whole
// Rapport season must refuse anything else without crashing, and must never
// change the file it looks at.
#include "FuzzSupport.h"

#include "io/Backup.h"

#include <QFile>

using namespace rapport;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString path = fuzz::writeInput(input, QStringLiteral("season.sqlite"));
    const auto version = core::Backup::check(path);
    if (version && *version < 1)
        fuzz::failInvariant("an accepted backup has no schema version");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != input)
        fuzz::failInvariant("checking a backup changed it");
    return 0;
}
