"""A loopback SMTP server for the Dutydesk tests (python3-aiosmtpd).

Accepts every message and writes it to OUTDIR as NNNN.eml with NNNN.json beside it
(envelope sender, recipients, whether STARTTLS was used). While OUTDIR/../fail exists,
it answers DATA with a temporary failure. Prints "READY" once listening and runs until
stdin closes.
"""
import argparse
import json
import os
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, outdir):
        self.outdir = outdir
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        if os.path.exists(os.path.join(os.path.dirname(self.outdir), "fail")):
            return "451 4.3.0 Try again later"
        self.count += 1
        base = os.path.join(self.outdir, "%04d" % self.count)
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        meta = {"from": envelope.mail_from, "to": envelope.rcpt_tos, "tls": session.ssl is not None}
        with open(base + ".json", "w") as f:
            json.dump(meta, f)
        os.rename(base + ".tmp", base + ".eml")
        return "250 OK"


def authenticator_for(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user
              and auth_data.password.decode() == password)
        return AuthResult(success=ok)
    return authenticate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--outdir", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user", help="require AUTH (after STARTTLS) with this user")
    parser.add_argument("--password")
    args = parser.parse_args()
    context = None
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
    auth = {}
    if args.user:
        auth = {"authenticator": authenticator_for(args.user, args.password), "auth_required": True,
                "auth_require_tls": True}
    controller = Controller(Sink(args.outdir), hostname="127.0.0.1", port=args.port, tls_context=context,
                            require_starttls=False, decode_data=False, **auth)
    controller.start()
    print("READY", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
