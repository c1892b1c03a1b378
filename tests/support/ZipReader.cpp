#include "ZipReader.h"

#include <zlib.h>

namespace nm::test {

namespace {

quint32 read16(const QByteArray& data, qsizetype at)
{
    return quint32(quint8(data[at])) | quint32(quint8(data[at + 1])) << 8;
}

quint32 read32(const QByteArray& data, qsizetype at)
{
    return read16(data, at) | read16(data, at + 2) << 16;
}

QByteArray inflateRaw(const QByteArray& compressed, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

} // namespace

QHash<QString, QByteArray> unzip(const QByteArray& archive)
{
    QHash<QString, QByteArray> files;
    // The end of the central directory: the last signature 0x06054b50.
    const qsizetype end = archive.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > archive.size())
        return files;
    const quint32 entries = read16(archive, end + 10);
    qsizetype at = read32(archive, end + 16);
    for (quint32 i = 0; i < entries; ++i) {
        if (at + 46 > archive.size() || read32(archive, at) != 0x02014b50)
            return {};
        const quint32 method = read16(archive, at + 10);
        const qsizetype compressedSize = read32(archive, at + 20);
        const qsizetype size = read32(archive, at + 24);
        const qsizetype nameLength = read16(archive, at + 28);
        const qsizetype extraLength = read16(archive, at + 30);
        const qsizetype commentLength = read16(archive, at + 32);
        const qsizetype local = read32(archive, at + 42);
        const QString name = QString::fromUtf8(archive.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
        if (local + 30 > archive.size() || read32(archive, local) != 0x04034b50)
            return {};
        const qsizetype data = local + 30 + read16(archive, local + 26) + read16(archive, local + 28);
        const QByteArray stored = archive.mid(data, compressedSize);
        files.insert(name, method == 0 ? stored : inflateRaw(stored, size));
    }
    return files;
}

} // namespace nm::test
