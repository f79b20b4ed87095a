# Sockets on CPython's asyncio, with MicroPython's sleep_ms / wait_for_ms shimmed.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b"echo " + line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def slow():
    await asyncio.sleep_ms(500)


async def main():
    port = 18400  # a fixed port, as on a board (MicroPython's Server has no sockets attribute)
    server = await asyncio.start_server(handle, "127.0.0.1", port)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"ping\n")
    await writer.drain()
    print((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    await asyncio.sleep_ms(5)
    try:
        await asyncio.wait_for_ms(slow(), 20)
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(main())
