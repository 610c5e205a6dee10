"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1:PORT, writing each received mail
as a JSON file (recipients, subject, decoded text and HTML parts, attachments) into DIR. A
calendar attachment (text/calendar) is read with the `icalendar` package, as a calendar
program would, and its events recorded (or the parser's error).
Usage: python3 smtp_sink.py PORT DIR. Prints "ready" once listening; stops when stdin closes."""
import email
import json
import os
import sys
from email import policy

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=policy.default)
        text = msg.get_body(("plain",))
        html = msg.get_body(("html",))
        self.count += 1
        attachments = []
        for part in msg.iter_attachments():
            content = part.get_content()
            item = {"filename": part.get_filename(), "content_type": part.get_content_type()}
            if isinstance(content, str):
                item["content"] = content
            if part.get_content_type() == "text/calendar":
                item["calendar"] = read_calendar(content)
            attachments.append(item)
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "subject": str(msg["subject"]),
            "text": text.get_content() if text else "",
            "html": html.get_content() if html else "",
            "attachments": attachments,
        }
        tmp = os.path.join(self.directory, f".{self.count}.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(tmp, os.path.join(self.directory, f"{self.count:05}.json"))
        return "250 OK"


def read_calendar(content):
    """The events of an iCalendar text as a calendar program reads them, or the error."""
    try:
        import icalendar
    except ImportError:
        return {"error": "the icalendar package is not installed"}
    try:
        cal = icalendar.Calendar.from_ical(content if isinstance(content, bytes) else content.encode())
        events = []
        for ev in cal.walk("VEVENT"):
            events.append({
                "uid": str(ev.get("uid")),
                "summary": str(ev.get("summary")),
                "location": str(ev.get("location", "")),
                "start": ev.decoded("dtstart").isoformat(),
                "end": ev.decoded("dtend").isoformat() if ev.get("dtend") else None,
                "alarms": [str(a.get("trigger").to_ical(), "ascii") for a in ev.walk("VALARM")],
            })
        return {"method": str(cal.get("method", "")), "events": events}
    except Exception as e:  # a parser's refusal is the finding
        return {"error": f"{type(e).__name__}: {e}"}


def main():
    port, directory = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
