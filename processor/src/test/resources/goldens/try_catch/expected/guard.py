import asyncio


async def slow():
    await asyncio.sleep_ms(1000)


async def attempt():
    try:
        await asyncio.wait_for_ms(slow(), 10)
        return 0
    except (asyncio.TimeoutError, asyncio.CancelledError):
        return 1
    except Exception:
        return 2
    finally:
        print("finally")
