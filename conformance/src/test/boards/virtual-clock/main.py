# Virtual time: the clock stands still while code runs and jumps to the next deadline when every
# task waits; blocking sleeps move it by their argument. An hour passes at once.
import asyncio
import time

start = time.ticks_ms()


def now():
    return time.ticks_diff(time.ticks_ms(), start)


async def sleeper(name, ms):
    await asyncio.sleep_ms(ms)
    print(name, "woke at", now())


async def main():
    a = asyncio.create_task(sleeper("a", 30))
    b = asyncio.create_task(sleeper("b", 10))
    for i in range(20000):
        pass  # work takes no virtual time
    print("after work", now())
    await a
    await b
    time.sleep_ms(500)
    print("after blocking sleep_ms", now())
    time.sleep(1)
    print("after blocking sleep", now())
    await asyncio.sleep(3600)
    print("an hour later", now())


asyncio.run(main())
print("time.time", int(time.time()))  # 2026-01-01T00:00:00Z + 3601.53 s
