import asyncio

ready = asyncio.Event()
lock = asyncio.Lock()


async def waiter():
    try:
        await ready.wait()
        await lock.acquire()
        print("locked %s" % ("true" if lock.locked() else "false"))
        lock.release()
    except asyncio.CancelledError:
        print("cancelled")


async def main_task():
    task = asyncio.create_task(waiter())
    await asyncio.sleep_ms(1)
    if not ready.is_set():
        ready.set()
    await task
    print("true" if task.done() else "false")
    ready.clear()
