"""A stand-in for an SMS gateway speaking Kannel's sendsms HTTP interface (a real one needs an
operator's SMSC link). It answers like Kannel and records each accepted message as a JSON line.

Usage: sms_gateway.py PORT OUT_FILE. Prints "ready" when listening. Messages to +212600000000 get
503 (the gateway's queue is full), to test the retry path.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        q = {k: v[0] for k, v in parse_qs(url.query, encoding="utf-8").items()}
        if url.path != "/cgi-bin/sendsms" or q.get("username") != "nafida" or q.get("password") != "s3cret":
            self.answer(403, "Authorization failed for sendsms")
        elif q.get("to") == "+212600000000":
            self.answer(503, "Queue full")
        else:
            with open(sys.argv[2], "a", encoding="utf-8") as out:
                out.write(json.dumps(q, ensure_ascii=False) + "\n")
            self.answer(202, "0: Accepted for delivery")

    def answer(self, status, text):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
print("ready", flush=True)
server.serve_forever()
