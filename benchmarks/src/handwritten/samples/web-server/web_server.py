# The chapter's asyncio web server, hand-written: HTTP/1.0 over start_server, a page that changes
# (requests served, a made-up sensor reading taken after each request); GET /stop shuts it down.
import asyncio

PORT = 80

requests = 0
reading = 21
requested = asyncio.Event()
stopping = asyncio.Event()


async def sensor():
    global reading
    while True:
        await requested.wait()
        requested.clear()
        reading = 15 + (reading * 7 + 3) % 20


def page():
    return ("<html><body><h1>jmpy on an ESP32</h1><p>Requests served: %d</p>"
            "<p>Reading: %d C</p></body></html>\n" % (requests, reading))


async def handle(reader, writer):
    global requests
    try:
        request_line = (await reader.readline()).decode()
        while True:
            header = await reader.readline()
            if header in (b"", b"\r\n", b"\n"):
                break
        parts = request_line.split(" ")
        path = parts[1] if len(parts) > 1 else "/"
        status = "200 OK"
        if path == "/":
            requests += 1
            body = page()
            requested.set()
        elif path == "/stop":
            body = "stopping after %d requests\n" % requests
            stopping.set()
        else:
            status = "404 Not Found"
            body = "no page at %s\n" % path
        content = body.encode()
        writer.write(b"HTTP/1.0 %s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n"
                     % (status.encode(), len(content)))
        writer.write(content)
        await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def serve(host, port):
    server = await asyncio.start_server(handle, host, port)
    asyncio.create_task(sensor())
    print("serving on port", port)
    await stopping.wait()
    server.close()
    await server.wait_closed()
    print("stopped after", requests, "requests")


def main():
    asyncio.run(serve("0.0.0.0", PORT))
