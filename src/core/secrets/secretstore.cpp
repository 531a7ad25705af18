#include "secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace Vigie {

Q_LOGGING_CATEGORY(lcSecrets, "vigie.secrets", QtWarningMsg)

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::SecretStore)
};

QString service()
{
    return QString::fromLatin1(SecretStore::Service);
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::invalidReference(const QString &reference)
{
    if (reference.trimmed().isEmpty())
        return Tr::tr("the secret's reference is empty");
    if (reference.contains(QLatin1Char('\n')) || reference.contains(QLatin1Char('\r')))
        return Tr::tr("the secret's reference holds a line break");
    if (reference.size() > 200)
        return Tr::tr("the secret's reference is %1 characters long; at most 200")
            .arg(reference.size());
    return {};
}

QString SecretStore::describe(const QKeychain::Job *job) const
{
    switch (job->error()) {
    case QKeychain::NoError: return {};
    case QKeychain::EntryNotFound:
        return Tr::tr("the keychain holds no secret \"%1\"").arg(job->key());
    case QKeychain::NoBackendAvailable:
        return Tr::tr("no keychain is available (on Linux, a Secret Service such as "
                      "gnome-keyring or KWallet must run in the session): %1")
            .arg(job->errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Tr::tr("the keychain refused access to the secret \"%1\": %2")
            .arg(job->key(), job->errorString());
    default:
        return Tr::tr("the keychain failed on the secret \"%1\": %2")
            .arg(job->key(), job->errorString());
    }
}

void SecretStore::read(const QString &reference)
{
    if (const QString why = invalidReference(reference); !why.isEmpty()) {
        // Asynchronous even on a refusal, so callers see one order of events.
        QMetaObject::invokeMethod(
            this,
            [this, reference, why] {
                Q_EMIT credentialsRead(reference, false, Credentials {}, why);
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(reference);
    connect(job, &QKeychain::Job::finished, this, [this, reference](QKeychain::Job *done) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (done->error() != QKeychain::NoError) {
            qCDebug(lcSecrets) << "read" << reference << "failed:" << done->errorString();
            Q_EMIT credentialsRead(reference, false, Credentials {}, describe(done));
            return;
        }
        Credentials credentials;
        QString error;
        if (!Credentials::fromText(readJob->textData(), &credentials, &error)) {
            Q_EMIT credentialsRead(reference, true, Credentials {},
                                   Tr::tr("secret \"%1\": %2").arg(reference, error));
            return;
        }
        Q_EMIT credentialsRead(reference, true, credentials, QString());
    });
    job->start();
}

void SecretStore::write(const QString &reference, const Credentials &credentials)
{
    if (const QString why = invalidReference(reference); !why.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, reference, why] { Q_EMIT credentialsWritten(reference, why); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(reference);
    job->setTextData(credentials.toText());
    connect(job, &QKeychain::Job::finished, this, [this, reference](QKeychain::Job *done) {
        Q_EMIT credentialsWritten(reference, describe(done));
    });
    job->start();
}

void SecretStore::remove(const QString &reference)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(reference);
    connect(job, &QKeychain::Job::finished, this, [this, reference](QKeychain::Job *done) {
        Q_EMIT credentialsRemoved(reference, describe(done));
    });
    job->start();
}

} // namespace Vigie
