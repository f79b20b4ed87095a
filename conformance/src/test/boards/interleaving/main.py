# create_task + sleep_ms interleaving; sleeps must take real time.
import asyncio
import time


async def worker(name, delay_ms, steps):
    for step in range(steps):
        print(name, step)
        await asyncio.sleep_ms(delay_ms)
    return name + " done"


async def main():
    started = time.ticks_ms()
    a = asyncio.create_task(worker("a", 30, 3))
    b = asyncio.create_task(worker("b", 45, 3))
    print("main: tasks created")
    await asyncio.sleep_ms(0)
    print("main: after sleep_ms(0)")
    print(await a, "/", await b)
    elapsed = time.ticks_diff(time.ticks_ms(), started)
    print("waited for real:", elapsed >= 130)  # no upper bound: a loaded machine may be slow
    return 42


print("run returned", asyncio.run(main()))
