import asyncio


async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep_ms(10)


async def both():
    a = asyncio.create_task(count("A", 3))
    await count("B", 3)
    await a


def main():
    asyncio.run(both())
