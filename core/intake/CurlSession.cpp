#include "core/intake/CurlSession.h"

#include <curl/curl.h>

#include <QCoreApplication>
#include <QStringList>

#include <mutex>

namespace dd {

namespace {

CURL* handleOf(void* handle)
{
    return static_cast<CURL*>(handle);
}

size_t appendReceived(char* data, size_t size, size_t count, void* userData)
{
    const size_t bytes = size * count;
    static_cast<QByteArray*>(userData)->append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

struct UploadSource
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* userData)
{
    auto* source = static_cast<UploadSource*>(userData);
    const qsizetype chunk
        = std::min<qsizetype>(static_cast<qsizetype>(size * count), source->data->size() - source->offset);
    memcpy(buffer, source->data->constData() + source->offset, static_cast<size_t>(chunk));
    source->offset += chunk;
    return static_cast<size_t>(chunk);
}

} // namespace

CurlSession::CurlSession()
    : m_errorBuffer(new char[CURL_ERROR_SIZE])
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_handle = curl_easy_init();
    m_errorBuffer[0] = '\0';
    CURL* curl = handleOf(m_handle);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_errorBuffer.get());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
}

CurlSession::~CurlSession()
{
    curl_easy_cleanup(handleOf(m_handle));
}

void CurlSession::setCredentials(const QString& user, const QString& password)
{
    CURL* curl = handleOf(m_handle);
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.isEmpty() ? nullptr : user.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password.isEmpty() ? nullptr : password.toUtf8().constData());
}

void CurlSession::setTransport(const MailTransportOptions& options, bool implicitTls, bool tlsIfOffered)
{
    CURL* curl = handleOf(m_handle);
    long useSsl = CURLUSESSL_ALL;
    if (!implicitTls && !options.requireTls) {
        useSsl = tlsIfOffered ? CURLUSESSL_TRY : CURLUSESSL_NONE;
    }
    curl_easy_setopt(curl, CURLOPT_USE_SSL, useSsl);
    curl_easy_setopt(curl, CURLOPT_CAINFO, options.caFile.isEmpty() ? nullptr : options.caFile.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(options.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options.stallTimeoutSeconds));
}

Result<QByteArray> CurlSession::imapRequest(const QString& url, const QString& customRequest)
{
    CURL* curl = handleOf(m_handle);
    m_received.clear();
    curl_easy_setopt(curl, CURLOPT_URL, url.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 0L);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST,
                     customRequest.isEmpty() ? nullptr : customRequest.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &appendReceived);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &m_received);
    if (auto done = perform(customRequest.isEmpty() ? QStringLiteral("FETCH") : customRequest.section(' ', 0, 1));
        !done) {
        return done.error();
    }
    return m_received;
}

Status CurlSession::smtpSend(const QString& url, const QString& sender, const QStringList& recipients,
                             const QByteArray& message)
{
    CURL* curl = handleOf(m_handle);
    curl_slist* rcpt = nullptr;
    for (const QString& recipient : recipients) {
        rcpt = curl_slist_append(rcpt, QStringLiteral("<%1>").arg(recipient).toUtf8().constData());
    }
    UploadSource source { &message, 0 };
    curl_easy_setopt(curl, CURLOPT_URL, url.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, QStringLiteral("<%1>").arg(sender).toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &source);
    Status done = perform(QStringLiteral("SMTP send"));
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_slist_free_all(rcpt);
    return done;
}

Status CurlSession::perform(const QString& what)
{
    m_errorBuffer[0] = '\0';
    const CURLcode code = curl_easy_perform(handleOf(m_handle));
    long connects = 0;
    curl_easy_getinfo(handleOf(m_handle), CURLINFO_NUM_CONNECTS, &connects);
    m_connectedAnew = connects > 0;
    if (code == CURLE_OK) {
        return Done {};
    }
    QString detail = QString::fromUtf8(m_errorBuffer.get()).trimmed();
    if (detail.isEmpty()) {
        detail = QString::fromUtf8(curl_easy_strerror(code));
    }
    // libcurl calls a refused SMTP DATA a "weird server reply"; the code says what happened.
    long response = 0;
    curl_easy_getinfo(handleOf(m_handle), CURLINFO_RESPONSE_CODE, &response);
    if (response >= 400) {
        detail += QStringLiteral(" (server reply %1)").arg(response);
    }
    return Error { CurlSession::tr("%1 failed: %2").arg(what, detail) };
}

} // namespace dd
