// SPDX-License-Identifier: GPL-2.0-or-later
#include "bench_logs_generator.h"

#include <QTimeZone>

#include <cstdio>
#include <queue>
#include <random>
#include <string>
#include <vector>

namespace Mailroom::Bench {

namespace {
struct Event
{
    double time; // seconds since start
    quint64 order; // keeps lines of one message in order at equal times
    std::string text; // the part after "host "
    bool operator>(const Event &o) const { return time != o.time ? time > o.time : order > o.order; }
};

const char *const localUsers[]
    = {"alice",   "bob",   "carol", "dave",  "erin",   "frank",  "grace", "heidi", "ivan",    "judy",
       "mallory", "oscar", "peggy", "trent", "victor", "walter", "info",  "sales", "support", "root"};
const char *const remoteDomains[]
    = {"gmail.example", "outlook.example", "partner.example", "customer.example", "mail.co.example",
       "shop.example",  "news.example",    "bank.example",    "travel.example",   "univ.example",
       "isp.example",   "lists.example",   "example.co.uk",   "example.de"};
const char *const remoteMx[] = {"mx1", "mx2", "mail", "smtp-in", "inbound"};

class Generator
{
public:
    Generator(QIODevice *out, const LogGeneratorOptions &o)
        : m_out(out)
        , m_options(o)
        , m_rng(o.seed)
    {
        m_start = QDateTime(o.startDate, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
    }

    qint64 run(QDate *lastDate)
    {
        double clock = 0;
        std::exponential_distribution<double> gap(m_options.messagesPerSecond);
        while (m_written < m_options.targetBytes) {
            clock += gap(m_rng);
            scheduleMessage(clock);
            flushUntil(clock);
        }
        flushUntil(1e300);
        m_out->write(m_buffer);
        m_buffer.clear();
        if (lastDate) {
            *lastDate = QDateTime::fromSecsSinceEpoch(m_start + qint64(m_lastTime), QTimeZone::UTC).date();
        }
        return m_lines;
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    double uniform(double a, double b) { return std::uniform_real_distribution<double>(a, b)(m_rng); }
    bool chance(double p) { return uniform(0, 1) < p; }

    std::string queueId()
    {
        // Short ids: 5 hex digits of microseconds + the inode in hex; some hosts use long ids.
        char buf[32];
        if (chance(0.15)) { // a second server with enable_long_queue_ids
            static const char safe[] = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy";
            std::string id;
            for (int i = 0; i < 10; ++i) {
                id += safe[pick(51)];
            }
            id += 'z';
            for (int i = 0; i < 5; ++i) {
                id += safe[pick(51)];
            }
            return id;
        }
        // Occasionally reuse the id of a message that is gone (inode reuse).
        if (!m_recentIds.empty() && chance(0.002)) {
            const auto &[id, removed] = m_recentIds[size_t(pick(int(m_recentIds.size())))];
            if (removed + 5 < m_now) {
                return id;
            }
        }
        std::snprintf(buf, sizeof buf, "%05X%05X", unsigned(pick(0xFFFFF)), unsigned(++m_inode & 0xFFFFF));
        return buf;
    }

    int pid() { return 1000 + pick(30000); }

    std::string ip()
    {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%d.%d.%d.%d", 1 + pick(222), pick(256), pick(256), 1 + pick(254));
        return buf;
    }

    std::string remoteAddress(std::string *domain = nullptr)
    {
        const std::string d = remoteDomains[pick(int(std::size(remoteDomains)))];
        if (domain) {
            *domain = d;
        }
        char buf[64];
        std::snprintf(buf, sizeof buf, "user%d@%s", pick(5000), d.c_str());
        return buf;
    }

    std::string localAddress()
    {
        return std::string(localUsers[pick(int(std::size(localUsers)))]) + "@mydomain.example";
    }

    void add(double t, const std::string &text) { m_queue.push({t, m_order++, text}); }

    void deliveryLine(double t, const std::string &qid, const std::string &daemon, int dpid, const std::string &to,
                      const std::string &relay, double delay, const char *dsn, const char *status,
                      const std::string &text, const std::string &origTo = {})
    {
        char buf[1024];
        const double a = delay * uniform(0.01, 0.3);
        const double c = delay * uniform(0.1, 0.5);
        std::snprintf(
            buf, sizeof buf,
            "postfix/%s[%d]: %s: to=<%s>, %srelay=%s, delay=%.*f, delays=%.2g/%.2g/%.2g/%.2g, dsn=%s, status=%s (%s)",
            daemon.c_str(), dpid, qid.c_str(), to.c_str(), origTo.empty() ? "" : ("orig_to=<" + origTo + ">, ").c_str(),
            relay.c_str(), delay < 10 ? 2 : 0, delay, a, uniform(0, 0.02), c, std::max(0.0, delay - a - c), dsn, status,
            text.c_str());
        add(t, buf);
    }

    // Lines of one message from queueing (qmgr) to removal.
    void queueAndDeliver(double t, const std::string &qid, const std::string &from, int size,
                         const std::vector<std::string> &rcpts, bool outbound)
    {
        char buf[512];
        std::snprintf(buf, sizeof buf, "postfix/qmgr[%d]: %s: from=<%s>, size=%d, nrcpt=%zu (queue active)", m_qmgrPid,
                      qid.c_str(), from.c_str(), size, rcpts.size());
        add(t, buf);
        double done = t;
        const int spid = pid();
        for (const std::string &to : rcpts) {
            const double d = uniform(0.05, 3);
            if (!outbound) {
                deliveryLine(t + d, qid, "local", spid, to, "local", d + uniform(0, 0.2), "2.0.0", "sent",
                             "delivered to mailbox");
                done = std::max(done, t + d);
                continue;
            }
            const std::string domain = to.substr(to.find('@') + 1);
            char relay[160];
            std::snprintf(relay, sizeof relay, "%s.%s[%s]:25", remoteMx[pick(5)], domain.c_str(), ip().c_str());
            const double r = uniform(0, 1);
            if (r < 0.05) {
                // Deferred, retried later, then sent.
                char text[256];
                std::snprintf(text, sizeof text, "connect to %s: Connection timed out", relay);
                char line[256];
                std::snprintf(line, sizeof line, "postfix/smtp[%d]: connect to %s: Connection timed out", spid, relay);
                add(t + 30, line);
                deliveryLine(t + 30, qid, "smtp", spid, to, "none", 30 + d, "4.4.1", "deferred", text);
                const double retry = t + uniform(300, 4000);
                std::snprintf(buf, sizeof buf, "postfix/qmgr[%d]: %s: from=<%s>, size=%d, nrcpt=%zu (queue active)",
                              m_qmgrPid, qid.c_str(), from.c_str(), size, rcpts.size());
                add(retry, buf);
                deliveryLine(retry + d, qid, "smtp", pid(), to, relay, retry + d - t, "2.0.0", "sent",
                             "250 2.0.0 Ok: queued as " + queueId());
                done = std::max(done, retry + d);
            } else if (r < 0.08) {
                deliveryLine(t + d, qid, "smtp", spid, to, relay, d, "5.1.1", "bounced",
                             "host " + std::string(relay) + " said: 550 5.1.1 <" + to
                                 + ">: Recipient address rejected: User unknown (in reply to RCPT TO command)");
                const std::string bid = queueId();
                std::snprintf(buf, sizeof buf, "postfix/cleanup[%d]: %s: message-id=<%s.bounce@mail.mydomain.example>",
                              pid(), bid.c_str(), bid.c_str());
                add(t + d, buf);
                std::snprintf(buf, sizeof buf, "postfix/bounce[%d]: %s: sender non-delivery notification: %s", pid(),
                              qid.c_str(), bid.c_str());
                add(t + d, buf);
                std::snprintf(buf, sizeof buf, "postfix/qmgr[%d]: %s: from=<>, size=%d, nrcpt=1 (queue active)",
                              m_qmgrPid, bid.c_str(), size + 2000);
                add(t + d + 0.01, buf);
                deliveryLine(t + d + 0.02, bid, "local", pid(), from, "local", 0.02, "2.0.0", "sent",
                             "delivered to mailbox");
                std::snprintf(buf, sizeof buf, "postfix/qmgr[%d]: %s: removed", m_qmgrPid, bid.c_str());
                add(t + d + 0.03, buf);
                done = std::max(done, t + d);
            } else {
                deliveryLine(t + d, qid, "smtp", spid, to, relay, d, "2.0.0", "sent",
                             "250 2.0.0 Ok: queued as " + queueId());
                done = std::max(done, t + d);
            }
        }
        std::snprintf(buf, sizeof buf, "postfix/qmgr[%d]: %s: removed", m_qmgrPid, qid.c_str());
        add(done + 0.001, buf);
        m_recentIds.emplace_back(qid, done + 0.001);
        if (m_recentIds.size() > 64) {
            m_recentIds.erase(m_recentIds.begin());
        }
    }

    void smtpdMessage(double t, bool submission)
    {
        char buf[768];
        const int spid = pid();
        const char *prog = submission ? "postfix/submission/smtpd" : "postfix/smtpd";
        std::string domain;
        const std::string clientIp = ip();
        const std::string from = submission ? localAddress() : remoteAddress(&domain);
        const std::string client = submission
            ? "laptop.home.example[" + clientIp + "]"
            : (chance(0.3) ? "unknown[" + clientIp + "]"
                           : std::string(remoteMx[pick(5)]) + "." + domain + "[" + clientIp + "]");
        std::snprintf(buf, sizeof buf, "%s[%d]: connect from %s", prog, spid, client.c_str());
        add(t, buf);
        if (!submission && chance(0.3)) {
            // Refused before queueing.
            const double r = uniform(0, 1);
            const std::string to = r < 0.4 ? remoteAddress() : localAddress();
            const char *reply = r < 0.4 ? "554 5.7.1 <%s>: Relay access denied"
                : r < 0.7  ? "550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table"
                : r < 0.85 ? "450 4.7.1 Client host rejected: cannot find your reverse hostname, [%s]"
                           : "450 4.1.8 <%s>: Sender address rejected: Domain not found";
            char text[256];
            std::snprintf(text, sizeof text, reply,
                          r < 0.7 ? to.c_str() : (r < 0.85 ? clientIp.c_str() : from.c_str()));
            std::snprintf(buf, sizeof buf,
                          "%s[%d]: NOQUEUE: reject: RCPT from %s: %s; from=<%s> to=<%s> proto=ESMTP helo=<%s>", prog,
                          spid, client.c_str(), text, from.c_str(), to.c_str(), domain.c_str());
            add(t + 0.5, buf);
            std::snprintf(buf, sizeof buf, "%s[%d]: disconnect from %s ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4",
                          prog, spid, client.c_str());
            add(t + 0.6, buf);
            return;
        }
        if (!submission && chance(0.3)) {
            std::snprintf(buf, sizeof buf,
                          "%s[%d]: Anonymous TLS connection established from %s: TLSv1.3 with cipher "
                          "TLS_AES_256_GCM_SHA384 (256/256 bits)",
                          prog, spid, client.c_str());
            add(t + 0.1, buf);
        }
        const std::string qid = queueId();
        if (submission) {
            std::snprintf(buf, sizeof buf, "%s[%d]: %s: client=%s, sasl_method=PLAIN, sasl_username=%s", prog, spid,
                          qid.c_str(), client.c_str(), from.substr(0, from.find('@')).c_str());
        } else {
            std::snprintf(buf, sizeof buf, "%s[%d]: %s: client=%s", prog, spid, qid.c_str(), client.c_str());
        }
        add(t + 0.2, buf);
        std::snprintf(buf, sizeof buf, "postfix/cleanup[%d]: %s: message-id=<%08x.%s>", pid(), qid.c_str(),
                      unsigned(m_rng()), from.c_str());
        add(t + 0.3, buf);
        if (!submission && chance(0.02)) {
            std::snprintf(buf, sizeof buf,
                          "postfix/cleanup[%d]: %s: reject: header Subject: You have WON %d dollars from %s; from=<%s> "
                          "to=<%s> proto=ESMTP helo=<%s>: 5.7.1 Message content rejected",
                          pid(), qid.c_str(), pick(1000000), client.c_str(), from.c_str(), localAddress().c_str(),
                          domain.c_str());
            add(t + 0.35, buf);
            std::snprintf(buf, sizeof buf,
                          "%s[%d]: disconnect from %s ehlo=1 mail=1 rcpt=1 data=0/1 quit=1 commands=4/5", prog, spid,
                          client.c_str());
            add(t + 0.4, buf);
            return;
        }
        std::vector<std::string> rcpts;
        const int n = m_options.smallMessages ? 1 : (chance(0.8) ? 1 : 2 + pick(3));
        for (int i = 0; i < n; ++i) {
            rcpts.push_back(submission ? remoteAddress() : localAddress());
        }
        std::snprintf(buf, sizeof buf, "%s[%d]: disconnect from %s ehlo=1 mail=1 rcpt=%d data=1 quit=1 commands=%d",
                      prog, spid, client.c_str(), n, 4 + n);
        add(t + 0.5, buf);
        const int size = 800 + pick(60000);
        if (!submission && !m_options.smallMessages && chance(0.3)) {
            // Through amavis: delivered to the filter, re-queued as a new id.
            const std::string down = queueId();
            std::snprintf(buf, sizeof buf, "postfix/qmgr[%d]: %s: from=<%s>, size=%d, nrcpt=%d (queue active)",
                          m_qmgrPid, qid.c_str(), from.c_str(), size, n);
            add(t + 0.4, buf);
            const int rpid = pid();
            std::snprintf(buf, sizeof buf, "postfix/smtpd[%d]: connect from localhost[127.0.0.1]", rpid);
            add(t + 1.0, buf);
            std::snprintf(buf, sizeof buf, "postfix/smtpd[%d]: %s: client=localhost[127.0.0.1]", rpid, down.c_str());
            add(t + 1.1, buf);
            std::snprintf(buf, sizeof buf, "postfix/cleanup[%d]: %s: message-id=<%08x.%s>", pid(), down.c_str(),
                          unsigned(m_rng()), from.c_str());
            add(t + 1.2, buf);
            std::snprintf(buf, sizeof buf,
                          "postfix/smtpd[%d]: disconnect from localhost[127.0.0.1] ehlo=1 mail=1 rcpt=%d data=1 quit=1 "
                          "commands=%d",
                          rpid, n, 4 + n);
            add(t + 1.3, buf);
            for (const std::string &to : rcpts) {
                deliveryLine(t + 1.3, qid, "smtp", pid(), to, "127.0.0.1[127.0.0.1]:10024", 1.3, "2.0.0", "sent",
                             "250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as " + down);
            }
            std::snprintf(buf, sizeof buf, "postfix/qmgr[%d]: %s: removed", m_qmgrPid, qid.c_str());
            add(t + 1.31, buf);
            queueAndDeliver(t + 1.25, down, from, size + 600, rcpts, false);
            return;
        }
        queueAndDeliver(t + 0.4, qid, from, size, rcpts, submission);
    }

    void scheduleMessage(double t)
    {
        m_now = t;
        const double r = uniform(0, 1);
        if (r < 0.55) {
            smtpdMessage(t, false);
        } else if (r < 0.72) {
            smtpdMessage(t, true);
        } else if (r < 0.8) {
            const std::string qid = queueId();
            const char *user = localUsers[pick(int(std::size(localUsers)))];
            char buf[256];
            std::snprintf(buf, sizeof buf, "postfix/pickup[%d]: %s: uid=%d from=<%s>", m_pickupPid, qid.c_str(),
                          1000 + pick(20), user);
            add(t, buf);
            std::snprintf(buf, sizeof buf, "postfix/cleanup[%d]: %s: message-id=<%08x@mail.mydomain.example>", pid(),
                          qid.c_str(), unsigned(m_rng()));
            add(t + 0.01, buf);
            queueAndDeliver(t + 0.02, qid, std::string(user) + "@mydomain.example", 300 + pick(5000),
                            {chance(0.5) ? localAddress() : remoteAddress()}, chance(0.5));
        } else if (r < 0.93) {
            char buf[512];
            std::string ipText = ip();
            std::snprintf(buf, sizeof buf, "postfix/postscreen[%d]: CONNECT from [%s]:%d to [192.0.2.1]:25",
                          m_postscreenPid, ipText.c_str(), 1024 + pick(60000));
            add(t, buf);
            if (chance(0.5)) {
                std::snprintf(
                    buf, sizeof buf,
                    "postfix/postscreen[%d]: NOQUEUE: reject: RCPT from [%s]:%d: 550 5.7.1 Service unavailable; client "
                    "[%s] blocked using zen.spamhaus.org; from=<%s>, to=<%s>, proto=ESMTP, helo=<spam%d.example>",
                    m_postscreenPid, ipText.c_str(), 1024 + pick(60000), ipText.c_str(), remoteAddress().c_str(),
                    localAddress().c_str(), pick(100));
                add(t + 6, buf);
            }
            std::snprintf(buf, sizeof buf, "postfix/postscreen[%d]: DISCONNECT [%s]:%d", m_postscreenPid,
                          ipText.c_str(), 1024 + pick(60000));
            add(t + 7, buf);
        } else if (r < 0.96) {
            char buf[256];
            std::snprintf(
                buf, sizeof buf,
                "dovecot[%d]: imap-login: Login: user=<%s>, method=PLAIN, rip=%s, lip=192.0.2.1, mpid=%d, TLS", 900,
                localUsers[pick(20)], ip().c_str(), pid());
            add(t, buf);
        } else if (r < 0.98) {
            char buf[256];
            std::snprintf(buf, sizeof buf,
                          "postfix/smtpd[%d]: warning: hostname %d.dyn.example does not resolve to address %s: Name or "
                          "service not known",
                          pid(), pick(10000), ip().c_str());
            add(t, buf);
        } else {
            char buf[256];
            std::snprintf(buf, sizeof buf,
                          "postfix/anvil[%d]: statistics: max connection rate %d/60s for (smtp:%s) at Mar  1 00:00:00",
                          m_anvilPid, 1 + pick(20), ip().c_str());
            add(t, buf);
        }
    }

    void flushUntil(double until)
    {
        char stamp[64];
        static const char *const months[]
            = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        while (!m_queue.empty() && m_queue.top().time <= until) {
            const Event &e = m_queue.top();
            const double t = std::max(e.time, m_lastTime); // syslog order never goes back
            m_lastTime = t;
            const qint64 secs = m_start + qint64(t);
            if (secs != m_stampSecs) {
                const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC);
                std::snprintf(stamp, sizeof stamp, "%s %2d %02d:%02d:%02d mail ", months[dt.date().month() - 1],
                              dt.date().day(), dt.time().hour(), dt.time().minute(), dt.time().second());
                m_stamp = stamp;
                m_stampSecs = secs;
            }
            m_buffer.append(m_stamp.data(), qsizetype(m_stamp.size()));
            m_buffer.append(e.text.data(), qsizetype(e.text.size()));
            m_buffer.append('\n');
            m_written += qint64(m_stamp.size() + e.text.size() + 1);
            ++m_lines;
            m_queue.pop();
            if (m_buffer.size() > 4 * 1024 * 1024) {
                m_out->write(m_buffer);
                m_buffer.clear();
            }
        }
    }

    QIODevice *m_out;
    LogGeneratorOptions m_options;
    std::mt19937_64 m_rng;
    qint64 m_start = 0;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_queue;
    quint64 m_order = 0;
    quint32 m_inode = 0x3A000;
    double m_now = 0;
    std::vector<std::pair<std::string, double>> m_recentIds; // id, removal time
    int m_qmgrPid = 815, m_pickupPid = 820, m_postscreenPid = 1480, m_anvilPid = 1203;
    QByteArray m_buffer;
    std::string m_stamp;
    qint64 m_stampSecs = -1;
    double m_lastTime = 0;
    qint64 m_written = 0;
    qint64 m_lines = 0;
};
} // namespace

qint64 generateMailLog(QIODevice *out, const LogGeneratorOptions &options, QDate *lastDate)
{
    Generator g(out, options);
    return g.run(lastDate);
}

} // namespace Mailroom::Bench
