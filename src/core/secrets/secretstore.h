#pragma once

#include "credentials.h"

#include <QObject>

namespace QKeychain {
class Job;
}

namespace Vigie {

// The OS keychain (Secret Service on Linux, Credential Manager on Windows) through QtKeychain's
// asynchronous jobs: a project refers to its secrets by a reference ("scorpio-site1") and the
// secrets themselves never touch the project file, the logs or the disk. Every call returns at
// once and answers with one signal; nothing waits or spins an event loop.
//
// Use it from a thread with a running event loop (the keychain's D-Bus replies arrive there).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    // Entries are kept under this service name, with the reference as their key.
    static constexpr const char *Service = "Vigie";

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // Answers with credentialsRead().
    void read(const QString &reference);
    // Answers with credentialsWritten().
    void write(const QString &reference, const Credentials &credentials);
    // Answers with credentialsRemoved().
    void remove(const QString &reference);

    // Why a reference cannot be used, or empty: not empty, no line breaks, at most 200
    // characters.
    [[nodiscard]] static QString invalidReference(const QString &reference);

Q_SIGNALS:
    // `found` is false when the keychain has no such entry (error then says so); error is also
    // set when the keychain could not be asked (no Secret Service running, access refused).
    void credentialsRead(const QString &reference, bool found,
                         const Vigie::Credentials &credentials, const QString &error);
    void credentialsWritten(const QString &reference, const QString &error);
    void credentialsRemoved(const QString &reference, const QString &error);

private:
    [[nodiscard]] QString describe(const QKeychain::Job *job) const;
};

} // namespace Vigie
