#pragma once

#include <QString>

#include <cstdint>
#include <random>

// Deterministic randomness for the seeded data set.
//
// std::mt19937_64 is fully specified by the C++ standard, so its raw output is identical on every
// platform. The standard *distributions* (uniform_int_distribution, ...) are not: their algorithms
// are implementation-defined. Every helper below is therefore written by hand on top of the raw
// 64-bit words, so the same --seed yields the same IDs, names and timestamps everywhere.
class SeededRandom
{
public:
    // Independent streams (accounts, users, new accounts) keep one data set from shifting another
    // when only its size changes.
    SeededRandom(quint64 seed, quint64 stream);

    quint64 next() { return m_engine(); }
    // Uniform in [0, bound) without modulo bias; bound must be > 0.
    quint64 below(quint64 bound);
    // Uniform in [low, high], inclusive.
    qint64 between(qint64 low, qint64 high);
    // True with probability percent/100.
    bool percent(int percent) { return below(100) < quint64(percent); }

    // A version-4 style UUID (lowercase, with dashes) built from two raw words.
    QString uuid();
    // count characters drawn uniformly from alphabet.
    QString token(qsizetype count, QLatin1String alphabet);

    template <typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }

private:
    std::mt19937_64 m_engine;
};
