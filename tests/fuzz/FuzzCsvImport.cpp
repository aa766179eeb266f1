// The CSV reader and the program import preview, as the import dialog runs
// them on a file the user picked, then again under a shuffled mapping.
#include "FuzzSupport.h"

#include "io/CsvReader.h"
#include "io/ProgramCsvImport.h"

using namespace rapport;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QList<core::CsvRecord> records = core::CsvReader::read(input);
    for (const core::CsvRecord &r : records) {
        if (r.line < 1)
            fuzz::failInvariant("a CSV record starts before line 1");
    }

    auto preview = core::ProgramCsvImport::preview(input);
    if (!preview)
        return 0;
    if (preview->goodCount() + preview->badCount() != preview->rows.size())
        fuzz::failInvariant("good and bad rows do not add up");
    (void)preview->problems();

    // Every column moved one field on: what the user does in the dialog.
    core::ProgramColumnMapping mapping = preview->mapping;
    const QList<core::ProgramColumn> all = core::ProgramCsvImport::allColumns();
    for (int i = 0; i < mapping.headers.size(); ++i)
        mapping.set(i, all.at((i + 1) % all.size()));
    const core::ProgramCsvPreview remapped = core::ProgramCsvImport::remap(*preview, mapping);
    if (remapped.rows.size() != preview->rows.size())
        fuzz::failInvariant("remapping changed the number of rows");
    return 0;
}
