import asyncio


async def square(x):
    await asyncio.sleep_ms(50 * (5 - x))
    print("square", x, "done")
    return x * x


async def run_all():
    results = await asyncio.gather(square(1), square(2), square(3), square(4))
    print("results %s, sum %d" % (results, sum(results)))


def main():
    asyncio.run(run_all())
