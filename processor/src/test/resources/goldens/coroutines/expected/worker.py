import asyncio


def _w32(v):
    if (v >> 31) + 1 >> 1:
        return (v + 2147483648 & 4294967295) - 2147483648
    return v


def _jnstr(v):
    return "null" if v is None else str(v)


async def twice(x):
    await asyncio.sleep_ms(5)
    return _w32(2 * x)


async def tick(name):
    await asyncio.sleep(0.01)
    print(_jnstr(name))


async def main_task():
    t = asyncio.create_task(tick("t"))
    a = await twice(3)
    await t
    both = await asyncio.gather(twice(1), twice(2))
    first = await asyncio.wait_for_ms(twice(4), 100)
    print(_w32(both[0] + both[1] + first))
    return a


def main():
    print(_jnstr(asyncio.run(main_task())))
    asyncio.run(tick("done"))
