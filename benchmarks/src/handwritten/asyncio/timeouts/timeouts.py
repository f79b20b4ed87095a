import asyncio


async def slow(ms, value):
    await asyncio.sleep_ms(ms)
    return value


async def worker():
    try:
        while True:
            await asyncio.sleep_ms(50)
            print("worker tick")
    except asyncio.CancelledError:
        print("worker cancelled, cleaning up")
        raise
    finally:
        print("worker finally")


async def run_all():
    print("fast:", await asyncio.wait_for_ms(slow(10, 1), 50))
    try:
        await asyncio.wait_for_ms(slow(300, 2), 100)
        print("no timeout?")
    except asyncio.TimeoutError:
        print("slow: timed out")
    w = asyncio.create_task(worker())
    await asyncio.sleep_ms(125)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("main saw the cancel")


def main():
    asyncio.run(run_all())
