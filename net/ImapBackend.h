#pragma once

#include "ImapFetcher.h"

#include <QString>

namespace rapport::net {

// IMAP proper (VMime, GnuTLS) lives in a module that ImapFetcher loads on
// first use: linked into the programs, those libraries took 5 MB of every
// window from its start, mail account or not.
struct ImapBackend
{
    int abi = 0;
    ImapResult<QStringList> (*listFolders)(const ImapFetcher::Limits &limits,
                                           const ImapAccount &account, const QString &password,
                                           const std::atomic_bool *cancel) = nullptr;
    ImapResult<void> (*fetch)(const ImapFetcher::Limits &limits, const ImapAccount &account,
                              const QString &password, const QList<ImapFolderState> &folders,
                              const ImapFetcher::Callbacks &callbacks,
                              const std::atomic_bool *cancel) = nullptr;
};

// Changes whenever ImapBackend or the types it passes change: a module
// built from other sources is refused rather than called.
inline constexpr int kImapBackendAbi = 1;

// The symbol the module exports: extern "C" const ImapBackend *NAME().
inline constexpr char kImapBackendSymbol[] = "rapport_imap_backend";

// Loads the module at path and checks it; the error names the file and why.
ImapResult<const ImapBackend *> loadImapBackend(const QString &path);

// Where the module is looked for, in order: $RAPPORT_IMAP_MODULE when set;
// beside the program (../lib/rapport/, as installed and in the build tree);
// the build tree's own copy, for the tests.
QStringList imapModuleCandidates();

} // namespace rapport::net
