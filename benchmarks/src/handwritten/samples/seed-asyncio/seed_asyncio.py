# The programs of the asyncio chapter ("ESP32 in MicroPython: Asyncio"), hand-written.
import asyncio

counter = 0


async def my_co():
    print("Hello Coroutine World")
    return 42


async def test1(msg):
    print(msg)


async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep_ms(10)


async def sequential():
    await count("A", 3)
    await count("B", 3)


async def concurrent():
    a = asyncio.create_task(count("A", 3))
    b = asyncio.create_task(count("B", 3))
    await a
    await b


async def square(x):
    await asyncio.sleep_ms(10 * (4 - x))
    return x * x


async def gathered():
    print("gathered", await asyncio.gather(square(1), square(2), square(3)))


async def add_one():
    global counter
    value = counter
    await asyncio.sleep_ms(0)
    counter = value + 1


async def add_one_locked(lock):
    global counter
    async with lock:
        value = counter
        await asyncio.sleep_ms(0)
        counter = value + 1


async def shared_counter():
    global counter
    counter = 0
    await asyncio.gather(*(add_one() for _ in range(5)))
    print("without a lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(add_one_locked(lock) for _ in range(5)))
    print("with a lock:", counter)


async def main_task():
    await test1("Hello Coroutine World")
    print("sequential:")
    await sequential()
    print("concurrent:")
    await concurrent()
    await gathered()
    await shared_counter()


def main():
    print(asyncio.run(my_co()))
    asyncio.run(main_task())
