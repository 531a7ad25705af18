#pragma once

#include "xlsxfile.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QHash>
#include <QIODevice>
#include <QString>

#include <memory>

namespace Vigie::Xlsx {

// One part of the package, decompressed as it is read. It counts the bytes it actually inflates
// (the sizes in the zip directory can lie) against the limits of one part and of the whole read,
// and stops a part that runs longer without any '<' or '>' than any real text or tag could: both
// keep a zip bomb from reaching the XML parser, which would buffer a long text whole. Any such
// stop, a damaged stream or a bad checksum ends the data, and failure() says why.
class PartStream : public QIODevice
{
public:
    PartStream(QuaZip *zip, const QString &partName, const XlsxFile::ReadLimits &limits,
               qint64 *totalBytesRead);
    ~PartStream() override;

    // Opens the part inside the zip; false with failure() set if the zip cannot.
    bool start();
    [[nodiscard]] const QString &partName() const { return m_partName; }
    // Why the part's data ended early, in words for a user; empty while all is well.
    [[nodiscard]] const QString &failure() const { return m_failure; }
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }
    // Reads whatever is left of the part, so that its checksum is checked at its end; false
    // with failure() set if something is wrong.
    bool drain();

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_ended && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &why);

    QuaZipFile m_file;
    QString m_partName;
    XlsxFile::ReadLimits m_limits;
    qint64 *m_totalBytesRead;
    qint64 m_bytesRead = 0;
    qint64 m_bytesSinceMarkup = 0;
    bool m_ended = false;
    QString m_failure;
};

// The zip archive of an .xlsx file: its parts by name (case-insensitively, as Open Packaging
// names go) and the bytes read from them so far.
class Package
{
public:
    explicit Package(const XlsxFile::ReadLimits &limits);

    // Opens the archive; false with *error set (not naming the file: the caller does) if the
    // file is missing, not a zip, an old .xls or encrypted workbook, or a damaged zip.
    bool open(const QString &fileName, QString *error);

    [[nodiscard]] bool contains(const QString &partName) const;
    // The uncompressed size the zip directory announces (which may lie: for progress only).
    [[nodiscard]] qint64 declaredSize(const QString &partName) const;
    // A stream of the part, or nullptr with *error set if it is missing or cannot be opened.
    std::unique_ptr<PartStream> openPart(const QString &partName, QString *error);
    [[nodiscard]] qint64 totalBytesRead() const { return m_totalBytesRead; }

private:
    struct Entry
    {
        QString nameInZip;
        qint64 size = 0;
    };
    static QString key(const QString &partName);

    XlsxFile::ReadLimits m_limits;
    QuaZip m_zip;
    QHash<QString, Entry> m_entries; // by key()
    qint64 m_totalBytesRead = 0;
};

} // namespace Vigie::Xlsx
