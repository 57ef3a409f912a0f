#include "seededrandom.h"

SeededRandom::SeededRandom(quint64 seed, quint64 stream)
    // The golden-ratio multiplier spreads neighbouring (seed, stream) pairs far apart.
    : m_engine(seed * 0x9E3779B97F4A7C15ULL + stream * 0xBF58476D1CE4E5B9ULL + 1)
{}

quint64 SeededRandom::below(quint64 bound)
{
    // Rejection sampling: drop the top partial block of the 64-bit range so every residue is
    // equally likely.
    const quint64 limit =
        std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    quint64 value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

qint64 SeededRandom::between(qint64 low, qint64 high)
{
    return low + qint64(below(quint64(high - low) + 1));
}

QString SeededRandom::uuid()
{
    static constexpr char hex[] = "0123456789abcdef";
    quint64 words[2] = {next(), next()};
    unsigned char bytes[16];
    for (int i = 0; i < 16; ++i)
        bytes[i] = static_cast<unsigned char>(words[i / 8] >> ((i % 8) * 8));
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.append(QLatin1Char('-'));
        text.append(QLatin1Char(hex[bytes[i] >> 4]));
        text.append(QLatin1Char(hex[bytes[i] & 0x0F]));
    }
    return text;
}

QString SeededRandom::token(qsizetype count, QLatin1String alphabet)
{
    QString text;
    text.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        text.append(alphabet.at(qsizetype(below(quint64(alphabet.size())))));
    return text;
}
