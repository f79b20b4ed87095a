import asyncio

items = []
available = asyncio.Event()
lock = asyncio.Lock()
total = 0
done = False


async def produce(count):
    global done
    for i in range(1, count + 1):
        items.append(i * i)
        available.set()
        await asyncio.sleep_ms(60)
    done = True
    available.set()


async def consume(name):
    global total
    while True:
        await available.wait()
        available.clear()
        while items:
            item = items.pop(0)
            async with lock:
                total += item
                print(name, "took", item, end=", ")
                print("total", total)
            await asyncio.sleep_ms(5)
        if done:
            return


async def run_all():
    await asyncio.gather(produce(6), consume("first"), consume("second"))
    print("all consumed:", total)


def main():
    asyncio.run(run_all())
