#pragma once

#include "sandboxstore.h"

// Builds the deterministic data set for a given --seed: the same seed and sizes give the same
// IDs, names, timestamps and states on every platform (see SeededRandom).
//
// The data is meant to hurt: Unicode names and e-mail local parts, commas and quotes, names that
// a spreadsheet would run as formulas, HTML, never-signed-in users, users in several groups
// (one group name contains a comma), and accounts in every hidden state.
class SeedData
{
public:
    static void populate(SandboxStore &store, const SeedOptions &options);

    // Credentials in the shape of real ones: "KEY0" + 28 hex + "_" + 22 base62, and a V1 token.
    static QString apiKey(SeededRandom &random);
    static QString apiToken(SeededRandom &random);

    // The fixed "now" of the seeded world, so timestamps do not depend on the wall clock.
    static qint64 referenceTimeMs();

private:
    static void populateOrganization(SandboxStore &store, const SeedOptions &options);
    static void populateAccounts(SandboxStore &store, const SeedOptions &options);
};
