import uasyncio as asyncio


async def blink(times):
    for i in range(times):
        print("on")
        await asyncio.sleep_ms(100)


def main():
    asyncio.run(blink(3))
