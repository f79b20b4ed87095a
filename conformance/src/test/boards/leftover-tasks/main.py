# Tasks still queued when main ends do not run after asyncio.run returns, resume in the next
# asyncio.run, and a detached task's exception is reported on stderr one pass later.
import asyncio


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep_ms(10)


async def fails():
    raise KeyError("detached")


async def first():
    asyncio.create_task(ticker())
    asyncio.create_task(fails())
    await asyncio.sleep_ms(15)
    print("first returns")


async def second():
    await asyncio.sleep_ms(40)
    print("second returns")


asyncio.run(first())
print("between runs")
asyncio.run(second())
