#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
# A mail client for test_mail_access: Python's smtplib and imaplib, as a user's program would
# talk to the server. Prints one result line per step; the test compares them.
import imaplib
import smtplib
import socket
import ssl
import sys
from email.message import EmailMessage

CTX = ssl._create_unverified_context()  # the server's certificate is self-signed; the test checks it itself


def smtp(host):
    s = smtplib.SMTP(host, 587, timeout=30)
    s.ehlo("client.example")
    return s


def code_of(call):
    try:
        r = call()
        return str(r[0]) if isinstance(r, tuple) else "ok"
    except smtplib.SMTPResponseException as e:
        return str(e.smtp_code)
    except smtplib.SMTPRecipientsRefused as e:
        return str(list(e.recipients.values())[0][0])
    except smtplib.SMTPException as e:
        return "error " + type(e).__name__


class SourcedImap(imaplib.IMAP4):
    """IMAP4 from a chosen local address (Dovecot trusts loopback connections as secured)."""

    def __init__(self, source, host, port=143):
        self.source = source
        super().__init__(host, port, timeout=30)

    def _create_socket(self, timeout):
        return socket.create_connection((self.host, self.port), timeout, source_address=(self.source, 0))


def main(mode, *a):
    if mode == "smtp-before-tls":
        s = smtp(a[0])
        print("auth-offered" if s.has_extn("auth") else "auth-not-offered")
        print("auth", s.docmd("AUTH", "PLAIN AGFsaWNlAGFsaWNl")[0])
        print("mail", s.docmd("MAIL", "FROM:<alice@example.org>")[0])
        s.close()
    elif mode == "smtp-send":
        host, user, password, sender, rcpt, subject = a
        s = smtp(host)
        s.starttls(context=CTX)
        s.ehlo("client.example")
        print("auth-offered" if s.has_extn("auth") else "auth-not-offered")
        print("login", code_of(lambda: s.login(user, password)))
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = sender, rcpt, subject
        m.set_content("Sent through the submission port.\n")
        print("send", code_of(lambda: s.send_message(m)))
        s.close()
    elif mode == "smtp-no-login":
        host, rcpt = a
        s = smtp(host)
        s.starttls(context=CTX)
        s.ehlo("client.example")
        print("mail", s.docmd("MAIL", "FROM:<alice@example.org>")[0])
        print("rcpt", s.docmd("RCPT", "TO:<%s>" % rcpt)[0])
        s.close()
    elif mode == "imap-before-tls":
        source, host = a
        c = SourcedImap(source, host)
        print("logindisabled" if "LOGINDISABLED" in c.capabilities else "login-allowed")
        try:
            c.login("bob", "bob")
            print("login ok")
        except imaplib.IMAP4.error as e:
            print("login refused", e)
    elif mode == "imap-read":
        source, host, user, password, subject, delete = a
        c = SourcedImap(source, host)
        c.starttls(ssl_context=CTX)
        try:
            c.login(user, password)
        except imaplib.IMAP4.error as e:
            print("login refused", e)
            return
        print("login ok")
        c.select("INBOX")
        typ, data = c.search(None, "SUBJECT", '"%s"' % subject)
        ids = data[0].split()
        print("found", len(ids))
        for i in ids:
            typ, msg = c.fetch(i, "(BODY[])")
            body = msg[0][1]
            print("body", "Sent through the submission port." in body.decode("utf-8", "replace"))
            if delete == "delete":
                c.store(i, "+FLAGS", "\\Deleted")
        if delete == "delete":
            c.expunge()
            print("expunged")
        c.logout()
    elif mode == "imap-expunge-loop":
        # Deletes every message whose subject starts with prefix, again and again, for seconds.
        source, host, user, password, prefix, seconds = a
        import time

        end = time.time() + float(seconds)
        c = SourcedImap(source, host)
        c.starttls(ssl_context=CTX)
        c.login(user, password)
        rounds = 0
        while time.time() < end:
            c.select("INBOX")
            typ, data = c.search(None, "SUBJECT", '"%s"' % prefix)
            for i in data[0].split():
                c.store(i, "+FLAGS", "\\Deleted")
            c.expunge()
            rounds += 1
        c.logout()
        print("rounds", rounds)
    else:
        print("unknown mode", mode)
        sys.exit(2)


if __name__ == "__main__":
    main(*sys.argv[1:])
